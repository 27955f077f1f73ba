import type { Database } from 'better-sqlite3';
import type { Reply } from '../core/types.js';

export interface OutboxRow {
  id: number;
  chatId: number;
  kind: 'send' | 'edit';
  groupId: number | null;
  reply: Reply;
  attempts: number;
  nextAt: number;
  lastError: string | null;
  createdAt: number;
}

interface Row {
  id: number;
  chat_id: number;
  kind: 'send' | 'edit';
  group_id: number | null;
  reply: string;
  attempts: number;
  next_at: number;
  last_error: string | null;
  created_at: number;
}

function fromRow(r: Row): OutboxRow {
  return { id: r.id, chatId: r.chat_id, kind: r.kind, groupId: r.group_id, reply: JSON.parse(r.reply) as Reply, attempts: r.attempts, nextAt: r.next_at, lastError: r.last_error, createdAt: r.created_at };
}

/**
 * Alert messages: a group is one message (one incident, or a digest of several) per alert chat;
 * the outbox holds what is still to be sent or edited, so nothing is lost when Telegram is away.
 */
export function createAlertsRepo(db: Database, now: () => number) {
  return {
    newGroup(incidentIds: number[]): number {
      return Number(db.prepare('INSERT INTO alert_groups (incident_ids, created_at) VALUES (?, ?)').run(JSON.stringify(incidentIds), now()).lastInsertRowid);
    },
    groupIncidents(groupId: number): number[] {
      const r = db.prepare<[number], { incident_ids: string }>('SELECT incident_ids FROM alert_groups WHERE id = ?').get(groupId);
      return r ? (JSON.parse(r.incident_ids) as number[]) : [];
    },
    messageId(groupId: number, chatId: number): number | undefined {
      return db.prepare<[number, number], { message_id: number }>('SELECT message_id FROM alert_messages WHERE group_id = ? AND chat_id = ?').get(groupId, chatId)?.message_id;
    },
    /** Which alert group a message in a chat shows (for buttons pressed on it). */
    groupOfMessage(chatId: number, messageId: number): number | undefined {
      return db.prepare<[number, number], { group_id: number }>('SELECT group_id FROM alert_messages WHERE chat_id = ? AND message_id = ?').get(chatId, messageId)?.group_id;
    },
    enqueue(o: { chatId: number; kind: 'send' | 'edit'; groupId: number | null; reply: Reply }): number {
      const t = now();
      if (o.kind === 'edit' && o.groupId !== null) {
        // only the latest text of a message matters: drop edits of it not yet made
        db.prepare("DELETE FROM alert_outbox WHERE kind = 'edit' AND group_id = ? AND chat_id = ? AND sent_at IS NULL").run(o.groupId, o.chatId);
      }
      return Number(
        db.prepare('INSERT INTO alert_outbox (chat_id, kind, group_id, reply, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(o.chatId, o.kind, o.groupId, JSON.stringify(o.reply), t, t)
          .lastInsertRowid,
      );
    },
    /** Undelivered rows in the order they were queued. */
    pending(): OutboxRow[] {
      return db.prepare<[], Row>('SELECT * FROM alert_outbox WHERE sent_at IS NULL ORDER BY id').all().map(fromRow);
    },
    pendingCount(): number {
      return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM alert_outbox WHERE sent_at IS NULL').get()!.n;
    },
    delivered(row: OutboxRow, messageId: number | undefined): void {
      db.transaction(() => {
        db.prepare('UPDATE alert_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?').run(now(), row.id);
        if (row.kind === 'send' && row.groupId !== null && messageId !== undefined) {
          db.prepare('INSERT OR REPLACE INTO alert_messages (group_id, chat_id, message_id) VALUES (?, ?, ?)').run(row.groupId, row.chatId, messageId);
        }
      })();
    },
    failed(id: number, error: string, nextAt: number): void {
      db.prepare('UPDATE alert_outbox SET attempts = attempts + 1, last_error = ?, next_at = ? WHERE id = ?').run(error.slice(0, 500), nextAt, id);
    },
    /** Gives up on a row (only edits of messages that no longer exist). */
    discard(id: number, error: string): void {
      db.prepare('UPDATE alert_outbox SET sent_at = ?, last_error = ? WHERE id = ?').run(now(), `discarded: ${error.slice(0, 480)}`, id);
    },
  };
}

export type AlertsRepo = ReturnType<typeof createAlertsRepo>;
