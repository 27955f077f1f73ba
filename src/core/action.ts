import type { z } from 'zod';
import type { Actor, LockSpec, Reply, Tier } from './types.js';

export interface RunContext<D = unknown> {
  actor: Actor;
  chatId: number | null;
  operationId: string;
  signal: AbortSignal;
  /** Shows progress by editing one message (throttled); the final reply is a new message. */
  progress(text: string): void;
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
  confirmText?(params: z.output<S>, services: D): string;
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
    if (confirmText) bound.confirmText = (params) => confirmText.call(def, params, services);
    return bound;
  });
}
