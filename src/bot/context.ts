import type { Context } from 'grammy';
import type { Actor, AnyAction } from '../actions/types.js';
import type { Logger } from '../log.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/** What the bot's features need; built by createApp. */
export interface BotDeps {
  pipeline: Pipeline;
  catalog: readonly AnyAction[];
  log: Logger;
  /** Console mode: every update comes from the trusted local OS user. */
  consoleUser?: string;
  isOwner(userId: string): boolean;
}

export function actorOf(ctx: Context, deps: BotDeps): Actor {
  if (deps.consoleUser !== undefined) return { kind: 'console', id: deps.consoleUser, name: deps.consoleUser };
  const from = ctx.from;
  if (!from) return { kind: 'telegram', id: 'unknown', name: 'unknown' };
  return { kind: 'telegram', id: String(from.id), name: from.username ? `@${from.username}` : from.first_name };
}

/** The command word of a message ("status" for "/status@ocm_bot local"), if it is a command. */
export function commandOf(text: string | undefined): string | undefined {
  const m = /^\/([A-Za-z0-9_]+)(?:@\w+)?(?:\s|$)/.exec(text ?? '');
  return m?.[1]?.toLowerCase();
}
