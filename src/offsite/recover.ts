import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, symlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, normalize } from 'node:path';
import type { Writable } from 'node:stream';
import { formatBytes } from '../bot/render/html.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { acquireDataDirLock } from '../store/lock.js';
import { readArchive, type MemberInfo, type ReadResult } from './archive.js';
import { BUNDLE_NAME, MASTER_DIRS } from './build.js';
import { offsiteConfig, offsiteEnabled } from './config.js';
import { openDrive, type DriveClient, type DriveFile } from './drive.js';
import { gitRun } from './git.js';

/**
 * Disaster recovery from the offsite copies (`npm run recover -- --from-drive`): on a machine with
 * nothing but the service account key and the passphrase, rebuild the data dir from the newest
 * (or a given day's) full copy: the database, the backup repository with every branch and tag,
 * OCM's SSH key (encrypted copies only), the remote's known hosts, templates and the test bank;
 * the config file (secrets redacted) is put aside for review. `--node` is in recover-node.ts.
 */

export interface RecoverIo {
  config: Config;
  log: Logger;
  t: Translator;
  say(line: string): void;
}

export async function driveFor(config: Config, log: Logger): Promise<DriveClient> {
  const c = offsiteConfig(config);
  if (!offsiteEnabled(c)) {
    const missing = [...(c.drive.credentialsFile ? [] : ['offsite.drive.credentials_file']), ...(c.drive.folderId ? [] : ['offsite.drive.folder_id'])];
    throw new UserError('offsite-not-configured', { missing: missing.join(', ') });
  }
  const drive = await openDrive({ credentialsFile: c.drive.credentialsFile, folderId: c.drive.folderId, rootUrl: c.drive.rootUrl, attempts: c.uploadAttempts, chunkBytes: c.uploadChunkBytes, log });
  await drive.checkFolder();
  return drive;
}

/** The newest copy among `files`, of `date` (YYYY-MM-DD, the date in its name) when given. */
export function pickCopy(files: DriveFile[], date?: string): DriveFile | undefined {
  return files.filter((f) => !date || f.name.includes(date)).sort((a, b) => b.createdTime - a.createdTime)[0];
}

/** A member path that may only be written below `base` (no absolute path, no `..`). */
export function safeRel(name: string, prefix: string): string | null {
  if (!name.startsWith(prefix)) return null;
  const rel = name.slice(prefix.length);
  if (!rel || rel.startsWith('/') || normalize(rel) !== rel || rel.split('/').includes('..')) return null;
  return rel;
}

export function problemsLine(t: Translator, r: ReadResult): string {
  return r.problems
    .slice(0, 5)
    .map((p) => t.text(`offsite-problem-${p.problem}`, { member: p.member }))
    .join('; ');
}

/** Downloads and checks `file`, writing its members through `place` (null: only checked). */
export async function fetchCopy(io: RecoverIo, drive: DriveClient, file: DriveFile, place: (m: MemberInfo) => Writable | undefined, keepOpen: Set<Writable>): Promise<ReadResult> {
  io.say(io.t.text('offsite-recover-downloading', { name: file.name, size: formatBytes(file.size), time: io.t.time(file.createdTime) }));
  const pass = offsiteConfig(io.config).passphrase?.reveal();
  const r = await readArchive(await drive.download(file.id), { ...(pass ? { passphrase: pass } : {}), sink: place, keepOpen });
  for (const w of keepOpen) w.end();
  await Promise.all([...keepOpen].map((w) => (w as WriteStream).closed ? Promise.resolve() : once(w, 'close')));
  if (r.problems.length) throw new UserError('offsite-recover-mismatch', { name: file.name, problems: problemsLine(io.t, r) });
  return r;
}

const MASTER_FILES = new Set(['db/ocm.db', 'config/ocm.yaml', 'keys/ocm_ed25519', 'keys/ocm_ed25519.pub', 'backup_known_hosts']);

