import { spawn } from 'node:child_process';
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { msg, type Msg } from '../i18n/index.js';
import type { NodeRecord } from '../nodes/model.js';
import { REDACTED } from '../secret.js';
import { walkFiles, type BackupOutcome } from './node-backup.js';
import { agentReason } from './msgs.js';
import { mergeSecrets } from './redact.js';
import { readContained, symlinkStaysInside } from './safe-fs.js';
import type { BackupOpts, BackupServiceDeps } from './types.js';
import type { BackupRepo } from './repo.js';

export const INFLIGHT_PREFIX = 'restore.inflight.';

export interface Inflight {
  id: string;
  nodeId: string;
  ref: string;
  commit: string;
  preTag: string | null;
  startedAt: number;
}

export interface RestoreResult {
  nodeId: string;
  ref: string;
  commit: string;
  preTag: string | null;
  rollbackTag: string;
  files: number;
  secretsKept: number;
  secretsMissing: number;
  /** Binary files whose secrets were masked in the backup: the node's current copy was kept. */
  keptFiles: string[];
  /** Symlinks in the backup whose target leaves the node's OpenClaw home: not restored. */
  droppedLinks: string[];
}

function maskedFiles(metadataPath: string): Set<string> {
  try {
    const meta = JSON.parse(readFileSync(metadataPath, 'utf8')) as { masked_binary_files?: unknown };
    return new Set(Array.isArray(meta.masked_binary_files) ? meta.masked_binary_files.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * A restore a crash of OCM interrupted. `state` is what the node's agent reports (applied,
 * reverted, applying, none), or 'gone' (the node is no longer in OCM) or 'unknown' (`error` says why).
 */
export interface InterruptedRestore {
  inflight: Inflight;
  state: string;
  error?: string;
}

interface RestoreDeps extends BackupServiceDeps {
  repo: BackupRepo;
  backupNode(node: NodeRecord, opts: BackupOpts): Promise<BackupOutcome & { rawDir?: string }>;
  tempDir(tag: string): string;
}

function tarGz(dir: string, entries: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const p = spawn('tar', ['-czf', '-', '-C', dir, ...entries], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`tar: ${err.trim()}`))));
  });
}

/**
 * Restore (design §3.5): pre-rollback snapshot and tag → the backed-up tree with the node's current
 * secrets put back where the backup has REDACTED → the agent stops the gateway, mirrors the files,
 * starts it and waits for /health, reverting on its own if it stays unhealthy → rollback tag.
 * The agent finishes even if OCM dies; an in-flight record in kv lets the next start report it.
 */
