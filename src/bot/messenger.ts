import { GrammyError, InlineKeyboard, InputFile, type Api } from 'grammy';
import type { Button, Reply } from '../core/types.js';
import type { Logger } from '../log.js';
import type { Messenger } from '../pipeline/messenger.js';
import { chunkHtml, TELEGRAM_TEXT_LIMIT } from './render/chunk.js';
import { toPlain } from './render/html.js';
import { translator, type RenderLocale } from '../i18n/index.js';

/** Longer replies than this many messages go out as one text document instead. */
const MAX_PARTS = 3;

export function keyboard(buttons: Button[][] | undefined): InlineKeyboard | undefined {
  if (!buttons?.length) return undefined;
  return InlineKeyboard.from(buttons.map((row) => row.map((btn) => InlineKeyboard.text(btn.text, btn.data))));
}

function notModified(err: unknown): boolean {
  return err instanceof GrammyError && /message is not modified/i.test(err.description);
}

/** The pipeline's Messenger over the Telegram Bot API (the console adapter intercepts the same calls). */
export function createMessenger(api: Api, log: Logger, localeOf: (chatId: number) => RenderLocale = () => 'en'): Messenger {
  return {
    async send(chatId, reply) {
      const markup = keyboard(reply.buttons);
      if (reply.document) {
        const data = typeof reply.document.content === 'string' ? Buffer.from(reply.document.content) : reply.document.content;
        const caption = reply.document.caption ?? reply.html;
        const m = await api.sendDocument(chatId, new InputFile(data, reply.document.filename), {
          caption: caption.slice(0, 1000),
          parse_mode: 'HTML',
          ...(markup ? { reply_markup: markup } : {}),
          ...(reply.silent ? { disable_notification: true } : {}),
        });
        return m.message_id;
      }
      const parts = chunkHtml(reply.html);
      if (parts.length > MAX_PARTS) {
        const firstLine = toPlain(reply.html.split('\n')[0] ?? '').slice(0, 200);
        log.debug({ chars: reply.html.length }, 'long reply sent as a document');
        const m = await api.sendDocument(chatId, new InputFile(Buffer.from(toPlain(reply.html)), 'ocm-reply.txt'), {
          caption: translator(localeOf(chatId)).text('reply-as-document', { first: firstLine, parts: parts.length }),
          ...(markup ? { reply_markup: markup } : {}),
          ...(reply.silent ? { disable_notification: true } : {}),
        });
        return m.message_id;
      }
      let id: number | undefined;
      for (const [idx, text] of parts.entries()) {
        const last = idx === parts.length - 1;
        const m = await api.sendMessage(chatId, text, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(last && markup ? { reply_markup: markup } : {}),
          ...(reply.silent ? { disable_notification: true } : {}),
        });
        id = m.message_id;
      }
      return id;
    },
    async edit(chatId, messageId, reply) {
      let text = reply.html;
      if (text.length > TELEGRAM_TEXT_LIMIT) text = chunkHtml(text)[0] ?? text.slice(0, TELEGRAM_TEXT_LIMIT);
      const markup = keyboard(reply.buttons);
      try {
        await api.editMessageText(chatId, messageId, text, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(markup ? { reply_markup: markup } : {}),
        });
      } catch (err) {
        if (!notModified(err)) throw err;
      }
    },
  };
}
