import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../src/app.js';
import type { OcmModule } from '../../src/module.js';
import { createConfig, type ConfigSection } from '../../src/config.js';
import { configSections } from '../../src/modules.js';
import { silentLogger } from '../../src/log.js';
import { tempDir, until } from './capture.js';

export interface ConsoleApp {
  app: App;
  dataDir: string;
  /** Types one line as the console user and waits until the pipeline has taken it. */
  type(line: string): Promise<void>;
  output(): string;
  /** Output printed since the last `mark()`. */
  since(): string;
  mark(): void;
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * OCM in console mode, in-process: lines typed go through the console adapter and the real bot,
 * output is captured. `key` installs a given SSH key pair as OCM's own key.
 */
export function startConsoleApp(
  opts: { yaml?: string; env?: Record<string, string>; key?: { privateKeyPath: string; publicKey: string }; codes?: string[]; modules?: readonly OcmModule[]; dataDir?: string; now?: () => number; sections?: readonly ConfigSection[]; terminalLang?: string } = {},
): ConsoleApp {
  // a given dataDir is the caller's (kept at close): a second app on it is OCM restarted
  const dir = opts.dataDir ? { path: opts.dataDir, remove: () => undefined } : tempDir('ocm-console-');
  if (opts.key) {
    mkdirSync(join(dir.path, 'keys'), { recursive: true });
    writeFileSync(join(dir.path, 'keys', 'ocm_ed25519'), readFileSync(opts.key.privateKeyPath), { mode: 0o600 });
    writeFileSync(join(dir.path, 'keys', 'ocm_ed25519.pub'), `${opts.key.publicKey.trim()}\n`);
  }
  const cfg = createConfig({ OCM_DATA_DIR: dir.path, ...opts.env }, opts.yaml ? { path: 'test.yaml', text: opts.yaml } : undefined, process.cwd(), opts.sections ?? configSections(opts.modules));
  if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
  const out = new PassThrough();
  let text = '';
  let markAt = 0;
  out.on('data', (d: Buffer) => (text += d.toString()));
  const codes = [...(opts.codes ?? [])];
  const app = createApp(cfg.config, { log: silentLogger(), consoleOutput: out, consoleUser: 'tester', progressIntervalMs: 50, ...(opts.now ? { now: opts.now } : {}), ...(codes.length ? { makeCode: () => codes.shift() ?? '1234' } : {}), ...(opts.modules ? { modules: opts.modules } : {}), ...(opts.terminalLang ? { terminalLang: opts.terminalLang } : {}) });
  return {
    app,
    dataDir: dir.path,
    async type(line) {
      await app.bot.handleUpdate(app.console!.updateFor(line));
    },
    output: () => text,
    since: () => text.slice(markAt),
    mark() {
      markAt = text.length;
    },
    async waitFor(re, timeoutMs = 30_000) {
      await until(() => re.test(text.slice(markAt)), timeoutMs, () => `console output matching ${re}; got:\n${text.slice(markAt)}`);
      return text.slice(markAt);
    },
    async close() {
      await app.stop('test end');
      dir.remove();
    },
  };
}
