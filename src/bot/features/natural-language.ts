import { Composer, type Context } from 'grammy';
import type { IntentResult } from '../../intents/service.js';
import { localeOfLang } from '../../intents/lang.js';
import { translator } from '../../i18n/index.js';
import { abortReason, type ChatRequests } from '../update-queues.js';
import type { Lang } from '../../intents/lang.js';
import { actorOf, commandOf, langOf, tOf, type BotDeps } from '../context.js';
import { esc } from '../render/html.js';

type Plan = Extract<IntentResult, { kind: 'plan' }>;

/**
 * The language a plan's steps answer in: the request's own when it is Chinese or Japanese (the
 * chat's choice is not changed by it), the chat's language for English requests.
 */
export function planLang(lang: Lang, chatLang: string): string {
  return lang === 'en' ? chatLang : localeOfLang(lang);
}

/**
 * Plain text from an owner: the intent layer turns it into steps, and each step goes through the
 * pipeline like a slash command (same tiers, queue and audit). Returns once the first step is in
 * flight; later steps of a plan start when the previous one succeeded.
 */
async function runPlan(ctx: Context, deps: BotDeps, plan: Plan): Promise<void> {
  const chatId = ctx.chat!.id;
  const actor = actorOf(ctx, deps);
  const lang = planLang(plan.lang, langOf(ctx, deps));
  const dispatch = (i: number) => deps.pipeline.dispatch({ action: plan.steps[i]!.action.name, params: plan.steps[i]!.input, actor, chatId, via: 'text', lang });
  const first = dispatch(0);
  await first.accepted;
  if (plan.steps.length === 1) return;
  void deps.pipeline.track(
    (async () => {
      let out = await first.done;
      for (let i = 1; i < plan.steps.length; i++) {
        if (out.result !== 'succeeded') {
          const rest = plan.steps.slice(i).map((s) => s.command).join(', ');
          await ctx.reply(translator(localeOfLang(plan.lang))('nl-stopped', { n: i, step: plan.steps[i - 1]!.command, result: { key: `nl-outcome-${out.result}` }, rest }), { parse_mode: 'HTML' });
          return;
        }
        out = await dispatch(i).done;
      }
    })().catch((err: unknown) => deps.log.error({ err }, 'plan runner failed')),
  );
}

export function naturalLanguageFeature(deps: BotDeps, requests?: ChatRequests): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:text', async (ctx, next) => {
    const text = ctx.message.text;
    if (commandOf(text) !== undefined) return next();
    const actor = actorOf(ctx, deps);
    // a safety code typed for an open high-risk confirmation is not a request
    if (await deps.pipeline.text(ctx.chat.id, actor, text)) return;
    const who = { chatId: ctx.chat.id, actor: `${actor.kind}:${actor.id}` };
    // /cancel in this chat (or OCM stopping) aborts the Claude call; nothing of it is then run
    const { result, stopped } = requests
      ? await requests.run(ctx.chat.id, async (signal) => {
          const r = await deps.intents.interpret(text, { ...who, signal }).catch((err: unknown) => {
            if (!signal.aborted) throw err;
            return undefined;
          });
          return { result: r, stopped: abortReason(signal) };
        })
      : { result: await deps.intents.interpret(text, who), stopped: undefined };
    if (stopped?.kind === 'stop') await ctx.reply(tOf(ctx, deps)('bot-request-stopped', { reason: stopped.shown ?? stopped.text }), { parse_mode: 'HTML' });
    if (stopped || !result) return;
    if (result.kind === 'reply') {
      await ctx.reply(result.html, { parse_mode: 'HTML' });
      return;
    }
    await ctx.reply(result.preview ?? result.echo, { parse_mode: 'HTML' });
    await runPlan(ctx, deps, result);
  });
  return c;
}
