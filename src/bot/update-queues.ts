import { sequentialize } from '@grammyjs/runner';
import type { Context, MiddlewareFn } from 'grammy';
import type { Msg } from '../core/messages.js';
import { commandOf } from './context.js';

/**
 * Which queue an update waits in while the runner processes updates concurrently. Updates of one
 * chat run one after another (the conversation and the chat's history need that order), except
 * /cancel and button taps: they must not wait behind the chat's slow request (a Claude call), so
 * they get their own queues (taps: one per user, so a double tap is still answered in order).
 * While a conversation (/newnode) is open in the chat they stay in the chat's queue: the
 * conversation reads them itself and its stored state must not be written by two updates at once.
 */
export function updateConstraint(ctx: Context, inConversation: (chatId: number) => boolean): string | undefined {
  const chat = ctx.chat?.id;
  const user = ctx.from?.id;
  if (chat === undefined) return user === undefined ? undefined : `user:${user}`;
  const bypass = ctx.callbackQuery !== undefined || commandOf(ctx.message?.text) === 'cancel';
  if (bypass && !inConversation(chat)) return ctx.callbackQuery ? `tap:${user ?? chat}` : `cancel:${chat}`;
  return `chat:${chat}`;
}

/**
 * sequentialize (@grammyjs/runner) keyed by updateConstraint; installed before every other
 * middleware. A chat counts as in a conversation from the moment an update that enters one
 * (/newnode) arrives, before its state is first stored, until the stored state is gone.
 */
export function sequentializeUpdates(opts: { inConversation(chatId: number): boolean; entersConversation(ctx: Context): boolean }): MiddlewareFn<Context> {
  const entering = new Map<number, number>();
  const seq = sequentialize<Context>((ctx) => updateConstraint(ctx, (chat) => entering.has(chat) || opts.inConversation(chat)));
  return async (ctx, next) => {
    const chat = ctx.chat?.id;
    const enters = chat !== undefined && opts.entersConversation(ctx);
    if (enters) entering.set(chat, (entering.get(chat) ?? 0) + 1);
    try {
      await seq(ctx, next);
    } finally {
      if (enters) {
        const n = (entering.get(chat) ?? 1) - 1;
        if (n > 0) entering.set(chat, n);
        else entering.delete(chat);
      }
    }
  };
}

/** Counts updates being handled, so a graceful stop can wait for them. */
export function createInFlight() {
  let count = 0;
  let waiters: (() => void)[] = [];
  const middleware: MiddlewareFn<Context> = async (_ctx, next) => {
    count++;
    try {
      await next();
    } finally {
      count--;
      if (count === 0) for (const w of waiters.splice(0)) w();
    }
  };
  return {
    middleware,
    size: () => count,
    /** Resolves true once no update is being handled, false when `ms` passed first. */
    drain(ms: number): Promise<boolean> {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, ms);
        waiters.push(done);
      });
    },
  };
}

export type InFlight = ReturnType<typeof createInFlight>;

/**
 * Why a chat's pending request was aborted: the owner's /cancel, or OCM stopping (with the reason
 * in English, and as a message to show in the chat's language when the caller has one).
 */
export type AbortReason = { kind: 'cancel' } | { kind: 'stop'; text: string; shown?: Msg };

/** Slow requests a chat is waiting on (natural language through Claude), so /cancel and stop can abort them. */
export function createChatRequests() {
  const open = new Map<number, Set<AbortController>>();
  return {
    /** Runs `fn` with a signal that /cancel in this chat (or stop) aborts. */
    async run<T>(chatId: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
      const ac = new AbortController();
      const set = open.get(chatId) ?? new Set<AbortController>();
      open.set(chatId, set);
      set.add(ac);
      try {
        return await fn(ac.signal);
      } finally {
        set.delete(ac);
        if (!set.size) open.delete(chatId);
      }
    },
    /** Aborts the chat's open requests; returns how many there were. */
    cancel(chatId: number, reason: AbortReason = { kind: 'cancel' }): number {
      const set = open.get(chatId);
      if (!set) return 0;
      for (const ac of set) ac.abort(reason);
      open.delete(chatId);
      return set.size;
    },
    cancelAll(text: string, shown?: Msg): void {
      for (const chatId of [...open.keys()]) this.cancel(chatId, { kind: 'stop', text, ...(shown ? { shown } : {}) });
    },
  };
}

export type ChatRequests = ReturnType<typeof createChatRequests>;

export function abortReason(signal: AbortSignal): AbortReason | undefined {
  if (!signal.aborted) return undefined;
  const r = signal.reason as AbortReason | undefined;
  return r && (r.kind === 'cancel' || r.kind === 'stop') ? r : { kind: 'cancel' };
}
