import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from './app.js';
import { runConsole } from './bot/console.js';
import { loadConfig } from './config.js';
import { describeError, UserError } from './errors.js';
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
    if (err instanceof UserError) fail([describeError(err)]);
    throw err;
  }

  let statusUrl: string | undefined;
  try {
    statusUrl = await app.web?.start();
  } catch (err) {
    await app.stop('the status page could not start');
    if (err instanceof UserError) fail([describeError(err)]);
    throw err;
  }

  const interrupted = app.pipeline.recoverInterrupted();
  const notice = interrupted.length
    ? `⚠️ OCM restarted. Interrupted operations (marked failed): ${interrupted.map((o) => `${o.action}${o.target ? ` ${o.target}` : ''}`).join(', ')}`
    : undefined;

  app.startJobs();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await app.stop(`OCM received ${signal}`);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  app.watchdog.start();
  if (consoleMode) {
    if (process.stdin.isTTY) process.stdout.write(`OCM console — data in ${config.dataDir}. Type /help; numbers press buttons; Ctrl-D quits.\n`);
    if (statusUrl) process.stdout.write(`Status page: ${statusUrl}\n`);
    if (process.stdin.isTTY || statusUrl) process.stdout.write('\n');
    if (notice) process.stdout.write(`${notice}\n\n`);
    await runConsole({
      bot: app.bot,
      adapter: app.console!,
      input: process.stdin,
      output: process.stdout,
      onEnd: () => app.stop('console input ended'),
    });
    process.exit(0);
  }

  log.info({ dataDir: config.dataDir, apiRoot: config.telegram.apiRoot ?? 'https://api.telegram.org', statusPage: statusUrl ?? 'off' }, 'OCM starting in Telegram mode');
  if (notice) {
    for (const owner of config.telegram.ownerIds) {
      await app.bot.api.sendMessage(owner, notice).catch((err: unknown) => log.warn({ err, owner }, 'restart notice not delivered'));
    }
  }
  try {
    await app.startPolling();
  } catch (err) {
    log.error({ err }, 'telegram polling stopped');
    await app.stop('polling failed');
    fail([`Telegram: ${(err as Error).message.replace(/bot[0-9]+:[A-Za-z0-9_-]+/g, 'bot***')}`, 'check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT']);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ocm: unexpected failure: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
