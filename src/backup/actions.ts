import { z } from 'zod';
import { b, code, esc, formatBytes, toPlain } from '../bot/render/html.js';
import { describeError, UserError } from '../errors.js';
import type { NodeRecord } from '../nodes/model.js';
import { nodeIdSchema, nodeTargetSchema } from '../nodes/model.js';
import { actionsWith, bindActions, type AnyAction, type RunContext } from '../core/action.js';
import type { BusyInfo } from '../core/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { NodeService } from '../nodes/service.js';
import type { Store } from '../store/store.js';
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

const refSchema = z.string({ error: 'give a backup ref: a tag or commit id from /backups' }).regex(REF_RE, { error: 'not a backup ref (a tag or commit id from /backups)' });
const labelSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'label: lowercase letters, digits and dashes, at most 40 (e.g. pre-update)' })
  .optional();

function outcomeLine(o: BackupOutcome, refName: (ref: string | null) => string): string {
  const warn = o.warnings.length ? `\n   ⚠️ ${esc(o.warnings.join('; '))}` : '';
  if (!o.changed) return `➖ ${b(o.nodeId)}: no changes since ${code(refName(o.ref))}${warn}`;
  const red = o.redactions ? `, ${o.redactions} secret${o.redactions === 1 ? '' : 's'} redacted` : '';
  return `✅ ${b(o.nodeId)}: ${code(o.tag ?? o.commit!.slice(0, 10))} — ${o.files} files, ${formatBytes(o.bytes)}${red}${warn}`;
}

/** Backs up `targets` in parallel (staggered when scheduled); one progress message for all. */
async function backupMany(targets: NodeRecord[], ctx: Ctx, opts: { type: 'auto' | 'manual'; label?: string; staggerMs: number; master: boolean }) {
  const svc = ctx.services.backups;
  const state = new Map<string, string>(targets.map((n) => [n.id, '⏳ waiting']));
  const show = () => ctx.progress(`💾 Backing up ${targets.length} node${targets.length === 1 ? '' : 's'}…\n${[...state].map(([id, s]) => `${esc(id)}: ${s}`).join('\n')}`);
  const results = await Promise.all(
    targets.map(async (node, i) => {
      if (opts.staggerMs && i) await new Promise((r) => setTimeout(r, opts.staggerMs * i));
      if (ctx.signal.aborted) return { node, error: 'cancelled' };
      // the schedule holds no node locks: a node something else works on (a restore!) is skipped, never packed half-way
      const busy = opts.type === 'auto' ? ctx.services.busy(node.id) : undefined;
      if (busy) {
        state.set(node.id, '⏭ skipped (busy)');
        ctx.services.store.events.add({ nodeId: node.id, type: 'backup.skipped', message: `${node.id}: scheduled backup skipped while ${busy.action} runs` });
        return { node, error: `skipped: ${busy.action} was running on it` };
      }
      state.set(node.id, '📦 packing…');
      show();
      try {
        const o = await svc.backupNode(node, { type: opts.type, ...(opts.label ? { label: opts.label } : {}), signal: ctx.signal });
        state.set(node.id, o.changed ? '✅ committed' : '➖ unchanged');
        show();
        return { node, outcome: o };
      } catch (err) {
        state.set(node.id, '❌ failed');
        show();
        return { node, error: describeError(err) };
      }
    }),
  );
  let master = '';
  if (opts.master) {
    try {
      const m = await svc.backupMaster(opts.type);
      master = `\n🗄 OCM itself: ${m.commit ? code(m.commit.slice(0, 10)) : 'no changes'}`;
    } catch (err) {
      ctx.services.log.warn({ err }, 'OCM self-backup failed');
      master = `\n❌ OCM itself: ${esc(describeError(err))}`;
    }
  }
  const push = results.some((r) => r.outcome?.changed) || opts.master || svc.pushPending() ? await svc.push() : { ok: true };
  const tagOf = (nodeId: string) => (ref: string | null) => (ref ? (ctx.services.store.backups.byCommit(nodeId, ref)?.tag ?? ref.slice(0, 10)) : 'the last backup');
  const lines = results.map((r) => (r.outcome ? outcomeLine(r.outcome, tagOf(r.node.id)) : `❌ ${b(r.node.id)}: ${esc(r.error ?? 'failed')}`));
  const failed = results.filter((r) => !r.outcome).length;
  const pushLine = svc.repo.hasRemote() ? (push.ok ? '\n☁️ pushed to the remote' : `\n⚠️ push to the remote failed (${esc(push.error ?? '')}); the commits are kept here and the push is retried`) : '';
  const head = failed ? `💾 Backup: ${results.length - failed} of ${results.length} done, ${failed} failed` : `💾 Backup done`;
  return { html: `${head}\n${lines.join('\n')}${master}${pushLine}`, data: { results: results.map((r) => ({ node: r.node.id, commit: r.outcome?.commit ?? null, changed: r.outcome?.changed ?? false, error: r.error ?? null })), failed } };
}

