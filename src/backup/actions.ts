import { z } from 'zod';
import { code, esc, formatBytes } from '../bot/render/html.js';
import { errorMsg, UserError } from '../errors.js';
import { asText, en, html, msg, type Msg } from '../i18n/index.js';
import type { NodeRecord } from '../nodes/model.js';
import { nodeIdSchema, nodeTargetSchema } from '../nodes/model.js';
import { actionsWith, bindActions, type AnyAction, type RunContext } from '../core/action.js';
import type { BusyInfo } from '../core/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { NodeService } from '../nodes/service.js';
import type { Store } from '../store/store.js';
import { joinLines, joinMsgs } from './msgs.js';
import type { BackupOutcome } from './node-backup.js';
import { REF_RE } from './repo.js';
import type { BackupService } from './service.js';

/** What the backup actions use. */
export interface BackupActionDeps {
  backups: BackupService;
  nodes: NodeService;
  store: Store;
  config: Config;
  log: Logger;
  busy(nodeId: string): BusyInfo | undefined;
}

const defineAction = actionsWith<BackupActionDeps>();
type Ctx = RunContext<BackupActionDeps>;

const refSchema = z.string({ error: 'backup-ref-required' }).regex(REF_RE, { error: 'backup-ref-invalid' });
const labelSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'backup-label-invalid' })
  .optional();

const TYPE_KEYS: Record<string, string> = { auto: 'backup-type-auto', manual: 'backup-type-manual', 'pre-rollback': 'backup-type-pre-rollback' };

function outcomeLine(o: BackupOutcome, refName: (ref: string | null) => Msg | string, t: Ctx['t']): string {
  const line = o.changed
    ? t('backup-outcome-committed', { node: o.nodeId, ref: o.tag ?? o.commit!.slice(0, 10), files: o.files, size: formatBytes(o.bytes), redactions: o.redactions })
    : t('backup-outcome-unchanged', { node: o.nodeId, ref: refName(o.ref) });
  return o.warnings.length ? `${line}\n   ${t('backup-outcome-warnings', { warnings: joinMsgs(o.warnings, 'backup-list-semicolon') })}` : line;
}

interface NodeResult {
  node: NodeRecord;
  outcome?: BackupOutcome;
  /** Why the node has no backup: the error as the operator reads it. */
  error?: Msg;
  /** The error itself: a refusal is re-thrown as it is when the only node failed (its own key and next step). */
  cause?: unknown;
}

