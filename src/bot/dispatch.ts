import type { Context } from 'grammy';
import type { Invocation } from '../pipeline/invocation.js';
import { actorOf, langOf, type BotDeps } from './context.js';

/** Hands an invocation from the chat to the pipeline and returns once it is in flight. */
export async function dispatchFromChat(ctx: Context, deps: BotDeps, action: string, params: unknown, via: Invocation['via'], extra?: string[], lang?: string): Promise<void> {
  if (!ctx.chat) return;
  const d = deps.pipeline.dispatch({ action, params, actor: actorOf(ctx, deps), chatId: ctx.chat.id, via, lang: lang ?? langOf(ctx, deps), ...(extra?.length ? { extra } : {}) });
  await d.accepted;
}

/** JSON-safe outcome of an invocation, for conversations (which store what they receive). */
export async function dispatchAndWait(ctx: Context, deps: BotDeps, action: string, params: unknown): Promise<{ ok: boolean; data: Record<string, unknown> | null; error: string | null }> {
  if (!ctx.chat) return { ok: false, data: null, error: 'no chat' };
  const out = await deps.pipeline.dispatch({ action, params, actor: actorOf(ctx, deps), chatId: ctx.chat.id, via: 'text', lang: langOf(ctx, deps) }).done;
  return { ok: out.result === 'succeeded', data: out.reply?.data ?? null, error: out.error ?? null };
}
