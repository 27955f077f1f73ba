import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { UserError } from '../errors.js';
import { msg, type Msg } from '../i18n/index.js';
import type { NodeRecord } from '../nodes/model.js';
import type { AgentClient } from '../nodes/agent.js';
import type { BackupType } from '../store/backups-repo.js';
import { createPackSink, DEFAULT_PACK_LIMITS, DISK_RESERVE_BYTES, freeBytes, isRealDir, shownPath, type PackFailure, type PackLimits } from './pack-extract.js';
import { findSecrets, redactFile } from './redact.js';
import { stamp, type BackupRepo } from './repo.js';
import { agentReason, firstOf, joinMsgs } from './msgs.js';

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
  switch (f.kind) {
    case 'bytes':
      return new UserError('backup-refused-bytes', { node: node.id, mb: mb(f.limit) });
    case 'files':
      return new UserError('backup-refused-files', { node: node.id, limit: f.limit });
    case 'file':
      return new UserError('backup-refused-file', { node: node.id, path: f.path ?? msg('backup-a-file'), mb: mb(f.limit) });
    case 'ratio':
      return new UserError('backup-refused-ratio', { node: node.id, limit: f.limit });
    case 'disk':
      return new UserError('backup-refused-disk', { node: node.id, free: mb(f.free), need: mb(f.need) });
    case 'damaged':
      return new UserError('backup-stream-damaged', { node: node.id, why: f.write ? msg('backup-write-failed', f.write) : shownPath(f.message) });
  }
}

/** How long a damaged stream waits for the agent's own exit (its reason, e.g. no OpenClaw home, says more). */
const DAMAGED_GRACE_MS = 5000;

/**
 * Streams `agent backup-pack` from the node into `dest`, unpacked in process (pack-extract.ts):
 * the node is untrusted, so caps are checked while streaming (the SSH channel is closed at once
 * when one is crossed) and free disk space first. Returns warnings about dropped entries.
 */
export async function packFromNode(node: NodeRecord, agent: AgentClient, dest: string, opts: PackOpts): Promise<{ warnings: Msg[]; files: number; bytes: number }> {
  const limits = opts.limits ?? DEFAULT_PACK_LIMITS;
  mkdirSync(dest, { recursive: true, mode: 0o700 });
  const free = freeBytes(dest);
  const need = Math.max(2 * (opts.expectBytes ?? 0), 0) + DISK_RESERVE_BYTES;
  if (free < need) throw failureError(node, { kind: 'disk', free, need });
  const ctl = new AbortController();
  const onAbort = () => ctl.abort();
  if (opts.signal?.aborted) ctl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  // over a cap the channel is closed at once; an unreadable stream (often an empty one: the agent
  // failed before packing) gives the agent a moment to exit with its own reason
  let grace: NodeJS.Timeout | undefined;
  const sink = createPackSink(dest, limits, free - DISK_RESERVE_BYTES, (f) => {
    if (f.kind !== 'damaged') return ctl.abort();
    grace = setTimeout(() => ctl.abort(), DAMAGED_GRACE_MS);
    grace.unref();
  });
  let r: { code: number; stderr: string };
  try {
    r = await agent.backupPack(sink.input, opts.timeoutMs, ctl.signal);
  } catch (err) {
    const f = sink.failure();
    if (f && !opts.signal?.aborted) throw failureError(node, f);
    throw err;
  } finally {
    clearTimeout(grace);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  if (r.code !== 0) {
    const line = r.stderr.trim().split('\n').filter(Boolean).pop()?.replace(/^ocm-agent: /, '');
    const why = line ? agentReason(shownPath(line)) : msg('backup-pack-exit', { code: r.code });
    throw new UserError('backup-pack-failed', { node: node.id, why }, typeof why === 'object' && why.key === 'backup-agent-no-home' ? msg('backup-hint-no-home', { node: node.id }) : undefined);
  }
  await sink.finished.catch(() => undefined);
  const f = sink.failure();
  if (f) throw failureError(node, f);
  const warnings: Msg[] = [];
  if (sink.dropped.length) warnings.push(msg('backup-warn-dropped', { count: sink.dropped.length, list: firstOf(sink.dropped, 5) }));
  return { warnings, ...sink.stats() };
}

export interface WrittenTree {
  files: number;
  bytes: number;
  redactions: number;
  /** For the backup reply, in the reader's language. */
  warnings: Msg[];
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
  const warnings: Msg[] = [];
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
    if (existsSync(from) && !isRealDir(from)) warnings.push(msg('backup-warn-not-folder', { part }));
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
  if (skipped.length) warnings.push(msg('backup-warn-skipped', { count: skipped.length, list: firstOf(skipped.map(shownPath), 5) }));
  if (cron) {
    const r = redactFile(cron);
    redactions += r.count;
    writeFileSync(join(dest, 'cron-export.json'), r.content);
  } else {
    if (lstatExists(join(raw, 'cron-export.json'))) warnings.push(msg('backup-warn-cron-not-file'));
    if (keptCron) writeFileSync(prevCron, keptCron);
  }
  let meta: Record<string, unknown> = {};
  const metaRaw = readRegular(join(raw, 'metadata.json'), MAX_META_BYTES);
  try {
    if (!metaRaw) throw new Error('no metadata');
    meta = nodeMetadata(JSON.parse(metaRaw.toString('utf8')));
  } catch {
    warnings.push(msg('backup-warn-no-metadata'));
  }
  if (typeof meta.cron_error === 'string') warnings.push(msg(keptCron ? 'backup-warn-cron-kept' : 'backup-warn-cron', { why: agentReason(meta.cron_error) }));
  if (Array.isArray(meta.sqlite_skipped) && meta.sqlite_skipped.length) warnings.push(msg('backup-warn-sqlite', { files: joinMsgs(meta.sqlite_skipped as string[]) }));
  // OCM's own fields come last: nothing the node sends can set them
  // binary files (SQLite) with masked secrets cannot be restored as they are: a restore keeps the node's own copy
  const metadata = { ...meta, node: { id: node.id, name: node.name, oc_home: node.ocHome }, files, bytes, masked_binary_files: masked };
  writeFileSync(join(dest, 'metadata.json'), `${JSON.stringify(redactFileJson(metadata), null, 2)}\n`);
  if (leaks.length) throw new UserError('backup-refused-leak', { node: node.id, files: joinMsgs(leaks.slice(0, 3).map(shownPath), 'backup-list-semicolon') });
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
  warnings: Msg[];
}

export function commitMessage(nodeId: string, type: BackupType, ms: number, score?: number | null, label?: string): string {
  // i18n-exempt: git commit messages (the repository's history stays English)
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
