import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const REDACT_PATHS = ['token', '*.token', 'apiKey', '*.apiKey', 'password', '*.password', 'secret', '*.secret', 'headers.authorization'];

/**
 * JSON logs. Telegram mode writes them to stdout; console mode writes them to a file so they do
 * not interleave with the chat printed on the terminal.
 */
export function createLogger(opts: { level: LogLevel; file?: string }): Logger {
  const redact = { paths: REDACT_PATHS, censor: '***' };
  if (opts.file) {
    mkdirSync(dirname(opts.file), { recursive: true, mode: 0o700 });
    return pino({ level: opts.level, redact }, pino.destination({ dest: opts.file, sync: true, mkdir: true, mode: 0o600 }));
  }
  return pino({ level: opts.level, redact });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
