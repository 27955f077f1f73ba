import { z } from 'zod';
import { b, esc } from '../bot/render/html.js';
import { actionsWith } from '../core/action.js';
import type { BusyInfo } from '../core/types.js';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { nodeLine, statusCard, summaryLine } from './cards.js';
import { nodeTargetSchema } from './model.js';
import type { NodeService } from './service.js';

/** What the node actions use. */
export interface NodesActionDeps {
  config: Config;
  store: Store;
  nodes: NodeService;
  now(): number;
  /** What runs on a node now, if anything. */
  busy(nodeId: string): BusyInfo | undefined;
}

export const defineNodesAction = actionsWith<NodesActionDeps>();
const defineAction = defineNodesAction;

export const nodesAction = defineAction({
  name: 'nodes',
  group: 'fleet',
  description: 'List the nodes with their last known state',
  usage: '/nodes',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const { nodes, now, busy } = ctx.services;
    const list = nodes.list();
    if (!list.length) return { html: 'No nodes yet. Add one with /newnode.' };
    const t = now();
    return { html: [b(`Nodes (${list.length})`), ...list.map((n) => nodeLine(n, busy(n.id), t)), '', summaryLine(list.map((n) => n.status))].join('\n') };
  },
});

export const statusAction = defineAction({
  name: 'status',
  group: 'fleet',
  description: "Check a node's health live (OS, CPU, memory, disk, OpenClaw, gateway), or all nodes",
  usage: '/status [node|all]',
  tier: 'read',
  params: z.object({ target: nodeTargetSchema.default('all') }),
  args: ['target'],
  target: (p) => p.target,
  // Read-only: never waits behind a node's queue, and shows what runs there instead.
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { nodes, now, busy } = ctx.services;
    const targets = nodes.resolve(p.target);
    if (targets.length > 1) ctx.progress(`🔎 Checking ${targets.length} nodes…`);
    const results = await nodes.probeMany(targets, ctx.signal, (_r, done) => {
      if (targets.length > 1) ctx.progress(`🔎 Checking ${targets.length} nodes… ${done}/${targets.length}`);
    });
    const t = now();
    const cards = results.map((r) => statusCard(r, busy(r.node.id), t));
    if (targets.length === 1) return { html: cards[0]! };
    return { html: [summaryLine(results.map((r) => r.state)), '', cards.join('\n\n')].join('\n') };
  },
});

export const eventsAction = defineAction({
  name: 'events',
  group: 'fleet',
  description: 'Show the most recent events (state changes, alerts, operations)',
  usage: '/events [n]',
  tier: 'read',
  params: z.object({
    n: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(200, { error: 'at most 200' }).default(10),
  }),
  args: ['n'],
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const rows = ctx.services.store.events.recent(p.n);
    if (!rows.length) return { html: 'No events yet.' };
    const icon = { info: 'ℹ️', warn: '⚠️', critical: '🔴' } as const;
    const lines = rows.map((e) => `${icon[e.severity]} ${esc(new Date(e.createdAt).toISOString().slice(5, 16).replace('T', ' '))} ${esc(e.message)}`);
    return { html: [b(`Last ${rows.length} events`), ...lines].join('\n') };
  },
});

