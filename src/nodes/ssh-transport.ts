import { createHash } from 'node:crypto';
// ssh2 is CommonJS: the default import is what Node's ESM loader can always resolve
import ssh2, { type ClientChannel, type ConnectConfig } from 'ssh2';

const { Client } = ssh2;
import { ExternalError, UserError } from '../errors.js';
import { createOutputCap, DEFAULT_MAX_STDERR, DEFAULT_MAX_STDOUT, type OutputCap } from './output-cap.js';
import type { ExecOptions, ExecResult, Transport } from './transport.js';

/** `SHA256:…` exactly as `ssh-keygen -lf` prints it. */
export function fingerprint(key: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
}

export interface SshTarget {
  nodeId: string;
  host: string;
  port: number;
  user: string;
  privateKey: Buffer | string;
  /** The pinned host key; null means not trusted yet, and no connection is made. */
  hostKeyFp: string | null;
}

export interface SshOpts {
  /** Handshake timeout. */
  readyTimeoutMs?: number;
  keepaliveMs?: number;
  /** Default per-command timeout. */
  commandTimeoutMs?: number;
  /** Longest wait between reconnect attempts to a node that keeps failing. */
  maxBackoffMs?: number;
  /** Channels open at once on one connection (sshd's MaxSessions defaults to 10). */
  maxChannels?: number;
  /** Bytes of stdout / stderr one command may print (node output is untrusted); over it the channel is closed. */
  maxStdoutBytes?: number;
  maxStderrBytes?: number;
  /** The node presented a key other than the pinned one (or none is pinned yet). */
  onHostKey?: (event: { kind: 'mismatch' | 'unknown'; presented: string }) => void;
}

export class HostKeyError extends UserError {
  constructor(
    readonly nodeId: string,
    readonly kind: 'mismatch' | 'unknown',
    readonly presented: string,
  ) {
    super(kind === 'mismatch' ? 'node-host-key-changed' : 'node-host-key-untrusted', { node: nodeId, presented });
  }
}

/** Turns raw ssh2 / socket errors into a sentence that names the node and the next step. */
export function translateSshError(t: Pick<SshTarget, 'nodeId' | 'host' | 'port' | 'user'>, err: unknown, readyTimeoutMs: number): Error {
  if (err instanceof UserError || err instanceof ExternalError) return err;
  const e = err as NodeJS.ErrnoException & { level?: string };
  const where = `${t.host}:${t.port}`;
  const msg = e?.message ?? String(err);
  switch (e?.code) {
    case 'ECONNREFUSED':
      return new UserError('node-ssh-refused', { node: t.nodeId, where });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UserError('node-ssh-no-dns', { node: t.nodeId, host: t.host });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new UserError('node-ssh-unreachable', { node: t.nodeId, where });
    case 'ECONNRESET':
      return new UserError('node-ssh-reset', { node: t.nodeId, where });
    case 'ETIMEDOUT':
      return new UserError('node-ssh-tcp-timeout', { node: t.nodeId, where });
  }
  if (/Timed out while waiting for handshake/i.test(msg)) {
    return new UserError('node-ssh-no-answer', { node: t.nodeId, where, seconds: Math.round(readyTimeoutMs / 1000) });
  }
  if (/All configured authentication methods failed/i.test(msg)) {
    return new UserError('node-ssh-key-rejected', { node: t.nodeId, user: t.user, host: t.host });
  }
  if (/Cannot parse privateKey|Unsupported key format|Encrypted private/i.test(msg)) {
    return new UserError('node-ssh-key-unusable', { node: t.nodeId, detail: msg });
  }
  return new ExternalError(`${t.nodeId} ssh`, 'node-ssh-failed', { detail: msg }, err);
}

/** Connects only as far as the host key: what key does host:port present? No authentication is tried. */
export function scanHostKey(host: string, port: number, readyTimeoutMs = 10_000): Promise<{ fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const c = new Client();
    let seen: string | undefined;
    const done = (fn: () => void) => {
      c.removeAllListeners();
      c.on('error', () => undefined);
      c.end();
      fn();
    };
    c.on('error', (err) => done(() => (seen ? resolve({ fingerprint: seen }) : reject(translateSshError({ nodeId: host, host, port, user: '?' }, err, readyTimeoutMs)))));
    c.on('ready', () => done(() => (seen ? resolve({ fingerprint: seen }) : reject(new Error('no host key seen')))));
    c.connect({
      host,
      port,
      username: 'ocm-host-key-scan',
      readyTimeout: readyTimeoutMs,
      hostVerifier: (key: Buffer) => {
        seen = fingerprint(key);
        return false; // stop right after the key: nothing is sent to an unverified host
      },
    });
  });
}

/**
 * One pooled SSH connection per node: opened on first use, reused by every command, kept alive,
 * and reopened after a failure with exponential backoff (commands during a backoff fail at once
 * with the last error). The host key must match the pin, or nothing connects.
 */
