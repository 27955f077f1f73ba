import { hostname } from 'node:os';
import { describeError, errorMsg, ExternalError, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { mapLimit } from '../util/concurrency.js';
import { cleanDeep, cleanLine } from '../util/sanitize.js';
import { readFileSync } from 'node:fs';
import type { DeclaredNode } from '../config.js';
import { AGENT_SCRIPT_PATH, createAgentClient, readAgentScript, REMOTE_AGENT_PATH, shortAgentVersion, type AgentClient, type AgentStatus } from './agent.js';
import { createLocalTransport } from './local-transport.js';
import { createSshTransport, type SshOpts } from './ssh-transport.js';
import { presentedKey, type NodeRecord, type NodeStatus } from './model.js';
import type { Transport } from './transport.js';
import { asText, englishOf, isMsg, msg, type Msg, type MsgArg } from '../core/messages.js';

/** /logs keeps at most this many lines, each at most this long. */
const MAX_LOG_LINES = 2000;
const MAX_LOG_LINE = 1000;

/** An error whose message may quote node output, with that text cleaned and bounded (in place: its class stays). */
function cleanError(err: unknown): unknown {
  if (err instanceof UserError || err instanceof ExternalError) {
    // string arguments (nested messages' too) are where node text lands: each one line, bounded
    const cleanArg = (v: MsgArg, depth: number): MsgArg => (typeof v === 'string' ? cleanLine(v, 500) : isMsg(v) ? (depth < 4 ? clean(v, depth + 1) : cleanLine(englishOf(v), 500)) : v);
    const clean = (m: Msg, depth = 0): Msg => ({
      key: m.key.includes(' ') ? cleanLine(m.key, 500) : m.key,
      args: Object.fromEntries(Object.entries(m.args ?? {}).map(([k, v]) => [k, cleanArg(v, depth)])),
    });
    Object.defineProperty(err, 'msg', { value: clean(err.msg) });
    if (err instanceof UserError && err.hint !== undefined) Object.defineProperty(err, 'hint', { value: clean(err.hint) });
    if (err instanceof ExternalError) Object.defineProperty(err, 'service', { value: cleanLine(err.service, 100) });
  }
  return err;
}

export interface ProbeResult {
  node: NodeRecord;
  state: NodeStatus;
  status?: AgentStatus;
  /** Why the node is not online, as messages to render in the reader's language (the first is stored, in English, as its last error). */
  problems: Msg[];
  durationMs: number;
}

export interface NodeServiceOpts {
  store: Store;
  log: Logger;
  dataDir: string;
  now: () => number;
  /** Fan-out cap for operations over many nodes. */
  fanout?: number;
  /** SSH settings; without them remote nodes cannot be reached. */
  ssh?: Omit<SshOpts, 'onHostKey'> & { privateKeyPath: string };
  /** A node presented an unknown or changed host key (after it is recorded as an event). */
  onHostKey?: (node: NodeRecord, kind: 'mismatch' | 'unknown', presented: string) => void;
  /**
   * False while the watchdog owns node states (it changes them only after N identical results):
   * a probe then stores what it saw but leaves a known state alone. Default: probes set it.
   */
  probeSetsState?: () => boolean;
}

/** Classifies an agent status: online only when OpenClaw is installed and its gateway answers /health. */
export function classify(s: AgentStatus, gatewayPort: number): { state: NodeStatus; problems: Msg[] } {
  const problems: Msg[] = [];
  if (!s.openclaw.installed) problems.push(msg('node-problem-openclaw-missing'));
  else if (!s.openclaw.gateway?.healthy) {
    problems.push(msg(s.openclaw.gateway?.running ? 'node-problem-gateway-unhealthy' : 'node-problem-gateway-down', { port: gatewayPort }));
  }
  if ((s.disk?.used_pct ?? 0) >= 95) problems.push(msg('node-problem-disk-full', { pct: s.disk?.used_pct }));
  return { state: problems.length ? 'degraded' : 'online', problems };
}

export function createNodeService(opts: NodeServiceOpts) {
  const { store, log } = opts;
  const transports = new Map<string, Transport>();
  const fanout = opts.fanout ?? 10;

  const agentChecked = new Map<string, Promise<void>>();

  function hostKeyEvent(node: NodeRecord, kind: 'mismatch' | 'unknown', presented: string): void {
    const current = store.nodes.get(node.id);
    if (!current) return;
    const state = kind === 'mismatch' ? 'mismatch' : 'pending';
    const known = store.kv.get<string>(presentedKey(node.id));
    store.kv.set(presentedKey(node.id), presented);
    if (current.hostKeyState !== state || known !== presented) {
      store.nodes.setHostKey(node.id, current.hostKeyFp, state);
      store.events.add({
        nodeId: node.id,
        type: kind === 'mismatch' ? 'hostkey.mismatch' : 'hostkey.unknown',
        severity: kind === 'mismatch' ? 'critical' : 'warn',
        message: msg(kind === 'mismatch' ? 'event-hostkey-mismatch' : 'event-hostkey-unknown', { node: node.id, presented, pinned: current.hostKeyFp ?? '?' }),
        data: { presented, pinned: current.hostKeyFp },
      });
      opts.onHostKey?.(current, kind, presented);
    }
  }

  /** A connection for one-off use (onboarding) that pins `fingerprint`. */
  function sshTo(node: Pick<NodeRecord, 'id' | 'host' | 'port' | 'sshUser' | 'keyPath'>, fingerprint: string | null, onHostKey?: SshOpts['onHostKey']): Transport {
    if (!opts.ssh) throw new UserError('node-ssh-not-configured', { node: node.id });
    const { privateKeyPath, ...sshOpts } = opts.ssh;
    let key: Buffer;
    const keyPath = node.keyPath ?? privateKeyPath;
    try {
      key = readFileSync(keyPath);
    } catch (err) {
      throw new UserError('node-ssh-key-unreadable', { node: node.id, path: keyPath, code: (err as NodeJS.ErrnoException).code ?? '?' });
    }
    return createSshTransport(
      { nodeId: node.id, host: node.host ?? '', port: node.port ?? 22, user: node.sshUser ?? '', privateKey: key, hostKeyFp: fingerprint },
      { ...sshOpts, ...(onHostKey ? { onHostKey } : {}) },
    );
  }

  function transport(node: NodeRecord): Transport {
    let t = transports.get(node.id);
    if (!t) {
      if (node.transport === 'local') t = createLocalTransport({ ...(opts.ssh?.maxStdoutBytes ? { maxStdoutBytes: opts.ssh.maxStdoutBytes } : {}), ...(opts.ssh?.maxStderrBytes ? { maxStderrBytes: opts.ssh.maxStderrBytes } : {}) });
      else t = sshTo(node, node.hostKeyState === 'pinned' || node.hostKeyState === 'mismatch' ? node.hostKeyFp : null, (e) => hostKeyEvent(node, e.kind, e.presented));
      transports.set(node.id, t);
    }
    return t;
  }

  /** Installs the agent on a remote node, or replaces it when the node's copy differs from OCM's (another SHA-256). */
  async function ensureAgent(node: NodeRecord, t: Transport = transport(node)): Promise<{ installed: boolean; version: string }> {
    const { text, version } = readAgentScript();
    const r = await t.exec(`bash ${REMOTE_AGENT_PATH} version 2>/dev/null`, { timeoutMs: 20_000 }); // i18n-exempt: a shell command
    // the SHA-256 of the node's agent ("agent_version":"…"; agents before it printed a number)
    const m = /"agent_version"\s*:\s*"?([0-9a-f]+)"?/.exec(r.stdout);
    const remote = r.code === 0 && m?.[1] ? m[1] : '';
    if (remote === version) return { installed: false, version: remote };
    const put = await t.exec('umask 077; mkdir -p ~/.ocm && cat > ~/.ocm/ocm-agent.sh.tmp && chmod 700 ~/.ocm/ocm-agent.sh.tmp && mv -f ~/.ocm/ocm-agent.sh.tmp ~/.ocm/ocm-agent.sh', {
      stdin: text,
      timeoutMs: 30_000,
    });
    if (put.code !== 0) {
      const said = cleanLine(put.stderr.trim().split('\n')[0]);
      throw new UserError('node-agent-install-failed', { node: node.id, detail: said || msg('node-exit-code', { code: put.code }) });
    }
    store.events.add({ nodeId: node.id, type: 'agent.installed', message: remote ? msg('event-agent-replaced', { node: node.id, version: shortAgentVersion(version), was: cleanLine(shortAgentVersion(remote)) }) : msg('event-agent-installed', { node: node.id, version: shortAgentVersion(version) }) });
    return { installed: true, version };
  }

  function agent(node: NodeRecord): AgentClient {
    // every remote call first makes sure the node runs this OCM's agent (checked once per process)
    const ready = () => {
      let p = agentChecked.get(node.id);
      if (!p) {
        p = ensureAgent(node).then(() => undefined);
        agentChecked.set(node.id, p);
        p.catch(() => agentChecked.delete(node.id));
      }
      return p;
    };
    const client =
      node.transport === 'local'
        ? createAgentClient(node, transport(node), { scriptPath: AGENT_SCRIPT_PATH, diskPath: opts.dataDir })
        : createAgentClient(node, transport(node), { scriptPath: REMOTE_AGENT_PATH, beforeCall: ready });
    // what the agent prints is untrusted: strings are cleaned and bounded before anything uses them
    const guard = async <T>(fn: () => Promise<T>, clean: (r: T) => T = cleanDeep): Promise<T> => {
      try {
        return clean(await fn());
      } catch (err) {
        throw cleanError(err);
      }
    };
    const asIs = <T>(r: T): T => r;
    return {
      call: ((...a: Parameters<AgentClient['call']>) => guard(() => client.call(...a))) as AgentClient['call'],
      version: (s) => guard(() => client.version(s)),
      status: (s) => guard(() => client.status(s)),
      health: (s) => guard(() => client.health(s)),
      // log text stays one entry per line, each stripped of control characters and bounded
      logs: (n, s) => guard(() => client.logs(n, s), (r) => ({ ...r, source: cleanLine(r.source), lines: r.lines.slice(-MAX_LOG_LINES).map((l) => cleanLine(l, MAX_LOG_LINE)) })),
      restart: (s) => guard(() => client.restart(s)),
      // the pack stream is bounded and filtered by its reader (backup/pack-extract.ts)
      backupPack: (to, ms, s) => guard(() => client.backupPack(to, ms, s), asIs),
      restoreApply: (a, id, w, s) => guard(() => client.restoreApply(a, id, w, s)),
      restoreStatus: (id) => guard(() => client.restoreStatus(id)),
      logscan: (c, p, s) => guard(() => client.logscan(c, p, s), (r) => ({ ...r, source: r.source === null ? null : cleanLine(r.source), samples: r.samples.slice(0, 50).map((x) => cleanLine(x)) })),
      clock: (s) => guard(() => client.clock(s)),
    };
  }

  /** Forgets the pooled connection (after a re-pin or removal). */
  async function drop(nodeId: string): Promise<void> {
    const t = transports.get(nodeId);
    transports.delete(nodeId);
    agentChecked.delete(nodeId);
    await t?.close();
  }

  /** A node state in words, for the event log (cards.ts has the same, but imports this file). */
  const stateMsg = (s: NodeStatus): Msg => msg(`card-state-${s}`);

  function record(node: NodeRecord, seenState: NodeStatus, fields: { statusJson?: string; error?: string | null; reason?: Msg; seen: boolean }): void {
    const current = store.nodes.get(node.id)?.status ?? node.status;
    const state = current !== 'unknown' && opts.probeSetsState && !opts.probeSetsState() ? current : seenState;
    store.nodes.setStatus(node.id, state, { statusJson: fields.statusJson ?? null, lastError: fields.error ? cleanLine(fields.error) : null, seen: fields.seen });
    if (state !== current) {
      store.events.add({
        nodeId: node.id,
        type: 'node.state',
        severity: state === 'offline' ? 'critical' : state === 'degraded' ? 'warn' : 'info',
        message: fields.reason || fields.error
          ? msg('event-node-state-reason', { node: node.id, from: stateMsg(current), to: stateMsg(state), reason: fields.reason ? asText(fields.reason, node.id) : cleanLine(fields.error) })
          : msg('event-node-state', { node: node.id, from: stateMsg(current), to: stateMsg(state) }),
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
      throw new UserError('node-unknown', { id, known: known.join(', ') }, known.length ? undefined : msg('node-unknown-none-hint'));
    },
    resolve(target: string): NodeRecord[] {
      if (target === 'all') {
        const all = store.nodes.list();
        if (!all.length) throw new UserError('node-none');
        return all;
      }
      return [service.require(target)];
    },
    transport,
    agent,
    ensureAgent,
    sshTo,
    drop,
    /** Registers or updates the nodes declared in the config file; a key given there counts as pinned. */
    syncDeclared(declared: DeclaredNode[]): void {
      for (const d of declared) {
        const existing = store.nodes.get(d.id);
        const changedHost = existing && (existing.host !== d.host || existing.port !== d.port);
        store.nodes.upsert({ id: d.id, name: d.name, transport: 'ssh', host: d.host, port: d.port, sshUser: d.user, ocHome: d.home, keyPath: d.keyPath ?? null, gatewayPort: d.gatewayPort, restartCmd: d.restartCmd ?? null, declared: true });
        if (d.hostKey && (existing?.hostKeyFp !== d.hostKey || existing.hostKeyState !== 'pinned')) store.nodes.setHostKey(d.id, d.hostKey, 'pinned');
        else if (!d.hostKey && (!existing || changedHost)) store.nodes.setHostKey(d.id, null, 'pending');
        if (!existing) store.events.add({ nodeId: d.id, type: 'node.added', message: msg('event-node-declared', { node: d.id, where: `${d.user}@${d.host}:${d.port}` }) });
      }
      const ids = new Set(declared.map((d) => d.id));
      // never delete a node (and its pinned host key) because of the file: mark it, an owner removes it
      for (const n of store.nodes.list()) {
        if (n.declared && !ids.has(n.id)) {
          store.nodes.markUndeclared(n.id);
          store.events.add({ nodeId: n.id, type: 'node.undeclared', severity: 'warn', message: msg('event-node-undeclared', { node: n.id }) });
        }
      }
    },
    /** Asks the node's agent for its status, stores it and classifies the node. */
    /** Classifies and stores a status the node's agent reported. */
    accept(node: NodeRecord, reported: AgentStatus, durationMs = 0): ProbeResult {
      // the node's report never touches the node's identity (id, name, host, port, user, key): only status_json
      const status = cleanDeep(reported);
      const { state, problems } = classify(status, node.gatewayPort);
      record(node, state, { statusJson: JSON.stringify(status), error: problems[0] ? englishOf(problems[0]) : null, ...(problems[0] ? { reason: problems[0] } : {}), seen: true });
      return { node: store.nodes.get(node.id) ?? node, state, status, problems, durationMs };
    },
    async probe(node: NodeRecord, signal?: AbortSignal): Promise<ProbeResult> {
      const start = opts.now();
      try {
        const status = await agent(node).status(signal);
        return service.accept(node, status, opts.now() - start);
      } catch (err) {
        const why = errorMsg(err);
        log.warn({ node: node.id, err }, 'node probe failed');
        record(node, 'offline', { error: describeError(err), reason: why, seen: false });
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
      store.events.add({ nodeId: 'local', type: 'node.added', message: msg('event-node-local', { node: 'local' }) });
      return node;
    },
    async close(): Promise<void> {
      await Promise.allSettled([...transports.keys()].map((id) => drop(id)));
    },
  };
  return service;
}

export type NodeService = ReturnType<typeof createNodeService>;
