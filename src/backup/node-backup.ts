import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { UserError } from '../errors.js';
import type { NodeRecord } from '../nodes/model.js';
import type { AgentClient } from '../nodes/agent.js';
import type { BackupType } from '../store/backups-repo.js';
import { createPackSink, DEFAULT_PACK_LIMITS, DISK_RESERVE_BYTES, freeBytes, isRealDir, shownPath, type PackFailure, type PackLimits } from './pack-extract.js';
import { findSecrets, redactFile } from './redact.js';
import { stamp, type BackupRepo } from './repo.js';

/**
 * Every file (not directory) under `root`, as paths relative to it. Symlinks are listed, never
 * followed (also not a symlinked `root` or a symlinked folder inside it).
 */
export function walkFiles(root: string): string[] {
  const out: string[] = [];
  if (!isRealDir(root)) return out;
  (function walk(dir: string) {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  })(root);
  return out.sort();
}

const MB = 1024 * 1024;
const mb = (n: number) => Math.max(0, Math.round(n / MB));

export interface PackOpts {
  timeoutMs: number;
  signal?: AbortSignal;
  limits?: PackLimits;
  /** Size of the node's previous backup, to tell whether the data disk has room (default 0). */
  expectBytes?: number;
}

function failureError(node: NodeRecord, f: PackFailure): UserError {
  const hint = 'nothing was committed; the previous backup is unchanged';
  switch (f.kind) {
    case 'bytes':
      return new UserError(`${node.id}: backup refused: the pack unpacks to more than ${mb(f.limit)} MB (backup.max_pack_bytes)`, `${hint}; raise backup.max_pack_bytes if the node really holds that much`);
    case 'files':
      return new UserError(`${node.id}: backup refused: the pack holds more than ${f.limit} files (backup.max_pack_files)`, `${hint}; raise backup.max_pack_files if the node really holds that many`);
    case 'file':
      return new UserError(`${node.id}: backup refused: ${f.path ?? 'a file'} is larger than ${mb(f.limit)} MB (backup.max_file_bytes)`, `${hint}; raise backup.max_file_bytes if the file belongs in the backup`);
    case 'ratio':
      return new UserError(`${node.id}: backup refused: the pack expands more than ${f.limit}× (a compression bomb)`, hint);
    case 'disk':
      return new UserError(`${node.id}: backup refused: data disk full: ${mb(f.free)} MB free, need about ${mb(f.need)} MB`, "free space on OCM's data disk (data_dir), then run the backup again");
    case 'damaged':
      return new UserError(`${node.id}: the backup stream arrived damaged (${shownPath(f.message)})`, 'try again; if it persists, check the disk space on both machines');
  }
}

/**
 * Streams `agent backup-pack` from the node into `dest`, unpacked in process (pack-extract.ts):
 * the node is untrusted, so caps are checked while streaming (the SSH channel is closed at once
 * when one is crossed) and free disk space first. Returns warnings about dropped entries.
 */
