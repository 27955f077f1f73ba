import type { Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { createApp, type App, type AppDeps } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { OcmModule } from '../../src/module.js';
import { MODULES } from '../../src/modules.js';
import { tempDir } from './capture.js';

export const TEST_BOT_INFO = { id: 999, is_bot: true, first_name: 'OCM', username: 'ocm_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * OCM in Telegram mode without a network: updates go in through `bot.handleUpdate`, every Bot API
 * call is captured (sent messages get ids). `text`/`tap` build updates from a user, optionally
 * with the `language_code` their client sends.
 */
export function startTelegramApp(opts: { owners: number[]; modules?: readonly OcmModule[]; env?: Record<string, string>; deps?: Partial<AppDeps> }) {
  const dir = tempDir();
  const calls: ApiCall[] = [];
  let updateId = 1;
  let messageId = 1000;
  const capture: Transformer = async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const p = payload as Record<string, unknown>;
    const result =
      method === 'sendMessage' || method === 'editMessageText' || method === 'sendDocument'
        ? { message_id: Number(p.message_id ?? messageId++), date: 0, chat: { id: Number(p.chat_id), type: 'private' }, text: p.text }
        : true;
    return { ok: true, result } as never;
  };
  const cfg = createConfig({ TELEGRAM_BOT_TOKEN: '123:test', OCM_OWNER_IDS: opts.owners.join(','), OCM_DATA_DIR: dir.path, ...opts.env });
  if (!cfg.ok) throw new Error(cfg.errors.join());
  const app: App = createApp(cfg.config, { log: silentLogger(), botInfo: TEST_BOT_INFO, apiTransformers: [capture], modules: opts.modules ?? MODULES, ...opts.deps });
  const user = (from: number, languageCode?: string) => ({ id: from, is_bot: false, first_name: 'u', username: `user${from}`, ...(languageCode ? { language_code: languageCode } : {}) });

  const tg = {
    app,
    calls,
    dir: dir.path,
    text(from: number, t: string, languageCode?: string): Update {
      const entities = t.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: t.split(' ')[0]!.length }] : undefined;
      return {
        update_id: updateId++,
        message: { message_id: messageId++, date: 0, chat: { id: from, type: 'private', first_name: 'u' }, from: user(from, languageCode), text: t, ...(entities ? { entities } : {}) },
      };
    },
    tap(from: number, data: string, languageCode?: string): Update {
      return {
        update_id: updateId++,
        callback_query: { id: String(updateId), chat_instance: 'x', from: user(from, languageCode), data, message: { message_id: 1, date: 0, chat: { id: from, type: 'private', first_name: 'u' }, text: '' } },
      };
    },
    /** Texts of the messages sent to a chat, oldest first. */
    sent(chat: number): string[] {
      return calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chat).map((c) => String(c.payload.text));
    },
    /** The texts of the answers to button taps. */
    answers(): unknown[] {
      return calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
    },
    /** Sends a line from a user, waits until nothing runs, returns the last message to that chat. */
    async say(from: number, line: string, languageCode?: string): Promise<string> {
      await app.bot.handleUpdate(tg.text(from, line, languageCode));
      await app.pipeline.idle();
      return tg.sent(from).at(-1)!;
    },
    async close(): Promise<void> {
      await app.stop();
      dir.remove();
    },
  };
  return tg;
}

export type TelegramTestApp = ReturnType<typeof startTelegramApp>;
