import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../errors.js';
import type { NodeRecord } from '../nodes/model.js';
import type { AgentClient } from '../nodes/agent.js';
import type { BackupType } from '../store/backups-repo.js';
import { findSecrets, redactFile } from './redact.js';
import { stamp, type BackupRepo } from './repo.js';

/** Every file (not directory) under `root`, as paths relative to it; symlinks are listed, not followed. */
export function walkFiles(root: string): string[] {
  const out: string[] = [];
  if (!existsSync(root)) return out;
  (function walk(dir: string) {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  })(root);
  return out.sort();
}

/** Streams `agent backup-pack` from the node into `dest` (tar -x on this machine). */
export async function packFromNode(node: NodeRecord, agent: AgentClient, dest: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  mkdirSync(dest, { recursive: true });
  const untar = spawn('tar', ['-xzf', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
  let tarErr = '';
  untar.stderr.on('data', (d: Buffer) => (tarErr += d.toString()));
  untar.stdin.on('error', () => undefined);
  const tarDone = new Promise<number>((resolve) => untar.on('close', (code) => resolve(code ?? 1)));
  let r: { code: number; stderr: string };
  try {
    r = await agent.backupPack(untar.stdin, timeoutMs, signal);
  } catch (err) {
    untar.kill();
    throw err;
  }
  const tarCode = await tarDone;
  if (r.code !== 0) {
    const why = r.stderr.trim().split('\n').filter(Boolean).pop()?.replace(/^ocm-agent: /, '') ?? `exit code ${r.code}`;
    throw new UserError(`${node.id}: the node could not pack its backup: ${why}`);
  }
  if (tarCode !== 0) throw new UserError(`${node.id}: the backup stream arrived damaged (${tarErr.trim().split('\n')[0] ?? 'tar failed'})`, 'try again; if it persists, check the disk space on both machines');
}

export interface WrittenTree {
  files: number;
  bytes: number;
  redactions: number;
  warnings: string[];
}

/**
 * Makes `nodes/<id>/` in the repo's work tree the redacted image of the packed `raw` folder:
 * config/ and workspace/ mirrored, cron-export.json (the previous one kept when the node could
 * not export), metadata.json. Refuses (UserError) when a known secret format survives redaction.
 */
export function writeNodeTree(repoDir: string, node: NodeRecord, raw: string): WrittenTree {
  const rel = `nodes/${node.id}`;
  const dest = join(repoDir, rel);
  const warnings: string[] = [];
  const prevCron = join(dest, 'cron-export.json');
  const keptCron = existsSync(prevCron) && !existsSync(join(raw, 'cron-export.json')) ? readFileSync(prevCron) : undefined;
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  let files = 0;
  let bytes = 0;
  let redactions = 0;
  const leaks: string[] = [];
  const masked: string[] = [];
  for (const part of ['config', 'workspace']) {
    const from = join(raw, part);
    mkdirSync(join(dest, part), { recursive: true });
    for (const f of walkFiles(from)) {
      const src = join(from, f);
      const to = join(dest, part, f);
      mkdirSync(join(to, '..'), { recursive: true });
      files++;
      if (lstatSync(src).isSymbolicLink()) {
        cpSync(src, to, { verbatimSymlinks: true });
        continue;
      }
      const r = redactFile(readFileSync(src));
      redactions += r.count;
      if (r.binary && r.count) masked.push(`${part}/${f}`);
      bytes += r.content.length;
      const left = findSecrets(r.content);
      if (left.length) leaks.push(`${part}/${f} (${left.join(', ')})`);
      writeFileSync(to, r.content);
    }
  }
  if (existsSync(join(raw, 'cron-export.json'))) {
    const r = redactFile(readFileSync(join(raw, 'cron-export.json')));
    redactions += r.count;
    writeFileSync(join(dest, 'cron-export.json'), r.content);
  } else if (keptCron) {
    writeFileSync(prevCron, keptCron);
  }
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(readFileSync(join(raw, 'metadata.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    warnings.push('the node sent no metadata.json');
  }
  if (typeof meta.cron_error === 'string') warnings.push(`cron jobs not exported (${meta.cron_error})${keptCron ? '; the previous export is kept' : ''}`);
  if (Array.isArray(meta.sqlite_skipped) && meta.sqlite_skipped.length) warnings.push(`SQLite not copied (no sqlite3 or python3 on the node): ${meta.sqlite_skipped.join(', ')}`);
  // binary files (SQLite) with masked secrets cannot be restored as they are: a restore keeps the node's own copy
  const metadata = { node: { id: node.id, name: node.name, oc_home: node.ocHome }, ...meta, files, bytes, masked_binary_files: masked };
  writeFileSync(join(dest, 'metadata.json'), `${JSON.stringify(redactFileJson(metadata), null, 2)}\n`);
  if (leaks.length) throw new UserError(`${node.id}: backup refused: a secret survived redaction in ${leaks.slice(0, 3).join('; ')}`, 'nothing was committed; report this file so the redaction rules can learn it');
  return { files, bytes, redactions, warnings };
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
export async function commitNodeTree(repo: BackupRepo, node: NodeRecord, raw: string, opts: { type: BackupType; now: number; label?: string; score?: number | null }) {
  const path = `nodes/${node.id}`;
  let tree: WrittenTree;
  try {
    tree = writeNodeTree(repo.dir, node, raw);
  } catch (err) {
    await repo.discard(path);
    throw err;
  }
  const commit = await repo.commitPath(path, commitMessage(node.id, opts.type, opts.now, opts.score, opts.label), opts.now);
  if (commit) await repo.snapshotBranch(node.id, commit, opts.now);
  const ref = commit ?? (await repo.lastCommitFor(path));
  return { tree, commit, ref };
}