/** Backs up `targets` in parallel (staggered when scheduled); one progress message for all. */
async function backupMany(targets: NodeRecord[], ctx: Ctx, opts: { type: 'auto' | 'manual'; label?: string; staggerMs: number; master: boolean }) {
  const svc = ctx.services.backups;
  const { t } = ctx;
  const state = new Map<string, string>(targets.map((n) => [n.id, 'backup-state-waiting']));
  const show = () => ctx.progress(t('backup-progress', { count: targets.length, states: html([...state].map(([id, key]) => t('backup-state-line', { node: id, state: msg(key) })).join('\n')) }));
  const results = await Promise.all(
    targets.map(async (node, i): Promise<NodeResult> => {
      if (opts.staggerMs && i) await new Promise((r) => setTimeout(r, opts.staggerMs * i));
      if (ctx.signal.aborted) return { node, error: msg('backup-cancelled') };
      // the schedule holds no node locks: a node something else works on (a restore!) is skipped, never packed half-way
      const busy = opts.type === 'auto' ? ctx.services.busy(node.id) : undefined;
      if (busy) {
        state.set(node.id, 'backup-state-skipped');
        ctx.services.store.events.add({ nodeId: node.id, type: 'backup.skipped', message: msg('event-backup-skipped', { node: node.id, action: busy.action }) });
        return { node, error: msg('backup-skipped-busy', { action: busy.action }) };
      }
      state.set(node.id, 'backup-state-packing');
      show();
      try {
        const o = await svc.backupNode(node, { type: opts.type, ...(opts.label ? { label: opts.label } : {}), signal: ctx.signal });
        state.set(node.id, o.changed ? 'backup-state-committed' : 'backup-state-unchanged');
        show();
        return { node, outcome: o };
      } catch (err) {
        state.set(node.id, 'backup-state-failed');
        show();
        // a refusal explains itself; anything else (SSH, git, a bug) keeps its details in the log
        if (!(err instanceof UserError)) ctx.services.log.warn({ err, node: node.id }, 'backup of a node failed');
        return { node, error: errorMsg(err), cause: err };
      }
    }),
  );
  // the lines after the nodes' (OCM itself, the push): plain messages, also part of an all-failed error
  const tail: Msg[] = [];
  if (opts.master) {
    try {
      const m = await svc.backupMaster(opts.type);
      tail.push(m.commit ? msg('backup-master-committed', { commit: m.commit.slice(0, 10) }) : msg('backup-master-unchanged'));
    } catch (err) {
      ctx.services.log.warn({ err }, 'OCM self-backup failed');
      tail.push(msg('backup-master-failed', { error: errorMsg(err) }));
    }
  }
  const push = results.some((r) => r.outcome?.changed) || opts.master || svc.pushPending() ? await svc.push() : { ok: true };
  if (svc.repo.hasRemote()) tail.push(push.ok ? msg('backup-push-ok') : push.error ? msg('backup-push-failed', { error: push.error }) : msg('backup-push-failed-silent'));
  const tagOf = (nodeId: string) => (ref: string | null) => (ref ? (ctx.services.store.backups.byCommit(nodeId, ref)?.tag ?? ref.slice(0, 10)) : msg('backup-last-backup'));
  // an error's own text may hold "<" (hints such as "/backups <node>"): rendered as text, escaped as an argument
  const lines = results.map((r) => (r.outcome ? outcomeLine(r.outcome, tagOf(r.node.id), t) : t('backup-outcome-failed', { node: r.node.id, error: asText(r.error ?? msg('backup-failed'), r.node.id) })));
  const failed = results.filter((r) => !r.outcome).length;
  const head = failed ? msg('backup-head-partial', { done: results.length - failed, total: results.length, failed }) : msg('backup-head-done');
  return {
    reply: {
      html: [esc(t.msgText(head)), ...lines, ...tail.map((m) => esc(t.msgText(m)))].join('\n'),
      data: { results: results.map((r) => ({ node: r.node.id, commit: r.outcome?.commit ?? null, changed: r.outcome?.changed ?? false, error: r.error ? en.msgText(r.error) : null })), failed },
    },
    failed,
    /** Every node failed: the error the operation fails with (English in the audit, the reader's language in the chat). */
    allFailed(): Error {
      if (results.length === 1) {
        const only = results[0]!;
        if (only.cause instanceof UserError) return only.cause;
        const m = only.error ?? msg('backup-failed');
        return new UserError(m.key, m.args);
      }
      const nodeLines = results.map((r) => msg('backup-failed-node', { node: r.node.id, error: asText(r.error ?? msg('backup-failed'), r.node.id) }));
      return new UserError('backup-failed-all', { head, lines: joinLines([...nodeLines, ...tail]) });
    },
  };
}

export const backupAction = defineAction({
  name: 'backup',
  group: 'backup',
  usage: '/backup <node|all> [label]',
  tier: 'low',
  params: z.object({ target: nodeTargetSchema, label: labelSchema }),
  args: ['target', 'label'],
  target: (p) => p.target,
  locks: (p) => (p.target === 'all' ? { kind: 'cluster' } : { kind: 'nodes', nodes: [p.target] }),
  timeoutMs: 60 * 60_000,
  async run(p, ctx) {
    const targets = ctx.services.nodes.resolve(p.target);
    if (!targets.length) throw new UserError('backup-no-nodes');
    const r = await backupMany(targets, ctx, { type: 'manual', ...(p.label ? { label: p.label } : {}), staggerMs: 0, master: p.target === 'all' });
    // every node failed: the operation failed (audited so), with the per-node lines as the reason
    if (r.failed === targets.length) throw r.allFailed();
    return r.reply;
  },
});

