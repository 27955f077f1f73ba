import { Composer, type Context } from 'grammy';
import { getDefaultLocale, localeOfTelegram, translator } from '../../i18n/index.js';
import { actorOf, commandOf, type BotDeps } from '../context.js';

/** Telegram mode: only owners get past this point. Strangers are audited and told their id (at most hourly). */
export function authFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.use(async (ctx, next) => {
    const actor = actorOf(ctx, deps);
    if (actor.kind !== 'telegram' || deps.isOwner(actor.id)) return next();
    const action = commandOf(ctx.message?.text) ?? (ctx.callbackQuery ? 'button' : 'message');
    // a stranger's language from their client only: nothing about them is stored (tOf remembers it)
    const lang = localeOfTelegram(ctx.from?.language_code) ?? getDefaultLocale();
    await deps.pipeline.deny({ action, params: {}, actor, chatId: ctx.chat?.id ?? null, via: ctx.callbackQuery ? 'button' : 'command', lang });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: translator(lang).text('bot-not-authorized') }).catch(() => undefined);
  });
  return c;
}