export function createRestorer(deps: RestoreDeps) {
  const { store, nodes, repo, now, config } = deps;

  /** `progress` gets each step as a message; the caller renders it in its reader's language. */
  async function restore(node: NodeRecord, ref: string, opts: { operationId: string; signal?: AbortSignal; progress?(step: Msg): void }): Promise<RestoreResult> {
    const say = opts.progress ?? (() => undefined);
    const commit = await repo.exclusive(() => repo.resolve(ref));
    const base = `nodes/${node.id}`;
    const parts = (await Promise.all(['config', 'workspace'].map(async (p) => ((await repo.pathExists(commit, `${base}/${p}`)) ? p : null)))).filter((p): p is string => p !== null);
    if (!parts.length) throw new UserError('backup-restore-no-backup', { ref, node: node.id });

    say(msg('backup-progress-snapshot', { node: node.id }));
    const pre = await deps.backupNode(node, { type: 'pre-rollback', keepRaw: true, ...(opts.signal ? { signal: opts.signal } : {}) });
    const work = deps.tempDir(`restore-${node.id}`);
    try {
      let preTag: string | null = null;
      if (pre.ref) preTag = await repo.exclusive(() => repo.tag(node.id, 'pre-rollback', pre.ref!, now(), `state of ${node.id} before restoring ${ref}`)); // i18n-exempt: git tag annotation

      const hasMeta = await repo.pathExists(commit, `${base}/metadata.json`);
      await repo.exclusive(() => repo.export(commit, [...parts.map((p) => `${base}/${p}`), ...(hasMeta ? [`${base}/metadata.json`] : [])], join(work, 'export')));
      const masked = maskedFiles(join(work, 'export', base, 'metadata.json'));
      let kept = 0;
      let missing = 0;
      let files = 0;
      const keptFiles: string[] = [];
      const droppedLinks: string[] = [];
      // the pre-rollback tree came from the node as it is now: untrusted, read without following links
      const raw = pre.rawDir;
      const currentOf = (rel: string) => (raw ? readContained(raw, rel) : undefined);
      for (const p of parts) {
        renameSync(join(work, 'export', base, p), join(work, p));
        for (const f of walkFiles(join(work, p))) {
          const path = join(work, p, f);
          if (lstatSync(path).isSymbolicLink()) {
            // a link in the backup goes back only if it stays inside the node's tree
            if (symlinkStaysInside(join(work, p), f)) files++;
            else {
              rmSync(path);
              droppedLinks.push(`${p}/${f}`);
            }
            continue;
          }
          if (masked.has(`${p}/${f}`)) {
            // its secrets were masked in the backup: the node keeps the copy it has now (a regular file only)
            const current = currentOf(`${p}/${f}`);
            rmSync(path, { force: true });
            if (!current) continue;
            writeFileSync(path, current, { flag: 'wx' });
            keptFiles.push(`${p}/${f}`);
          }
          files++;
          const bytes = readFileSync(path);
          if (!bytes.includes(REDACTED)) continue;
          const text = bytes.toString('utf8');
          const m = mergeSecrets(text, currentOf(`${p}/${f}`)?.toString('utf8') ?? '');
          kept += text.split(REDACTED).length - 1 - m.missing;
          missing += m.missing;
          writeFileSync(path, m.text);
        }
      }
      writeFileSync(join(work, 'MANIFEST'), `${files}\n`);
      const archive = await tarGz(work, ['MANIFEST', ...parts]);

      const inflight: Inflight = { id: opts.operationId, nodeId: node.id, ref, commit, preTag, startedAt: now() };
      store.kv.set(`${INFLIGHT_PREFIX}${node.id}`, inflight);
      // the watchdog must not alert on (or restart) a gateway this restore stops on purpose
      const window = store.silences.openMaintenance(node.id, now() + (config.backup.healthWaitS * 2 + 300) * 1000, `restore of ${ref}`); // i18n-exempt: the silence's reason, a record like the event log
      say(msg('backup-progress-applying', { node: node.id, files, ref, seconds: config.backup.healthWaitS }));
      const agent = nodes.agent(node);
      let r;
      try {
        r = await agent.restoreApply(archive, opts.operationId, config.backup.healthWaitS);
      } finally {
        store.silences.end(window.id);
      }
      store.kv.delete(`${INFLIGHT_PREFIX}${node.id}`);
      if (!r.ok) {
        const back = msg(r.reverted ? (r.healthy_after_revert ? 'backup-restore-back-healthy' : 'backup-restore-back-unhealthy') : 'backup-restore-unchanged');
        const error = r.error ? agentReason(r.error.slice(0, 500)) : msg('backup-restore-unknown-error');
        const failure = new UserError('backup-restore-failed', { node: node.id, ref, error, back }, r.healthy_after_revert === false ? msg('backup-hint-logs', { node: node.id }) : preTag ? msg('backup-hint-pretag', { tag: preTag }) : undefined);
        store.events.add({ nodeId: node.id, type: 'restore.reverted', severity: 'critical', message: msg('event-restore-reverted', { error: failure.msg }), data: { ref, commit, preTag } });
        throw failure;
      }
      const rollbackTag = await repo.exclusive(() => repo.tag(node.id, 'rollback', commit, now(), `${node.id} restored to ${ref}${preTag ? ` (before: ${preTag})` : ''}`)); // i18n-exempt: git tag annotation
      store.events.add({ nodeId: node.id, type: 'restore.applied', message: msg('event-restore-applied', { node: node.id, ref, commit: commit.slice(0, 10) }), data: { ref, commit, preTag, rollbackTag } });
      return { nodeId: node.id, ref, commit, preTag, rollbackTag, files, secretsKept: kept, secretsMissing: missing, keptFiles, droppedLinks };
    } finally {
      rmSync(work, { recursive: true, force: true });
      if (pre.rawDir) rmSync(pre.rawDir, { recursive: true, force: true });
    }
  }

  return {
    restore,
    /** The newest stable tag of a node, or null. */
    latestStable: (nodeId: string) => repo.exclusive(() => repo.latestTag(nodeId, 'stable')),
    /**
     * After a crash: restores that were in flight, with what the node says became of them.
     * Each is reported once (the record is removed).
     */
    async recoverInterrupted(): Promise<InterruptedRestore[]> {
      const out: InterruptedRestore[] = [];
      for (const key of store.kv.keys(INFLIGHT_PREFIX)) {
        const inflight = store.kv.get<Inflight>(key);
        store.kv.delete(key);
        if (!inflight) continue;
        const node = store.nodes.get(inflight.nodeId);
        let state = 'gone';
        let error: string | undefined;
        if (node) {
          try {
            const agent = await nodes.agent(node);
            state = (await agent.restoreStatus(inflight.id)).state;
          } catch (err) {
            state = 'unknown';
            error = err instanceof Error ? err.message : String(err);
          }
        }
        store.events.add({
          nodeId: inflight.nodeId,
          type: 'restore.interrupted',
          severity: 'warn',
          message: msg('event-restore-interrupted', {
            node: inflight.nodeId,
            ref: inflight.ref,
            state: state === 'gone' ? msg('event-restore-node-gone') : error !== undefined ? msg('event-restore-state-unknown', { error }) : state,
          }),
          data: inflight,
        });
        out.push({ inflight, state, ...(error !== undefined ? { error } : {}) });
      }
      return out;
    },
  };
}
