import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import type { Translate } from '../core/action.js';
import { en } from '../i18n/index.js';
import { cleanForTerminal } from '../util/sanitize.js';
import { toPlain } from './render/html.js';

export const CONSOLE_CHAT_ID = 1;
const CONSOLE_USER_ID = 1;

interface Keyboard {
  messageId: number;
  buttons: { text: string; data: string }[];
}

interface InlineMarkup {
  inline_keyboard?: { text: string; callback_data?: string }[][];
}

function flatButtons(markup: unknown): { text: string; data: string }[] {
  const rows = (markup as InlineMarkup | undefined)?.inline_keyboard ?? [];
  return rows.flat().map((b) => ({ text: b.text, data: b.callback_data ?? '' }));
}

/**
 * The terminal as a Telegram chat. Outgoing Bot API calls are printed instead of sent; inline
 * buttons become numbered choices, and typing a number presses that button. The adapter's own
 * lines are in the console chat's current language (`t`, read at each line; English without it).
 */
export function createConsoleAdapter(opts: { output: Writable; outboxDir: string; userName: string; t?: () => Pick<Translate, 'text'> }) {
  const out = opts.output;
  const t = () => opts.t?.() ?? en;
  let nextMessageId = 1;
  let nextUpdateId = 1;
  let keyboard: Keyboard | undefined;
  const texts = new Map<number, string>();

  function print(text: string): void {
    // the last guard: text may quote a node, and no escape sequence from there reaches the terminal
    out.write(`${cleanForTerminal(text)}\n\n`);
  }

  function showKeyboard(messageId: number, markup: unknown): string {
    const buttons = flatButtons(markup);
    if (!buttons.length) {
      if (keyboard?.messageId === messageId) keyboard = undefined;
      return '';
    }
    keyboard = { messageId, buttons };
    return '\n' + buttons.map((b, i) => `[${i + 1}] ${b.text}`).join('  ');
  }

  function message(chatId: number, text: string, extra: Record<string, unknown> = {}) {
    return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: opts.userName }, text, ...extra };
  }

  function handle(method: string, payload: unknown): { ok: true; result: unknown } {
    const p = (payload ?? {}) as Record<string, unknown>;
    const ok = (result: unknown) => ({ ok: true as const, result });
    switch (method) {
      case 'sendMessage': {
        const m = message(Number(p.chat_id), String(p.text));
        texts.set(m.message_id, String(p.text));
        // Telegram would deliver it without a notification sound
        const quiet = p.disable_notification === true ? `  ${t().text('console-silent')}` : '';
        print(toPlain(String(p.text)) + quiet + showKeyboard(m.message_id, p.reply_markup));
        return ok(m);
      }
      case 'editMessageText': {
        const id = Number(p.message_id);
        texts.set(id, String(p.text));
        print(`✎ ${toPlain(String(p.text))}${showKeyboard(id, p.reply_markup)}`);
        return ok(message(Number(p.chat_id), String(p.text), { message_id: id }));
      }
      case 'sendDocument': {
        const doc = p.document as { fileData?: unknown; filename?: string } | undefined;
        const name = basename(doc?.filename ?? 'document.txt');
        mkdirSync(opts.outboxDir, { recursive: true, mode: 0o700 });
        const path = join(opts.outboxDir, `${Date.now()}-${name}`);
        const data = doc?.fileData;
        const size = Buffer.isBuffer(data) || typeof data === 'string' ? Buffer.byteLength(data) : 0;
        if (Buffer.isBuffer(data) || typeof data === 'string') writeFileSync(path, data, { mode: 0o600 });
        const m = message(Number(p.chat_id), '');
        const caption = p.caption ? `${toPlain(String(p.caption))}\n` : '';
        print(`${caption}${t().text('console-document-saved', { name, size, path })}${showKeyboard(m.message_id, p.reply_markup)}`);
        return ok(m);
      }
      case 'editMessageReplyMarkup': {
        const id = Number(p.message_id);
        const kb = showKeyboard(id, p.reply_markup);
        if (kb) print(`✎ ${toPlain(texts.get(id) ?? '')}${kb}`);
        return ok(message(Number(p.chat_id), texts.get(id) ?? '', { message_id: id }));
      }
      case 'answerCallbackQuery':
        if (p.text) print(`  ↳ ${String(p.text)}`);
        return ok(true);
      case 'getMe':
        return ok({ id: 1, is_bot: true, first_name: 'OCM', username: 'ocm_console_bot' });
      default:
        return ok(true);
    }
  }

  const transformer: Transformer = async (_prev, method, payload) => handle(method, payload) as never;

  /**
   * The same printing as a `fetch` for grammY's client: Api instances that plugins create on
   * their own (the conversations plugin does) reach the console this way instead of the network.
   */
  const fetchImpl = (async (input: unknown, init?: { body?: unknown }) => {
    const method = String(input).split('/').pop() ?? '';
    let payload: unknown = {};
    if (typeof init?.body === 'string') payload = JSON.parse(init.body);
    return new Response(JSON.stringify(handle(method, payload)), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;

  function textUpdate(text: string): Update {
    const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: CONSOLE_CHAT_ID, type: 'private', first_name: opts.userName },
        from: { id: CONSOLE_USER_ID, is_bot: false, first_name: opts.userName },
        text,
        ...(entities ? { entities } : {}),
      },
    };
  }

  function buttonUpdate(kb: Keyboard, index: number): Update {
    const btn = kb.buttons[index]!;
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: String(nextUpdateId),
        chat_instance: 'console',
        from: { id: CONSOLE_USER_ID, is_bot: false, first_name: opts.userName },
        data: btn.data,
        message: { message_id: kb.messageId, date: Math.floor(Date.now() / 1000), chat: { id: CONSOLE_CHAT_ID, type: 'private', first_name: opts.userName }, text: texts.get(kb.messageId) ?? '' },
      },
    };
  }

  return {
    transformer,
    fetch: fetchImpl,
    /** The update a typed line stands for: a button press when it is the number of a shown button. */
    updateFor(line: string): Update {
      const n = /^\s*(\d{1,2})\s*$/.exec(line);
      if (n && keyboard) {
        const idx = Number(n[1]) - 1;
        if (idx >= 0 && idx < keyboard.buttons.length) return buttonUpdate(keyboard, idx);
      }
      return textUpdate(line.trim());
    },
  };
}

export type ConsoleAdapter = ReturnType<typeof createConsoleAdapter>;

/**
 * Reads lines until the end of input, each one an update from the console user. At the end,
 * open confirmations are cancelled, running operations are awaited, and the promise settles.
 */
export async function runConsole(opts: {
  bot: { handleUpdate(update: Update): Promise<void> };
  adapter: ConsoleAdapter;
  input: Readable;
  output: Writable;
  onEnd: () => Promise<void>;
}): Promise<void> {
  const rl = createInterface({ input: opts.input, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) continue;
    await opts.bot.handleUpdate(opts.adapter.updateFor(line));
  }
  await opts.onEnd();
}
