import type { ConversationFlavor } from '@grammyjs/conversations';
import type { Context } from 'grammy';
import type { AnyAction } from '../core/action.js';
import type { Actor } from '../core/types.js';
import type { Logger } from '../log.js';
import type { NodeRecord } from '../nodes/model.js';
import type { KvRepo } from '../store/kv-repo.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { IntentService } from '../intents/service.js';
import type { ChatLanguages } from '../i18n/chat-languages.js';
import { translator, type Locale, type Translator } from '../i18n/index.js';

/** The bot's context: grammY's plus the conversations plugin's controls. */
export type OcmContext = ConversationFlavor<Context>;

/** What the bot's features need; built by createApp. */
export interface BotDeps {
  pipeline: Pipeline;
  catalog: readonly AnyAction[];
  log: Logger;
  /** Console mode: every update comes from the trusted local OS user. */
  consoleUser?: string;
  isOwner(userId: string): boolean;
  /** Nodes as last recorded, for menus and conversations (no probing). */
  listNodes(): NodeRecord[];
  /** OCM's SSH public key, shown during onboarding. */
  ocmPublicKey: string | null;
  /** Where conversations keep their state, so a restart resumes them. */
  kv: KvRepo;
  /** Plain text → steps, a question back, or a reply (Claude, or the fallback parser). */
  intents: IntentService;
  /** Which language each chat is answered in. */
  languages: ChatLanguages;
}

/** The language this update's chat is answered in (its /lang choice, the client's language, OCM's default). */
export function langOf(ctx: Context, deps: Pick<BotDeps, 'languages'>): Locale {
  return deps.languages.resolve(ctx.chat?.id, ctx.from?.language_code);
}

/** Renders catalog messages for this update's chat. */
export function tOf(ctx: Context, deps: Pick<BotDeps, 'languages'>): Translator {
  return translator(langOf(ctx, deps));
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
