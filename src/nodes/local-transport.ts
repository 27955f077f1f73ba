import { spawn } from 'node:child_process';
import { ExternalError } from '../errors.js';
import { createOutputCap, DEFAULT_MAX_STDERR, DEFAULT_MAX_STDOUT, type OutputCap } from './output-cap.js';
import type { ExecOptions, ExecResult, Transport } from './transport.js';

/** This machine as a node: commands run through bash in a child process. */
export function createLocalTransport(opts: { defaultTimeoutMs?: number; maxStdoutBytes?: number; maxStderrBytes?: number } = {}): Transport {
  return {
    exec(command: string, o: ExecOptions = {}): Promise<ExecResult> {
      const timeoutMs = o.timeoutMs ?? opts.defaultTimeoutMs ?? 60_000;
      return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const out = createOutputCap('local', 'stdout', o.maxStdoutBytes ?? opts.maxStdoutBytes ?? DEFAULT_MAX_STDOUT, { keep: !o.stdoutTo });
        const err = createOutputCap('local', 'stderr', opts.maxStderrBytes ?? DEFAULT_MAX_STDERR);
        let timedOut = false;
        let failure: Error | undefined;
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
        // nothing may throw out of a stream handler; over a cap the command is killed
        const take = (cap: OutputCap) => (d: Buffer) => {
          if (failure) return;
          try {
            failure = cap.push(d);
          } catch (e) {
            failure = e instanceof Error ? e : new Error(String(e));
          }
          if (failure) kill();
        };
        child.stdout.on('data', take(out));
        if (o.stdoutTo) child.stdout.pipe(o.stdoutTo);
        child.stderr.on('data', take(err));
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(new ExternalError('local', 'node-local-bash-failed', { detail: e.message }, e));
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          o.signal?.removeEventListener('abort', onAbort);
          if (failure) return reject(failure);
          if (timedOut) return reject(new ExternalError('local', 'node-local-timeout', { seconds: Math.round(timeoutMs / 1000) }));
          if (o.signal?.aborted) return reject(new ExternalError('local', 'node-local-cancelled'));
          try {
            resolve({ code: code ?? (signal ? 128 : 1), stdout: out.text(), stderr: err.text() });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(o.stdin ?? '');
      });
    },
    async close() {},
  };
}
