import { statfsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { limit } from '@grammyjs/ratelimiter';
import type { Bot, Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { AnyAction } from './core/action.js';
import { createBotInstance, installFeatures, CONSOLE_BOT_INFO } from './bot/bot.js';
import { CONSOLE_CHAT_ID, createConsoleAdapter, type ConsoleAdapter } from './bot/console.js';
import type { OcmContext } from './bot/context.js';
import { actionButton } from './bot/features/buttons.js';
import { publishedCommands } from './bot/features/command-names.js';
import { createChatLanguages } from './i18n/chat-languages.js';
import { localeOf, msg, renderReply, setDefaultLocale, translator, setTimeZone, type Locale, type Msg, type MsgReply } from './i18n/index.js';
import { createMessenger } from './bot/messenger.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { ensureOcmKey } from './nodes/keys.js';
import { createNodeService, type NodeService } from './nodes/service.js';
import type { Reply } from './core/types.js';
import { createScheduler, type Scheduler } from './jobs/scheduler.js';
import type { ModuleDeps, OcmModule } from './module.js';
import { createCatalog, listingCatalog, MODULES, moduleChecks, moduleJobs, moduleMigrations, moduleStatusLines, moduleWebSources } from './modules.js';
import type { SlowCheck } from './monitor/checks.js';
import type { ButtonMaker } from './monitor/render.js';
import { createWatchdog, type Watchdog } from './monitor/watchdog.js';
import { createPipeline, type Pipeline } from './pipeline/pipeline.js';
import { createBackupService, type BackupService } from './backup/service.js';
import { createIntentService } from './intents/service.js';
import { readVersionInfo, schemaVersion } from './doctor/version.js';
import { acquireDataDirLock } from './store/lock.js';
import { securePrivateFiles } from './store/private-files.js';
import { createStore, type Store } from './store/store.js';
import { createStatusServer, type StatusServer } from './web/server.js';
import type { WebSources } from './web/sources.js';

export interface AppDeps {
  log: Logger;
  now?: () => number;
  /** Console mode: where the chat is printed (default stdout). */
  consoleOutput?: Writable;
  consoleUser?: string;
  /** Telegram mode in tests: skip getMe, capture or fake API calls. */
  botInfo?: UserFromGetMe;
  apiTransformers?: Transformer[];
  /** Fixed safety codes for tests. */
  makeCode?: () => string;
  progressIntervalMs?: number;
  /** The capability modules (default MODULES, src/modules.ts); tests add a demo module. */
  modules?: readonly OcmModule[];
  /** Data the status page shows from other capabilities (backups, alerts, scores) — tests supply their own. */
  webSources?: WebSources;
  /** The watchdog's 5-minute checks (default: the modules' checks: backup push health, OCM itself, clock skew). */
  slowChecks?: SlowCheck[];
  /** Wall clock for clock-skew checks when `now` is stepped by a test. */
  wallNow?: () => number;
  /** Console mode: the terminal's language when default_language is unset (default LC_ALL, LC_MESSAGES or LANG). */
  terminalLang?: string;
}

export interface App {
  config: Config;
  /** OCM's default language (default_language, OCM_LANG, the console's terminal): the console banner, start-up notices. */
  locale: Locale;
  bot: Bot<OcmContext>;
  /** Sends a message to every owner (Telegram) or to the console chat, in each chat's language. */
  notify(reply: Reply | MsgReply): Promise<void>;
  pipeline: Pipeline;
  store: Store;
  nodes: NodeService;
  /** Checks the nodes and sends alerts; main.ts starts it, tests step `runCycle()`. */
  watchdog: Watchdog;
  console?: ConsoleAdapter;
  catalog: readonly AnyAction[];
  backups: BackupService;
  modules: readonly OcmModule[];
  /** The modules' jobs (scheduled backups, push retries…), each dispatched through the pipeline as actor cron. */
  scheduler: Scheduler;
  /** Starts the scheduler and the modules' start-up reports (restores a crash interrupted). */
  startJobs(): void;
  /** The read-only status page and JSON API; main.ts starts it (`web.start()`), `stop()` stops it. Absent when status.enabled is false. */
  web?: StatusServer;
  /** Telegram mode: publish the command list and start long polling (resolves once polling stops). */
  startPolling(): Promise<void>;
  /** Cancels open confirmations, waits for running operations, closes connections and the store. */
  stop(reason?: string): Promise<void>;
}

/** How long stop() waits for running bot handlers after polling stopped. */
const HANDLER_DRAIN_MS = 10_000;

/** Composition root shared by main.ts and the tests. Does no I/O beyond the data dir. */
export function createApp(config: Config, deps: AppDeps): App {
  const { log } = deps;
  const now = deps.now ?? Date.now;
  const modules = deps.modules ?? MODULES;
  // a module list that cannot work (two actions of one name) stops here, before anything is opened
  listingCatalog(modules);
  securePrivateFiles(config.dataDir, log);
  const releaseLock = acquireDataDirLock(join(config.dataDir, 'ocm.lock'));
  let store: Store;
  try {
    store = createStore(join(config.dataDir, 'ocm.db'), now, moduleMigrations(modules));
  } catch (err) {
    releaseLock();
    throw err;
  }
  const owners = new Set(config.telegram.ownerIds.map(String));
  const isOwner = (id: string) => owners.has(id);

  const consoleMode = config.mode === 'console';
  const consoleUser = deps.consoleUser ?? process.env.USER ?? 'console';
  const terminalLang = deps.terminalLang ?? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  const defaultLocale = config.defaultLanguage ?? (consoleMode ? localeOf(terminalLang) : undefined) ?? 'en';
  setDefaultLocale(defaultLocale);
  setTimeZone(config.timezone);
  const languages = createChatLanguages({ kv: store.kv, defaultLocale, configured: config.chatLanguages, sessionChats: consoleMode ? [CONSOLE_CHAT_ID] : [] });
  const adapter = consoleMode
    ? createConsoleAdapter({ output: deps.consoleOutput ?? process.stdout, outboxDir: join(config.dataDir, 'outbox'), userName: consoleUser, t: () => translator(languages.resolve(CONSOLE_CHAT_ID)) })
    : undefined;
  const transformers: Transformer[] = adapter ? [adapter.transformer] : [...(deps.apiTransformers ?? []), autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 })];
  const bot = createBotInstance({
    token: config.telegram.token?.reveal() ?? 'console',
    ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}),
    ...(consoleMode ? { botInfo: CONSOLE_BOT_INFO } : deps.botInfo ? { botInfo: deps.botInfo } : {}),
    transformers,
    ...(adapter ? { fetch: adapter.fetch } : {}),
  });
  const messenger = createMessenger(bot.api, log, (chat) => languages.resolve(chat));
  const ownerChats = consoleMode ? [CONSOLE_CHAT_ID] : config.telegram.ownerIds;
  /** A notice to every owner chat, each in its own language (a MsgReply; a rendered Reply is sent as is). */
  async function notify(reply: Reply | MsgReply): Promise<void> {
    for (const chat of ownerChats) {
      const r = 'msg' in reply ? renderReply(languages.resolve(chat), reply) : reply;
      await messenger.send(chat, r).catch((err: unknown) => log.warn({ err, chat }, 'owner notice not delivered'));
    }
  }
  /** An action button whose label is rendered in each recipient chat's language. */
  const msgButton: ButtonMaker = (text, action, args) => ({ text, data: actionButton('', action, args).data });
  const ocmKey = ensureOcmKey(config.dataDir);
  let watchdogRunning = () => false;
  const nodes = createNodeService({
    store,
    log,
    dataDir: config.dataDir,
    now,
    fanout: config.ssh.fanout,
    probeSetsState: () => !watchdogRunning(),
    ssh: {
      privateKeyPath: ocmKey.privateKeyPath,
      readyTimeoutMs: config.ssh.handshakeTimeoutS * 1000,
      commandTimeoutMs: config.ssh.commandTimeoutS * 1000,
      keepaliveMs: config.ssh.keepaliveS * 1000,
      maxStdoutBytes: config.ssh.maxStdoutBytes,
      maxStderrBytes: config.ssh.maxStderrBytes,
    },
    onHostKey(node, kind, presented) {
      const text =
        kind === 'mismatch'
          ? msg('app-hostkey-changed', { node: node.id, pinned: node.hostKeyFp ?? '?', presented })
          : msg('app-hostkey-untrusted', { node: node.id, user: node.sshUser, host: node.host, port: node.port, presented });
      void notify({ msg: text, buttons: [[msgButton(msg(kind === 'mismatch' ? 'app-hostkey-button-repin' : 'app-hostkey-button-trust'), 'trusthost', node.id)]] });
    },
  });
  if (config.localNode) nodes.ensureLocalNode();
  nodes.syncDeclared(config.nodes);
  const backups = createBackupService({ config, store, db: store.db, nodes, log, now });
  backups.cleanTemp();
  let runner: RunnerHandle | undefined;
  /** OCM's own health for the watchdog's slow checks. */
  function selfProblems(): Msg[] {
    const problems: Msg[] = [];
    if (runner && !runner.isRunning()) problems.push(msg('app-self-polling-stopped'));
    try {
      const fs = statfsSync(config.dataDir);
      const freePct = (fs.bavail / fs.blocks) * 100;
      if (fs.blocks > 0 && freePct < 5) problems.push(msg('app-self-disk-low', { free: Math.round(freePct * 10) / 10 }));
    } catch {
      problems.push(msg('app-self-data-dir-unreadable', { dir: config.dataDir }));
    }
    return problems;
  }
  const moduleDeps: ModuleDeps = {
    config,
    store,
    nodes,
    backups,
    log,
    now,
    busy: (id) => pipeline.busy(id),
    catalog: () => catalog,
    ocmPublicKey: ocmKey.publicKey,
    selfProblems,
    notify,
    watchdog: () => watchdog,
    languages,
    statusLines: () => moduleStatusLines(modules, moduleDeps),
  };
  const catalog: readonly AnyAction[] = createCatalog(moduleDeps, modules);
  const pipeline = createPipeline({
    catalog,
    now,
    store,
    messenger,
    log,
    isOwner,
    confirmTimeoutMs: config.pipeline.confirmTimeoutS * 1000,
    operationTimeoutMs: config.pipeline.operationTimeoutS * 1000,
    ...(deps.progressIntervalMs !== undefined ? { progressIntervalMs: deps.progressIntervalMs } : {}),
    ...(deps.makeCode ? { makeCode: deps.makeCode } : {}),
    defaultLocale,
  });
  const watchdog = createWatchdog({
    config: config.watchdog,
    store,
    nodes,
    log,
    now,
    ...(deps.wallNow ? { wallNow: deps.wallNow } : {}),
    messenger,
    chats: () => (config.watchdog.alertChatIds.length ? config.watchdog.alertChatIds : ownerChats),
    locale: (chat) => languages.resolve(chat),
    button: msgButton,
    fanout: config.ssh.fanout,
    slowChecks: deps.slowChecks ?? moduleChecks(modules, moduleDeps),
    async runAction(action, params) {
      const out = await pipeline.dispatch({ action, params, actor: { kind: 'system', id: 'watchdog', name: 'watchdog' }, chatId: null, via: 'system' }).done;
      return { ok: out.result === 'succeeded', ...(out.error ? { error: out.error } : {}), data: out.reply?.data ?? null };
    },
  });
  watchdogRunning = () => watchdog.running();
  const middlewares = consoleMode
    ? []
    : [
        limit({
          timeFrame: 3000,
          limit: 5,
          keyGenerator: (ctx) => ctx.from?.id.toString(),
          onLimitExceeded: (ctx) => log.warn({ user: ctx.from?.id }, 'rate limit exceeded, update dropped'),
        }),
      ];
  const intents = createIntentService({ catalog, store, log, now, anthropic: config.anthropic, intent: config.intent });
  const features = installFeatures(
    bot,
    { pipeline, catalog, log, isOwner, listNodes: () => store.nodes.list(), ocmPublicKey: ocmKey.publicKey, kv: store.kv, intents, languages, ...(consoleMode ? { consoleUser } : {}) },
    // console mode: conversations print through the adapter's fetch
    { middlewares, apiTransformers: consoleMode ? [] : transformers },
  );

  const scheduler = createScheduler({ jobs: moduleJobs(modules, moduleDeps), dispatch: (inv) => pipeline.dispatch(inv), log });
  let jobsStarted = false;
  const webSources: WebSources = { ...moduleWebSources(modules, moduleDeps), ...deps.webSources };
  const web = config.status.enabled
    ? createStatusServer({
        store,
        log,
        now,
        startedAt: now(),
        busy: (id) => pipeline.busy(id),
        sources: webSources,
        host: config.status.host,
        port: config.status.port,
        refreshS: config.status.refreshS,
        version: { ...readVersionInfo(), schema: schemaVersion(store).last },
        ...(config.status.token ? { token: config.status.token } : {}),
      })
    : undefined;

  let stopped = false;
  return {
    config,
    locale: defaultLocale,
    bot,
    notify,
    pipeline,
    store,
    nodes,
    watchdog,
    ...(adapter ? { console: adapter } : {}),
    catalog,
    backups,
    modules,
    scheduler,
    startJobs() {
      if (jobsStarted) return;
      jobsStarted = true;
      scheduler.start();
      for (const m of modules) m.onStart?.(moduleDeps);
    },
    ...(web ? { web } : {}),
    async startPolling() {
      await bot.init();
      // as grammY's bot.start does: long polling gets nothing while a webhook is set (409)
      await bot.api.deleteWebhook({ drop_pending_updates: false });
      // the command menu is cosmetic: a Bot API that refuses it (or an emulator without it) must not stop OCM
      // the menu in each language OCM speaks: clients set to zh or ja get theirs, everyone else English
      for (const lang of [undefined, 'zh', 'ja'] as const) {
        await bot.api
          .setMyCommands(publishedCommands(catalog, lang ?? 'en'), lang ? { language_code: lang } : {})
          .catch((err: unknown) => log.warn({ err, lang }, 'setMyCommands failed; the command menu in Telegram may be stale'));
      }
      log.info({ bot: bot.botInfo.username, owners: owners.size }, 'telegram long polling started');
      // the runner retries failed getUpdates itself (silently): say so in the log, without the error object (its cause may hold the URL)
      bot.api.config.use(async (prev, method, payload, signal) => {
        try {
          return await prev(method, payload, signal);
        } catch (err) {
          if (method === 'getUpdates' && !signal?.aborted && runner) log.warn({ error: (err as Error).message }, 'telegram getUpdates failed, retrying');
          throw err;
        }
      });
      // updates are handled concurrently, one chat after another within a chat (sequentialize in installFeatures)
      runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] }, silent: true } });
      await runner.task();
    },
    // i18n-exempt: the audit reason of what is cancelled (English); chats are told confirm-reason-stopping
    async stop(reason = 'OCM is stopping') {
      if (stopped) return;
      stopped = true;
      await watchdog.stop();
      const r = runner;
      runner = undefined;
      if (r?.isRunning()) await r.stop();
      // no new updates now; abort slow chat requests and give running handlers a bounded time to finish
      // the reason is English for the audit; each chat is told in its own language
      features.requests.cancelAll(reason, { key: 'confirm-reason-stopping' });
      if (!(await features.inFlight.drain(HANDLER_DRAIN_MS))) log.warn({ handlers: features.inFlight.size() }, 'bot handlers still running at stop');
      const jobsStopped = scheduler.stop();
      await web?.stop();
      await pipeline.cancelPending(reason);
      await pipeline.idle();
      await jobsStopped;
      await nodes.close();
      store.close();
      releaseLock();
    },
  };
}
