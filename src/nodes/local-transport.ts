import { spawn } from 'node:child_process';
import { ExternalError } from '../errors.js';
import type { ExecOptions, ExecResult, Transport } from './transport.js';

const MAX_OUTPUT = 32 * 1024 * 1024;

/** This machine as a node: commands run through bash in a child process. */
export function createLocalTransport(opts: { defaultTimeoutMs?: number } = {}): Transport {
  return {
    exec(command: string, o: ExecOptions = {}): Promise<ExecResult> {
      const timeoutMs = o.timeoutMs ?? opts.defaultTimeoutMs ?? 60_000;
      return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        let size = 0;
        let timedOut = false;
        const kill = () => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        };
        const timer = setTimeout(() => {
          timedOut = true;
          kill();
        }, timeoutMs);
        const onAbort = () => kill();
        o.signal?.addEventListener('abort', onAbort, { once: true });
        if (o.stdoutTo) child.stdout.pipe(o.stdoutTo);
        else
          child.stdout.on('data', (d: Buffer) => {
            size += d.length;
            if (size <= MAX_OUTPUT) out.push(d);
          });
        child.stderr.on('data', (d: Buffer) => err.push(d));
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(new ExternalError('local', `cannot run bash: ${e.message}`, e));
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          o.signal?.removeEventListener('abort', onAbort);
          if (timedOut) return reject(new ExternalError('local', `command timed out after ${Math.round(timeoutMs / 1000)} s`));
          if (o.signal?.aborted) return reject(new ExternalError('local', 'command cancelled'));
          resolve({ code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(o.stdin ?? '');
      });
    },
    async close() {},
  };
}
