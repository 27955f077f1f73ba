import type { Msg } from '../core/messages.js';
import { z } from 'zod';
import { esc } from '../bot/render/html.js';
import { actionsWith } from '../core/action.js';
import type { BusyInfo } from '../core/types.js';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';
import { eventText } from '../store/events-repo.js';
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
  /** Other capabilities' lines under the fleet summary (the last offsite copy…). */
  statusLines?(): Msg[];
}

export const defineNodesAction = actionsWith<NodesActionDeps>();
const defineAction = defineNodesAction;

export const nodesAction = defineAction({
  name: 'nodes',
  group: 'fleet',
  usage: '/nodes',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const { nodes, now, busy } = ctx.services;
    const list = nodes.list();
    if (!list.length) return { html: ctx.t('nodes-empty') };
    const at = now();
    return { html: [ctx.t('nodes-title', { count: list.length }), ...list.map((n) => nodeLine(n, busy(n.id), at, ctx.t)), '', summaryLine(list.map((n) => n.status), ctx.t)].join('\n') };
  },
});

export const statusAction = defineAction({
  name: 'status',
  group: 'fleet',
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
    if (targets.length > 1) ctx.progress(ctx.t('status-checking', { count: targets.length }));
    const results = await nodes.probeMany(targets, ctx.signal, (_r, done) => {
      if (targets.length > 1) ctx.progress(ctx.t('status-checking-done', { count: targets.length, done }));
    });
    const at = now();
    const cards = results.map((r) => statusCard(r, busy(r.node.id), at, ctx.t));
    if (targets.length === 1) return { html: cards[0]! };
    const extra = (ctx.services.statusLines?.() ?? []).map((m) => ctx.t.msg(m));
    return { html: [summaryLine(results.map((r) => r.state), ctx.t), ...extra, '', cards.join('\n\n')].join('\n') };
  },
});

export const eventsAction = defineAction({
  name: 'events',
  group: 'fleet',
  usage: '/events [n]',
  tier: 'read',
  params: z.object({
    n: z.coerce.number({ error: 'events-n-number' }).int({ error: 'events-n-whole' }).min(1, { error: 'events-n-min' }).max(200, { error: 'events-n-max' }).default(10),
  }),
  args: ['n'],
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const rows = ctx.services.store.events.recent(p.n);
    if (!rows.length) return { html: ctx.t('events-empty') };
    const icon = { info: 'ℹ️', warn: '⚠️', critical: '🔴' } as const;
    // in the reader's language; a row written by an older OCM (English text only) as it was stored
    const lines = rows.map((e) => `${icon[e.severity]} ${esc(ctx.t.time(e.createdAt))} ${esc(eventText(e, ctx.t.msgText))}`);
    return { html: [ctx.t('events-title', { count: rows.length }), ...lines].join('\n') };
  },
});

