import { Bot, type Middleware, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { conversations, createConversation } from '@grammyjs/conversations';
import type { Context } from 'grammy';
import { newNodeConversation } from './conversations/newnode.js';
import { NEW_NODE_KEYS } from '../nodes/admin-actions.js';
import { parseCommandArgs, unknownKeysMsg } from '../pipeline/params.js';
import { createChatRequests, createInFlight, sequentializeUpdates, type ChatRequests, type InFlight } from './update-queues.js';
import { commandOf, tOf, type BotDeps, type OcmContext } from './context.js';
import { authFeature } from './features/auth.js';
import { buttonsFeature } from './features/buttons.js';
import { hyphenatedCommands } from './features/command-names.js';
import { commandsFeature } from './features/commands.js';
import { naturalLanguageFeature } from './features/natural-language.js';
import { unhandledFeature } from './features/unhandled.js';
import { createMyNodeMenu, listText } from './menus/mynode.js';

export interface BotOpts {
  token: string;
  apiRoot?: string;
  botInfo?: UserFromGetMe;
  /** API transformers installed first (console output, test capture, auto-retry). */
  transformers?: Transformer[];
  /** Replaces the HTTP layer of every Api built from this bot's options (console mode). */
  fetch?: typeof fetch;
}

/** The bare grammY bot: its API exists before the pipeline (which sends through it) is built. */
export function createBotInstance(opts: BotOpts): Bot<OcmContext> {
  const bot = new Bot<OcmContext>(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}), ...(opts.fetch ? { fetch: opts.fetch } : {}) },
  });
  for (const t of opts.transformers ?? []) bot.api.config.use(t);
  return bot;
}

export interface InstalledFeatures {
  /** Updates being handled right now (graceful stop waits for them). */
  inFlight: InFlight;
  /** Slow chat requests (natural language) that /cancel and stop abort. */
  requests: ChatRequests;
}

/**
 * Installs the features in their fixed order: the per-chat sequencing (first, as the runner
 * requires), middlewares, owner check, conversations, menus, buttons, commands, natural language
 * (plain text), and the unhandled fallback last. `apiTransformers` are installed on the API of
 * every conversation too (its context objects are built afresh, without the bot's transformers).
 */
export function installFeatures(
  bot: Bot<OcmContext>,
  deps: BotDeps,
  extra: { middlewares?: Middleware<OcmContext>[]; apiTransformers?: Transformer[] } = {},
): InstalledFeatures {
  const inFlight = createInFlight();
  const requests = createChatRequests();
  bot.use(inFlight.middleware);
  bot.use(
    sequentializeUpdates({
      inConversation: (chatId) => deps.kv.get(`conversation.${chatId}`) !== undefined,
      entersConversation: (ctx) => commandOf(ctx.message?.text) === 'newnode',
    }),
  );
  const known = new Set([...deps.catalog.filter((a) => a.command !== null).map((a) => a.command ?? a.name), 'cancel', 'newnode', 'mynode']);
  bot.use(hyphenatedCommands(known));
  for (const m of extra.middlewares ?? []) bot.use(m);
  bot.use(authFeature(deps));
  const transformers = extra.apiTransformers ?? [];
  bot.use(
    conversations<OcmContext, Context>({
      storage: {
        read: (key) => deps.kv.get(`conversation.${key}`),
        write: (key, state) => deps.kv.set(`conversation.${key}`, state),
        delete: (key) => deps.kv.delete(`conversation.${key}`),
      },
      plugins: transformers.length
        ? [
            async (ctx, next) => {
              for (const t of transformers) ctx.api.config.use(t);
              await next();
            },
          ]
        : [],
    }),
  );
  bot.use(createConversation(newNodeConversation(deps), 'newnode'));
  const myNode = createMyNodeMenu(deps);
  bot.use(myNode);
  bot.use(buttonsFeature(deps));
  bot.command('newnode', async (ctx) => {
    const argText = typeof ctx.match === 'string' ? ctx.match : '';
    const action = deps.catalog.find((a) => a.name === 'newnode');
    // a typo must not silently start the guided questions: nothing starts
    const problem = action ? unknownKeysMsg(Object.keys(parseCommandArgs(action, argText).params), NEW_NODE_KEYS) : null;
    if (problem) {
      await ctx.reply(tOf(ctx, deps)('bot-newnode-unknown-keys', { problem, usage: action!.usage }), { parse_mode: 'HTML' });
      return;
    }
    await ctx.conversation.enter('newnode', argText);
  });
  bot.command('mynode', (ctx) => ctx.reply(listText(deps, ctx), { parse_mode: 'HTML', reply_markup: myNode }));
  bot.use(commandsFeature(deps, requests));
  bot.use(naturalLanguageFeature(deps, requests));
  bot.use(unhandledFeature(deps));
  bot.catch((err) => deps.log.error({ err: err.error, update: err.ctx.update.update_id }, 'bot handler failed'));
  return { inFlight, requests };
}

export const CONSOLE_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: 'OCM',
  username: 'ocm_console_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;
