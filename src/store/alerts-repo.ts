import type { Database } from 'better-sqlite3';
import type { Msg, MsgReply } from '../core/messages.js';
import type { Reply } from '../core/types.js';

/**
 * A message stored as JSON (an alert in the outbox, an incident's summary): dates keep their type
 * ({"$date": ms}), so that they are shown in the reader's time zone when the message is rendered.
 */
export function storeJson(value: unknown): string {
  // the replacer sees a Date already turned into a string: its holder still has the Date
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : v;
  });
}

export function loadJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (Object.keys(o).length === 1 && typeof o.$date === 'number') return new Date(o.$date);
    }
    return v;
  }) as T;
}

/** A stored sentence: a catalog message as JSON, or plain text written by an older OCM (shown as is). */
export function loadMsg(text: string | null): Msg | null {
  if (text === null) return null;
  if (text.startsWith('{"key":')) {
    try {
      return loadJson<Msg>(text);
    } catch {
      // not JSON after all: plain text
    }
  }
  return { key: 'watchdog-text', args: { text } };
}

export function storeMsg(m: Msg | null | undefined): string | null {
  return m ? storeJson(m) : null;
}

/** What an outbox row holds: a message rendered per recipient chat when delivered, or (rows queued by an older OCM) a rendered Reply. */
export type OutboxReply = MsgReply | Reply;

export function isMsgReply(r: OutboxReply): r is MsgReply {
  return 'msg' in r && !('html' in r);
}

export interface OutboxRow {
  id: number;
  chatId: number;
  kind: 'send' | 'edit';
  groupId: number | null;
  reply: OutboxReply;
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
  return { id: r.id, chatId: r.chat_id, kind: r.kind, groupId: r.group_id, reply: loadJson<OutboxReply>(r.reply), attempts: r.attempts, nextAt: r.next_at, lastError: r.last_error, createdAt: r.created_at };
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
    enqueue(o: { chatId: number; kind: 'send' | 'edit'; groupId: number | null; reply: OutboxReply }): number {
      const t = now();
      if (o.kind === 'edit' && o.groupId !== null) {
        // only the latest text of a message matters: drop edits of it not yet made
        db.prepare("DELETE FROM alert_outbox WHERE kind = 'edit' AND group_id = ? AND chat_id = ? AND sent_at IS NULL").run(o.groupId, o.chatId);
      }
      return Number(
        db.prepare('INSERT INTO alert_outbox (chat_id, kind, group_id, reply, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(o.chatId, o.kind, o.groupId, storeJson(o.reply), t, t)
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
