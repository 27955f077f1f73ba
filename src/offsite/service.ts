import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { stamp } from '../backup/repo.js';
import { sqliteProblem, type BackupService } from '../backup/service.js';
import type { Config } from '../config.js';
import { asText, msg, type MsgReply } from '../core/messages.js';
import { describeError, errorMsg, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { createArchiveWriter, readArchive, type Manifest, type ReadResult } from './archive.js';
import { buildFullArchive, buildStableArchive, BUNDLE_NAME } from './build.js';
import { offsiteConfig, offsiteEnabled, type OffsiteConfig } from './config.js';
import { createCopiesRepo, type CopyKind, type CopyRecord } from './copies.js';
import { encryptStream } from './crypto.js';
import { openDrive, type DriveClient, type DriveFile } from './drive.js';
import { bundleVerify } from './git.js';

export interface OffsiteDeps {
  config: Config;
  store: Store;
  backups: BackupService;
  log: Logger;
  now(): number;
  notify(reply: MsgReply): Promise<void>;
}

/** kv: today's failed daily copies ({ date, count, nextAt, alerted, error }). */
export const FAILURES_KEY = 'offsite.failures';
/** kv: when OCM first ran with offsite copies configured (the age of "no copy yet"). */
export const CONFIGURED_SINCE_KEY = 'offsite.configured_since';
const DAY = 86_400_000;
const MAX_RETRY_MS = 6 * 3600_000;
/** What OCM names its archives; with appProperties ocm=1 the only files retention may delete. */
const OWN_NAME = /^(?:[a-z0-9][a-z0-9-]*_stable_)?\d{4}-\d{2}-\d{2}[^/]*\.tar\.gz(?:\.enc)?$/;
export const FULL_KINDS: readonly CopyKind[] = ['daily', 'manual'];

export interface Failures {
  date: string;
  count: number;
  nextAt: number;
  alerted: boolean;
  error: string;
}

export interface VerifyReport {
  name: string;
  createdTime: number;
  members: number;
  bytes: number;
  problems: ReadResult['problems'];
  bundle: { ok: boolean; refs: number; error?: string };
  database: string | null;
  manifest: Manifest;
}

export function createOffsiteService(deps: OffsiteDeps) {
  const { store, backups, log, now } = deps;
  const copies = createCopiesRepo(store.db);
  const tmpRoot = join(deps.config.dataDir, 'tmp');
  let opened: { key: string; client: Promise<DriveClient> } | undefined;
  let busy = false;
  const cfg = (): OffsiteConfig => offsiteConfig(deps.config);

  function missing(c = cfg()): string[] {
    return [...(c.drive.credentialsFile ? [] : ['offsite.drive.credentials_file']), ...(c.drive.folderId ? [] : ['offsite.drive.folder_id'])];
  }

  function client(): Promise<DriveClient> {
    const c = cfg();
    if (!offsiteEnabled(c)) throw new UserError('offsite-not-configured', { missing: missing(c).join(', ') });
    const key = `${c.drive.credentialsFile}|${c.drive.folderId}|${c.drive.rootUrl}`;
    if (!opened || opened.key !== key) {
      const p = openDrive({ credentialsFile: c.drive.credentialsFile, folderId: c.drive.folderId, rootUrl: c.drive.rootUrl, attempts: c.uploadAttempts, chunkBytes: c.uploadChunkBytes, log });
      // a key file that could not be read is read again next time
      p.catch(() => (opened = undefined));
      opened = { key, client: p };
    }
    return opened.client;
  }

  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (busy) throw new UserError('offsite-busy');
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  }

  function tempDir(): string {
    const d = join(tmpRoot, `offsite-${randomBytes(4).toString('hex')}`);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    return d;
  }

  /** Builds an archive and streams it (encrypted when a passphrase is set) to Drive; nothing is kept on disk. */
  async function upload(kind: CopyKind, name: string, props: Record<string, string>, build: (w: ReturnType<typeof createArchiveWriter>, tmp: string, encrypted: boolean) => Promise<Manifest>) {
    const c = cfg();
    const drive = await client();
    const encrypted = Boolean(c.passphrase);
    const fileName = encrypted ? `${name}.enc` : name;
    const tmp = tempDir();
    const w = createArchiveWriter({ date: new Date(now()) });
    const sha = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _e, cb) {
        sha.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
    let out: Readable = w.output;
    if (c.passphrase) {
      const enc = encryptStream(c.passphrase.reveal());
      w.output.on('error', (e) => enc.destroy(e));
      out = w.output.pipe(enc);
    }
    out.on('error', (e) => tap.destroy(e));
    out.pipe(tap);
    let buildError: unknown;
    const built = build(w, tmp, encrypted).catch((err: unknown) => {
      buildError = err;
      w.abort(err instanceof Error ? err : new Error(String(err)));
      throw err;
    });
    built.catch(() => undefined);
    try {
      const mime = encrypted ? 'application/octet-stream' : 'application/gzip';
      const [manifest, file] = await Promise.all([built, drive.upload(kind, fileName, { ...props, ocmClass: kind }, mime, tap)]);
      const copy = copies.add({ kind, name: file.name, driveFileId: file.id, size, sha256: sha.digest('hex'), encrypted, nodeId: props.ocmNode ?? null, tag: props.ocmTag ?? null, createdAt: now() });
      return { file, manifest, copy };
    } catch (err) {
      w.abort(err instanceof Error ? err : new Error(String(err)));
      throw buildError ?? err;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const buildDeps = (encrypted: boolean, operationId?: string) => ({
    dataDir: deps.config.dataDir,
    ...(deps.config.configFile ? { configFile: deps.config.configFile } : {}),
    store,
    backups,
    now,
    encrypted,
    ...(operationId ? { operationId } : {}),
  });

  /** What the next cleanup deletes: OCM's own files older than their class keeps them; the newest of each (per node) stays. */
  async function plan(drive: DriveClient): Promise<{ kind: CopyKind; file: DriveFile }[]> {
    const c = cfg();
    const out: { kind: CopyKind; file: DriveFile }[] = [];
    const keepDays: Record<CopyKind, number> = { daily: c.keepDailyDays, stable: c.keepStableDays, manual: c.keepManualDays };
    for (const kind of ['daily', 'stable', 'manual'] as const) {
      if (!keepDays[kind]) continue;
      const files = (await drive.listOwn(kind)).filter((f) => OWN_NAME.test(f.name));
      const newest = new Map<string, DriveFile>();
      for (const f of files) {
        const group = kind === 'stable' ? (f.appProperties.ocmNode ?? f.name.split('_stable_')[0]!) : '';
        const n = newest.get(group);
        if (!n || f.createdTime > n.createdTime) newest.set(group, f);
      }
      const keep = new Set([...newest.values()].map((f) => f.id));
      const cutoff = now() - keepDays[kind] * DAY;
      for (const f of files) if (f.createdTime < cutoff && !keep.has(f.id)) out.push({ kind, file: f });
    }
    return out;
  }

  async function cleanup(drive: DriveClient): Promise<DriveFile[]> {
    const removed: DriveFile[] = [];
    for (const { file } of await plan(drive)) {
      await drive.remove(file.id);
      copies.markDeleted(file.id, now());
      removed.push(file);
      log.info({ file: file.name }, 'offsite copy deleted by retention');
    }
    if (removed.length) store.events.add({ type: 'offsite.cleanup', message: msg('event-offsite-cleanup', { count: removed.length }), data: { files: removed.map((f) => f.name) } });
    return removed;
  }

  function failures(): Failures | undefined {
    const f = store.kv.get<Failures>(FAILURES_KEY);
    return f && f.date === stamp(now()).date ? f : undefined;
  }

  return {
    copies,
    missing,
    configured: () => offsiteEnabled(cfg()),
    encrypted: () => Boolean(cfg().passphrase),
    client,
    busy: () => busy,
    /** The full copy of today (daily) or a manual one, then the cleanup. */
    uploadFull(kind: 'daily' | 'manual', operationId?: string) {
      return exclusive(async () => {
        const t = now();
        const s = stamp(t);
        const name = kind === 'daily' ? `${s.date}_ocm-full.tar.gz` : `${s.date}_ocm-full_manual-${s.minute.slice(11).replace(':', '')}.tar.gz`;
        const r = await upload(kind, name, { ocmDate: s.date }, (w, tmp, encrypted) => buildFullArchive(w, buildDeps(encrypted, operationId), tmp));
        store.events.add({ type: 'offsite.uploaded', message: msg('event-offsite-uploaded', { file: r.file.name, size: r.copy.size }), data: { kind, file: r.file.name, size: r.copy.size } });
        if (kind === 'daily') store.kv.delete(FAILURES_KEY);
        const removed = await cleanup(await client());
        return { ...r, removed };
      });
    },
    uploadStable(nodeId: string, tag: string) {
      return exclusive(async () => {
        const name = `${tag.replace(/\//g, '_')}.tar.gz`;
        const r = await upload('stable', name, { ocmNode: nodeId, ocmTag: tag, ocmDate: stamp(now()).date }, (w, _tmp, encrypted) => buildStableArchive(w, buildDeps(encrypted), nodeId, tag));
        store.events.add({ nodeId, type: 'offsite.uploaded', message: msg('event-offsite-uploaded', { file: r.file.name, size: r.copy.size }), data: { kind: 'stable', file: r.file.name, tag } });
        const removed = await cleanup(await client());
        return { ...r, removed };
      });
    },
    pendingStable: () => copies.pendingStable(),
    async plan() {
      return plan(await client());
    },
    /** OCM's files in the three folders. */
    async usage(): Promise<Record<CopyKind, { files: number; bytes: number }>> {
      const drive = await client();
      const out = {} as Record<CopyKind, { files: number; bytes: number }>;
      for (const kind of ['daily', 'stable', 'manual'] as const) {
        const files = await drive.listOwn(kind);
        out[kind] = { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
      }
      return out;
    },
    /** The newest full copy on Drive: downloaded, decrypted, every member checked, `git bundle verify`. */
    verifyLatest(): Promise<VerifyReport> {
      return exclusive(async () => {
        const drive = await client();
        const all = [...(await drive.listOwn('daily')), ...(await drive.listOwn('manual'))].sort((a, b) => b.createdTime - a.createdTime);
        const latest = all[0];
        if (!latest) throw new UserError('offsite-none-yet');
        const tmp = tempDir();
        try {
          const bundlePath = join(tmp, 'backups.bundle');
          const bundleOut = createWriteStream(bundlePath, { mode: 0o600 });
          const dbOut = createWriteStream(join(tmp, 'ocm.db'), { mode: 0o600 });
          const pass = cfg().passphrase?.reveal();
          const r = await readArchive(await drive.download(latest.id), {
            ...(pass ? { passphrase: pass } : {}),
            keepOpen: new Set([bundleOut, dbOut]),
            sink: (m) => (m.name.startsWith(`${BUNDLE_NAME}.part-`) ? bundleOut : m.name === 'ocm-master/db/ocm.db' ? dbOut : undefined),
          });
          bundleOut.end();
          dbOut.end();
          await Promise.all([once(bundleOut, 'close'), once(dbOut, 'close')]);
          const bundle = await bundleVerify(bundlePath, join(tmp, 'repo'));
          const database = sqliteProblem(join(tmp, 'ocm.db'));
          const report: VerifyReport = { name: latest.name, createdTime: latest.createdTime, members: r.manifest.members.length, bytes: r.bytes, problems: r.problems, bundle, database, manifest: r.manifest };
          if (!r.problems.length && bundle.ok && !database) copies.markVerified(latest.id, now());
          else store.events.add({ type: 'offsite.verify_failed', severity: 'warn', message: msg('event-offsite-verify-failed', { file: latest.name }), data: { problems: r.problems.slice(0, 20), bundle: bundle.ok, database } });
          return report;
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      });
    },
    /** The newest full copy OCM uploaded (for /status, the status page, the watchdog). */
    lastFull: (): CopyRecord | undefined => copies.latest(FULL_KINDS),
    failures,
    /** A daily copy failed: counted per day; the next try backs off; owners hear of the second failure of a day. */
    async recordFailure(err: unknown): Promise<Failures> {
      const c = cfg();
      const prev = failures();
      const count = (prev?.count ?? 0) + 1;
      const f: Failures = { date: stamp(now()).date, count, nextAt: now() + Math.min(c.retryAfterS * 1000 * 2 ** (count - 1), MAX_RETRY_MS), alerted: prev?.alerted ?? false, error: describeError(err) };
      store.events.add({ type: 'offsite.failed', severity: 'warn', message: msg('event-offsite-failed', { error: asText(errorMsg(err)) }), data: { count } });
      if (count >= 2 && !f.alerted) {
        f.alerted = true;
        await deps.notify({ msg: { key: 'offsite-alert-failing', args: { count, error: errorMsg(err), next: new Date(f.nextAt) } } }).catch((e: unknown) => log.warn({ err: e }, 'offsite failure alert not delivered'));
      }
      store.kv.set(FAILURES_KEY, f);
      return f;
    },
    /** Whether the retry job should try the daily copy again now. */
    retryDue(): boolean {
      const f = failures();
      return offsiteEnabled(cfg()) && !busy && f !== undefined && now() >= f.nextAt;
    },
  };
}

export type OffsiteService = ReturnType<typeof createOffsiteService>;