export async function packFromNode(node: NodeRecord, agent: AgentClient, dest: string, opts: PackOpts): Promise<{ warnings: string[]; files: number; bytes: number }> {
  const limits = opts.limits ?? DEFAULT_PACK_LIMITS;
  mkdirSync(dest, { recursive: true, mode: 0o700 });
  const free = freeBytes(dest);
  const need = Math.max(2 * (opts.expectBytes ?? 0), 0) + DISK_RESERVE_BYTES;
  if (free < need) throw failureError(node, { kind: 'disk', free, need });
  const ctl = new AbortController();
  const onAbort = () => ctl.abort();
  if (opts.signal?.aborted) ctl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const sink = createPackSink(dest, limits, free - DISK_RESERVE_BYTES, () => ctl.abort());
  let r: { code: number; stderr: string };
  try {
    r = await agent.backupPack(sink.input, opts.timeoutMs, ctl.signal);
  } catch (err) {
    const f = sink.failure();
    if (f && !opts.signal?.aborted) throw failureError(node, f);
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  if (r.code !== 0) {
    const why = r.stderr.trim().split('\n').filter(Boolean).pop()?.replace(/^ocm-agent: /, '') ?? `exit code ${r.code}`;
    throw new UserError(`${node.id}: the node could not pack its backup: ${shownPath(why)}`);
  }
  await sink.finished.catch(() => undefined);
  const f = sink.failure();
  if (f) throw failureError(node, f);
  const warnings: string[] = [];
  if (sink.dropped.length) warnings.push(`${sink.dropped.length} entr${sink.dropped.length === 1 ? 'y' : 'ies'} of the pack dropped: ${sink.dropped.slice(0, 5).join(', ')}${sink.dropped.length > 5 ? ', …' : ''}`);
  return { warnings, ...sink.stats() };
}

export interface WrittenTree {
  files: number;
  bytes: number;
  redactions: number;
  warnings: string[];
}

/** Contents of a regular file, never through a symlink and never blocking on a FIFO or device; null otherwise. */
function readRegular(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return null;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

const MAX_META_BYTES = 256 * 1024;
const MAX_META_STRING = 300;
const MAX_META_LIST = 200;

// eslint-disable-next-line no-control-regex
const metaString = (v: unknown) => (typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, MAX_META_STRING) : undefined);

/** The fields OCM uses from the node's metadata.json, bounded; everything else is dropped. */
export function nodeMetadata(raw: unknown): Record<string, unknown> {
  const m = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  if (typeof m.agent_version === 'number' && Number.isFinite(m.agent_version)) out.agent_version = m.agent_version;
  for (const k of ['oc_home', 'workspace'] as const) if (metaString(m[k]) !== undefined) out[k] = metaString(m[k]);
  for (const k of ['sqlite_online_copies', 'sqlite_skipped'] as const) {
    if (Array.isArray(m[k])) out[k] = (m[k] as unknown[]).slice(0, MAX_META_LIST).map(metaString).filter((x): x is string => x !== undefined);
  }
  if (typeof m.cron_export === 'boolean') out.cron_export = m.cron_export;
  if (m.cron_error === null || typeof m.cron_error === 'string') out.cron_error = m.cron_error === null ? null : metaString(m.cron_error);
  return out;
}

/**
 * Makes `nodes/<id>/` in the repo's work tree the redacted image of the packed `raw` folder:
 * config/ and workspace/ mirrored, cron-export.json (the previous one kept when the node could
 * not export), metadata.json. Only real folders, regular files and symlinks (as links) are taken;
 * nothing is read through a symlink. Yields to the event loop every few hundred files.
 * Refuses (UserError) when a known secret format survives redaction.
 */
export async function writeNodeTree(repoDir: string, node: NodeRecord, raw: string, maxFileBytes = DEFAULT_PACK_LIMITS.maxFileBytes): Promise<WrittenTree> {
  const rel = `nodes/${node.id}`;
  const dest = join(repoDir, rel);
  const warnings: string[] = [];
  const prevCron = join(dest, 'cron-export.json');
  const cron = readRegular(join(raw, 'cron-export.json'), maxFileBytes);
  const keptCron = cron ? undefined : (readRegular(prevCron, maxFileBytes) ?? undefined);
  await rm(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  let files = 0;
  let bytes = 0;
  let redactions = 0;
  let seen = 0;
  const leaks: string[] = [];
  const masked: string[] = [];
  const skipped: string[] = [];
  for (const part of ['config', 'workspace']) {
    const from = join(raw, part);
    mkdirSync(join(dest, part), { recursive: true });
    if (existsSync(from) && !isRealDir(from)) warnings.push(`${part} in the pack is not a folder: ignored`);
    for (const f of walkFiles(from)) {
      if (++seen % 200 === 0) await yieldLoop();
      const src = join(from, f);
      const to = join(dest, part, f);
      const st = lstatSync(src);
      if (st.isSymbolicLink()) {
        mkdirSync(join(to, '..'), { recursive: true });
        symlinkSync(readlinkSync(src), to);
        files++;
        continue;
      }
      const content = st.isFile() ? readRegular(src, maxFileBytes) : null;
      if (!content) {
        skipped.push(`${part}/${f}`);
        continue;
      }
      mkdirSync(join(to, '..'), { recursive: true });
      files++;
      const r = redactFile(content);
      redactions += r.count;
      if (r.binary && r.count) masked.push(`${part}/${f}`);
      bytes += r.content.length;
      const left = findSecrets(r.content);
      if (left.length) leaks.push(`${part}/${f} (${left.join(', ')})`);
      writeFileSync(to, r.content);
    }
  }
  if (skipped.length) warnings.push(`${skipped.length} non-regular file(s) not backed up: ${skipped.slice(0, 5).map(shownPath).join(', ')}`);
  if (cron) {
    const r = redactFile(cron);
    redactions += r.count;
    writeFileSync(join(dest, 'cron-export.json'), r.content);
  } else {
    if (lstatExists(join(raw, 'cron-export.json'))) warnings.push('cron-export.json in the pack is not a regular file: ignored');
    if (keptCron) writeFileSync(prevCron, keptCron);
  }
  let meta: Record<string, unknown> = {};
  const metaRaw = readRegular(join(raw, 'metadata.json'), MAX_META_BYTES);
  try {
    if (!metaRaw) throw new Error('no metadata');
    meta = nodeMetadata(JSON.parse(metaRaw.toString('utf8')));
  } catch {
    warnings.push('the node sent no usable metadata.json');
  }
  if (typeof meta.cron_error === 'string') warnings.push(`cron jobs not exported (${meta.cron_error})${keptCron ? '; the previous export is kept' : ''}`);
  if (Array.isArray(meta.sqlite_skipped) && meta.sqlite_skipped.length) warnings.push(`SQLite not copied (no sqlite3 or python3 on the node): ${meta.sqlite_skipped.join(', ')}`);
  // OCM's own fields come last: nothing the node sends can set them
  // binary files (SQLite) with masked secrets cannot be restored as they are: a restore keeps the node's own copy
  const metadata = { ...meta, node: { id: node.id, name: node.name, oc_home: node.ocHome }, files, bytes, masked_binary_files: masked };
  writeFileSync(join(dest, 'metadata.json'), `${JSON.stringify(redactFileJson(metadata), null, 2)}\n`);
  if (leaks.length) throw new UserError(`${node.id}: backup refused: a secret survived redaction in ${leaks.slice(0, 3).map(shownPath).join('; ')}`, 'nothing was committed; report this file so the redaction rules can learn it');
  return { files, bytes, redactions, warnings };
}

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function redactFileJson(v: Record<string, unknown>): unknown {
  return JSON.parse(redactFile(Buffer.from(JSON.stringify(v))).content.toString('utf8'));
}

export interface BackupOutcome {
  nodeId: string;
  changed: boolean;
  commit: string | null;
  /** The commit the node's backup already was at (no changes), or the new one. */
  ref: string | null;
  tag?: string;
  type: BackupType;
  files: number;
  bytes: number;
  redactions: number;
  warnings: string[];
}

export function commitMessage(nodeId: string, type: BackupType, ms: number, score?: number | null, label?: string): string {
  const kind = type === 'auto' ? 'auto backup' : type === 'manual' ? 'manual backup' : 'pre-rollback snapshot';
  return `[${nodeId}] ${kind} ${stamp(ms).minute}${label ? ` ${label}` : ''}${score !== undefined && score !== null ? ` | score:${score}` : ''}`;
}

/** Commits the written tree (inside repo.exclusive); null commit when nothing changed. */
export async function commitNodeTree(repo: BackupRepo, node: NodeRecord, raw: string, opts: { type: BackupType; now: number; label?: string; score?: number | null; maxFileBytes?: number }) {
  const path = `nodes/${node.id}`;
  let tree: WrittenTree;
  try {
    tree = await writeNodeTree(repo.dir, node, raw, opts.maxFileBytes);
  } catch (err) {
    await repo.discard(path);
    throw err;
  }
  const commit = await repo.commitPath(path, commitMessage(node.id, opts.type, opts.now, opts.score, opts.label), opts.now);
  if (commit) await repo.snapshotBranch(node.id, commit, opts.now);
  const ref = commit ?? (await repo.lastCommitFor(path));
  return { tree, commit, ref };
}
