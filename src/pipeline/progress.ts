import type { Logger } from '../log.js';
import type { Messenger } from './messenger.js';

/**
 * Progress of one operation: the first report sends a message, later ones edit it, at most once
 * per `minIntervalMs`; the latest text is always shown eventually.
 */
export function createProgress(messenger: Messenger, chatId: number | null, log: Logger, minIntervalMs = 1500) {
  let messageId: number | undefined;
  let sending: Promise<void> = Promise.resolve();
  let lastShownAt = 0;
  let pendingText: string | undefined;
  let shownText: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function flush(): void {
    timer = undefined;
    const text = pendingText;
    if (text === undefined || chatId === null || text === shownText) return;
    pendingText = undefined;
    lastShownAt = Date.now();
    shownText = text;
    sending = sending
      .then(async () => {
        if (messageId === undefined) messageId = await messenger.send(chatId, { html: text, silent: true });
        else await messenger.edit(chatId, messageId, { html: text });
      })
      .catch((err: unknown) => log.warn({ err }, 'progress update failed'));
  }

  return {
    report(text: string): void {
      if (closed) return;
      pendingText = text;
      const wait = lastShownAt + minIntervalMs - Date.now();
      if (wait <= 0 && !timer) flush();
      else if (!timer) timer = setTimeout(flush, Math.max(wait, 0));
    },
    /** Shows the last text if one is pending, then stops. */
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      if (!closed && pendingText !== undefined && messageId !== undefined) flush();
      closed = true;
      await sending;
    },
  };
}