export const backupAction = defineAction({
  name: 'backup',
  group: 'backup',
  description: "Back up a node's OpenClaw config, workspace and cron jobs to git, secrets redacted (all: every node and OCM itself, in parallel)",
  usage: '/backup <node|all> [label]',
  tier: 'low',
  params: z.object({ target: nodeTargetSchema, label: labelSchema }),
  args: ['target', 'label'],
  target: (p) => p.target,
  locks: (p) => (p.target === 'all' ? { kind: 'cluster' } : { kind: 'nodes', nodes: [p.target] }),
  timeoutMs: 60 * 60_000,
  async run(p, ctx) {
    const targets = ctx.services.nodes.resolve(p.target);
    if (!targets.length) throw new UserError('no nodes to back up', 'add one with /newnode');
    const r = await backupMany(targets, ctx, { type: 'manual', ...(p.label ? { label: p.label } : {}), staggerMs: 0, master: p.target === 'all' });
    // every node failed: the operation failed (audited so), with the per-node lines as the reason
    if (r.data.failed === targets.length) throw new UserError(targets.length === 1 ? (r.data.results[0]!.error ?? 'backup failed') : toPlain(r.html));
    return r;
  },
});

export const scheduledBackupAction = defineAction({
  name: 'scheduledbackup',
  command: null,
  group: 'backup',
  description: 'Scheduled backup of every node (staggered) and of OCM itself',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(_p, ctx) {
    const svc = ctx.services.backups;
    await svc.pruneSnapshots().catch(() => 0);
    return backupMany(ctx.services.nodes.list(), ctx, { type: 'auto', staggerMs: ctx.services.config.backup.staggerS * 1000, master: true });
  },
});

export const backupsAction = defineAction({
  name: 'backups',
  group: 'backup',
  description: "List a node's backups: ref, date, type, size, score",
  usage: '/backups <node> [n]',
  tier: 'read',
  params: z.object({ node: nodeIdSchema, n: z.coerce.number({ error: 'n must be a number' }).int().min(1).max(100, { error: 'at most 100' }).default(10) }),
  args: ['node', 'n'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const node = ctx.services.nodes.require(p.node);
    const list = ctx.services.store.backups.list(node.id, p.n);
    if (!list.length) return { html: `${b(node.id)} has no backups yet — /backup ${esc(node.id)}` };
    const rows = list.map((r) => {
      const when = new Date(r.createdAt).toISOString().slice(0, 16).replace('T', ' ');
      const ref = r.tag ?? r.commit.slice(0, 10);
      return `${r.isStable ? '⭐' : '•'} ${code(ref)}\n   ${when} UTC · ${r.type} · ${r.fileCount} files, ${formatBytes(r.totalSize)}${r.score !== null ? ` · score ${r.score}` : ''}`;
    });
    const stable = await ctx.services.backups.latestStable(node.id);
    return { html: `💾 ${b(node.id)} — last ${list.length} backup${list.length === 1 ? '' : 's'} (UTC)\n${rows.join('\n')}\n\nRestore: /restore ${esc(node.id)} &lt;ref&gt;${stable ? ` · latest stable: ${code(stable)}` : ''}` };
  },
});

export const diffAction = defineAction({
  name: 'diff',
  group: 'backup',
  description: "What changed in a node's backup: the latest against a ref (default: the backup before it)",
  usage: '/diff <node> [ref]',
  tier: 'read',
  params: z.object({ node: nodeIdSchema, ref: refSchema.optional() }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const node = ctx.services.nodes.require(p.node);
    const svc = ctx.services.backups;
    const list = ctx.services.store.backups.list(node.id, 2);
    if (!list.length) return { html: `${b(node.id)} has no backups yet — /backup ${esc(node.id)}` };
    const to = list[0]!.commit;
    let from: string;
    if (p.ref) from = await svc.repo.exclusive(() => svc.repo.resolve(p.ref!));
    else if (list[1]) from = list[1].commit;
    else return { html: `${b(node.id)} has only one backup (${code(list[0]!.tag ?? to.slice(0, 10))}); nothing to compare yet.` };
    const d = await svc.diff(node, from, to);
    const name = (c: string) => ctx.services.store.backups.byCommit(node.id, c)?.tag ?? c.slice(0, 10);
    const head = `🔍 ${b(node.id)}: ${code(p.ref ?? name(from))} → ${code(name(to))}`;
    if (!d.files.length) return { html: `${head}\nNo differences.` };
    const lines = d.files.map((f) => `• ${esc(f.path)} ${f.added === null ? '(binary)' : `+${f.added} −${f.removed}`}`);
    const summary = `${head}\n${d.files.length} file${d.files.length === 1 ? '' : 's'} changed:\n${lines.slice(0, 40).join('\n')}${lines.length > 40 ? `\n… and ${lines.length - 40} more` : ''}`;
    if (d.patch.length > 3000) return { html: summary, document: { filename: `${node.id}-diff.patch`, content: d.patch, caption: `${node.id}: ${p.ref ?? name(from)} → ${name(to)}` } };
    return { html: `${summary}\n<pre>${esc(d.patch)}</pre>` };
  },
});