export const scheduledBackupAction = defineAction({
  name: 'scheduledbackup',
  command: null,
  group: 'backup',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(_p, ctx) {
    const svc = ctx.services.backups;
    await svc.pruneSnapshots().catch(() => 0);
    return (await backupMany(ctx.services.nodes.list(), ctx, { type: 'auto', staggerMs: ctx.services.config.backup.staggerS * 1000, master: true })).reply;
  },
});

export const backupsAction = defineAction({
  name: 'backups',
  group: 'backup',
  usage: '/backups <node> [n]',
  tier: 'read',
  params: z.object({ node: nodeIdSchema, n: z.coerce.number({ error: 'backup-n-number' }).int({ error: 'backup-n-number' }).min(1, { error: 'backup-n-min' }).max(100, { error: 'backup-n-max' }).default(10) }),
  args: ['node', 'n'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { t } = ctx;
    const node = ctx.services.nodes.require(p.node);
    const list = ctx.services.store.backups.list(node.id, p.n);
    if (!list.length) return { html: t('backup-list-none', { node: node.id }) };
    const rows = list.map((r) => {
      const type = TYPE_KEYS[r.type] ? msg(TYPE_KEYS[r.type]!) : r.type;
      const detail = t(r.score !== null ? 'backup-list-detail-score' : 'backup-list-detail', { when: t.time(r.createdAt), type, files: r.fileCount, size: formatBytes(r.totalSize), score: r.score });
      return `${t(r.isStable ? 'backup-list-row-stable' : 'backup-list-row', { ref: r.tag ?? r.commit.slice(0, 10) })}\n   ${detail}`;
    });
    const stable = await ctx.services.backups.latestStable(node.id);
    const foot = stable ? t('backup-list-foot-stable', { node: node.id, stable }) : t('backup-list-foot', { node: node.id });
    return { html: `${t('backup-list-head', { node: node.id, count: list.length })}\n${rows.join('\n')}\n\n${foot}` };
  },
});

export const diffAction = defineAction({
  name: 'diff',
  group: 'backup',
  usage: '/diff <node> [ref]',
  tier: 'read',
  params: z.object({ node: nodeIdSchema, ref: refSchema.optional() }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { t } = ctx;
    const node = ctx.services.nodes.require(p.node);
    const svc = ctx.services.backups;
    const list = ctx.services.store.backups.list(node.id, 2);
    if (!list.length) return { html: t('backup-list-none', { node: node.id }) };
    const to = list[0]!.commit;
    let from: string;
    if (p.ref) from = await svc.repo.exclusive(() => svc.repo.resolve(p.ref!));
    else if (list[1]) from = list[1].commit;
    else return { html: t('backup-diff-only-one', { node: node.id, ref: list[0]!.tag ?? to.slice(0, 10) }) };
    const d = await svc.diff(node, from, to);
    const name = (c: string) => ctx.services.store.backups.byCommit(node.id, c)?.tag ?? c.slice(0, 10);
    const names = { node: node.id, from: p.ref ?? name(from), to: name(to) };
    const head = t('backup-diff-head', names);
    if (!d.files.length) return { html: `${head}\n${t('backup-diff-none')}` };
    const lines = d.files.map((f) => (f.added === null ? t('backup-diff-file-binary', { path: f.path }) : t('backup-diff-file', { path: f.path, added: f.added, removed: f.removed ?? 0 })));
    const more = lines.length > 40 ? `\n${t('backup-diff-more', { count: lines.length - 40 })}` : '';
    const summary = `${head}\n${t('backup-diff-files', { count: d.files.length })}\n${lines.slice(0, 40).join('\n')}${more}`;
    if (d.patch.length > 3000) return { html: summary, document: { filename: `${node.id}-diff.patch`, content: d.patch, caption: t('backup-diff-caption', names) } };
    return { html: `${summary}\n${t('backup-diff-patch', { patch: d.patch })}` };
  },
});

