import { z } from 'zod';
import { code, esc } from '../bot/render/html.js';
import type { Translate } from '../core/action.js';
import { msg, type Msg } from '../core/messages.js';
import { eventList } from '../store/events-repo.js';
import { UserError } from '../errors.js';
import { unknownKeysProblem } from '../pipeline/params.js';
import { redactText } from '../secret.js';
import { actorLabel } from '../pipeline/invocation.js';
import { homeSchema, hostSchema, nameSchema, nodeIdSchema, portSchema, restartCmdSchema, sshUserSchema, type NodeRecord } from './model.js';
import { defineNodesAction as defineAction } from './actions.js';
import type { NodesActionDeps } from './actions.js';

/** The fields /editnode changes, by their /newnode key. `restart_cmd=-` (or none, or empty) clears it. */
const EDIT_SHAPE = {
  name: nameSchema.optional(),
  host: hostSchema.optional(),
  port: portSchema.optional(),
  user: sshUserSchema.optional(),
  home: homeSchema.optional(),
  gateway_port: portSchema.optional(),
  restart_cmd: z.union([z.enum(['-', 'none', '']).transform(() => null), restartCmdSchema]).optional(),
};
export const EDIT_NODE_KEYS = Object.keys(EDIT_SHAPE);

export const editNodeParams = z.strictObject(
  { node: nodeIdSchema, ...EDIT_SHAPE },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? (unknownKeysProblem(iss.keys, EDIT_NODE_KEYS) ?? undefined) : undefined) },
);
type EditParams = z.output<typeof editNodeParams>;
type Key = keyof typeof EDIT_SHAPE;

const FIELD: Record<Key, keyof NodeRecord> = { name: 'name', host: 'host', port: 'port', user: 'sshUser', home: 'ocHome', gateway_port: 'gatewayPort', restart_cmd: 'restartCmd' };
const SSH_ONLY: Key[] = ['host', 'port', 'user'];

interface Change {
  key: Key;
  from: unknown;
  to: unknown;
}

/** A field's value as shown (secrets redacted), plain text; no value is "(none)" in `t`'s language. */
function show(v: unknown, t: Pick<Translate, 'text'>): string {
  return v === null || v === undefined ? t.text('editnode-none') : redactText(String(v));
}

/** "restart_cmd (none) → …", plain text. */
function changeList(changes: Change[], t: Pick<Translate, 'text'>): string {
  return changes.map((c) => `${c.key} ${show(c.from, t)} → ${show(c.to, t)}`).join(', ');
}

/** One change for the event log, rendered in each reader's language. */
function changeMsg(c: Change): Msg {
  const value = (v: unknown): string | Msg => (v === null || v === undefined ? msg('editnode-none') : redactText(String(v)));
  return msg('event-node-change', { key: c.key, from: value(c.from), to: value(c.to) });
}

function changesOf(p: EditParams, services: NodesActionDeps): { node: NodeRecord; changes: Change[] } {
  const node = services.nodes.require(p.node);
  if (node.declared) throw new UserError('editnode-declared', { node: node.id });
  const changes: Change[] = [];
  for (const key of EDIT_NODE_KEYS as Key[]) {
    const to = p[key];
    if (to === undefined) continue;
    if (node.transport === 'local' && SSH_ONLY.includes(key)) throw new UserError('editnode-local-field', { key });
    const from = node[FIELD[key]];
    if (from !== to) changes.push({ key, from, to });
  }
  return { node, changes };
}

export const editNodeAction = defineAction({
  name: 'editnode',
  group: 'nodes',
  usage: '/editnode <node> key=value… (restart_cmd="systemctl --user restart my-gateway", restart_cmd=-)',
  tier: 'medium',
  params: editNodeParams,
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText(p, services, t) {
    try {
      const { changes } = changesOf(p, services);
      return t('editnode-confirm', { node: p.node, changes: changes.length ? changeList(changes, t) : t.text('editnode-confirm-nothing') });
    } catch {
      return t('editnode-confirm-plain', { node: p.node }); // run() says why it cannot
    }
  },
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const { node, changes } = changesOf(p, ctx.services);
    if (!changes.length) {
      if (EDIT_NODE_KEYS.every((k) => p[k as Key] === undefined)) throw new UserError('editnode-nothing', { node: node.id, keys: EDIT_NODE_KEYS.join(', ') });
      return { html: ctx.t('editnode-unchanged', { node: node.id }) };
    }
    const next = { ...node };
    for (const c of changes) (next as Record<string, unknown>)[FIELD[c.key]] = c.to;
    store.nodes.upsert({ id: node.id, name: next.name, transport: node.transport, host: next.host, port: next.port, sshUser: next.sshUser, ocHome: next.ocHome, keyPath: node.keyPath, gatewayPort: next.gatewayPort, restartCmd: next.restartCmd, declared: false });
    const moved = changes.some((c) => c.key === 'host' || c.key === 'port');
    // a pinned host key belongs to the old address: the new one is trusted only by /trusthost
    if (moved) store.nodes.setHostKey(node.id, null, 'pending');
    await nodes.drop(node.id);
    store.events.add({ nodeId: node.id, type: 'node.edited', message: msg('event-node-edited', { node: node.id, changes: eventList(changes.map(changeMsg)), by: actorLabel(ctx.actor) }), data: { changes: changes.map((c) => ({ key: c.key, from: c.from, to: c.to })) } });
    const lines = changes.map((c) => `• ${esc(c.key)}: ${code(show(c.from, ctx.t))} → ${code(show(c.to, ctx.t))}`);
    return {
      html: [ctx.t('editnode-changed', { node: node.id }), ...lines, ...(moved ? [ctx.t('editnode-moved', { node: node.id })] : [])].join('\n'),
      data: { nodeId: node.id, changes: changes.length },
      audit: { previous: Object.fromEntries(changes.map((c) => [c.key, c.from])) },
    };
  },
});
