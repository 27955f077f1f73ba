import { z } from 'zod';
import { b, code, esc } from '../bot/render/html.js';
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

function show(v: unknown): string {
  return v === null || v === undefined ? '(none)' : redactText(String(v));
}

function changesOf(p: EditParams, services: NodesActionDeps): { node: NodeRecord; changes: Change[] } {
  const node = services.nodes.require(p.node);
  if (node.declared) throw new UserError(`${node.id} is declared in the config file, which sets its fields at every start`, 'edit its entry in the nodes list there and restart OCM');
  const changes: Change[] = [];
  for (const key of EDIT_NODE_KEYS as Key[]) {
    const to = p[key];
    if (to === undefined) continue;
    if (node.transport === 'local' && SSH_ONLY.includes(key)) throw new UserError(`the built-in node local is this machine: it has no ${key}`, 'only name, home, gateway_port and restart_cmd apply to it');
    const from = node[FIELD[key]];
    if (from !== to) changes.push({ key, from, to });
  }
  return { node, changes };
}

export const editNodeAction = defineAction({
  name: 'editnode',
  group: 'nodes',
  description: "Change a node's fields (name, host, port, user, home, gateway_port, restart_cmd)",
  usage: '/editnode <node> key=value… (restart_cmd="systemctl --user restart my-gateway", restart_cmd=- to clear)',
  tier: 'medium',
  params: editNodeParams,
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText(p, services) {
    try {
      const { changes } = changesOf(p, services);
      return `change ${p.node}: ${changes.map((c) => `${c.key} ${show(c.from)} → ${show(c.to)}`).join(', ') || 'nothing'}`;
    } catch {
      return `change ${p.node}`; // run() says why it cannot
    }
  },
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const { node, changes } = changesOf(p, ctx.services);
    if (!changes.length) {
      if (EDIT_NODE_KEYS.every((k) => p[k as Key] === undefined)) throw new UserError('nothing to change', `give key=value pairs: ${EDIT_NODE_KEYS.join(', ')} (e.g. /editnode ${node.id} restart_cmd="…")`);
      return { html: `${b(node.id)}: nothing changed — it already has those values.` };
    }
    const next = { ...node };
    for (const c of changes) (next as Record<string, unknown>)[FIELD[c.key]] = c.to;
    store.nodes.upsert({ id: node.id, name: next.name, transport: node.transport, host: next.host, port: next.port, sshUser: next.sshUser, ocHome: next.ocHome, keyPath: node.keyPath, gatewayPort: next.gatewayPort, restartCmd: next.restartCmd, declared: false });
    const moved = changes.some((c) => c.key === 'host' || c.key === 'port');
    // a pinned host key belongs to the old address: the new one is trusted only by /trusthost
    if (moved) store.nodes.setHostKey(node.id, null, 'pending');
    await nodes.drop(node.id);
    const text = changes.map((c) => `${c.key} ${show(c.from)} → ${show(c.to)}`).join(', ');
    store.events.add({ nodeId: node.id, type: 'node.edited', message: `${node.id}: ${text} (by ${actorLabel(ctx.actor)})`, data: { changes: changes.map((c) => ({ key: c.key, from: c.from, to: c.to })) } });
    const lines = changes.map((c) => `• ${esc(c.key)}: ${code(show(c.from))} → ${code(show(c.to))}`);
    const note = moved ? `\nThe host key of the new address is not trusted yet: /trusthost ${esc(node.id)} pins it.` : '';
    return {
      html: `✏️ ${b(node.id)} changed:\n${lines.join('\n')}${note}`,
      data: { nodeId: node.id, changes: changes.length },
      audit: { previous: Object.fromEntries(changes.map((c) => [c.key, c.from])) },
    };
  },
});
