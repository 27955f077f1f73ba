import { z } from 'zod';
import { b, code, esc } from '../bot/render/html.js';
import { UserError } from '../errors.js';
import { fingerprintSchema, hostSchema, nodeConnectionShape, nodeIdSchema, portSchema, presentedKey, restartCmdSchema } from './model.js';
import { createAgentClient, REMOTE_AGENT_PATH, shortAgentVersion, type AgentStatus } from './agent.js';
import { scanHostKey } from './ssh-transport.js';
import { defineNodesAction as defineAction } from './actions.js';
import { statusCard } from './cards.js';

export const newNodeParams = z.object({
  ...nodeConnectionShape,
  /** Left out: read from the node's openclaw.json (gateway.port), else 18789. */
  gateway_port: portSchema.optional(),
  /** Left out: systemd or launchd manages the gateway. */
  restart_cmd: restartCmdSchema.optional(),
  fingerprint: fingerprintSchema,
});

/** The keys the one-line `/newnode key=value…` form accepts. */
export const NEW_NODE_KEYS = ['id', 'name', 'host', 'port', 'user', 'home', 'gateway_port', 'restart_cmd'] as const;

export const scanHostAction = defineAction({
  name: 'scanhost',
  command: null,
  group: 'nodes',
  description: 'Read the SSH host key a machine presents, without logging in',
  usage: 'scanhost host=<host> port=<port>',
  tier: 'read',
  params: z.object({ host: hostSchema, port: portSchema.default(22) }),
  target: (p) => `${p.host}:${p.port}`,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { fingerprint } = await scanHostKey(p.host, p.port, ctx.services.config.ssh.handshakeTimeoutS * 1000);
    return { html: `🔑 ${esc(p.host)}:${p.port} presents host key ${code(fingerprint)}`, data: { fingerprint } };
  },
});

export const addNodeAction = defineAction({
  name: 'newnode',
  group: 'nodes',
  description: 'Add a node over SSH: guided questions, or all fields in one line',
  usage: '/newnode [id=… host=… port=22 user=… home=~/.openclaw gateway_port=… restart_cmd="…"]',
  tier: 'low',
  // the bot asks for the fields and the host key trust in a conversation, then invokes this
  interactive: true,
  params: newNodeParams,
  target: (p) => p.id,
  locks: (p) => ({ kind: 'nodes', nodes: [p.id] }),
  timeoutMs: 3 * 60_000,
  async run(p, ctx) {
    const { nodes, store, now } = ctx.services;
    if (store.nodes.get(p.id)) throw new UserError(`node ${p.id} already exists`, `pick another id, or remove it first with /removenode ${p.id}`);
    ctx.progress(`🔌 ${b(p.id)}: logging in to ${esc(p.user)}@${esc(p.host)}:${p.port}…`);
    const probe = nodes.sshTo({ id: p.id, host: p.host, port: p.port, sshUser: p.user, keyPath: null }, p.fingerprint);
    try {
      const r = await probe.exec('echo ocm-ok; uname -s; uname -m', { timeoutMs: 20_000 });
      if (r.code !== 0 || !r.stdout.startsWith('ocm-ok')) throw new UserError(`${p.id}: the SSH login works but a shell command failed (${r.stderr.trim() || `exit ${r.code}`})`, 'check the login shell of that user');
      const [, os = '?', arch = '?'] = r.stdout.trim().split('\n');
      const fields = { id: p.id, name: p.name ?? p.id, transport: 'ssh' as const, host: p.host, port: p.port, sshUser: p.user, ocHome: p.home, hostKeyFp: p.fingerprint, hostKeyState: 'pinned' as const, restartCmd: p.restart_cmd ?? null };
      let node = store.nodes.upsert({ ...fields, gatewayPort: p.gateway_port ?? 18789 });
      ctx.progress(`📦 ${b(p.id)}: installing the OCM agent…`);
      let agent;
      let detected: AgentStatus | undefined;
      try {
        agent = await nodes.ensureAgent(node, probe);
        if (p.gateway_port === undefined) {
          ctx.progress(`🔎 ${b(p.id)}: first status check…`);
          // the agent reads gateway.port from the node's openclaw.json; that status is also the first card
          detected = await createAgentClient(node, probe, { scriptPath: REMOTE_AGENT_PATH, portFromConfig: true }).status(ctx.signal);
          const port = detected.openclaw.gateway?.port;
          if (port && port !== node.gatewayPort) node = store.nodes.upsert({ ...fields, gatewayPort: port });
        }
      } catch (err) {
        store.nodes.remove(p.id);
        throw err;
      }
      store.events.add({ nodeId: p.id, type: 'node.added', message: `${p.id}: added (${p.user}@${p.host}:${p.port}, ${os} ${arch}, host key ${p.fingerprint})` });
      if (!detected) ctx.progress(`🔎 ${b(p.id)}: first status check…`);
      const result = detected ? nodes.accept(node, detected) : await nodes.probe(node, ctx.signal);
      const head = `✅ Node ${b(p.id)} added — agent ${shortAgentVersion(agent.version)}${agent.installed ? ' installed' : ' already current'}.`;
      const note = result.status?.openclaw.installed === false ? '\nOpenClaw is not installed there yet.' : '';
      return {
        html: `${head}${note}\n\n${statusCard(result, undefined, now())}`,
        data: { nodeId: p.id, state: result.state },
      };
    } finally {
      await probe.close();
    }
  },
});

