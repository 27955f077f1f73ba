import { randomBytes } from 'node:crypto';
import type { AnyAction, Translate } from '../core/action.js';
import type { Actor, Reply, Tier } from '../core/types.js';
import { html, localeFor, translator, type Msg } from '../i18n/index.js';
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
  /** What will happen, Telegram HTML in the invocation's language. */
  what: string;
  /** The invocation's language: prompts and answers use it. */
  t: Translate;
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
  const expiresIn = (p: Pending) => p.t.duration(opts.timeoutMs);

  function prompt(p: Pending): Reply {
    const { t } = p;
    const args = { what: html(p.what), who: actorLabel(p.inv.actor), expires: expiresIn(p) };
    const cancel = { text: t.text('confirm-button-cancel'), data: `cf:${p.id}:n` };
    if (p.stage === 'confirm') {
      return {
        html: t(p.tier === 'high' ? 'confirm-prompt-high' : 'confirm-prompt', args),
        buttons: [[{ text: t.text('confirm-button-confirm'), data: `cf:${p.id}:y` }, cancel]],
      };
    }
    return { html: t('confirm-code-prompt', { ...args, code: p.code ?? '', tries: MAX_CODE_TRIES - p.wrong }), buttons: [[cancel]] };
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
      if (!decide(p, { kind: 'expired', reason: `no answer within ${Math.round(opts.timeoutMs / 1000)} s` })) return; // i18n-exempt: audit reason
      void edit(p, p.t('confirm-expired', { what: html(p.what), expires: expiresIn(p) }));
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
            decide(p, { kind: 'cancelled', reason: 'the confirmation prompt could not be sent' }); // i18n-exempt: audit reason
          },
        );
      });
    },

    async press(data: string, actor: Actor, lang?: string): Promise<string | undefined> {
      const m = /^cf:([0-9a-f]+):([yn])$/.exec(data);
      if (!m) return undefined;
      const p = pending.get(m[1]!);
      if (!p) return translator(localeFor(lang)).text('confirm-answer-gone');
      const { t } = p;
      if (!sameActor(p.inv.actor, actor)) return t.text('confirm-answer-not-yours', { who: actorLabel(p.inv.actor) });
      if (m[2] === 'n') {
        decide(p, { kind: 'cancelled', reason: 'cancelled by the operator' }); // i18n-exempt: audit reason
        await edit(p, t('confirm-cancelled', { what: html(p.what) }));
        return t.text('confirm-answer-cancelled');
      }
      if (p.stage === 'code') return t.text('confirm-answer-type-code');
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
        return t.text('confirm-answer-now-code');
      }
      decide(p, { kind: 'run' });
      await edit(p, t('confirm-confirmed', { who: actorLabel(actor), what: html(p.what) }));
      return t.text('confirm-answer-confirmed');
    },

    async text(chatId: number, actor: Actor, text: string): Promise<boolean> {
      const p = [...pending.values()].find((x) => x.stage === 'code' && x.chatId === chatId && sameActor(x.inv.actor, actor));
      if (!p || !/^\s*\d{1,8}\s*$/.test(text)) return false;
      const { t } = p;
      if (text.trim() === p.code) {
        decide(p, { kind: 'run' });
        await edit(p, t('confirm-code-accepted', { what: html(p.what) }));
        return true;
      }
      p.wrong++;
      if (p.wrong >= MAX_CODE_TRIES) {
        decide(p, { kind: 'cancelled', reason: `${MAX_CODE_TRIES} wrong safety codes` }); // i18n-exempt: audit reason
        await edit(p, t('confirm-code-cancelled', { count: MAX_CODE_TRIES, what: html(p.what) }));
        await opts.messenger.send(chatId, { html: t('confirm-code-wrong-final', { count: MAX_CODE_TRIES }) });
        return true;
      }
      await opts.messenger.send(chatId, { html: t('confirm-code-wrong', { left: MAX_CODE_TRIES - p.wrong }) });
      return true;
    },

    /** Cancels the open requests of one actor in one chat (the /cancel command). */
    async cancelFor(chatId: number, actor: Actor): Promise<number> {
      const mine = [...pending.values()].filter((p) => p.chatId === chatId && sameActor(p.inv.actor, actor));
      for (const p of mine) {
        if (decide(p, { kind: 'cancelled', reason: 'cancelled by the operator' })) await edit(p, p.t('confirm-cancelled', { what: html(p.what) })); // i18n-exempt: audit reason
      }
      return mine.length;
    },

    /** `reason` is English for the audit row; `shown` says it to the chat. */
    async cancelAll(reason: string, shown: Msg = { key: 'confirm-reason-stopping' }): Promise<void> {
      const all = [...pending.values()];
      for (const p of all) {
        if (decide(p, { kind: 'cancelled', reason })) await edit(p, p.t('confirm-cancelled-because', { reason: shown, what: html(p.what) }));
      }
    },
  };
}
