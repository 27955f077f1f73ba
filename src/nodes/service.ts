import { hostname } from 'node:os';
import { describeError, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { mapLimit } from '../util/concurrency.js';
import { AGENT_SCRIPT_PATH, createAgentClient, type AgentClient, type AgentStatus } from './agent.js';
import { createLocalTransport } from './local-transport.js';
import type { NodeRecord, NodeStatus } from './model.js';
import type { Transport } from './transport.js';

export interface ProbeResult {
  node: NodeRecord;
  state: NodeStatus;
  status?: AgentStatus;
  /** Why the node is not online, in words. */
  problems: string[];
  durationMs: number;
}

export interface NodeServiceOpts {
  store: Store;
  log: Logger;
  dataDir: string;
  now: () => number;
  /** Fan-out cap for operations over many nodes. */
  fanout?: number;
  /** Transport for a remote node; absent until the SSH transport is configured. */
  remoteTransport?: (node: NodeRecord) => Transport;
}

/** Classifies an agent status: online only when OpenClaw is installed and its gateway answers /health. */
export function classify(s: AgentStatus, gatewayPort: number): { state: NodeStatus; problems: string[] } {
  const problems: string[] = [];
  if (!s.openclaw.installed) problems.push('OpenClaw not installed');
  else if (!s.openclaw.gateway?.healthy) {
    problems.push(s.openclaw.gateway?.running ? `gateway running but not healthy on 127.0.0.1:${gatewayPort}` : `gateway not answering on 127.0.0.1:${gatewayPort}/health`);
  }
  if ((s.disk?.used_pct ?? 0) >= 95) problems.push(`disk ${s.disk?.used_pct}% full`);
  return { state: problems.length ? 'degraded' : 'online', problems };
}

export function createNodeService(opts: NodeServiceOpts) {
  const { store, log } = opts;
  const transports = new Map<string, Transport>();
  const fanout = opts.fanout ?? 10;

  function transport(node: NodeRecord): Transport {
    let t = transports.get(node.id);
    if (!t) {
      if (node.transport === 'local') t = createLocalTransport();
      else if (opts.remoteTransport) t = opts.remoteTransport(node);
      else throw new UserError(`${node.id}: no SSH transport is configured in this OCM`);
      transports.set(node.id, t);
    }
    return t;
  }

  function agent(node: NodeRecord): AgentClient {
    if (node.transport === 'local') return createAgentClient(node, transport(node), { scriptPath: AGENT_SCRIPT_PATH, diskPath: opts.dataDir });
    return createAgentClient(node, transport(node), { scriptPath: '~/.ocm/ocm-agent.sh' });
  }

  function record(node: NodeRecord, state: NodeStatus, fields: { statusJson?: string; error?: string | null; seen: boolean }): void {
    store.nodes.setStatus(node.id, state, { statusJson: fields.statusJson ?? null, lastError: fields.error ?? null, seen: fields.seen });
    if (state !== node.status) {
      store.events.add({
        nodeId: node.id,
        type: 'node.state',
        severity: state === 'offline' ? 'critical' : state === 'degraded' ? 'warn' : 'info',
        message: `${node.id}: ${node.status} → ${state}${fields.error ? ` (${fields.error})` : ''}`,
      });
    }
  }

  const service = {
    list(): NodeRecord[] {
      return store.nodes.list();
    },
    /** The node, or an error naming the known ones. */
    require(id: string): NodeRecord {
      const n = store.nodes.get(id);
      if (n) return n;
      const known = store.nodes.list().map((x) => x.id);
      throw new UserError(`unknown node '${id}'`, known.length ? `known nodes: ${known.join(', ')} (see /nodes)` : 'no nodes yet: add one with /newnode');
    },
    resolve(target: string): NodeRecord[] {
      if (target === 'all') {
        const all = store.nodes.list();
        if (!all.length) throw new UserError('no nodes registered yet', 'add one with /newnode');
        return all;
      }
      return [service.require(target)];
    },
    transport,
    agent,
    /** Asks the node's agent for its status, stores it and classifies the node. */
    async probe(node: NodeRecord, signal?: AbortSignal): Promise<ProbeResult> {
      const start = opts.now();
      try {
        const status = await agent(node).status(signal);
        const { state, problems } = classify(status, node.gatewayPort);
        record(node, state, { statusJson: JSON.stringify(status), error: problems[0] ?? null, seen: true });
        return { node: store.nodes.get(node.id) ?? node, state, status, problems, durationMs: opts.now() - start };
      } catch (err) {
        const why = describeError(err);
        log.warn({ node: node.id, err }, 'node probe failed');
        record(node, 'offline', { error: why, seen: false });
        return { node: store.nodes.get(node.id) ?? node, state: 'offline', problems: [why], durationMs: opts.now() - start };
      }
    },
    probeMany(nodes: NodeRecord[], signal?: AbortSignal, onEach?: (r: ProbeResult, done: number) => void): Promise<ProbeResult[]> {
      let done = 0;
      return mapLimit(nodes, fanout, async (n) => {
        const r = await service.probe(n, signal);
        onEach?.(r, ++done);
        return r;
      });
    },
    /** The built-in node for this machine. */
    ensureLocalNode(): NodeRecord {
      const existing = store.nodes.get('local');
      if (existing) return existing;
      const node = store.nodes.upsert({ id: 'local', name: hostname(), transport: 'local', ocHome: '~/.openclaw', gatewayPort: 18789 });
      store.events.add({ nodeId: 'local', type: 'node.added', message: 'local: this machine registered as node "local"' });
      return node;
    },
    async close(): Promise<void> {
      await Promise.allSettled([...transports.values()].map((t) => t.close()));
      transports.clear();
    },
  };
  return service;
}

export type NodeService = ReturnType<typeof createNodeService>;
