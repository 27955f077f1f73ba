import { randomBytes } from 'node:crypto';
import type { AnyAction } from '../core/action.js';
import type { Actor, Reply, Tier } from '../core/types.js';
import { b, esc, formatDuration } from '../bot/render/html.js';
import type { Logger } from '../log.js';
import { actorLabel, type Invocation, type Outcome } from './invocation.js';
import type { Messenger } from './messenger.js';

export const MAX_CODE_TRIES = 3;

export interface Pending {
  id: string;
  inv: Invocation;
  action: AnyAction;
  params: unknown;
  operationId: string;
  target: string | null;
  tier: Tier;
  what: string;
  startedAt: number;
  chatId: number;
  stage: 'confirm' | 'code';
  code?: string;
  wrong: number;
  messageId?: number;
  timer?: NodeJS.Timeout;
  /** Hands over the rest of the invocation; the returned outcome settles `open`'s promise. */
  finish(done: Promise<Outcome>): void;
}

export type Decision = { kind: 'run' } | { kind: 'cancelled'; reason: string } | { kind: 'expired'; reason: string };

interface Opts {
  messenger: Messenger;
  log: Logger;
  timeoutMs: number;
  makeCode: () => string;
  onDecision(p: Pending, d: Decision): void;
}

function sameActor(a: Actor, b: Actor): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * The tier gate's open questions. A decision removes the entry synchronously, before any await,
 * so a second tap or a late code can never run an operation twice.
 */
