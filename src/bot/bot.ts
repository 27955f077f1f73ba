import { Bot, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotDeps } from './context.js';
import { authFeature } from './features/auth.js';
import { commandsFeature } from './features/commands.js';
import { confirmFeature } from './features/confirm.js';
import { unhandledFeature } from './features/unhandled.js';

export interface BotOpts {
  token: string;
  apiRoot?: string;
  botInfo?: UserFromGetMe;
  /** API transformers installed first (console output, test capture, auto-retry). */
  transformers?: Transformer[];
}

/** The bare grammY bot: its API exists before the pipeline (which sends through it) is built. */
export function createBotInstance(opts: BotOpts): Bot {
  const bot = new Bot(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    ...(opts.apiRoot ? { client: { apiRoot: opts.apiRoot } } : {}),
  });
  for (const t of opts.transformers ?? []) bot.api.config.use(t);
  return bot;
}

/** Installs the features in their fixed order: middlewares, confirmations, commands, unhandled last. */
export function installFeatures(bot: Bot, deps: BotDeps, extra: { middlewares?: Parameters<Bot['use']>[0][] } = {}): void {
  for (const m of extra.middlewares ?? []) bot.use(m);
  bot.use(authFeature(deps));
  bot.use(confirmFeature(deps));
  bot.use(commandsFeature(deps));
  bot.use(unhandledFeature(deps));
  bot.catch((err) => deps.log.error({ err: err.error, update: err.ctx.update.update_id }, 'bot handler failed'));
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
