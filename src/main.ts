import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from './app.js';
import { runConsole } from './bot/console.js';
import { loadConfig } from './config.js';
import { UserError } from './errors.js';
import { getDefaultLocale, msg, renderText, translator, type MsgReply } from './i18n/index.js';
import { createLogger } from './log.js';
import { configSections, MODULES } from './modules.js';

function fail(lines: string[]): never {
  for (const l of lines) process.stderr.write(`ocm: ${l}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const loaded = loadConfig(process.env, process.cwd(), configSections(MODULES));
  if (!loaded.ok) fail(loaded.errors.map((e) => `config: ${e}`));
  const config = loaded.config;
  const consoleMode = config.mode === 'console';
  const log = createLogger({ level: config.logLevel, ...(consoleMode ? { file: join(config.dataDir, 'logs', 'ocm.log'), rotate: config.log } : {}) });

  let app: App;
  try {
    app = createApp(config, { log, consoleUser: userInfo().username });
  } catch (err) {
    if (err instanceof UserError) fail([translator(getDefaultLocale()).error(err)]);
    throw err;
  }
  // the terminal and the start-up notices speak OCM's default language
  const t = translator(app.locale);

  let statusUrl: string | undefined;
  try {
    statusUrl = await app.web?.start();
  } catch (err) {
    await app.stop('the status page could not start'); // i18n-exempt: an audit reason (English)
    if (err instanceof UserError) fail([t.error(err)]);
    throw err;
  }

  const interrupted = app.pipeline.recoverInterrupted();
  // operation names and targets read the same in every language
  const notice: MsgReply | undefined = interrupted.length
    ? { msg: msg('app-restarted-interrupted', { count: interrupted.length, ops: interrupted.map((o) => `${o.action}${o.target ? ` ${o.target}` : ''}`).join(', ') }) }
    : undefined;

  app.startJobs();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await app.stop(`OCM received ${signal}`); // i18n-exempt: an audit reason (English)
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  app.watchdog.start();
  if (consoleMode) {
    if (process.stdin.isTTY) process.stdout.write(`${t.text('app-console-banner', { dir: config.dataDir })}\n`);
    if (statusUrl) process.stdout.write(`${t.text('app-status-page', { url: statusUrl })}\n`);
    if (process.stdin.isTTY || statusUrl) process.stdout.write('\n');
    if (notice) process.stdout.write(`${renderText(app.locale, notice.msg)}\n\n`);
    await runConsole({
      bot: app.bot,
      adapter: app.console!,
      input: process.stdin,
      output: process.stdout,
      onEnd: () => app.stop('console input ended'), // i18n-exempt: an audit reason (English)
    });
    process.exit(0);
  }

  log.info({ dataDir: config.dataDir, apiRoot: config.telegram.apiRoot ?? 'https://api.telegram.org', statusPage: statusUrl ?? 'off' }, 'OCM starting in Telegram mode');
  // each owner in their chat's language
  if (notice) await app.notify(notice);
  try {
    await app.startPolling();
  } catch (err) {
    log.error({ err }, 'telegram polling stopped');
    await app.stop('polling failed');
    fail([t.text('app-telegram-failed', { error: (err as Error).message.replace(/bot[0-9]+:[A-Za-z0-9_-]+/g, 'bot***') }), t.text('app-telegram-failed-hint')]);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ocm: ${translator(getDefaultLocale()).text('app-unexpected-failure', { error: (err as Error)?.message ?? String(err) })}\n`);
  process.exit(1);
});
