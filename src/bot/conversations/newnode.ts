import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Context } from 'grammy';
import { z } from 'zod';
import { newNodeParams } from '../../nodes/admin-actions.js';
import { describeIssues, parseCommandArgs, zodLocale } from '../../pipeline/params.js';
import type { Translator } from '../../i18n/index.js';
import { tOf, type BotDeps, type OcmContext } from '../context.js';
import { dispatchAndWait } from '../dispatch.js';

interface Field {
  key: 'id' | 'name' | 'host' | 'port' | 'user' | 'home' | 'restart_cmd';
  /** Catalog key of the question. */
  question: string;
  /** Used when the answer is "-" (or in the one-line form when the field is left out). */
  fallback?: (answers: Record<string, unknown>) => unknown;
}

const FIELDS: Field[] = [
  { key: 'id', question: 'newnode-q-id' },
  { key: 'name', question: 'newnode-q-name', fallback: (a) => a.id },
  { key: 'host', question: 'newnode-q-host' },
  { key: 'port', question: 'newnode-q-port', fallback: () => 22 },
  { key: 'user', question: 'newnode-q-user' },
  { key: 'home', question: 'newnode-q-home', fallback: () => '~/.openclaw' },
  { key: 'restart_cmd', question: 'newnode-q-restart-cmd', fallback: () => undefined },
];

const shape = newNodeParams.shape;

function check(key: Field['key'] | 'gateway_port', value: unknown, t: Translator): { ok: true; value: unknown } | { ok: false; problem: string } {
  const schema = shape[key] as z.ZodType;
  const r = schema.safeParse(value, zodLocale(t.locale));
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: describeIssues(r.error, t) };
}

export type OcmConversation = Conversation<OcmContext, Context>;

/** A command arrived while /newnode waits for an answer: [Resume] asks the question again, [Cancel] ends it. */
async function resumeOrCancel(conversation: OcmConversation, ctx: Context, command: string, deps: BotDeps): Promise<boolean> {
  const t = tOf(ctx, deps);
  await ctx.reply(t.text('newnode-interrupted', { command }), {
    reply_markup: new InlineKeyboard().text(t.text('newnode-button-resume'), 'nn:resume').text(t.text('newnode-button-cancel'), 'nn:stop'),
  });
  for (;;) {
    const u = await conversation.wait();
    // read at every answer: the chat's language is whatever it is now
    const tu = tOf(u, deps);
    const data = u.callbackQuery?.data;
    if (data === 'nn:resume' || data === 'nn:stop') {
      await u.answerCallbackQuery();
      await u.editMessageReplyMarkup().catch(() => undefined);
      if (data === 'nn:resume') return true;
      await u.reply(tu.text('newnode-cancelled'));
      return false;
    }
    if (u.message?.text?.startsWith('/cancel')) {
      await u.reply(tu.text('newnode-cancelled'));
      return false;
    }
    if (u.callbackQuery) await u.answerCallbackQuery({ text: tu.text('newnode-answer-resume-first') });
    else await u.reply(tu.text('newnode-tap-resume'));
  }
}

/**
 * /newnode: asks for each field (re-asking on a bad answer), shows OCM's public key and the
 * host key fingerprint with [Trust] [Cancel], then invokes the `newnode` action through the
 * pipeline. `/newnode id=… host=… user=…` skips the questions. /cancel stops at any step.
 * Every side effect runs in conversation.external, so a restart of OCM resumes at the same step.
 * The chat's language is read again at every step (the conversation is replayed on each update),
 * never captured once: a message is always written in the chat's language of that moment.
 */
