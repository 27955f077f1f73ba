import type { z } from 'zod';
import type { BackupService } from '../backup/service.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { NodeService } from '../nodes/service.js';
import type { Store } from '../store/store.js';

export type Tier = 'read' | 'low' | 'medium' | 'high';

export const TIER_ORDER: Record<Tier, number> = { read: 0, low: 1, medium: 2, high: 3 };

/** What an operation locks while it runs: nothing, some nodes (serial per node), or the whole cluster. */
export type LockSpec = { kind: 'none' } | { kind: 'nodes'; nodes: string[] } | { kind: 'cluster' };

export interface Button {
  text: string;
  data: string;
}

/** Front-end independent reply: Telegram HTML subset (b, i, code, pre, a) plus optional buttons or a file. */
export interface Reply {
  html: string;
  buttons?: Button[][];
  document?: { filename: string; content: string | Buffer; caption?: string };
  /** Sent without a notification sound. */
  silent?: boolean;
  /** Structured result for callers inside OCM (conversations); never shown. */
  data?: Record<string, unknown>;
}

export type ActorKind = 'telegram' | 'console' | 'cron' | 'system';

export interface Actor {
  kind: ActorKind;
  /** Telegram user id, OS user name, or the job's name. */
  id: string;
  /** For messages: "@alice", "root". */
  name?: string;
}

export interface BusyInfo {
  operationId: string;
  action: string;
  actor: Actor;
  since: number;
}

/** Capability modules the actions call. Grows as capabilities land; tests swap fields. */
export interface Services {
  config: Config;
  store: Store;
  nodes: NodeService;
  log: Logger;
  now(): number;
  /** The catalog itself, for /help. */
  catalog(): readonly AnyAction[];
  /** What runs on a node now, if anything. */
  busy(nodeId: string): BusyInfo | undefined;
  /** OCM's own SSH public key (what operators install on nodes). */
  ocmPublicKey: string | null;
  /** Git backups, restore and rollback (absent in tests that do not need them). */
  backups?: BackupService;
}

export interface RunContext {
  actor: Actor;
  chatId: number | null;
  operationId: string;
  signal: AbortSignal;
  /** Shows progress by editing one message (throttled); the final reply is a new message. */
  progress(text: string): void;
  services: Services;
}

export interface ActionDef<S extends z.ZodType = z.ZodType> {
  /** Unique name; also the slash command unless `command` says otherwise. */
  name: string;
  /** Slash command without "/", or null for actions reachable only from buttons, jobs or alerts. */
  command?: string | null;
  /** The slash command is answered by a bot conversation that collects the params, then invokes the action. */
  interactive?: boolean;
  /** Group shown in /help: "fleet", "nodes", "backup"… */
  group: string;
  /** One line: used by /help, by natural-language tools and in the audit log. */
  description: string;
  /** Usage line, e.g. "/status [node|all]". */
  usage: string;
  tier: Tier;
  /** A higher tier for some parameters (e.g. /restart all is high while /restart node is medium). */
  tierFor?(params: z.output<S>): Tier;
  params: S;
  /** Names of positional slash-command arguments, mapped onto params in order. */
  args?: readonly string[];
  locks(params: z.output<S>): LockSpec;
  /** The audit target: "g3s-01", "all"… */
  target?(params: z.output<S>): string | null;
  /** What will happen, shown in the confirmation prompt. */
  confirmText?(params: z.output<S>, services: Services): string;
  timeoutMs?: number;
  run(params: z.output<S>, ctx: RunContext): Promise<Reply>;
}

export type AnyAction = ActionDef<z.ZodType>;

export function defineAction<S extends z.ZodType>(a: ActionDef<S>): ActionDef<S> {
  return a;
}