async function doRestore(nodeId: string, ref: string, ctx: Ctx) {
  const node = ctx.services.nodes.require(nodeId);
  const svc = ctx.services.backups;
  const r = await svc.restore(node, ref, { operationId: ctx.operationId, signal: ctx.signal, progress: ctx.progress });
  const push = await svc.push();
  const secrets = r.secretsKept || r.secretsMissing ? `\n🔑 ${r.secretsKept} secret value${r.secretsKept === 1 ? '' : 's'} kept from the node${r.secretsMissing ? `; ⚠️ ${r.secretsMissing} had no counterpart on the node and stay REDACTED — set them by hand` : ''}` : '';
  const kept = r.keptFiles.length ? `\n🔒 kept the node's current ${r.keptFiles.map((f) => code(f)).join(', ')} (it holds secrets, masked in the backup)` : '';
  const dropped = r.droppedLinks.length ? `\n⚠️ not restored: ${r.droppedLinks.slice(0, 10).map((f) => code(f)).join(', ')}${r.droppedLinks.length > 10 ? ` and ${r.droppedLinks.length - 10} more` : ''} (symlinks pointing outside the node's OpenClaw home)` : '';
  return {
    html: `✅ ${b(node.id)} restored to ${code(ref)} (${r.files} files); the gateway is healthy.${secrets}${kept}${dropped}\nBefore: ${r.preTag ? code(r.preTag) : 'no snapshot'} · recorded as ${code(r.rollbackTag)}${push.ok ? '' : '\n⚠️ push to the remote failed; it is retried later'}`,
    data: { commit: r.commit, preTag: r.preTag, rollbackTag: r.rollbackTag, droppedLinks: r.droppedLinks },
  };
}

export const restoreAction = defineAction({
  name: 'restore',
  group: 'backup',
  description: 'Restore a node to a backup: snapshot first, stop the gateway, put the files back, start it, revert if it is not healthy',
  usage: '/restore <node> <ref>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema, ref: refSchema }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p) => `restore ${p.node} to backup ${p.ref} (its current state is snapshotted first; the gateway restarts)`,
  timeoutMs: 30 * 60_000,
  run: (p, ctx) => doRestore(p.node, p.ref, ctx),
});

export const rollbackAction = defineAction({
  name: 'rollback',
  group: 'backup',
  description: "Roll a node back to its latest stable backup (same steps as /restore)",
  usage: '/rollback <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema }),
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p) => `roll ${p.node} back to its latest stable backup (its current state is snapshotted first; the gateway restarts)`,
  timeoutMs: 30 * 60_000,
  async run(p, ctx) {
    ctx.services.nodes.require(p.node);
    const tag = await ctx.services.backups.latestStable(p.node);
    if (!tag) throw new UserError(`${p.node} has no stable backup to roll back to`, `mark one with /stable ${p.node} [ref], or pick any backup from /backups ${p.node} and use /restore`);
    return doRestore(p.node, tag, ctx);
  },
});

export const stableAction = defineAction({
  name: 'stable',
  group: 'backup',
  description: "Mark a node's backup as stable (default: its latest), the target of /rollback",
  usage: '/stable <node> [ref]',
  tier: 'low',
  params: z.object({ node: nodeIdSchema, ref: refSchema.optional() }),
  args: ['node', 'ref'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  async run(p, ctx) {
    const node = ctx.services.nodes.require(p.node);
    const svc = ctx.services.backups;
    const tag = await svc.markStable(node, p.ref);
    const push = await svc.push();
    return { html: `⭐ ${b(node.id)}: tagged ${code(tag)} — /rollback ${esc(node.id)} returns here.${push.ok ? '' : '\n⚠️ push to the remote failed; it is retried later'}`, data: { tag } };
  },
});

export const pushRetryAction = defineAction({
  name: 'pushretry',
  command: null,
  group: 'backup',
  description: 'Push backup commits that an earlier push could not deliver to the remote',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const pending = ctx.services.backups.pushPending();
    if (!pending) return { html: 'Nothing waits to be pushed.', data: { pushed: false } };
    const r = await ctx.services.backups.push();
    if (!r.ok) throw new UserError(`push to the backup remote failed: ${r.error ?? 'unknown error'}`, 'the commits stay local; OCM tries again later');
    return { html: 'Pushed the backup commits that were waiting.', data: { pushed: true } };
  },
});

export function createBackupActions(deps: BackupActionDeps): AnyAction[] {
  return bindActions(deps, [backupAction, backupsAction, diffAction, stableAction, restoreAction, rollbackAction, scheduledBackupAction, pushRetryAction]);
}
