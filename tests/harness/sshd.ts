// Test nodes on loopback: each one a Linux user, a real OpenSSH sshd on 127.0.0.(10+i), a pinned
// host key, a client key, a systemctl/launchctl shim and a gateway process (fake or real OpenClaw).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  chownTree,
  fingerprint,
  generateKey,
  installLib,
  installShims,
  nodePaths,
  SSHD,
  writeGatewayCmd,
  writeOcHome,
  type GatewayCommand,
  type NodePaths,
  type ServiceManager,
} from './node-files.js';
import { allocatePort, releasePort } from './ports.js';
import { pidAlive, pidsOfUid, probePort, run, signal, signalGroup, waitUntil } from './proc.js';
import { killSshd, launchSshd, sshdPid, sshdTree, type SshdHandle } from './sshd-process.js';
import { ensureUser, removeUser, type NodeUser } from './users.js';

export type { GatewayCommand, ServiceManager } from './node-files.js';

export interface StartNodesOptions {
  /** user names are ocmt-<prefix>-<i>; default: this process's pid in base 36 */
  prefix?: string;
  /** default: a fresh mkdtemp under os.tmpdir(), removed by stopAll */
  baseDir?: string;
  /** default 'fake' (tests/harness/fake-gateway.mjs); `{port}`, `{home}`, `{ocHome}`, `{id}` are expanded */
  gatewayCommand?: GatewayCommand;
  /** SSH port of node i is basePort+i when free; default: a pid-derived port in 20000-25999 */
  basePort?: number;
  /** gateway port of node i is baseGatewayPort+i when free; default: a pid-derived port in 26000-31999 */
  baseGatewayPort?: number;
  /** which shim is on the node's PATH (default 'systemd') */
  serviceManager?: ServiceManager;
  /** start each node's gateway (via the shim, as the node user); default true */
  startGateway?: boolean;
  /** how long startGateway waits for the gateway port; 0 = don't wait. Default 10 s (fake), 60 s (cmd). */
  gatewayReadyTimeoutMs?: number;
  /** keep the Linux users the harness created (stopAll deletes them by default) */
  keepUsers?: boolean;
  /** keep baseDir after stopAll (default: removed when the harness created it) */
  keepFiles?: boolean;
}

export interface TestNode {
  readonly id: string;
  readonly host: string;
  /** changes only when the port was taken by someone else at a (re)start */
  readonly port: number;
  readonly user: string;
  readonly uid: number;
  readonly home: string;
  readonly ocHome: string;
  readonly gatewayPort: number;
  readonly binDir: string;
  /** the node's folder (keys, sshd_config, sshd.log, bin/, home/) */
  readonly dir: string;
  readonly sshdLogPath: string;
  readonly gatewayLogPath: string;
  readonly clientKeyPath: string;
  readonly clientPublicKey: string;
  /** 'SHA256:…' as `ssh-keygen -lf` prints it; updated by rotateHostKey() */
  readonly hostKeyFingerprint: string;
  sshdPid(): number | undefined;
  /** SIGKILL sshd and its sessions; resolves when the port refuses connections */
  kill(): Promise<void>;
  /** start sshd again (same host key); resolves when the port accepts connections */
  start(): Promise<void>;
  /** SIGSTOP sshd and its sessions: a silent host */
  pause(): void;
  resume(): void;
  rotateHostKey(): Promise<void>;
  /** lines of ~/.ocm/shim-calls.log: `<ISO time> systemctl --user restart openclaw-gateway.service` */
  shimCalls(): string[];
  gatewayPid(): number | undefined;
  /** start the gateway through the shim as the node user (not logged in shimCalls) and wait for its port */
  startGateway(): Promise<void>;
  /** SIGKILL the gateway (a crash: pid file stays); resolves when its port refuses */
  killGateway(): Promise<void>;
  /** rewrite ~/.ocm/gateway.cmd (env: extra variables, e.g. FAKE_GATEWAY_ERROR); takes effect at the next start/restart */
  setGatewayCommand(command: GatewayCommand, env?: Record<string, string>): void;
  /** kill sshd, the gateway and every other process of the node's user */
  stop(): Promise<void>;
}

