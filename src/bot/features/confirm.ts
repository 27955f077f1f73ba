import { Composer, type Context } from 'grammy';
import { actorOf, type BotDeps } from '../context.js';

/** Taps on confirmation buttons (cf:…). Other callback data passes on to menus and alerts. */
export function confirmFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.callbackQuery(/^cf:/, async (ctx) => {
    const answer = await deps.pipeline.press(ctx.callbackQuery.data, actorOf(ctx, deps));
    await ctx.answerCallbackQuery(answer ? { text: answer } : {}).catch(() => undefined);
  });
  return c;
}
