import { closeSync, existsSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type DestinationStream, type Logger } from 'pino';
import { z } from 'zod';
import { byteCount, defineSection } from './config-schema.js';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const REDACT_PATHS = ['token', '*.token', 'apiKey', '*.apiKey', 'password', '*.password', 'secret', '*.secret', 'headers.authorization'];

/** The console-mode log file (Telegram/service mode logs JSON lines to stdout, which the journal keeps). */
export const logSection = defineSection({
  key: 'log',
  schema: z.object({
    maxBytes: byteCount.min(4096, { error: 'must be at least 4096 bytes' }).default(10485760).describe('console mode: `data/logs/ocm.log` is rotated when it would grow past this').meta({ env: 'OCM_LOG_MAX_BYTES' }),
    maxFiles: z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(100, { error: 'must be at most 100' })
      .default(5)
      .describe('console mode: rotated files kept (`ocm.log.1` newest … `ocm.log.N`); older ones are deleted')
      .meta({ env: 'OCM_LOG_MAX_FILES' }),
  }),
});

export interface RotatingFileOpts {
  path: string;
  /** The file is rotated before a write would take it past this size. */
  maxBytes: number;
  /** Rotated files kept: path.1 (newest) … path.maxFiles. */
  maxFiles: number;
}

/**
 * A synchronous, size-rotating log file: before a line would take the file past `maxBytes` it
 * becomes `<path>.1` (the older ones shift up, the oldest beyond `maxFiles` is deleted). Lines are
 * never split across files. Synchronous so nothing is lost when the process exits.
 */
export function createRotatingFile(opts: RotatingFileOpts): DestinationStream & { close(): void } {
  mkdirSync(dirname(opts.path), { recursive: true, mode: 0o700 });
  const open = () => openSync(opts.path, 'a', 0o600);
  let fd = open();
  let size = fstatSync(fd).size;

  function rotate(): void {
    closeSync(fd);
    rmSync(`${opts.path}.${opts.maxFiles}`, { force: true });
    for (let i = opts.maxFiles - 1; i >= 1; i--) if (existsSync(`${opts.path}.${i}`)) renameSync(`${opts.path}.${i}`, `${opts.path}.${i + 1}`);
    renameSync(opts.path, `${opts.path}.1`);
    fd = open();
    size = 0;
  }

  return {
    write(chunk: string): void {
      const bytes = Buffer.byteLength(chunk);
      if (size > 0 && size + bytes > opts.maxBytes) rotate();
      writeSync(fd, chunk);
      size += bytes;
    },
    close(): void {
      closeSync(fd);
    },
  };
}

/**
 * JSON logs. Telegram (service) mode writes JSON lines to stdout, where systemd's journal or
 * launchd's log keeps them; console mode writes them to a size-rotating file so they do not
 * interleave with the chat printed on the terminal.
 */
export function createLogger(opts: { level: LogLevel; file?: string; rotate?: { maxBytes: number; maxFiles: number } }): Logger {
  const redact = { paths: REDACT_PATHS, censor: '***' };
  if (opts.file) {
    const rotate = opts.rotate ?? { maxBytes: 10 * 1024 * 1024, maxFiles: 5 };
    return pino({ level: opts.level, redact }, createRotatingFile({ path: opts.file, ...rotate }));
  }
  return pino({ level: opts.level, redact });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
