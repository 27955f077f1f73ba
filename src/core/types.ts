/** Port types every layer shares. This folder imports nothing from OCM. */

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
  /** Added to the audit row's params (redacted like them): e.g. the old values an edit replaced. */
  audit?: Record<string, unknown>;
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

/** Every way into OCM (slash command, plain text, button, job, alert) becomes one of these. */
export interface Invocation {
  action: string;
  /** Raw parameters; the pipeline validates them with the action's schema. */
  params: unknown;
  /** Words of a slash command that matched no parameter: refused, never silently dropped. */
  extra?: string[];
  actor: Actor;
  /** Where prompts and replies go; null for jobs that report elsewhere. */
  chatId: number | null;
  via: 'command' | 'text' | 'button' | 'cron' | 'alert' | 'system';
  /**
   * The language replies are written in ("en", "zh", "ja", or "zh-Hant" for a traditional-Chinese
   * request): the chat's choice, or the language of a plain-text request. Unset: OCM's default.
   */
  lang?: string;
}