interface Group {
  baseDir: string;
  ownDir: boolean;
  keepUsers: boolean;
  keepFiles: boolean;
  states: NodeState[];
}

interface NodeState extends SshdHandle {
  node: TestNode;
  account: NodeUser;
  group: Group;
  gatewayPort: number;
  gatewayTimeoutMs: number;
  hostKeyFingerprint: string;
  pausedPids: number[];
  gatewayPids: Set<number>;
  stopped: boolean;
}

const UNIT = 'openclaw-gateway.service';
const live = new Set<NodeState>();
const byNode = new WeakMap<TestNode, NodeState>();
let exitHookInstalled = false;
let userLock: Promise<unknown> = Promise.resolve();

export function sshdAvailable(): { ok: boolean; reason?: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'needs Linux (per-node users, /proc, 127.0.0.x addresses)' };
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push('root');
  if (!existsSync(SSHD)) missing.push('openssh-server');
  if (!existsSync('/usr/bin/ssh-keygen')) missing.push('ssh-keygen (openssh-client)');
  if (!existsSync('/usr/sbin/useradd')) missing.push('useradd (passwd)');
  if (missing.length === 0) return { ok: true };
  const hint = missing.some((m) => m !== 'root') ? ' (apt-get install -y openssh-server)' : ' (run the tests as root)';
  return { ok: false, reason: `needs ${missing.join(' and ')}${hint}` };
}

function readGatewayPidFile(st: NodeState): number | undefined {
  try {
    const pid = Number(readFileSync(join(st.paths.home, '.ocm', 'gateway.pid'), 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0) {
      st.gatewayPids.add(pid);
      return pid;
    }
  } catch {
    // no pid file: not started, or stopped
  }
  return undefined;
}

function userEnv(st: NodeState): NodeJS.ProcessEnv {
  return {
    HOME: st.paths.home,
    USER: st.account.name,
    LOGNAME: st.account.name,
    SHELL: '/bin/bash',
    LANG: 'C.UTF-8',
    PATH: `${st.paths.binDir}:/usr/local/bin:/usr/bin:/bin`,
    OCM_SHIM_NOLOG: '1',
  };
}

function tail(path: string, chars = 2000): string {
  try {
    return readFileSync(path, 'utf8').slice(-chars).trim();
  } catch {
    return '(no log)';
  }
}

async function startGateway(st: NodeState): Promise<void> {
  const r = await run(join(st.paths.libDir, 'systemctl'), ['--user', 'start', UNIT], {
    uid: st.account.uid,
    gid: st.account.gid,
    cwd: st.paths.home,
    env: userEnv(st),
  });
  if (r.code !== 0) throw new Error(`starting the gateway of ${st.paths.id} failed (${r.code}): ${r.stderr.trim()}`);
  const pid = readGatewayPidFile(st);
  if (st.gatewayTimeoutMs === 0) return;
  const up = await waitUntil(
    async () => !pidAlive(pid) || (await probePort('127.0.0.1', st.gatewayPort, 300)) === 'open',
    st.gatewayTimeoutMs,
    25,
  );
  if (!pidAlive(pid)) {
    throw new Error(`gateway of ${st.paths.id} exited at start; gateway.log:\n${tail(st.node.gatewayLogPath)}`);
  }
  if (!up) throw new Error(`gateway of ${st.paths.id} not listening on 127.0.0.1:${st.gatewayPort} after ${st.gatewayTimeoutMs} ms`);
}

async function killGateway(st: NodeState): Promise<void> {
  const pid = readGatewayPidFile(st);
  if (!pidAlive(pid)) return;
  signalGroup(pid, 'SIGKILL');
  await waitUntil(() => !pidAlive(pid), 2_000, 10);
  await waitUntil(async () => (await probePort('127.0.0.1', st.gatewayPort, 250)) === 'refused', 2_000, 10);
}

function killEverythingSync(st: NodeState): void {
  for (const pid of sshdTree(st)) signal(pid, 'SIGKILL');
  readGatewayPidFile(st);
  for (const pid of st.gatewayPids) if (pidAlive(pid)) signalGroup(pid, 'SIGKILL');
  for (const pid of pidsOfUid(st.account.uid)) signal(pid, 'SIGKILL');
}

async function stopNode(st: NodeState): Promise<void> {
  if (st.stopped) return;
  st.stopped = true;
  for (const pid of st.pausedPids) signal(pid, 'SIGCONT');
  if (sshdPid(st)) await killSshd(st);
  killEverythingSync(st);
  await waitUntil(() => pidsOfUid(st.account.uid).length === 0 && [...st.gatewayPids].every((p) => !pidAlive(p)), 3_000, 20);
  live.delete(st);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const st of live) killEverythingSync(st);
    for (const st of live) {
      if (st.account.created && !st.group.keepUsers) spawnSync('userdel', ['-f', st.account.name], { stdio: 'ignore' });
      if (st.group.ownDir && !st.group.keepFiles) rmSync(st.group.baseDir, { recursive: true, force: true });
    }
  });
}

