import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { errorMsg, UserError } from '../errors.js';
import { msg } from '../core/messages.js';
import type { NodeRecord } from '../nodes/model.js';
import type { BackupType } from '../store/backups-repo.js';
import { commitNodeTree, packFromNode, type BackupOutcome } from './node-backup.js';
import { redactFile } from './redact.js';
import { createBackupRepo, stamp, type BackupRepo } from './repo.js';
import { createRestorer } from './restore.js';
import type { BackupOpts, BackupServiceDeps } from './types.js';

export type { BackupOpts, BackupServiceDeps };

export const PUSH_PENDING_KEY = 'backup.push_pending';

/** `PRAGMA integrity_check` of an SQLite file: null when it is sound, else the first problem. */
export function sqliteProblem(path: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const bad = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return bad.length ? (bad[0] ?? 'not ok').split('\n').filter(Boolean).slice(-1)[0]!.slice(0, 200) : null;
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).slice(0, 200);
  } finally {
    db?.close();
  }
}

/** Git backups of nodes and of OCM itself; restores live in restore.ts. */
export function createBackupService(deps: BackupServiceDeps) {
  const { config, store, nodes, log, now } = deps;
  const tmpRoot = join(config.dataDir, 'tmp');
  const repo: BackupRepo = createBackupRepo({
    dir: join(config.dataDir, 'backups'),
    ...(config.backup.remote ? { remote: { url: config.backup.remote, ...(config.backup.deployKey ? { deployKeyPath: config.backup.deployKey } : {}) } } : {}),
    knownHostsPath: join(config.dataDir, 'backup_known_hosts'),
    log,
  });

  function tempDir(tag: string): string {
    const d = join(tmpRoot, `${tag}-${randomBytes(4).toString('hex')}`);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    return d;
  }

  /** Pushes when a remote is configured; a failure is an event and stays pending for the next try. */
  async function push(): Promise<{ ok: boolean; error?: string }> {
    if (!repo.hasRemote()) return { ok: true };
    const r = await repo.exclusive(() => repo.push());
    if (r.ok) {
      if (store.kv.get(PUSH_PENDING_KEY)) store.events.add({ type: 'backup.pushed', message: msg('event-backup-pushed') });
      store.kv.delete(PUSH_PENDING_KEY);
    } else {
      const pending = (store.kv.get<number>(PUSH_PENDING_KEY) ?? 0) + 1;
      store.kv.set(PUSH_PENDING_KEY, pending);
      store.events.add({ type: 'backup.push_failed', severity: 'warn', message: r.error ? msg('event-backup-push-failed', { error: r.error }) : msg('event-backup-push-failed-unknown'), data: { pending } });
    }
    return r;
  }

  async function backupNode(node: NodeRecord, opts: BackupOpts): Promise<BackupOutcome & { rawDir?: string }> {
    const raw = tempDir(`pack-${node.id}`);
    let keep = false;
    try {
      const agent = nodes.agent(node);
      const { maxPackBytes, maxPackFiles, maxFileBytes } = config.backup;
      const pack = await packFromNode(node, agent, raw, { timeoutMs: config.backup.packTimeoutS * 1000, ...(opts.signal ? { signal: opts.signal } : {}), limits: { maxPackBytes, maxPackFiles, maxFileBytes }, expectBytes: store.backups.latest(node.id)?.totalSize ?? 0 });
      const t = now();
      const { tree, commit, ref } = await repo.exclusive(() => commitNodeTree(repo, node, raw, { type: opts.type, now: t, ...(opts.label ? { label: opts.label } : {}), score: opts.score ?? null, maxFileBytes }));
      let tag: string | undefined;
      if (commit) {
        if (opts.type === 'manual' && opts.label) tag = await repo.exclusive(() => repo.tag(node.id, 'manual', commit, t, `manual backup of ${node.id}`, opts.label)); // i18n-exempt: git tag annotation
        store.backups.add({ nodeId: node.id, commit, type: opts.type, tag: tag ?? null, score: opts.score ?? null, fileCount: tree.files, totalSize: tree.bytes, redactions: tree.redactions });
        store.events.add({ nodeId: node.id, type: 'backup.created', message: msg(opts.type === 'auto' ? 'event-backup-created-auto' : 'event-backup-created', { node: node.id, commit: commit.slice(0, 10), files: tree.files }), data: { commit, files: tree.files, bytes: tree.bytes } });
      }
      keep = !!opts.keepRaw;
      return { nodeId: node.id, changed: commit !== null, commit, ref, ...(tag ? { tag } : {}), type: opts.type, files: tree.files, bytes: tree.bytes, redactions: tree.redactions, warnings: [...pack.warnings, ...tree.warnings], ...(keep ? { rawDir: raw } : {}) };
    } catch (err) {
      store.events.add({ nodeId: node.id, type: 'backup.failed', severity: 'warn', message: msg('event-backup-failed', { node: node.id, error: errorMsg(err) }) });
      throw err;
    } finally {
      // async: a refused pack can leave thousands of files, and removing them must not block OCM
      if (!keep) await rm(raw, { recursive: true, force: true });
    }
  }

  /** OCM itself: an online copy of its database and its config file (redacted) under ocm-master/. */
  async function backupMaster(type: BackupType): Promise<{ commit: string | null }> {
    const dir = join(repo.dir, 'ocm-master');
    const tmp = tempDir('master');
    try {
      await deps.db.backup(join(tmp, 'ocm.db'));
      // the masked copy must still be a database: checked before the previous copy is touched
      const db = redactFile(readFileSync(join(tmp, 'ocm.db')));
      writeFileSync(join(tmp, 'masked.db'), db.content);
      const problem = sqliteProblem(join(tmp, 'masked.db'));
      if (problem) {
        log.error({ problem }, 'self-backup database copy failed its integrity check');
        store.events.add({ type: 'backup.failed', severity: 'warn', message: msg('event-backup-master-refused', { problem }) });
        throw new UserError('backup-master-refused', { problem });
      }
      const t = now();
      return await repo.exclusive(async () => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(join(dir, 'db'), { recursive: true });
        writeFileSync(join(dir, 'db', 'ocm.db'), db.content);
        if (config.configFile && existsSync(config.configFile)) {
          mkdirSync(join(dir, 'config'), { recursive: true });
          writeFileSync(join(dir, 'config', 'ocm.yaml'), redactFile(readFileSync(config.configFile)).content);
        }
        const commit = await repo.commitPath('ocm-master', `[ocm-master] ${type === 'auto' ? 'auto' : 'manual'} backup ${stamp(t).minute}`, t); // i18n-exempt: git commit message
        return { commit };
      });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const restorer = createRestorer({ ...deps, repo, backupNode, tempDir });

  return {
    repo,
    backupNode,
    backupMaster,
    push,
    ...restorer,
    pushPending: () => store.kv.get<number>(PUSH_PENDING_KEY) ?? 0,
    /** Removes what an earlier run left in data/tmp (a crash mid-backup). */
    cleanTemp(): void {
      rmSync(tmpRoot, { recursive: true, force: true });
    },
    async pruneSnapshots(): Promise<number> {
      return repo.exclusive(() => repo.pruneSnapshots(config.backup.snapshotRetentionDays, now()));
    },
    async markStable(node: NodeRecord, ref?: string): Promise<string> {
      const commit = ref ? await repo.exclusive(() => repo.resolve(ref)) : store.backups.latest(node.id)?.commit;
      if (!commit) throw new UserError('backup-none-yet', { node: node.id });
      const tag = await repo.exclusive(() => repo.tag(node.id, 'stable', commit, now(), `stable backup of ${node.id}`)); // i18n-exempt: git tag annotation
      const rec = store.backups.byCommit(node.id, commit);
      if (rec) store.backups.markStable(rec.id, tag);
      store.events.add({ nodeId: node.id, type: 'backup.stable', message: msg('event-backup-stable', { node: node.id, tag, commit: commit.slice(0, 10) }) });
      return tag;
    },
    /** Changes of the node's tree between two commits: numstat lines and the patch. */
    async diff(node: NodeRecord, from: string, to: string): Promise<{ files: { path: string; added: number | null; removed: number | null }[]; patch: string }> {
      const path = `nodes/${node.id}`;
      const stat = await repo.run(['diff', '--numstat', from, to, '--', path]);
      const patch = await repo.run(['diff', '--no-color', '--stat', '--patch', from, to, '--', path]);
      const files = stat
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [a, r, ...p] = l.split('\t');
          return { path: p.join('\t').replace(`${path}/`, ''), added: a === '-' ? null : Number(a), removed: r === '-' ? null : Number(r) };
        });
      return { files, patch };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
