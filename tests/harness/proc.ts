// Small process, port and command helpers for the loopback SSH test harness (Node built-ins only).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

/** Runs a program without a shell; never rejects, the exit code is in the result. */
export function run(file: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        uid: opts.uid,
        gid: opts.gid,
        env: opts.env,
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 30_000,
        maxBuffer: 16 * 1024 * 1024,
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        let code = 0;
        if (err) {
          const c = (err as { code?: unknown }).code;
          code = typeof c === 'number' ? c : -1;
          if (code === -1 && !stderr) stderr = err.message;
        }
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Like run, but throws with the command's stderr when it exits non-zero. */
export async function runOk(file: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(file, args, opts);
  if (r.code !== 0) {
    throw new Error(`${file} ${args.join(' ')} exited ${r.code}: ${(r.stderr || r.stdout).trim()}`);
  }
  return r.stdout;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Single-quotes a string for bash. */
export function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** State letter from /proc/<pid>/stat, undefined when the process does not exist. */
function procState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/**
 * True when the process exists and is not a zombie. PID 1 on these machines does not reap
 * orphans, so `kill(pid, 0)` alone would report a dead, reparented gateway as running.
 */
export function pidAlive(pid: number | undefined): boolean {
  if (!pid || pid <= 0) return false;
  const s = procState(pid);
  return s !== undefined && s !== 'Z' && s !== 'X';
}

/** All descendants of pid (children, grandchildren, …), read from /proc. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // process vanished while scanning
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

export function signal(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid || pid <= 0) return;
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Signals the process group led by pid (gateways run in their own session), then pid itself. */
export function signalGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid || pid <= 0) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // not a group leader, or gone
  }
  signal(pid, sig);
}

export async function waitUntil(cond: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 25): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() >= end) return false;
    await sleep(stepMs);
  }
}

/** 'open' when a TCP connection is accepted, 'refused' on ECONNREFUSED, 'other' otherwise. */
export function probePort(host: string, port: number, timeoutMs = 500): Promise<'open' | 'refused' | 'other'> {
  return new Promise((resolve) => {
    const sock = connect({ host, port });
    const done = (r: 'open' | 'refused' | 'other'): void => {
      sock.removeAllListeners();
      sock.on('error', () => {});
      sock.destroy();
      resolve(r);
    };
    sock.setTimeout(timeoutMs, () => done('other'));
    sock.once('connect', () => done('open'));
    sock.once('error', (e: NodeJS.ErrnoException) => done(e.code === 'ECONNREFUSED' ? 'refused' : 'other'));
  });
}

/** True when nothing listens on host:port right now (a listen test, not a guarantee). */
export function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** Pids of live (non-zombie) processes whose real uid is `uid`. */
export function pidsOfUid(uid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const m = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (m && Number(m[1]) === uid && pidAlive(Number(name))) out.push(Number(name));
    } catch {
      // process vanished while scanning
    }
  }
  return out;
}
