import { z } from 'zod';
import { esc } from '../bot/render/html.js';
import { errorMsg, UserError } from '../errors.js';
import { msg, type Msg } from '../core/messages.js';
import { nodeIdSchema, nodeTargetSchema, type NodeRecord } from './model.js';
import { actorLabel } from '../pipeline/invocation.js';
import { redactText } from '../secret.js';
import { defineNodesAction as defineAction } from './actions.js';

/** Longest maintenance window a restart opens (it is closed as soon as the restart ends). */
const RESTART_WINDOW_MS = 10 * 60_000;

function restartHint(node: NodeRecord): Msg {
  return msg(node.restartCmd ? 'restart-hint-custom' : 'restart-hint-default', { node: node.id });
}

/** A list of node ids, or "none" in the reader's language. */
function idsOrNone(ids: string[]): string | Msg {
  return ids.length ? ids.join(', ') : msg('restart-none');
}

export const restartAction = defineAction({
  name: 'restart',
  group: 'nodes',
  usage: '/restart <node|all>',
  tier: 'medium',
  tierFor: (p) => (p.target === 'all' ? 'high' : 'medium'),
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: (p) => (p.target === 'all' ? { kind: 'cluster' } : { kind: 'nodes', nodes: [p.target] }),
  confirmText: (p, _s, t) => (p.target === 'all' ? t('restart-confirm-all') : t('restart-confirm', { node: p.target })),
  timeoutMs: 30 * 60_000,
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const { t } = ctx;
    const targets = nodes.resolve(p.target);
    const done: { id: string; pid: number | null | undefined }[] = [];
    /** Where a stop at target `idx` leaves the fleet. */
    const progressSoFar = (idx: number) => msg('restart-so-far', { done: idsOrNone(done.map((d) => d.id)), untouched: idsOrNone(targets.slice(idx + 1).map((n) => n.id)) });
    for (const [idx, node] of targets.entries()) {
      if (ctx.signal.aborted) throw new UserError('restart-cancelled');
      const step = t('restart-progress', { node: node.id, n: idx + 1, total: targets.length });
      ctx.progress(done.length ? `${step}\n✅ ${esc(done.map((d) => d.id).join(', '))}` : step);
      let r;
      // the gateway is down on purpose for a moment: the watchdog sends no new alert for it meanwhile
      // i18n-exempt: the silence's reason is a stored record, English like the event log
      const window = store.silences.openMaintenance(node.id, ctx.services.now() + RESTART_WINDOW_MS, `restart by ${actorLabel(ctx.actor)}`);
      try {
        r = await nodes.agent(node).restart(ctx.signal);
      } catch (err) {
        if (targets.length === 1) throw err;
        throw new UserError('restart-stopped-at', { node: node.id, n: idx + 1, total: targets.length, error: errorMsg(err) }, progressSoFar(idx));
      } finally {
        store.silences.end(window.id);
      }
      // an older agent reports an unchanged pid as a success: it is not one
      // r.error is the agent's own text (a record of what the node said), shown as it is
      const error: string | Msg | null = !r.ok ? (r.error ?? msg('restart-failed')) : r.old_pid != null && r.pid === r.old_pid ? msg('restart-not-restarted', { pid: r.old_pid }) : null;
      if (error !== null) {
        store.events.add({ nodeId: node.id, type: 'gateway.restart_failed', severity: 'warn', message: msg('event-gateway-restart-failed', { node: node.id, error }), data: { oldPid: r.old_pid ?? null, pid: r.pid ?? null } });
        throw new UserError('restart-node-failed', { node: node.id, error }, targets.length > 1 ? msg('restart-stopped-there', { n: idx + 1, total: targets.length, sofar: progressSoFar(idx) }) : restartHint(node));
      }
      store.events.add({
        nodeId: node.id,
        type: 'gateway.restarted',
        message: msg('event-gateway-restarted', { node: node.id, method: r.method ?? '?', by: actorLabel(ctx.actor), old: r.old_pid ?? '?', pid: r.pid ?? '?' }),
        data: { by: actorLabel(ctx.actor), pid: r.pid ?? null },
      });
      done.push({ id: node.id, pid: r.pid });
    }
    const pid = (d: { pid: number | null | undefined }) => d.pid ?? '?';
    if (done.length === 1) return { html: t('restart-done', { node: done[0]!.id, pid: pid(done[0]!) }), data: { pid: done[0]!.pid ?? null } };
    return { html: [t('restart-done-all', { count: done.length }), ...done.map((d) => t('restart-done-line', { node: d.id, pid: pid(d) }))].join('\n') };
  },
});

export const logsAction = defineAction({
  name: 'logs',
  group: 'nodes',
  usage: '/logs <node> [lines]',
  tier: 'read',
  params: z.object({
    node: nodeIdSchema,
    lines: z.coerce.number({ error: 'logs-lines-number' }).int({ error: 'logs-lines-whole' }).min(1, { error: 'logs-lines-min' }).max(2000, { error: 'logs-lines-max' }).default(50),
  }),
  args: ['node', 'lines'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const node = ctx.services.nodes.require(p.node);
    const r = await ctx.services.nodes.agent(node).logs(p.lines, ctx.signal);
    if (!r.lines.length) return { html: ctx.t('logs-empty', { node: node.id, source: r.source }) };
    const text = redactText(r.lines.join('\n'));
    const head = ctx.t('logs-head', { node: node.id, count: r.lines.length, source: r.source });
    if (text.length > 3500) return { html: head, document: { filename: `${node.id}-gateway.log`, content: text, caption: head } };
    return { html: `${head}\n<pre>${esc(text)}</pre>` };
  },
});