async function doRestore(nodeId: string, ref: string, ctx: Ctx) {
  const { t } = ctx;
  const node = ctx.services.nodes.require(nodeId);
  const svc = ctx.services.backups;
  const r = await svc.restore(node, ref, { operationId: ctx.operationId, signal: ctx.signal, progress: (step) => ctx.progress(t.msg(step)) });
  const push = await svc.push();
  const lines = [t('backup-restored', { node: node.id, ref, files: r.files })];
  if (r.secretsKept || r.secretsMissing) lines.push(t(r.secretsMissing ? 'backup-restored-secrets-missing' : 'backup-restored-secrets', { kept: r.secretsKept, missing: r.secretsMissing }));
  const codes = (list: string[]) => joinMsgs(list.map((f) => html(code(f))));
  if (r.keptFiles.length) lines.push(t('backup-restored-kept', { files: codes(r.keptFiles) }));
  if (r.droppedLinks.length) {
    const more = r.droppedLinks.length - 10;
    lines.push(t(more > 0 ? 'backup-restored-dropped-more' : 'backup-restored-dropped', { links: codes(r.droppedLinks.slice(0, 10)), more }));
  }
  lines.push(r.preTag ? t('backup-restored-before', { tag: r.preTag, rollback: r.rollbackTag }) : t('backup-restored-before-none', { rollback: r.rollbackTag }));
  if (!push.ok) lines.push(t('backup-push-failed-later'));
  return {
    html: lines.join('\n'),
    data: { commit: r.commit, preTag: r.preTag, rollbackTag: r.rollbackTag, droppedLinks: r.droppedLinks },
  };
}

export const restoreAction = defineAction({
  name: 'restore',
  group: 'backup',
  usage: '/restore <node> <ref>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema, ref: refSchema }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p, _s, t) => t('backup-confirm-restore', { node: p.node, ref: p.ref }),
  timeoutMs: 30 * 60_000,
  run: (p, ctx) => doRestore(p.node, p.ref, ctx),
});

export const rollbackAction = defineAction({
  name: 'rollback',
  group: 'backup',
  usage: '/rollback <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema }),
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p, _s, t) => t('backup-confirm-rollback', { node: p.node }),
  timeoutMs: 30 * 60_000,
  async run(p, ctx) {
    ctx.services.nodes.require(p.node);
    const tag = await ctx.services.backups.latestStable(p.node);
    if (!tag) throw new UserError('backup-no-stable', { node: p.node });
    return doRestore(p.node, tag, ctx);
  },
});

export const stableAction = defineAction({
  name: 'stable',
  group: 'backup',
  usage: '/stable <node> [ref]',
  tier: 'low',
  params: z.object({ node: nodeIdSchema, ref: refSchema.optional() }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  async run(p, ctx) {
    const { t } = ctx;
    const node = ctx.services.nodes.require(p.node);
    const svc = ctx.services.backups;
    const tag = await svc.markStable(node, p.ref);
    const push = await svc.push();
    const line = t('backup-stable-tagged', { node: node.id, tag });
    return { html: push.ok ? line : `${line}\n${t('backup-push-failed-later')}`, data: { tag } };
  },
});

export const pushRetryAction = defineAction({
  name: 'pushretry',
  command: null,
  group: 'backup',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const pending = ctx.services.backups.pushPending();
    if (!pending) return { html: ctx.t('backup-push-nothing'), data: { pushed: false } };
    const r = await ctx.services.backups.push();
    if (!r.ok) throw new UserError('backup-push-retry-failed', { error: r.error ?? msg('backup-push-no-detail') });
    return { html: ctx.t('backup-push-done'), data: { pushed: true } };
  },
});

export function createBackupActions(deps: BackupActionDeps): AnyAction[] {
  return bindActions(deps, [backupAction, backupsAction, diffAction, stableAction, restoreAction, rollbackAction, scheduledBackupAction, pushRetryAction]);
}