/** Users must reach their homes below baseDir: every ancestor needs the x bit for others. */
function checkTraversable(dir: string): void {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(`node users cannot reach ${dir}: ${d} is not searchable by others (chmod o+x, or use another baseDir)`);
    }
    if (d === dirname(d)) return;
  }
}

function makeNode(st: NodeState, clientPublicKey: string): TestNode {
  const p = st.paths;
  const node: TestNode = {
    id: p.id,
    host: st.host,
    get port() {
      return st.port;
    },
    user: st.account.name,
    uid: st.account.uid,
    home: p.home,
    ocHome: p.ocHome,
    gatewayPort: st.gatewayPort,
    binDir: p.binDir,
    dir: p.dir,
    sshdLogPath: p.sshdLog,
    gatewayLogPath: join(p.ocHome, 'logs', 'gateway.log'),
    clientKeyPath: p.clientKeyPath,
    clientPublicKey,
    get hostKeyFingerprint() {
      return st.hostKeyFingerprint;
    },
    sshdPid: () => sshdPid(st),
    kill: () => killSshd(st),
    start: () => launchSshd(st),
    pause() {
      st.pausedPids = sshdTree(st);
      for (const pid of st.pausedPids) signal(pid, 'SIGSTOP');
    },
    resume() {
      for (const pid of new Set([...st.pausedPids, ...sshdTree(st)])) signal(pid, 'SIGCONT');
      st.pausedPids = [];
    },
    async rotateHostKey() {
      const wasRunning = sshdPid(st) !== undefined;
      if (wasRunning) await killSshd(st);
      await generateKey(p.hostKeyPath, `ocm-test-host-${p.id}`);
      st.hostKeyFingerprint = await fingerprint(`${p.hostKeyPath}.pub`);
      if (wasRunning) await launchSshd(st);
    },
    shimCalls() {
      try {
        return readFileSync(join(p.home, '.ocm', 'shim-calls.log'), 'utf8').split('\n').filter((l) => l.length > 0);
      } catch {
        return [];
      }
    },
    gatewayPid() {
      const pid = readGatewayPidFile(st);
      return pidAlive(pid) ? pid : undefined;
    },
    startGateway: () => startGateway(st),
    killGateway: () => killGateway(st),
    setGatewayCommand(command, env) {
      writeGatewayCmd(p, st.gatewayPort, command, st.account, env);
    },
    stop: () => stopNode(st),
  };
  return node;
}

