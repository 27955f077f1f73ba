import { Composer, type Context } from 'grammy';
import { parseCommandArgs } from '../../pipeline/params.js';
import { actorOf, langOf, tOf, type BotDeps } from '../context.js';
import { dispatchFromChat } from '../dispatch.js';

/** Callback data for a button that runs an action: `a:<action> <args as in the slash command>` (≤ 64 bytes). */
export function actionButton(text: string, action: string, args = ''): { text: string; data: string } {
  const data = `a:${action}${args ? ` ${args}` : ''}`;
  if (Buffer.byteLength(data) > 64) throw new Error(`button data too long: ${data}`);
  return { text, data };
}

/** Confirmation taps (cf:…) and action buttons (a:…); other callback data passes on. */
export function buttonsFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.callbackQuery(/^cf:/, async (ctx) => {
    const answer = await deps.pipeline.press(ctx.callbackQuery.data, actorOf(ctx, deps), langOf(ctx, deps));
    await ctx.answerCallbackQuery(answer ? { text: answer } : {}).catch(() => undefined);
  });
  c.callbackQuery(/^a:([a-z]+)(?: (.*))?$/s, async (ctx) => {
    const name = ctx.match[1]!;
    const action = deps.catalog.find((a) => a.name === name);
    await ctx.answerCallbackQuery(action ? {} : { text: tOf(ctx, deps).text('bot-button-unsupported') }).catch(() => undefined);
    if (!action) return;
    const { params, extra } = parseCommandArgs(action, ctx.match[2] ?? '');
    await dispatchFromChat(ctx, deps, name, params, 'button', extra);
  });
  return c;
}
