import type { Database } from 'better-sqlite3';
import { cleanDeep, cleanText } from '../util/sanitize.js';

/** Last guard: an event's message and data may quote a node; neither is stored unbounded or with escape sequences. */
const MAX_EVENT_MESSAGE = 1000;
const MAX_EVENT_FIELD = 1000;

export type Severity = 'info' | 'warn' | 'critical';

export interface EventRecord {
  id: number;
  nodeId: string | null;
  type: string;
  severity: Severity;
  message: string;
  data: unknown;
  createdAt: number;
}

interface Row {
  id: number;
  node_id: string | null;
  type: string;
  severity: Severity;
  message: string;
  data: string | null;
  created_at: number;
}

function fromRow(r: Row): EventRecord {
  return { id: r.id, nodeId: r.node_id, type: r.type, severity: r.severity, message: r.message, data: r.data ? JSON.parse(r.data) : null, createdAt: r.created_at };
}

export function createEventsRepo(db: Database, now: () => number) {
  const insert = db.prepare('INSERT INTO events (node_id, type, severity, message, data, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    add(e: { nodeId?: string | null; type: string; severity?: Severity; message: string; data?: unknown }): number {
      const message = cleanText(e.message, { multiline: true, max: MAX_EVENT_MESSAGE });
      const data = e.data === undefined ? null : JSON.stringify(cleanDeep(e.data, MAX_EVENT_FIELD));
      const info = insert.run(e.nodeId ?? null, e.type, e.severity ?? 'info', message, data, now());
      return Number(info.lastInsertRowid);
    },
    recent(limit: number, nodeId?: string): EventRecord[] {
      const rows = nodeId
        ? db.prepare<[string, number], Row>('SELECT * FROM events WHERE node_id = ? ORDER BY id DESC LIMIT ?').all(nodeId, limit)
        : db.prepare<[number], Row>('SELECT * FROM events ORDER BY id DESC LIMIT ?').all(limit);
      return rows.map(fromRow);
    },
    /** Events of the given types with an id above `afterId`, oldest first (for hooks that consume them once). */
    ofTypesAfter(types: string[], afterId: number): EventRecord[] {
      if (!types.length) return [];
      const marks = types.map(() => '?').join(', ');
      return db.prepare<unknown[], Row>(`SELECT * FROM events WHERE id > ? AND type IN (${marks}) ORDER BY id`).all(afterId, ...types).map(fromRow);
    },
    lastId(): number {
      return db.prepare<[], { id: number | null }>('SELECT MAX(id) AS id FROM events').get()?.id ?? 0;
    },
  };
}

export type EventsRepo = ReturnType<typeof createEventsRepo>;
