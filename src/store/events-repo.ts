import type { Database } from 'better-sqlite3';
import { englishOf, isMsg, type Msg, type MsgArg, type MsgArgs } from '../core/messages.js';
import { cleanDeep, cleanLine, cleanText } from '../util/sanitize.js';
import { loadJson, storeJson } from './alerts-repo.js';

/** Last guard: an event's message and data may quote a node; neither is stored unbounded or with escape sequences. */
const MAX_EVENT_MESSAGE = 1000;
const MAX_EVENT_FIELD = 1000;
/** A catalog message nested deeper, with more arguments, or longer than this is kept as its English text only. */
const MAX_MSG_DEPTH = 12;
const MAX_MSG_ARGS = 30;
const MAX_MSG_JSON = 16_000;

export type Severity = 'info' | 'warn' | 'critical';

export interface EventRecord {
  id: number;
  nodeId: string | null;
  type: string;
  severity: Severity;
  /** The English text (logs, the JSON API, older readers). */
  message: string;
  /** What the writer gave, plus `msg`: the message as catalog key and arguments (rows of an older OCM have none). */
  data: unknown;
  createdAt: number;
}

export interface NewEvent {
  nodeId?: string | null;
  type: string;
  severity?: Severity;
  /** A plain-text catalog message (`event-…`): stored as English text and, in `data.msg`, as key and arguments. */
  message: Msg;
  data?: object;
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
  return { id: r.id, nodeId: r.node_id, type: r.type, severity: r.severity, message: r.message, data: r.data ? loadJson(r.data) : null, createdAt: r.created_at };
}

class TooDeep extends Error {}

function cleanArg(v: MsgArg, depth: number): MsgArg {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return cleanLine(v, MAX_EVENT_FIELD);
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v : null;
  // event messages are plain text: an HTML fragment is kept as text
  if ('__html' in v) return cleanLine(v.__html, MAX_EVENT_FIELD);
  if ('__text' in v) return { __text: cleanMsg(v.__text, depth + 1), ...(v.without ? { without: cleanLine(v.without, 80) } : {}) };
  return cleanMsg(v, depth + 1);
}

/** Node-quoted arguments are bounded and stripped like the English text; dates keep their type. */
function cleanMsg(m: Msg, depth = 0): Msg {
  if (depth > MAX_MSG_DEPTH) throw new TooDeep();
  const key = cleanLine(m.key, 120);
  if (!m.args) return { key };
  const args: MsgArgs = {};
  for (const [k, v] of Object.entries(m.args).slice(0, MAX_MSG_ARGS)) args[cleanLine(k, 80)] = cleanArg(v, depth);
  return { key, args };
}

/** The message stored with an event, when it has one that fits the bounds. */
function storableMsg(m: Msg): Msg | undefined {
  try {
    const cleaned = cleanMsg(m);
    return storeJson(cleaned).length <= MAX_MSG_JSON ? cleaned : undefined;
  } catch (err) {
    if (err instanceof TooDeep) return undefined;
    throw err;
  }
}

/** The catalog message an event was written with; undefined for rows of an older OCM (their text is all there is). */
export function eventMsgOf(e: Pick<EventRecord, 'data'>): Msg | undefined {
  const given = (e.data as { msg?: unknown } | null | undefined)?.msg;
  return isMsg(given) ? given : undefined;
}

/** An event's sentence for a reader: its message rendered by `render` (the reader's language), else the stored text; bounded. */
export function eventText(e: Pick<EventRecord, 'message' | 'data'>, render: (m: Msg) => string): string {
  const m = eventMsgOf(e);
  return m ? cleanText(render(m), { multiline: true, max: MAX_EVENT_MESSAGE }) : e.message;
}

/** Messages joined as "a, b, c" in each language's way (for an event listing several things). */
export function eventList(parts: readonly Msg[]): Msg {
  if (!parts.length) return { key: 'event-list-empty' };
  return parts.slice(0, -1).reduceRight<Msg>((rest, first) => ({ key: 'event-list', args: { first, rest } }), parts[parts.length - 1]!);
}

export function createEventsRepo(db: Database, now: () => number) {
  const insert = db.prepare('INSERT INTO events (node_id, type, severity, message, data, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    add(e: NewEvent): number {
      const m = storableMsg(e.message);
      // the English text of the cleaned message: a node's 2 MB line is cut before it is rendered
      const message = cleanText(englishOf(m ?? e.message), { multiline: true, max: MAX_EVENT_MESSAGE });
      const fields = e.data === undefined ? {} : cleanDeep(e.data, MAX_EVENT_FIELD);
      const data = m ? { ...fields, msg: m } : e.data === undefined ? null : fields;
      const info = insert.run(e.nodeId ?? null, e.type, e.severity ?? 'info', message, data === null ? null : storeJson(data), now());
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
