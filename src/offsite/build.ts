import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import SqliteDatabase from 'better-sqlite3';
import { Parser, type ReadEntry } from 'tar';
import { redactFile } from '../backup/redact.js';
import { gitHardeningArgs } from '../backup/repo.js';
import { sqliteProblem, type BackupService } from '../backup/service.js';
import { readVersionInfo } from '../doctor/version.js';
import { ExternalError, UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { ArchiveWriter, Manifest } from './archive.js';

/** The git bundle is stored in parts of this size (what one member may hold in memory). */
export const BUNDLE_PART_BYTES = 4 * 1024 * 1024;
export const BUNDLE_NAME = 'git/backups.bundle';
/** Folders of the data dir that belong to OCM itself (design §13.1: templates, the test bank). */
export const MASTER_DIRS = ['templates', 'test-suite'] as const;

export interface BuildDeps {
  dataDir: string;
  configFile?: string;
  store: Store;
  backups: BackupService;
  now(): number;
  encrypted: boolean;
  /** The operation uploading this copy: marked finished in the copy's database (it was, once the copy exists). */
  operationId?: string;
}

function git(repoDir: string, args: string[]): ChildProcess {
  return spawn('git', [...gitHardeningArgs(), ...args], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess, what: string): Promise<void> {
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(new ExternalError('git', 'offsite-git-failed', { what, error: e.message })));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new ExternalError('git', 'offsite-git-failed', { what, error: err.trim().split('\n').pop() ?? `exit ${code}` }))));
  });
}

async function gitText(repoDir: string, args: string[]): Promise<string> {
  const child = git(repoDir, args);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await exited(child, args[0] ?? 'git');
  return out;
}

function addFile(w: ArchiveWriter, name: string, path: string): Promise<void> {
  return w.addStream(name, createReadStream(path), statSync(path).size);
}

/** Regular files under `dir`, relative, sorted; links and special files are left out. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  const out: string[] = [];
  (function walk(d: string) {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p));
    }
  })(dir);
  return out.sort();
}

/**
 * The daily (or manual) full copy: `ocm-master/` (an online copy of the database, masked as the git
 * self-backup masks it; the config file redacted; OCM's SSH key only when the copy is encrypted;
 * the backup remote's known hosts; templates and the test bank when present) and the whole backup
 * repository as one git bundle (every branch and tag).
 */
export async function buildFullArchive(w: ArchiveWriter, d: BuildDeps, tmp: string): Promise<Manifest> {
  const db = join(tmp, 'ocm.db');
  await d.store.db.backup(db);
  if (d.operationId) {
    const copy = new SqliteDatabase(db);
    try {
      copy.prepare("UPDATE operations SET state = 'succeeded', finished_at = ? WHERE id = ?").run(d.now(), d.operationId);
    } finally {
      copy.close();
    }
  }
  const masked = join(tmp, 'masked.db');
  writeFileSync(masked, redactFile(readFileSync(db)).content, { mode: 0o600 });
  const problem = sqliteProblem(masked);
  if (problem) throw new UserError('offsite-db-copy-bad', { problem });
  await addFile(w, 'ocm-master/db/ocm.db', masked);
  if (d.configFile && existsSync(d.configFile)) await w.addBuffer('ocm-master/config/ocm.yaml', redactFile(readFileSync(d.configFile)).content);
  const key = join(d.dataDir, 'keys', 'ocm_ed25519');
  if (d.encrypted && existsSync(key)) {
    await addFile(w, 'ocm-master/keys/ocm_ed25519', key);
    if (existsSync(`${key}.pub`)) await addFile(w, 'ocm-master/keys/ocm_ed25519.pub', `${key}.pub`);
  }
  const knownHosts = join(d.dataDir, 'backup_known_hosts');
  if (existsSync(knownHosts)) await addFile(w, 'ocm-master/backup_known_hosts', knownHosts);
  for (const dir of MASTER_DIRS) for (const f of filesUnder(join(d.dataDir, dir))) await addFile(w, `ocm-master/${dir}/${f}`, join(d.dataDir, dir, f));

  // the repository exists once anything was backed up; an empty one is made so the bundle has a commit
  await d.backups.repo.exclusive(async () => undefined);
  const repoDir = d.backups.repo.dir;
  const tags = (await gitText(repoDir, ['tag', '-l'])).split('\n').filter(Boolean).length;
  const bundle = git(repoDir, ['bundle', 'create', '--quiet', '-', '--all']);
  const done = exited(bundle, 'bundle create');
  done.catch(() => undefined);
  try {
    await w.addParts(BUNDLE_NAME, bundle.stdout!, BUNDLE_PART_BYTES);
    await done;
  } finally {
    if (bundle.exitCode === null) bundle.kill('SIGKILL');
  }
  const backups = d.store.db.prepare('SELECT count(*) FROM backups').pluck().get() as number;
  return w.finish({
    kind: 'full',
    createdAt: new Date(d.now()).toISOString(),
    ocm: { version: readVersionInfo().version, commit: readVersionInfo().commit },
    encrypted: d.encrypted,
    counts: { nodes: d.store.nodes.list().length, backups, tags },
  });
}

/** A node's files at one stable tag (`nodes/<id>/…` as in the repository), symlinks as links. */
export async function buildStableArchive(w: ArchiveWriter, d: BuildDeps, nodeId: string, tag: string): Promise<Manifest> {
  const repoDir = d.backups.repo.dir;
  const commit = (await d.backups.repo.exclusive(() => d.backups.repo.resolve(tag))).trim();
  const archive = git(repoDir, ['archive', '--format=tar', commit, '--', `nodes/${nodeId}`]);
  const done = exited(archive, 'archive');
  done.catch(() => undefined);
  const added: Promise<void>[] = [];
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const name = entry.path.replace(/\/+$/, '');
      if (entry.type === 'File' || entry.type === 'OldFile') added.push(w.addStream(name, entry as unknown as Readable, entry.size ?? 0, (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644));
      else if (entry.type === 'SymbolicLink') {
        added.push(w.addSymlink(name, entry.linkpath ?? ''));
        entry.resume();
      } else entry.resume();
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('end', () => resolve());
      parser.on('error', reject);
      archive.stdout!.pipe(parser);
    });
    await done;
    await Promise.all(added);
  } finally {
    if (archive.exitCode === null) archive.kill('SIGKILL');
  }
  return w.finish({
    kind: 'stable',
    createdAt: new Date(d.now()).toISOString(),
    ocm: { version: readVersionInfo().version, commit: readVersionInfo().commit },
    encrypted: d.encrypted,
    node: nodeId,
    tag,
    commit,
  });
}
