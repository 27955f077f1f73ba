import type { z } from 'zod';
import type { Msg, MsgArgs } from './messages.js';
import type { Actor, LockSpec, Reply, Tier } from './types.js';

/** Renders catalog messages in the invocation's language (implemented by src/i18n). */
export interface Translate {
  readonly locale: string;
  /** Telegram HTML: string arguments are escaped. */
  (key: string, args?: MsgArgs): string;
  /** Plain text (button labels, callback answers). */
  text(key: string, args?: MsgArgs): string;
  /** A message built elsewhere (an error's, an alert's), as HTML. */
  msg(m: Msg): string;
  /** A message built elsewhere, as plain text. */
  msgText(m: Msg): string;
  /** The operator's sentence for any error, plain text (escape it for HTML). */
  error(err: unknown): string;
  /** "5 min", "3 h 2 min" in this locale. */
  duration(ms: number): string;
  /** "5 min ago". */
  ago(ts: number, now: number): string;
  /** "2026-02-15 14:30:25 JST" in the configured zone. */
  time(ts: number | Date): string;
}

export interface RunContext<D = unknown> {
  actor: Actor;
  chatId: number | null;
  operationId: string;
  signal: AbortSignal;
  /** Shows progress by editing one message (throttled); the final reply is a new message. */
  progress(text: string): void;
  /** The invocation's language: every sentence of the reply goes through it. */
  t: Translate;
  /** The services the action's module bound it to (see `bindActions`). */
  services: D;
}

/** One operation, declared once. `D` is what its module's factory hands it (only the services it needs). */
export interface ActionDef<S extends z.ZodType = z.ZodType, D = unknown> {
  /** Unique name; also the slash command unless `command` says otherwise. */
  name: string;
  /** Slash command without "/", or null for actions reachable only from buttons, jobs or alerts. */
  command?: string | null;
  /** The slash command is answered by a bot conversation that collects the params, then invokes the action. */
  interactive?: boolean;
  /** Group shown in /help: "fleet", "nodes", "backup"… */
  group: string;
  /**
   * One line for modules without catalog entries. In-tree actions leave it out: their line is the
   * catalog's `action-<name>` (English for natural-language tools), shown by /help and setMyCommands.
   */
  description?: string;
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
  /** What will happen, shown in the confirmation prompt (Telegram HTML, in `t`'s language). */
  confirmText?(params: z.output<S>, services: D, t: Translate): string;
  timeoutMs?: number;
  run(params: z.output<S>, ctx: RunContext<D>): Promise<Reply>;
}

/** An action as the pipeline runs it: already bound to its services. */
export type AnyAction = ActionDef<z.ZodType, unknown>;

export function defineAction<S extends z.ZodType>(a: ActionDef<S>): ActionDef<S> {
  return a;
}

/** `defineAction` for a module whose actions receive services of type `D`. */
export function actionsWith<D>() {
  return <S extends z.ZodType>(a: ActionDef<S, D>): ActionDef<S, D> => a;
}

/** The factory step of a module: each action gets `services` as `ctx.services` (and in confirmText). */
export function bindActions<D>(services: D, defs: readonly ActionDef<z.ZodType, D>[]): AnyAction[] {
  return defs.map((def) => {
    const { confirmText, run } = def;
    const bound: AnyAction = { ...def, run: (params, ctx) => run.call(def, params, { ...ctx, services }) };
    if (confirmText) bound.confirmText = (params, _s, t) => confirmText.call(def, params, services, t);
    return bound;
  });
}