export function createSshTransport(target: SshTarget, opts: SshOpts = {}): Transport & { connected(): boolean } {
  const readyTimeoutMs = opts.readyTimeoutMs ?? 10_000;
  const maxChannels = opts.maxChannels ?? 8;
  const maxStdout = opts.maxStdoutBytes ?? DEFAULT_MAX_STDOUT;
  const maxStderr = opts.maxStderrBytes ?? DEFAULT_MAX_STDERR;
  let client: InstanceType<typeof Client> | undefined;
  let connecting: Promise<InstanceType<typeof Client>> | undefined;
  let failures = 0;
  let retryAt = 0;
  let lastError: Error | undefined;
  let open = 0;
  const waiters: (() => void)[] = [];
  let closed = false;

  function connect(): Promise<InstanceType<typeof Client>> {
    if (client) return Promise.resolve(client);
    if (connecting) return connecting;
    if (closed) return Promise.reject(new UserError('node-ssh-closed', { node: target.nodeId }));
    const now = Date.now();
    if (lastError && now < retryAt) {
      return Promise.reject(lastError);
    }
    connecting = new Promise<InstanceType<typeof Client>>((resolve, reject) => {
      const c = new Client();
      let keyProblem: HostKeyError | undefined;
      const config: ConnectConfig = {
        host: target.host,
        port: target.port,
        username: target.user,
        privateKey: target.privateKey,
        readyTimeout: readyTimeoutMs,
        keepaliveInterval: opts.keepaliveMs ?? 15_000,
        keepaliveCountMax: 3,
        hostVerifier: (key: Buffer) => {
          const presented = fingerprint(key);
          if (target.hostKeyFp && presented === target.hostKeyFp) return true;
          keyProblem = new HostKeyError(target.nodeId, target.hostKeyFp ? 'mismatch' : 'unknown', presented);
          opts.onHostKey?.({ kind: keyProblem.kind, presented });
          return false;
        },
      };
      c.once('ready', () => {
        // small request/response commands: without this, Nagle + delayed ACK add ~40 ms to some
        c.setNoDelay(true);
        failures = 0;
        lastError = undefined;
        client = c;
        connecting = undefined;
        c.on('error', () => undefined);
        c.once('close', () => {
          if (client === c) client = undefined;
        });
        resolve(c);
      });
      c.once('error', (err) => {
        connecting = undefined;
        failures++;
        const e = keyProblem ?? translateSshError(target, err, readyTimeoutMs);
        lastError = e;
        retryAt = Date.now() + Math.min(opts.maxBackoffMs ?? 10_000, 250 * 2 ** (failures - 1));
        c.removeAllListeners();
        c.on('error', () => undefined);
        c.end();
        reject(e);
      });
      c.connect(config);
    });
    return connecting;
  }

  async function channel(): Promise<() => void> {
    while (open >= maxChannels) await new Promise<void>((r) => waiters.push(r));
    open++;
    return () => {
      open--;
      waiters.shift()?.();
    };
  }

  return {
    connected: () => client !== undefined,
    async exec(command: string, o: ExecOptions = {}): Promise<ExecResult> {
      // a pooled connection whose socket died before ssh2 noticed: drop it and dial once more,
      // so the operator reads why the node cannot be reached (refused, unreachable…), not "Not connected"
      for (let attempt = 0; ; attempt++) {
        const c = await connect();
        try {
          return await execOn(c, command, o);
        } catch (err) {
          if (!(err instanceof StaleConnection) || attempt > 0) throw err instanceof StaleConnection ? translateSshError(target, err.cause, readyTimeoutMs) : err;
        }
      }
    },
    async close() {
      closed = true;
      client?.end();
      client = undefined;
    },
  };

  async function execOn(c: InstanceType<typeof Client>, command: string, o: ExecOptions): Promise<ExecResult> {
    const release = await channel();
    const timeoutMs = o.timeoutMs ?? opts.commandTimeoutMs ?? 60_000;
    try {
      return await new Promise<ExecResult>((resolve, reject) => {
        const opened = (err: Error | undefined, stream: ClientChannel) => {
          if (err) {
            // a broken connection: drop it so the next command reconnects
            if (client === c) client = undefined;
            c.end();
            return reject(translateSshError(target, err, readyTimeoutMs));
          }
          const out = createOutputCap(target.nodeId, 'stdout', o.maxStdoutBytes ?? maxStdout, { keep: !o.stdoutTo });
          const errOut = createOutputCap(target.nodeId, 'stderr', maxStderr);
          let settled = false;
          const finish = (fn: () => void) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            o.signal?.removeEventListener('abort', onAbort);
            fn();
          };
          const stop = (e: Error) => {
            finish(() => reject(e));
            try {
              stream.close();
            } catch {
              /* the channel is already gone */
            }
          };
          const timer = setTimeout(() => stop(new UserError('node-ssh-command-timeout', { node: target.nodeId, seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
          const onAbort = () => stop(new UserError('node-ssh-command-cancelled', { node: target.nodeId }));
          o.signal?.addEventListener('abort', onAbort, { once: true });
          // nothing may throw out of these handlers: a throw there would end OCM's process
          const guard = (fn: (d: Buffer) => void) => (d: Buffer) => {
            if (settled) return;
            try {
              fn(d);
            } catch (e) {
              stop(e instanceof Error ? e : new Error(String(e)));
            }
          };
          const take = (cap: OutputCap) =>
            guard((d) => {
              const over = cap.push(d);
              if (over) stop(over);
            });
          stream.on('data', take(out));
          if (o.stdoutTo) stream.pipe(o.stdoutTo);
          stream.stderr.on('data', take(errOut));
          stream.on('close', (code: number | null, signal?: string) => {
            finish(() => {
              try {
                resolve({ code: code ?? (signal ? 128 : 255), stdout: out.text(), stderr: errOut.text() });
              } catch (e) {
                reject(e instanceof Error ? e : new Error(String(e)));
              }
            });
          });
          stream.on('error', (e: Error) => finish(() => reject(translateSshError(target, e, readyTimeoutMs))));
          if (o.stdin !== undefined) stream.end(o.stdin);
          else stream.end();
        };
        try {
          c.exec(command, opened);
        } catch (err) {
          // ssh2 throws "Not connected" when the socket is gone but 'close' has not fired yet
          if (client === c) client = undefined;
          c.end();
          reject(new StaleConnection(err));
        }
      });
    } finally {
      release();
    }
  }
}

/** The pooled connection was already dead when a command was sent on it. */
class StaleConnection extends Error {
  constructor(override readonly cause: unknown) {
    super('stale SSH connection');
  }
}
