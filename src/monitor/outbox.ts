import { renderReply, type RenderLocale } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { Messenger } from '../pipeline/messenger.js';
import { isMsgReply, type OutboxReply, type OutboxRow } from '../store/alerts-repo.js';
import type { Store } from '../store/store.js';

const MAX_EDIT_ATTEMPTS = 8;

function backoffMs(attempts: number): number {
  return Math.min(5000 * 2 ** attempts, 10 * 60_000);
}

/**
 * Alert delivery through the pipeline's Messenger, via a table in SQLite: a message that cannot
 * be sent now (Telegram down, 429 beyond auto-retry) stays queued and is retried with backoff,
 * in order per chat; it is never dropped. Edits wait for their message to exist. Rows hold catalog
 * messages (MsgReply), rendered in the recipient chat's language (`locale`) when delivered, so an
 * edit of an alert reads in the same language as the alert; a row an older OCM queued as a
 * rendered Reply is delivered as it is.
 */
export function createOutbox(deps: { store: Store; messenger: Messenger; log: Logger; now: () => number; locale(chatId: number): RenderLocale }) {
  const { store, messenger, log, now } = deps;
  let chain: Promise<void> = Promise.resolve();

  async function deliver(row: OutboxRow, messageId: number | undefined): Promise<number | undefined> {
    const reply = isMsgReply(row.reply) ? renderReply(deps.locale(row.chatId), row.reply) : row.reply;
    if (row.kind === 'send') return messenger.send(row.chatId, reply);
    await messenger.edit(row.chatId, messageId!, reply);
    return messageId;
  }

  async function flushOnce(): Promise<void> {
    const blocked = new Set<number>();
    const rows = store.alerts.pending();
    for (const row of rows) {
      if (blocked.has(row.chatId)) continue;
      if (row.nextAt > now()) {
        if (row.kind === 'send') blocked.add(row.chatId);
        continue;
      }
      let messageId: number | undefined;
      if (row.kind === 'edit') {
        messageId = row.groupId === null ? undefined : store.alerts.messageId(row.groupId, row.chatId);
        if (messageId === undefined) {
          const waiting = rows.some((r) => r.kind === 'send' && r.groupId === row.groupId && r.chatId === row.chatId && r.id < row.id);
          if (!waiting) store.alerts.discard(row.id, 'the message to edit was never sent'); // i18n-exempt: a diagnostic stored with the row (English, like a log line)
          continue;
        }
      }
      try {
        const id = await deliver(row, messageId);
        store.alerts.delivered(row, id);
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        if (row.kind === 'edit' && row.attempts + 1 >= MAX_EDIT_ATTEMPTS) {
          log.warn({ err, chat: row.chatId }, 'alert edit given up');
          store.alerts.discard(row.id, msg);
          continue;
        }
        log.warn({ err, chat: row.chatId, attempts: row.attempts + 1 }, 'alert not delivered, will retry');
        store.alerts.failed(row.id, msg, now() + backoffMs(row.attempts));
        if (row.kind === 'send') blocked.add(row.chatId);
      }
    }
  }

  return {
    /** Queues a new message to each chat; `groupId` ties it to an alert that may be edited later. */
    send(chats: number[], reply: OutboxReply, groupId: number | null = null): void {
      for (const chatId of chats) store.alerts.enqueue({ chatId, kind: 'send', groupId, reply });
    },
    edit(chats: number[], groupId: number, reply: OutboxReply): void {
      for (const chatId of chats) store.alerts.enqueue({ chatId, kind: 'edit', groupId, reply });
    },
    /** Delivers what is due; concurrent calls run one after the other. */
    flush(): Promise<void> {
      chain = chain.then(flushOnce).catch((err: unknown) => log.error({ err }, 'alert outbox flush failed'));
      return chain;
    },
    pendingCount: () => store.alerts.pendingCount(),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