export function newNodeConversation(deps: BotDeps) {
  return async function newnode(conversation: OcmConversation, ctx: Context, argText?: string): Promise<void> {
    // the latest update of the chat: its language (a /lang choice, the client's language) is read
    // again for every message; a replay hands back the same updates, so this stays deterministic
    let last: Context = ctx;
    const t = (c: Context = last) => tOf(c, deps);
    const html = { parse_mode: 'HTML' } as const;
    const action = deps.catalog.find((a) => a.name === 'newnode')!;
    const given = parseCommandArgs(action, argText ?? '').params;
    const oneLine = ['id', 'host', 'user'].every((k) => given[k] !== undefined);
    const answers: Record<string, unknown> = {};
    if (given.gateway_port !== undefined) {
      const r = check('gateway_port', given.gateway_port, t());
      if (!r.ok) {
        await ctx.reply(t().text('newnode-bad-gateway-port', { problem: r.problem }));
        return;
      }
      answers.gateway_port = r.value;
    }

    if (!oneLine) await ctx.reply(t()('newnode-intro'), html);
    for (const f of FIELDS) {
      if (given[f.key] !== undefined || (oneLine && f.fallback)) {
        const r = given[f.key] !== undefined ? check(f.key, given[f.key], t()) : { ok: true as const, value: f.fallback!(answers) };
        if (r.ok) {
          if (r.value !== undefined) answers[f.key] = r.value;
          continue;
        }
        await ctx.reply(t().text('newnode-bad-field', { key: f.key, problem: r.problem }));
      }
      for (;;) {
        await ctx.reply(t().text(f.question));
        const m = await conversation.waitFor('message:text');
        last = m;
        const text = m.message.text.trim();
        if (/^\/cancel\b/.test(text)) {
          await m.reply(t(m).text('newnode-cancelled'));
          return;
        }
        if (text.startsWith('/')) {
          // e.g. a conversation left open by a restart: never force the next command into it
          if (!(await resumeOrCancel(conversation, m, text.split(/\s/)[0]!, deps))) return;
          continue;
        }
        const r = text === '-' && f.fallback ? { ok: true as const, value: f.fallback(answers) } : check(f.key, text, t(m));
        if (r.ok) {
          if (r.value !== undefined) answers[f.key] = r.value;
          break;
        }
        await m.reply(`⚠️ ${r.problem}`);
      }
      if (f.key === 'id') {
        const exists = await conversation.external(() => deps.listNodes().some((n) => n.id === answers.id));
        if (exists) {
          await ctx.reply(t().text('newnode-id-exists', { node: String(answers.id) }));
          return;
        }
      }
    }

    const host = String(answers.host);
    const port = Number(answers.port);
    const reading = t()('newnode-reading-host-key', { host, port });
    const key = deps.ocmPublicKey ? `\n${t()('newnode-public-key', { user: String(answers.user), key: deps.ocmPublicKey })}` : '';
    await ctx.reply(`${reading}${key}`, html);
    const scan = await conversation.external(() => dispatchAndWait(last, deps, 'scanhost', { host: answers.host, port: answers.port }));
    const fingerprint = scan.data?.fingerprint;
    if (!scan.ok || typeof fingerprint !== 'string') {
      await ctx.reply(t().text('newnode-scan-failed'));
      return;
    }

    await ctx.reply(t()('newnode-trust-prompt', { node: String(answers.id), fingerprint }), {
      ...html,
      reply_markup: new InlineKeyboard().text(t().text('newnode-button-trust'), 'nn:trust').text(t().text('newnode-button-cancel'), 'nn:cancel'),
    });
    for (;;) {
      const u = await conversation.wait();
      last = u;
      const data = u.callbackQuery?.data;
      if (data === 'nn:trust' || data === 'nn:cancel') {
        await u.answerCallbackQuery();
        await u.editMessageReplyMarkup().catch(() => undefined);
        if (data === 'nn:cancel') {
          await u.reply(t(u).text('newnode-trust-cancelled'));
          return;
        }
        break;
      }
      if (u.message?.text?.startsWith('/cancel')) {
        await u.reply(t(u).text('newnode-trust-cancelled'));
        return;
      }
      if (u.callbackQuery) await u.answerCallbackQuery({ text: t(u).text('newnode-answer-trust-first') });
      else await u.reply(t(u).text('newnode-tap-trust'));
    }
    await conversation.external(() => dispatchAndWait(last, deps, 'newnode', { ...answers, fingerprint }));
  };
}