export function createConfirmations(opts: Opts) {
  const pending = new Map<string, Pending>();
  const expiresIn = formatDuration(opts.timeoutMs);

  function prompt(p: Pending): Reply {
    const risk = p.tier === 'high' ? '🛑 High-risk operation' : '⚠️ Please confirm';
    if (p.stage === 'confirm') {
      const steps = p.tier === 'high' ? '\nStep 1 of 2: confirm, then type the safety code you will be shown.' : '';
      return {
        html: `${risk}: ${b(p.what)}${steps}\n<i>Only ${esc(actorLabel(p.inv.actor))} can answer · expires in ${expiresIn}</i>`,
        buttons: [[{ text: '✅ Confirm', data: `cf:${p.id}:y` }, { text: '✖ Cancel', data: `cf:${p.id}:n` }]],
      };
    }
    return {
      html: `🔐 Step 2 of 2: type the safety code ${b(p.code)} to run: ${b(p.what)}\n<i>${MAX_CODE_TRIES - p.wrong} tries · expires in ${expiresIn}</i>`,
      buttons: [[{ text: '✖ Cancel', data: `cf:${p.id}:n` }]],
    };
  }

  async function edit(p: Pending, html: string): Promise<void> {
    if (p.messageId === undefined) return;
    try {
      await opts.messenger.edit(p.chatId, p.messageId, { html });
    } catch (err) {
      opts.log.warn({ err }, 'confirmation message could not be edited');
    }
  }

  function arm(p: Pending): void {
    clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      if (!decide(p, { kind: 'expired', reason: `no answer within ${expiresIn}` })) return;
      void edit(p, `⌛ Expired after ${expiresIn} — nothing was done: ${b(p.what)}. Send the command again to retry.`);
    }, opts.timeoutMs);
  }

  /** Removes the entry and hands the decision on; false when it was already decided. */
  function decide(p: Pending, d: Decision): boolean {
    if (pending.get(p.id) !== p) return false;
    pending.delete(p.id);
    clearTimeout(p.timer);
    opts.onDecision(p, d);
    return true;
  }

  return {
    open(o: Omit<Pending, 'id' | 'stage' | 'wrong' | 'finish'>): Promise<Outcome> {
      return new Promise<Outcome>((resolve) => {
        const p: Pending = {
          ...o,
          id: randomBytes(6).toString('hex'),
          stage: 'confirm',
          wrong: 0,
          finish: (done) => void done.then(resolve, (err: unknown) => resolve({ operationId: o.operationId, result: 'failed', error: String(err) })),
        };
        pending.set(p.id, p);
        arm(p);
        void opts.messenger.send(p.chatId, prompt(p)).then(
          (id) => {
            p.messageId = id;
          },
          (err: unknown) => {
            opts.log.error({ err }, 'confirmation prompt could not be sent');
            decide(p, { kind: 'cancelled', reason: 'the confirmation prompt could not be sent' });
          },
        );
      });
    },

    async press(data: string, actor: Actor): Promise<string | undefined> {
      const m = /^cf:([0-9a-f]+):([yn])$/.exec(data);
      if (!m) return undefined;
      const p = pending.get(m[1]!);
      if (!p) return 'This request was already answered or has expired.';
      if (!sameActor(p.inv.actor, actor)) return `Only ${actorLabel(p.inv.actor)} can answer this request.`;
      if (m[2] === 'n') {
        decide(p, { kind: 'cancelled', reason: 'cancelled by the operator' });
        await edit(p, `✖ Cancelled — nothing was done: ${b(p.what)}`);
        return 'Cancelled';
      }
      if (p.stage === 'code') return 'Type the safety code shown in the message.';
      if (p.tier === 'high') {
        p.stage = 'code';
        p.code = opts.makeCode();
        arm(p);
        if (p.messageId !== undefined) {
          try {
            await opts.messenger.edit(p.chatId, p.messageId, prompt(p));
          } catch (err) {
            opts.log.warn({ err }, 'safety code prompt could not be edited in; sending it');
            p.messageId = await opts.messenger.send(p.chatId, prompt(p));
          }
        } else {
          p.messageId = await opts.messenger.send(p.chatId, prompt(p));
        }
        return 'Now type the safety code';
      }
      decide(p, { kind: 'run' });
      await edit(p, `✅ Confirmed by ${esc(actorLabel(actor))}: ${b(p.what)}`);
      return 'Confirmed';
    },

    async text(chatId: number, actor: Actor, text: string): Promise<boolean> {
      const p = [...pending.values()].find((x) => x.stage === 'code' && x.chatId === chatId && sameActor(x.inv.actor, actor));
      if (!p || !/^\s*\d{1,8}\s*$/.test(text)) return false;
      if (text.trim() === p.code) {
        decide(p, { kind: 'run' });
        await edit(p, `✅ Safety code accepted: ${b(p.what)}`);
        return true;
      }
      p.wrong++;
      if (p.wrong >= MAX_CODE_TRIES) {
        decide(p, { kind: 'cancelled', reason: `${MAX_CODE_TRIES} wrong safety codes` });
        await edit(p, `✖ Cancelled after ${MAX_CODE_TRIES} wrong codes — nothing was done: ${b(p.what)}`);
        await opts.messenger.send(chatId, { html: `✖ Wrong code ${MAX_CODE_TRIES} times: cancelled, nothing was done.` });
        return true;
      }
      const left = MAX_CODE_TRIES - p.wrong;
      await opts.messenger.send(chatId, { html: `✖ Wrong code — ${left} ${left === 1 ? 'try' : 'tries'} left.` });
      return true;
    },

    /** Cancels the open requests of one actor in one chat (the /cancel command). */
    async cancelFor(chatId: number, actor: Actor): Promise<number> {
      const mine = [...pending.values()].filter((p) => p.chatId === chatId && sameActor(p.inv.actor, actor));
      for (const p of mine) {
        if (decide(p, { kind: 'cancelled', reason: 'cancelled by the operator' })) await edit(p, `✖ Cancelled — nothing was done: ${b(p.what)}`);
      }
      return mine.length;
    },

    async cancelAll(reason: string): Promise<void> {
      const all = [...pending.values()];
      for (const p of all) {
        if (decide(p, { kind: 'cancelled', reason })) await edit(p, `✖ Cancelled (${esc(reason)}) — nothing was done: ${b(p.what)}`);
      }
    },
  };
}
