import { Composer, type Context } from 'grammy';
import { closestCommand } from '../../util/typo.js';
import { esc } from '../render/html.js';
import { actorOf, commandOf, type BotDeps } from '../context.js';

export { closestCommand, typoDistance } from '../../util/typo.js';

/** Last in line: unknown commands (plain text went to the natural-language feature) and stale buttons. */
export function unhandledFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:text', async (ctx) => {
    const text = ctx.message.text;
    if (await deps.pipeline.text(ctx.chat.id, actorOf(ctx, deps), text)) return;
    const cmd = commandOf(text);
    if (cmd !== undefined) {
      const near = closestCommand(cmd, deps.catalog);
      await ctx.reply(`Unknown command /${esc(cmd)}.${near ? ` Did you mean /${near}?` : ''} See /help for the list.`, { parse_mode: 'HTML' });
      return;
    }
    await ctx.reply('Send a command such as /status or /nodes — /help lists them all.');
  });
  c.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: 'This button is no longer active.' }).catch(() => undefined);
  });
  return c;
}
