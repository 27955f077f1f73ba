import type { Writable } from 'node:stream';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  timeoutMs?: number;
  /** Raw stdout goes here (with back-pressure) instead of into `stdout`; for binary streams. */
  stdoutTo?: Writable;
  stdin?: string | Buffer;
  /**
   * This command's stdout cap instead of the transport's. It counts with `stdoutTo` too (the agent's
   * JSON answers are piped into a line reader); a stream whose consumer bounds it (the backup pack
   * reader) passes Infinity.
   */
  maxStdoutBytes?: number;
  signal?: AbortSignal;
}

/** How OCM runs a command on a node: locally or over SSH, with the same behaviour. */
export interface Transport {
  /** Runs `command` with the node's login shell semantics (bash -c). Never rejects for a non-zero exit. */
  exec(command: string, opts?: ExecOptions): Promise<ExecResult>;
  close(): Promise<void>;
}
