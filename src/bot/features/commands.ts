import { Composer, type Context } from 'grammy';
import { parseCommandArgs } from '../../pipeline/params.js';
import type { ChatRequests } from '../update-queues.js';
import { actorOf, tOf, type BotDeps } from '../context.js';
import { dispatchFromChat } from '../dispatch.js';

/** One command per catalog action: parse the words, hand an Invocation to the pipeline, return. */
export function commandsFeature(deps: BotDeps, requests?: ChatRequests): Composer<Context> {
  const c = new Composer<Context>();
  // /cancel does not wait behind the chat's running request (see updateConstraint): it stops a
  // natural-language request still being worked out, and drops open confirmations
  c.command('cancel', async (ctx) => {
    if (!ctx.chat) return;
    const t = tOf(ctx, deps);
    const stopped = requests?.cancel(ctx.chat.id) ?? 0;
    if (stopped) await ctx.reply(t('bot-cancel-stopped', { count: stopped }), { parse_mode: 'HTML' });
    const n = await deps.pipeline.cancelFor(ctx.chat.id, actorOf(ctx, deps));
    if (!n && !stopped) await ctx.reply(t('bot-cancel-nothing'), { parse_mode: 'HTML' });
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
