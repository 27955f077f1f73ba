import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Context } from 'grammy';
import type { z } from 'zod';
import { newNodeParams } from '../../nodes/admin-actions.js';
import { describeIssues, parseCommandArgs } from '../../pipeline/params.js';
import type { BotDeps, OcmContext } from '../context.js';
import { dispatchAndWait } from '../dispatch.js';
import { b, code, esc } from '../render/html.js';

interface Field {
  key: 'id' | 'name' | 'host' | 'port' | 'user' | 'home' | 'restart_cmd';
  question: string;
  /** Used when the answer is "-" (or in the one-line form when the field is left out). */
  fallback?: (answers: Record<string, unknown>) => unknown;
}

const FIELDS: Field[] = [
  { key: 'id', question: '1/7 Node id? (a-z, 0-9 and -, e.g. g3s-06)' },
  { key: 'name', question: '2/7 Display name? (send - to use the id)', fallback: (a) => a.id },
  { key: 'host', question: '3/7 Host? (IP address or DNS name)' },
  { key: 'port', question: '4/7 SSH port? (send - for 22)', fallback: () => 22 },
  { key: 'user', question: '5/7 SSH user?' },
  { key: 'home', question: '6/7 OpenClaw home? (send - for ~/.openclaw)', fallback: () => '~/.openclaw' },
  {
    key: 'restart_cmd',
    question: '7/7 Command that restarts the gateway on the node? (send - if systemd or launchd runs it; /editnode changes it later)',
    fallback: () => undefined,
  },
];

const shape = newNodeParams.shape;

function check(key: Field['key'], value: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  const schema = shape[key] as z.ZodType;
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: describeIssues(r.error) };
}

export type OcmConversation = Conversation<OcmContext, Context>;

/** A command arrived while /newnode waits for an answer: [Resume] asks the question again, [Cancel] ends it. */
async function resumeOrCancel(conversation: OcmConversation, ctx: Context, command: string): Promise<boolean> {
  await ctx.reply(`You are still adding a node (/newnode), so ${command} was not run. Resume adding it, or cancel and send ${command} again?`, {
    reply_markup: new InlineKeyboard().text('▶ Resume', 'nn:resume').text('✖ Cancel', 'nn:stop'),
  });
  for (;;) {
    const u = await conversation.wait();
    const data = u.callbackQuery?.data;
    if (data === 'nn:resume' || data === 'nn:stop') {
      await u.answerCallbackQuery();
      await u.editMessageReplyMarkup().catch(() => undefined);
      if (data === 'nn:resume') return true;
      await u.reply('Cancelled — no node was added.');
      return false;
    }
    if (u.message?.text?.startsWith('/cancel')) {
      await u.reply('Cancelled — no node was added.');
      return false;
    }
    if (u.callbackQuery) await u.answerCallbackQuery({ text: 'Resume or cancel adding the node first.' });
    else await u.reply('Tap Resume or Cancel above (or send /cancel).');
  }
}

/**
 * /newnode: asks for each field (re-asking on a bad answer), shows OCM's public key and the
 * host key fingerprint with [Trust] [Cancel], then invokes the `newnode` action through the
 * pipeline. `/newnode id=… host=… user=…` skips the questions. /cancel stops at any step.
 * Every side effect runs in conversation.external, so a restart of OCM resumes at the same step.
 */
export function newNodeConversation(deps: BotDeps) {
  return async function newnode(conversation: OcmConversation, ctx: Context, argText?: string): Promise<void> {
    const action = deps.catalog.find((a) => a.name === 'newnode')!;
    const given = parseCommandArgs(action, argText ?? '').params;
    const oneLine = ['id', 'host', 'user'].every((k) => given[k] !== undefined);
    const answers: Record<string, unknown> = {};
    if (given.gateway_port !== undefined) {
      const r = newNodeParams.shape.gateway_port.safeParse(given.gateway_port);
      if (!r.success) {
        await ctx.reply(`⚠️ gateway_port: ${describeIssues(r.error)}. No node was added.`);
        return;
      }
      answers.gateway_port = r.data;
    }

    if (!oneLine) await ctx.reply(`➕ ${b('Add a node')} — answer each question, or /cancel to stop.`, { parse_mode: 'HTML' });
    for (const f of FIELDS) {
      if (given[f.key] !== undefined || (oneLine && f.fallback)) {
        const r = given[f.key] !== undefined ? check(f.key, given[f.key]) : { ok: true as const, value: f.fallback!(answers) };
        if (r.ok) {
          if (r.value !== undefined) answers[f.key] = r.value;
          continue;
        }
        await ctx.reply(`⚠️ ${f.key}: ${r.problem}`);
      }
      for (;;) {
        await ctx.reply(f.question);
        const m = await conversation.waitFor('message:text');
        const text = m.message.text.trim();
        if (/^\/cancel\b/.test(text)) {
          await m.reply('Cancelled — no node was added.');
          return;
        }
        if (text.startsWith('/')) {
          // e.g. a conversation left open by a restart: never force the next command into it
          if (!(await resumeOrCancel(conversation, m, text.split(/\s/)[0]!))) return;
          continue;
        }
        const r = text === '-' && f.fallback ? { ok: true as const, value: f.fallback(answers) } : check(f.key, text);
        if (r.ok) {
          if (r.value !== undefined) answers[f.key] = r.value;
          break;
        }
        await m.reply(`⚠️ ${r.problem}`);
      }
      if (f.key === 'id') {
        const exists = await conversation.external(() => deps.listNodes().some((n) => n.id === answers.id));
        if (exists) {
          await ctx.reply(`A node ${String(answers.id)} already exists. Pick another id, or remove it first with /removenode ${String(answers.id)}.`);
          return;
        }
      }
    }

    const key = deps.ocmPublicKey ? `\nOCM logs in with its own key. Add this line to ~${esc(answers.user)}/.ssh/authorized_keys on the node:\n${code(deps.ocmPublicKey)}` : '';
    await ctx.reply(`🔌 Reading the host key of ${esc(answers.host)}:${esc(answers.port)}…${key}`, { parse_mode: 'HTML' });
    const scan = await conversation.external(() => dispatchAndWait(ctx, deps, 'scanhost', { host: answers.host, port: answers.port }));
    const fingerprint = scan.data?.fingerprint;
    if (!scan.ok || typeof fingerprint !== 'string') {
      await ctx.reply('No node was added. Fix the problem above and send /newnode again.');
      return;
    }

    await ctx.reply(
      `Trust this host key for ${b(answers.id)}?\n${code(fingerprint)}\nCompare it on the node with ${code('ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub')}. It is stored only if you trust it.`,
      { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text('🔐 Trust', 'nn:trust').text('✖ Cancel', 'nn:cancel') },
    );
    for (;;) {
      const u = await conversation.wait();
      const data = u.callbackQuery?.data;
      if (data === 'nn:trust' || data === 'nn:cancel') {
        await u.answerCallbackQuery();
        await u.editMessageReplyMarkup().catch(() => undefined);
        if (data === 'nn:cancel') {
          await u.reply('Cancelled — the host key was not stored and no node was added.');
          return;
        }
        break;
      }
      if (u.message?.text?.startsWith('/cancel')) {
        await u.reply('Cancelled — the host key was not stored and no node was added.');
        return;
      }
      if (u.callbackQuery) await u.answerCallbackQuery({ text: 'Finish adding the node first (Trust or Cancel).' });
      else await u.reply('Tap Trust or Cancel above (or send /cancel).');
    }
    await conversation.external(() => dispatchAndWait(ctx, deps, 'newnode', { ...answers, fingerprint }));
  };
}
