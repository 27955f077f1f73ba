import { z } from 'zod';
import { UserError } from '../errors.js';
import { msg } from '../core/messages.js';
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
  usage: 'scanhost host=<host> port=<port>',
  tier: 'read',
  params: z.object({ host: hostSchema, port: portSchema.default(22) }),
  target: (p) => `${p.host}:${p.port}`,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { fingerprint } = await scanHostKey(p.host, p.port, ctx.services.config.ssh.handshakeTimeoutS * 1000);
    return { html: ctx.t('scanhost-result', { host: p.host, port: p.port, fingerprint }), data: { fingerprint } };
  },
});

export const addNodeAction = defineAction({
  name: 'newnode',
  group: 'nodes',
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
    const { t } = ctx;
    if (store.nodes.get(p.id)) throw new UserError('newnode-exists', { node: p.id });
    ctx.progress(t('newnode-logging-in', { node: p.id, user: p.user, host: p.host, port: p.port }));
    const probe = nodes.sshTo({ id: p.id, host: p.host, port: p.port, sshUser: p.user, keyPath: null }, p.fingerprint);
    try {
      const r = await probe.exec('echo ocm-ok; uname -s; uname -m', { timeoutMs: 20_000 });
      if (r.code !== 0 || !r.stdout.startsWith('ocm-ok')) throw new UserError('newnode-shell-failed', { node: p.id, detail: r.stderr.trim() || msg('newnode-exit-code', { code: r.code }) });
      const [, os = '?', arch = '?'] = r.stdout.trim().split('\n');
      const fields = { id: p.id, name: p.name ?? p.id, transport: 'ssh' as const, host: p.host, port: p.port, sshUser: p.user, ocHome: p.home, hostKeyFp: p.fingerprint, hostKeyState: 'pinned' as const, restartCmd: p.restart_cmd ?? null };
      let node = store.nodes.upsert({ ...fields, gatewayPort: p.gateway_port ?? 18789 });
      ctx.progress(t('newnode-installing-agent', { node: p.id }));
      let agent;
      let detected: AgentStatus | undefined;
      try {
        agent = await nodes.ensureAgent(node, probe);
        if (p.gateway_port === undefined) {
          ctx.progress(t('newnode-first-check', { node: p.id }));
          // the agent reads gateway.port from the node's openclaw.json; that status is also the first card
          detected = await createAgentClient(node, probe, { scriptPath: REMOTE_AGENT_PATH, portFromConfig: true }).status(ctx.signal);
          const port = detected.openclaw.gateway?.port;
          if (port && port !== node.gatewayPort) node = store.nodes.upsert({ ...fields, gatewayPort: port });
        }
      } catch (err) {
        store.nodes.remove(p.id);
        throw err;
      }
      store.events.add({ nodeId: p.id, type: 'node.added', message: msg('event-node-added', { node: p.id, where: `${p.user}@${p.host}:${p.port}`, os, arch, fingerprint: p.fingerprint }) });
      if (!detected) ctx.progress(t('newnode-first-check', { node: p.id }));
      const result = detected ? nodes.accept(node, detected) : await nodes.probe(node, ctx.signal);
      const head = t('newnode-added', { node: p.id, version: shortAgentVersion(agent.version), installed: agent.installed ? 'yes' : 'no' });
      const note = result.status?.openclaw.installed === false ? `\n${t('newnode-openclaw-missing')}` : '';
      return {
        html: `${head}${note}\n\n${statusCard(result, undefined, now(), t)}`,
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
  usage: '/trusthost <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema, fingerprint: fingerprintSchema.optional() }),
  args: ['node', 'fingerprint'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText(p, services, t) {
    const shown = p.fingerprint ?? services.store.kv.get<string>(presentedKey(p.node));
    const n = services.store.nodes.get(p.node);
    if (!shown) return n?.hostKeyFp ? t('trusthost-confirm-current-replace', { node: p.node, old: n.hostKeyFp }) : t('trusthost-confirm-current', { node: p.node });
    return n?.hostKeyFp ? t('trusthost-confirm-replace', { node: p.node, key: shown, old: n.hostKeyFp }) : t('trusthost-confirm', { node: p.node, key: shown });
  },
  async run(p, ctx) {
    const { nodes, store, config } = ctx.services;
    const node = nodes.require(p.node);
    if (node.transport === 'local') throw new UserError('trusthost-local');
    const { fingerprint } = await scanHostKey(node.host ?? '', node.port ?? 22, config.ssh.handshakeTimeoutS * 1000);
    const expected = p.fingerprint ?? store.kv.get<string>(presentedKey(node.id));
    if (expected && expected !== fingerprint) {
      throw new UserError('trusthost-changed', { node: node.id, presented: fingerprint, expected });
    }
    const before = node.hostKeyFp;
    store.nodes.setHostKey(node.id, fingerprint, 'pinned');
    store.kv.delete(presentedKey(node.id));
    await nodes.drop(node.id);
    store.events.add({ nodeId: node.id, type: 'hostkey.pinned', severity: 'warn', message: before && before !== fingerprint ? msg('event-hostkey-repinned', { node: node.id, fingerprint, old: before }) : msg('event-hostkey-pinned', { node: node.id, fingerprint }) });
    const pinned = ctx.t('trusthost-pinned', { node: node.id, fingerprint });
    return { html: before && before !== fingerprint ? `${pinned}\n${ctx.t('trusthost-was', { old: before })}` : pinned };
  },
});

export const removeNodeAction = defineAction({
  name: 'removenode',
  group: 'nodes',
  usage: '/removenode <node>',
  tier: 'high',
  params: z.object({ node: nodeIdSchema }),
  args: ['node'],
  target: (p) => p.node,
  locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  confirmText: (p, _s, t) => t('removenode-confirm', { node: p.node }),
  async run(p, ctx) {
    const { nodes, store } = ctx.services;
    const node = nodes.require(p.node);
    if (node.id === 'local') throw new UserError('removenode-local');
    if (node.declared) throw new UserError('removenode-declared', { node: node.id });
    await nodes.drop(node.id);
    store.nodes.remove(node.id);
    store.kv.delete(presentedKey(node.id));
    store.events.add({ nodeId: node.id, type: 'node.removed', severity: 'warn', message: msg('event-node-removed', { node: node.id }) });
    return { html: ctx.t('removenode-done', { node: node.id }) };
  },
});
