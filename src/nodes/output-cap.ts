import { UserError } from '../errors.js';

/** Defaults of ssh.max_stdout_bytes / ssh.max_stderr_bytes. */
export const DEFAULT_MAX_STDOUT = 8 * 1024 * 1024;
export const DEFAULT_MAX_STDERR = 64 * 1024;

export interface OutputCap {
  /** Keeps the chunk; returns the error to stop the command with once the stream is over its cap. */
  push(chunk: Buffer): UserError | undefined;
  text(): string;
  bytes(): number;
}

function formatCap(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The error for a command whose output went over its cap. */
export function overflowError(nodeId: string, streamName: 'stdout' | 'stderr', cap: number): UserError {
  return new UserError(
    `${nodeId}: the command printed more than ${formatCap(cap)} on ${streamName}; OCM stopped it`,
    `the node's output is not trusted past the cap (ssh.max_${streamName}_bytes); check what runs on ${nodeId}`,
  );
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