async function setupNode(i: number, group: Group, opts: StartNodesOptions, prefix: string): Promise<NodeState> {
  const id = `n${i}`;
  const paths: NodePaths = nodePaths(group.baseDir, id);
  const host = `127.0.0.${10 + i}`;
  const name = `ocmt-${prefix}-${i}`;
  mkdirSync(paths.dir, { recursive: true, mode: 0o755 });
  chmodSync(paths.dir, 0o755);
  // useradd/usermod take the passwd lock: one at a time within this process.
  const account = (userLock = userLock.catch(() => undefined).then(() => ensureUser(name, paths.home))) as Promise<NodeUser>;
  const [acct, port, gatewayPort] = await Promise.all([
    account,
    allocatePort('ssh', host, opts.basePort !== undefined ? opts.basePort + i : undefined),
    allocatePort('gateway', '127.0.0.1', opts.baseGatewayPort !== undefined ? opts.baseGatewayPort + i : undefined),
  ]);
  await Promise.all([
    generateKey(paths.hostKeyPath, `ocm-test-host-${id}`),
    generateKey(paths.clientKeyPath, `ocm-test-client-${id}`),
  ]);
  const clientPublicKey = readFileSync(`${paths.clientKeyPath}.pub`, 'utf8').trim();
  writeFileSync(paths.authorizedKeysPath, `${clientPublicKey}\n`, { mode: 0o644 });
  installShims(paths, opts.serviceManager ?? 'systemd', (opts.gatewayCommand ?? 'fake') === 'fake');
  writeOcHome(paths, gatewayPort);
  const command = opts.gatewayCommand ?? 'fake';
  writeGatewayCmd(paths, gatewayPort, command, acct);
  chownTree(paths.home, acct.uid, acct.gid);
  const st: NodeState = {
    paths,
    host,
    port,
    user: name,
    account: acct,
    group,
    gatewayPort,
    gatewayTimeoutMs: opts.gatewayReadyTimeoutMs ?? (command === 'fake' ? 10_000 : 60_000),
    hostKeyFingerprint: await fingerprint(`${paths.hostKeyPath}.pub`),
    pausedPids: [],
    gatewayPids: new Set(),
    stopped: false,
    node: undefined as unknown as TestNode,
  };
  st.node = makeNode(st, clientPublicKey);
  byNode.set(st.node, st);
  group.states.push(st);
  live.add(st);
  await launchSshd(st);
  if (opts.startGateway !== false) await startGateway(st);
  return st;
}

/** Starts `count` nodes (ids n1…nN on 127.0.0.11…) in parallel; on any failure stops what started and throws. */
export async function startNodes(count: number, opts: StartNodesOptions = {}): Promise<TestNode[]> {
  const avail = sshdAvailable();
  if (!avail.ok) throw new Error(`cannot start test nodes: ${avail.reason}`);
  if (!Number.isInteger(count) || count < 1 || count > 240) throw new Error(`count must be 1..240, got ${count}`);
  const prefix = opts.prefix ?? process.pid.toString(36);
  if (!/^[a-z0-9]+$/.test(prefix) || `ocmt-${prefix}-${count}`.length > 32) {
    throw new Error(`prefix must be lowercase letters/digits and keep user names under 32 chars: ${prefix}`);
  }
  const ownDir = opts.baseDir === undefined;
  const baseDir = opts.baseDir ? resolve(opts.baseDir) : mkdtempSync(join(tmpdir(), 'ocm-nodes-'));
  mkdirSync(baseDir, { recursive: true });
  if (ownDir) chmodSync(baseDir, 0o755);
  checkTraversable(baseDir);
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  installLib(baseDir);
  installExitHook();
  const group: Group = { baseDir, ownDir, keepUsers: !!opts.keepUsers, keepFiles: !!opts.keepFiles, states: [] };
  const results = await Promise.allSettled(Array.from({ length: count }, (_, k) => setupNode(k + 1, group, opts, prefix)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const nodes = group.states.map((s) => s.node).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  if (failed) {
    await stopAll(nodes).catch(() => undefined);
    throw failed.reason;
  }
  return nodes;
}

/** Stops the nodes (sshd, gateway, every process of their users), then removes created users and the harness's own baseDir. */
export async function stopAll(nodes: TestNode[]): Promise<void> {
  const states = nodes.map((n) => byNode.get(n)).filter((s): s is NodeState => s !== undefined);
  await Promise.all(states.map((st) => stopNode(st)));
  const groups = new Set(states.map((s) => s.group));
  for (const group of groups) {
    if (!group.states.every((s) => s.stopped)) continue;
    for (const st of group.states) {
      if (st.account.created && !group.keepUsers) await removeUser(st.account.name);
      releasePort(st.port);
      releasePort(st.gatewayPort);
    }
    if (group.ownDir && !group.keepFiles) rmSync(group.baseDir, { recursive: true, force: true });
    group.states = [];
  }
}
