import { Composer, type Context } from 'grammy';
import { closestCommand } from '../../util/typo.js';
import { actorOf, commandOf, tOf, type BotDeps } from '../context.js';

export { closestCommand, typoDistance } from '../../util/typo.js';

/** Last in line: unknown commands (plain text went to the natural-language feature) and stale buttons. */
export function unhandledFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:text', async (ctx) => {
    const text = ctx.message.text;
    if (await deps.pipeline.text(ctx.chat.id, actorOf(ctx, deps), text)) return;
    const t = tOf(ctx, deps);
    const cmd = commandOf(text);
    if (cmd !== undefined) {
      const near = closestCommand(cmd, deps.catalog);
      await ctx.reply(near ? t('bot-unknown-command-near', { command: cmd, near }) : t('bot-unknown-command', { command: cmd }), { parse_mode: 'HTML' });
      return;
    }
    await ctx.reply(t('bot-send-a-command'), { parse_mode: 'HTML' });
  });
  c.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: tOf(ctx, deps).text('bot-button-inactive') }).catch(() => undefined);
  });
  return c;
}
