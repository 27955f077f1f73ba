import type { BackupService } from './backup/service.js';
import type { Config } from './config.js';
import type { ChatLanguages } from './i18n/chat-languages.js';
import type { Msg, MsgReply } from './core/messages.js';
import type { ConfigSection } from './config-schema.js';
import type { AnyAction } from './core/action.js';
import type { BusyInfo, Reply } from './core/types.js';
import type { JobDef } from './jobs/scheduler.js';
import type { Logger } from './log.js';
import type { SlowCheck } from './monitor/checks.js';
import type { Watchdog } from './monitor/watchdog.js';
import type { NodeService } from './nodes/service.js';
import type { Store } from './store/store.js';
import type { Migration } from './store/migrate.js';
import type { WebSources } from './web/sources.js';

/**
 * What app.ts hands every module's factories. A module's factory passes on only the fields its
 * actions, jobs and checks use (e.g. `createBackupActions({ backups, nodes, … })`).
 */
export interface ModuleDeps {
  config: Config;
  store: Store;
  nodes: NodeService;
  backups: BackupService;
  log: Logger;
  now(): number;
  /** What runs on a node now, if anything. */
  busy(nodeId: string): BusyInfo | undefined;
  /** Every bound action of every module (for /help). */
  catalog(): readonly AnyAction[];
  /** OCM's own SSH public key (what operators install on nodes). */
  ocmPublicKey: string | null;
  /** OCM's own problems for the watchdog's self check (Telegram polling stopped, data disk full…). */
  selfProblems(): Msg[];
  /** Sends a message to every owner (Telegram) or to the console chat. */
  notify(reply: Reply | MsgReply): Promise<void>;
  /** The watchdog (created after the catalog, hence a function). */
  watchdog(): Watchdog;
  /** Which language each chat is answered in (/lang, alerts rendered per chat). */
  languages: ChatLanguages;
  /** The modules' lines under the fleet summary of /status (the last offsite copy…). */
  statusLines(): Msg[];
}

/**
 * One capability. app.ts loops over the ordered list in src/modules.ts; adding a capability is
 * one folder exporting one of these plus one line in that list.
 */
export interface OcmModule {
  /** Unique, lowercase: also the prefix of its migration ids and (once wired) its config section. */
  name: string;
  /** Its actions, bound to the services they use. */
  actions?(deps: ModuleDeps): AnyAction[];
  /** Periodic work; each tick dispatches an Invocation through the pipeline as actor `cron`. */
  jobs?(deps: ModuleDeps): JobDef[];
  /** The watchdog's slow checks, run by the job watchdog-slow-checks every watchdog.slow_interval_s. */
  checks?(deps: ModuleDeps): SlowCheck[];
  /** A line for the fleet summary of /status, or null (computed at each /status). */
  statusLine?(deps: ModuleDeps): Msg | null;
  /** Data the status page shows from this capability. */
  webSources?(deps: ModuleDeps): WebSources;
  /** Once at start, with the jobs: for work that reports but changes nothing (see docs/ARCHITECTURE.md, exceptions). */
  onStart?(deps: ModuleDeps): void;
  /** Schema changes, applied in the order of the module list and then of this array. */
  migrations?: readonly Migration[];
  /**
   * Its config sections (`key` in ocm.yaml), zod with `.default()`/`.describe()` on every key. main.ts
   * parses ocm.yaml and the environment with `configSections(MODULES)`; the module reads its values with
   * `configSection(config, section)`; `npm run docs:config` puts its keys in the README.
   */
  config?: readonly ConfigSection[];
}
