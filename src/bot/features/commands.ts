import { Composer, type Context } from 'grammy';
import { parseCommandArgs } from '../../pipeline/params.js';
import { actorOf, type BotDeps } from '../context.js';
import { dispatchFromChat } from '../dispatch.js';

/** One command per catalog action: parse the words, hand an Invocation to the pipeline, return. */
export function commandsFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.command('cancel', async (ctx) => {
    const n = ctx.chat ? await deps.pipeline.cancelFor(ctx.chat.id, actorOf(ctx, deps)) : 0;
    if (!n) await ctx.reply('Nothing is waiting for your answer.');
  });
  for (const action of deps.catalog) {
    if (action.command === null || action.interactive) continue;
    c.command(action.command ?? action.name, async (ctx) => {
      const { params, extra } = parseCommandArgs(action, typeof ctx.match === 'string' ? ctx.match : '');
      // returns once the request is in flight (prompt shown or queued), never waits for the operation itself
      await dispatchFromChat(ctx, deps, action.name, params, 'command', extra);
    });
  }
  return c;
}
