// Starting and killing one node's sshd (a child process of the test process, tracked by pid).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { SSHD, writeSshdConfig, type NodePaths } from './node-files.js';
import { allocatePort, releasePort } from './ports.js';
import { descendants, pidAlive, portFree, probePort, signal, waitUntil } from './proc.js';

export interface SshdHandle {
  paths: NodePaths;
  host: string;
  port: number;
  user: string;
  child?: ChildProcess;
}

const START_TIMEOUT_MS = 5_000;

function readFrom(path: string, offset: number): string {
  try {
    return readFileSync(path, 'utf8').slice(offset);
  } catch {
    return '';
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function movePort(h: SshdHandle): Promise<void> {
  const old = h.port;
  h.port = await allocatePort('ssh', h.host);
  releasePort(old);
}

/**
 * Starts sshd -D on h.host:h.port and resolves once the port accepts TCP connections. When the
 * port is taken (a parallel test file won a race), moves to another port and updates h.port.
 */
export async function launchSshd(h: SshdHandle): Promise<void> {
  if (h.child && !exited(h.child)) return;
  if (!(await portFree(h.host, h.port))) await movePort(h);
  for (let attempt = 1; ; attempt++) {
    await writeSshdConfig(h.paths, h.host, h.port, h.user);
    const offset = sizeOf(h.paths.sshdLog);
    const fd = openSync(h.paths.sshdLog, 'a');
    let spawnError: Error | undefined;
    const child = spawn(SSHD, ['-D', '-e', '-f', h.paths.configPath], { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    child.on('error', (e) => {
      spawnError = e;
    });
    h.child = child;
    // Ready = sshd itself says it listens and the port accepts TCP. The probe alone could be
    // answered by a foreign listener while our sshd is about to die of EADDRINUSE.
    const listening = `Server listening on ${h.host} port ${h.port}.`;
    const up = await waitUntil(
      async () =>
        exited(child) ||
        !!spawnError ||
        (readFrom(h.paths.sshdLog, offset).includes(listening) && (await probePort(h.host, h.port, 250)) === 'open'),
      START_TIMEOUT_MS,
    );
    if (up && !exited(child) && !spawnError) return;
    if (!exited(child)) child.kill('SIGKILL');
    await waitUntil(() => exited(child), 1_000);
    const log = readFrom(h.paths.sshdLog, offset);
    if (/Address already in use/i.test(log) && attempt < 8) {
      await movePort(h);
      continue;
    }
    const why = spawnError?.message ?? (up ? 'sshd exited' : `port not open after ${START_TIMEOUT_MS} ms`);
    throw new Error(`sshd of ${h.paths.id} on ${h.host}:${h.port} did not start (${why}):\n${log.trim().slice(-2000)}`);
  }
}

/** Pids of the running sshd and everything under it (pre-auth children, sessions, user commands). */
export function sshdTree(h: SshdHandle): number[] {
  const pid = h.child && !exited(h.child) ? h.child.pid : undefined;
  return pid ? [pid, ...descendants(pid)] : [];
}

/** SIGKILLs sshd and its sessions (the host's SSH service vanishes), then waits until the port refuses. */
export async function killSshd(h: SshdHandle): Promise<void> {
  const child = h.child;
  const tree = sshdTree(h);
  for (const pid of tree) signal(pid, 'SIGKILL');
  if (child) await waitUntil(() => exited(child), 2_000, 10);
  await waitUntil(() => tree.every((p) => !pidAlive(p)), 2_000, 10);
  const refused = await waitUntil(async () => (await probePort(h.host, h.port, 250)) === 'refused', 3_000, 10);
  if (!refused) throw new Error(`port ${h.host}:${h.port} of ${h.paths.id} still accepts connections after kill`);
}

export function sshdPid(h: SshdHandle): number | undefined {
  return h.child && !exited(h.child) ? h.child.pid : undefined;
}
