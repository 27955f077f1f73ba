import type { Reply } from '../core/types.js';

/** How the pipeline talks to a chat. The bot layer implements it over the Telegram API (or the console). */
export interface Messenger {
  send(chatId: number, reply: Reply): Promise<number | undefined>;
  edit(chatId: number, messageId: number, reply: Reply): Promise<void>;
}