/** `npm run recover -- --from-drive [--date YYYY-MM-DD]`: the whole data dir from a full copy. */
export async function recoverFull(io: RecoverIo, opts: { date?: string }): Promise<void> {
  const { config, t } = io;
  const dataDir = config.dataDir;
  if (existsSync(join(dataDir, 'ocm.db')) || existsSync(join(dataDir, 'backups', '.git'))) throw new UserError('offsite-recover-not-empty', { dir: dataDir });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = acquireDataDirLock(join(dataDir, 'ocm.lock'));
  const made = ['ocm.db', 'backups', 'keys', 'backup_known_hosts', 'recovered', ...MASTER_DIRS].filter((p) => !existsSync(join(dataDir, p)));
  const staging = join(dataDir, `.recover-${randomBytes(4).toString('hex')}`);
  try {
    const drive = await driveFor(config, io.log);
    const files = [...(await drive.listOwn('daily')), ...(await drive.listOwn('manual'))];
    const file = pickCopy(files, opts.date);
    if (!file) throw new UserError(opts.date ? 'offsite-recover-none-date' : 'offsite-recover-none', { date: opts.date ?? '' });
    mkdirSync(staging, { recursive: true, mode: 0o700 });
    const bundle = createWriteStream(join(staging, 'backups.bundle'), { mode: 0o600 });
    const refused: string[] = [];
    const r = await fetchCopy(
      io,
      drive,
      file,
      (m) => {
        if (m.name.startsWith(`${BUNDLE_NAME}.part-`)) return bundle;
        const rel = safeRel(m.name, 'ocm-master/');
        const allowed = rel !== null && m.type === 'file' && (MASTER_FILES.has(rel) || MASTER_DIRS.some((d) => rel.startsWith(`${d}/`)));
        if (!allowed) {
          refused.push(m.name);
          return undefined;
        }
        const to = join(staging, 'master', rel);
        mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
        return createWriteStream(to, { mode: 0o600 });
      },
      new Set([bundle]),
    );
    if (refused.length) throw new UserError('offsite-recover-bad-member', { path: refused[0]! });
    if (!existsSync(join(staging, 'master', 'db', 'ocm.db'))) throw new UserError('offsite-recover-mismatch', { name: file.name, problems: t.text('offsite-problem-missing', { member: 'ocm-master/db/ocm.db' }) });

    // the backup repository: every branch and tag of the bundle, main checked out
    const repo = join(dataDir, 'backups');
    mkdirSync(repo, { recursive: true, mode: 0o700 });
    await gitRun(repo, ['init', '-q', '-b', 'main']);
    for (const [k, v] of [['user.name', 'OCM'], ['user.email', 'ocm@localhost'], ['core.quotepath', 'false'], ['gc.auto', '256']] as const) await gitRun(repo, ['config', k, v]);
    await gitRun(repo, ['fetch', '-q', '--update-head-ok', join(staging, 'backups.bundle'), 'refs/*:refs/*']);
    await gitRun(repo, ['checkout', '-q', '-f', 'main']);
    const refs = (await gitRun(repo, ['for-each-ref', '--format=%(refname)'])).split('\n').filter(Boolean).length;
    const commits = Number((await gitRun(repo, ['rev-list', '--all', '--count'])).trim());

    const master = join(staging, 'master');
    renameSync(join(master, 'db', 'ocm.db'), join(dataDir, 'ocm.db'));
    chmodSync(join(dataDir, 'ocm.db'), 0o600);
    const keyBack = existsSync(join(master, 'keys', 'ocm_ed25519'));
    if (keyBack) {
      mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
      renameSync(join(master, 'keys', 'ocm_ed25519'), join(dataDir, 'keys', 'ocm_ed25519'));
      chmodSync(join(dataDir, 'keys', 'ocm_ed25519'), 0o600);
      if (existsSync(join(master, 'keys', 'ocm_ed25519.pub'))) {
        renameSync(join(master, 'keys', 'ocm_ed25519.pub'), join(dataDir, 'keys', 'ocm_ed25519.pub'));
        chmodSync(join(dataDir, 'keys', 'ocm_ed25519.pub'), 0o644);
      }
    }
    if (existsSync(join(master, 'backup_known_hosts'))) renameSync(join(master, 'backup_known_hosts'), join(dataDir, 'backup_known_hosts'));
    for (const d of MASTER_DIRS) if (existsSync(join(master, d))) renameSync(join(master, d), join(dataDir, d));
    let configPath: string | null = null;
    if (existsSync(join(master, 'config', 'ocm.yaml'))) {
      configPath = join(dataDir, 'recovered', 'ocm.yaml');
      mkdirSync(dirname(configPath), { recursive: true, mode: 0o700 });
      renameSync(join(master, 'config', 'ocm.yaml'), configPath);
    }
    const counts = r.manifest.counts;
    io.say(t.text('offsite-recover-done', { dir: dataDir, name: file.name, nodes: counts?.nodes ?? 0, backups: counts?.backups ?? 0, refs, commits }));
    io.say(t.text(keyBack ? 'offsite-recover-key-restored' : 'offsite-recover-key-missing'));
    if (configPath) io.say(t.text('offsite-recover-config', { path: configPath }));
    io.say(t.text(config.backup.remote ? 'offsite-recover-remote' : 'offsite-recover-no-remote'));
    io.say(t.text('offsite-recover-next'));
  } catch (err) {
    // a half-built data dir would look like a working one: take it all away again
    for (const p of made) rmSync(join(dataDir, p), { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

/** Creates a symlink member below `base` (stable archives keep links as links). */
export function placeLink(base: string, rel: string, target: string): void {
  const to = join(base, rel);
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  symlinkSync(target, to);
}