export const trustHostAction = defineAction({
  name: 'trusthost',
  group: 'nodes',
  description: 'Pin the SSH host key a node presents now (after a reinstall, or for a declared node)',
  usage: '/trusthost <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema, fingerprint: fingerprintSchema.optional() }),
  args: ['node', 'fingerprint'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText(p, services) {
    const shown = p.fingerprint ?? services.store.kv.get<string>(presentedKey(p.node));
    const n = services.store.nodes.get(p.node);
    return `trust ${p.node}'s host key ${shown ?? '(the one it presents now)'}${n?.hostKeyFp ? ` instead of ${n.hostKeyFp}` : ''}`;
  },
  async run(p, ctx) {
    const { nodes, store, config } = ctx.services;
    const node = nodes.require(p.node);
    if (node.transport === 'local') throw new UserError('the local node has no SSH host key');
    const { fingerprint } = await scanHostKey(node.host ?? '', node.port ?? 22, config.ssh.handshakeTimeoutS * 1000);
    const expected = p.fingerprint ?? store.kv.get<string>(presentedKey(node.id));
    if (expected && expected !== fingerprint) {
      throw new UserError(`${node.id} now presents ${fingerprint}, not the ${expected} you confirmed; nothing was pinned`, `check the machine, then run /trusthost ${node.id} again`);
    }
    const before = node.hostKeyFp;
    store.nodes.setHostKey(node.id, fingerprint, 'pinned');
    store.kv.delete(presentedKey(node.id));
    await nodes.drop(node.id);
    store.events.add({ nodeId: node.id, type: 'hostkey.pinned', severity: 'warn', message: `${node.id}: host key pinned to ${fingerprint}${before && before !== fingerprint ? ` (was ${before})` : ''}` });
    return { html: `🔐 ${b(node.id)}: host key pinned to ${code(fingerprint)}${before && before !== fingerprint ? `\n(was ${code(before)})` : ''}` };
  },
});

export const removeNodeAction = defineAction({
  name: 'removenode',
  group: 'nodes',
  description: 'Remove a node from OCM (the machine itself is not touched)',
  usage: '/removenode <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema }),
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p) => `remove ${p.node} from OCM (its events stay; nothing on the machine changes)`,
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const node = nodes.require(p.node);
    if (node.id === 'local') throw new UserError('the built-in node local cannot be removed', 'set local_node: false in the config file instead');
    if (node.declared) throw new UserError(`${node.id} is declared in the config file`, 'remove it from the nodes list there and restart OCM (it is then marked "not declared"), then /removenode it');
    await nodes.drop(node.id);
    store.nodes.remove(node.id);
    store.kv.delete(presentedKey(node.id));
    store.events.add({ nodeId: node.id, type: 'node.removed', severity: 'warn', message: `${node.id}: removed from OCM` });
    return { html: `🗑 ${b(node.id)} removed from OCM. The machine and its OpenClaw were not touched.` };
  },
});
