import { UserError } from '../errors.js';
import { msg, type Msg } from '../core/messages.js';

/** Defaults of ssh.max_stdout_bytes / ssh.max_stderr_bytes. */
export const DEFAULT_MAX_STDOUT = 8 * 1024 * 1024;
export const DEFAULT_MAX_STDERR = 64 * 1024;

export interface OutputCap {
  /** Keeps the chunk; returns the error to stop the command with once the stream is over its cap. */
  push(chunk: Buffer): UserError | undefined;
  text(): string;
  bytes(): number;
}

/** A cap as people read it: "8 MiB", "64 KiB", "1000 bytes". */
function formatCap(bytes: number): Msg {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return msg('node-size-mib', { n: bytes / (1024 * 1024) });
  if (bytes >= 1024 && bytes % 1024 === 0) return msg('node-size-kib', { n: bytes / 1024 });
  return msg('node-size-bytes', { n: bytes });
}

/** The error for a command whose output went over its cap. */
export function overflowError(nodeId: string, streamName: 'stdout' | 'stderr', cap: number): UserError {
  return new UserError('node-output-over-cap', { node: nodeId, cap: formatCap(cap), stream: streamName });
}

/**
 * Collects one output stream of a command and refuses to hold more than `cap` bytes of it.
 * `keep: false` only counts (the stream is piped elsewhere, e.g. into the agent's line reader).
 */
export function createOutputCap(nodeId: string, streamName: 'stdout' | 'stderr', cap: number, opts: { keep?: boolean } = {}): OutputCap {
  const keep = opts.keep ?? true;
  const chunks: Buffer[] = [];
  let size = 0;
  let over: UserError | undefined;
  return {
    push(chunk) {
      if (over) return over;
      size += chunk.length;
      if (size > cap) {
        over = overflowError(nodeId, streamName, cap);
        return over;
      }
      if (keep) chunks.push(chunk);
      return undefined;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    bytes: () => size,
  };
}
