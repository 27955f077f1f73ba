import { z } from 'zod';
import { b, esc } from '../bot/render/html.js';
import { UserError } from '../errors.js';
import { nodeIdSchema, nodeTargetSchema, type NodeRecord } from './model.js';
import { actorLabel } from '../pipeline/invocation.js';
import { redactText } from '../secret.js';
import { defineNodesAction as defineAction } from './actions.js';

/** Longest maintenance window a restart opens (it is closed as soon as the restart ends). */
const RESTART_WINDOW_MS = 10 * 60_000;

function restartHint(node: NodeRecord): string {
  if (node.restartCmd) return `see /logs ${node.id}; the restart command is set with /editnode ${node.id} restart_cmd="…"`;
  return `see /logs ${node.id}; without systemd or launchd, set a restart command with /editnode ${node.id} restart_cmd="…"`;
}

export const restartAction = defineAction({
  name: 'restart',
  group: 'nodes',
  description: "Restart a node's OpenClaw gateway and wait until it is healthy (all: one node at a time)",
  usage: '/restart <node|all>',
  tier: 'medium',
  tierFor: (p) => (p.target === 'all' ? 'high' : 'medium'),
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: (p) => (p.target === 'all' ? { kind: 'cluster' } : { kind: 'nodes', nodes: [p.target] }),
  confirmText: (p) => (p.target === 'all' ? 'restart OpenClaw on every node, one at a time' : `restart OpenClaw on ${p.target}`),
  timeoutMs: 30 * 60_000,
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const targets = nodes.resolve(p.target);
    const done: { id: string; pid: number | null | undefined }[] = [];
    const names = () => done.map((d) => d.id).join(', ') || 'none';
    /** Where a stop at target `idx` leaves the fleet. */
    const progressSoFar = (idx: number) => `restarted before it: ${names()}; not touched: ${targets.slice(idx + 1).map((n) => n.id).join(', ') || 'none'}`;
    for (const [idx, node] of targets.entries()) {
      if (ctx.signal.aborted) throw new UserError('restart cancelled');
      ctx.progress(`🔄 Restarting ${b(node.id)} (${idx + 1}/${targets.length})…${done.length ? `\n✅ ${esc(names())}` : ''}`);
      let r;
      // the gateway is down on purpose for a moment: the watchdog sends no new alert for it meanwhile
      const window = store.silences.openMaintenance(node.id, ctx.services.now() + RESTART_WINDOW_MS, `restart by ${actorLabel(ctx.actor)}`);
      try {
        r = await nodes.agent(node).restart(ctx.signal);
      } catch (err) {
        if (targets.length === 1) throw err;
        throw new UserError(`stopped at ${node.id} (${idx + 1}/${targets.length}): ${err instanceof Error ? err.message : String(err)}`, progressSoFar(idx));
      } finally {
        store.silences.end(window.id);
      }
      // an older agent reports an unchanged pid as a success: it is not one
      const error = !r.ok ? (r.error ?? 'gateway restart failed') : r.old_pid != null && r.pid === r.old_pid ? `the gateway was not restarted: the old one (pid ${r.old_pid}) still runs` : null;
      if (error !== null) {
        store.events.add({ nodeId: node.id, type: 'gateway.restart_failed', severity: 'warn', message: `${node.id}: gateway restart failed: ${error}`, data: { oldPid: r.old_pid ?? null, pid: r.pid ?? null } });
        throw new UserError(`${node.id}: ${error}`, targets.length > 1 ? `stopped there (${idx + 1}/${targets.length}); ${progressSoFar(idx)}` : restartHint(node));
      }
      store.events.add({
        nodeId: node.id,
        type: 'gateway.restarted',
        message: `${node.id}: gateway restarted (${r.method ?? '?'}) by ${actorLabel(ctx.actor)}, pid ${r.old_pid ?? '?'} → ${r.pid ?? '?'}`,
        data: { by: actorLabel(ctx.actor), pid: r.pid ?? null },
      });
      done.push({ id: node.id, pid: r.pid });
    }
    if (done.length === 1) return { html: `✅ ${b(done[0]!.id)}: OpenClaw gateway restarted and healthy — pid ${esc(done[0]!.pid ?? '?')}`, data: { pid: done[0]!.pid ?? null } };
    return { html: `✅ Restarted ${done.length} nodes, all healthy:\n${done.map((d) => `• ${esc(d.id)} (pid ${esc(d.pid ?? '?')})`).join('\n')}` };
  },
});

export const logsAction = defineAction({
  name: 'logs',
  group: 'nodes',
  description: "Show the tail of a node's OpenClaw gateway log (secrets redacted)",
  usage: '/logs <node> [lines]',
  tier: 'read',
  params: z.object({
    node: nodeIdSchema,
    lines: z.coerce.number({ error: 'lines must be a number' }).int({ error: 'lines must be a whole number' }).min(1, { error: 'lines must be at least 1' }).max(2000, { error: 'at most 2000 lines' }).default(50),
  }),
  args: ['node', 'lines'],
  target: (p) => p.node,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const node = ctx.services.nodes.require(p.node);
    const r = await ctx.services.nodes.agent(node).logs(p.lines, ctx.signal);
    if (!r.lines.length) return { html: `${b(node.id)}: no gateway log found (${esc(r.source)}).` };
    const text = redactText(r.lines.join('\n'));
    const head = `📜 ${b(node.id)} — last ${r.lines.length} lines of ${esc(r.source)}`;
    if (text.length > 3500) return { html: head, document: { filename: `${node.id}-gateway.log`, content: text, caption: head } };
    return { html: `${head}\n<pre>${esc(text)}</pre>` };
  },
});
