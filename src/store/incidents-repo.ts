import type { Database } from 'better-sqlite3';
import type { Msg } from '../core/messages.js';
import { loadMsg, storeMsg } from './alerts-repo.js';
import type { Severity } from './events-repo.js';

/** What an incident is about; one open incident per (node, kind) at a time. */
export type IncidentKind = 'offline' | 'gateway' | 'disk' | 'memory' | 'clock' | 'backup_push' | 'ocm' | 'offsite';

export interface Incident {
  id: number;
  nodeId: string | null;
  kind: IncidentKind;
  severity: Severity;
  state: 'open' | 'resolved';
  /** One line: "n1 offline", "gateway down on n2" (a catalog message, rendered in each reader's language). */
  summary: Msg;
  /** The latest reason (the error, the failed check). */
  detail: Msg | null;
  /** When the condition was first observed (escalation counts from here). */
  startedAt: number;
  /** When OCM last reached the node before the incident began, and what it saw then ("RAM 42%, disk 55%"). */
  lastSeenAt: number | null;
  lastState: Msg | null;
  /** 0 nothing sent yet · 1 alerted · 2 escalated · 3 critical. */
  level: number;
  /** The alert was held back by a silence (mute or maintenance window). */
  muted: boolean;
  /** The alert message (group) that shows this incident, once one was queued. */
  groupId: number | null;
  /** What OCM tried by itself, e.g. "gateway restarted (pid 12 → 40)". */
  recovery: Msg | null;
  resolution: Msg | null;
  resolvedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

interface Row {
  id: number;
  node_id: string | null;
  kind: IncidentKind;
  severity: Severity;
  state: 'open' | 'resolved';
  summary: string;
  detail: string | null;
  started_at: number;
  last_seen_at: number | null;
  last_state: string | null;
  level: number;
  muted: number;
  group_id: number | null;
  recovery: string | null;
  resolution: string | null;
  resolved_at: number | null;
  created_at: number;
  updated_at: number;
}

function fromRow(r: Row): Incident {
  return {
    id: r.id,
    nodeId: r.node_id,
    kind: r.kind,
    severity: r.severity,
    state: r.state,
    summary: loadMsg(r.summary)!,
    detail: loadMsg(r.detail),
    startedAt: r.started_at,
    lastSeenAt: r.last_seen_at,
    lastState: loadMsg(r.last_state),
    level: r.level,
    muted: r.muted === 1,
    groupId: r.group_id,
    recovery: loadMsg(r.recovery),
    resolution: loadMsg(r.resolution),
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type IncidentPatch = Partial<Pick<Incident, 'kind' | 'severity' | 'summary' | 'detail' | 'level' | 'muted' | 'groupId' | 'recovery'>>;

/**
 * Incidents the watchdog opened: one per (node, kind) while the condition lasts. Their sentences
 * (summary, detail, recovery…) are stored as catalog messages in JSON; text written by an older
 * OCM is read back as it is.
 */
export function createIncidentsRepo(db: Database, now: () => number) {
  const byId = db.prepare<[number], Row>('SELECT * FROM incidents WHERE id = ?');
  return {
    open(i: { nodeId: string | null; kind: IncidentKind; severity: Severity; summary: Msg; detail?: Msg | null; startedAt: number; lastSeenAt?: number | null; lastState?: Msg | null }): Incident {
      const t = now();
      const info = db
        .prepare('INSERT INTO incidents (node_id, kind, severity, summary, detail, started_at, last_seen_at, last_state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(i.nodeId, i.kind, i.severity, storeMsg(i.summary), storeMsg(i.detail), i.startedAt, i.lastSeenAt ?? null, storeMsg(i.lastState), t, t);
      return fromRow(byId.get(Number(info.lastInsertRowid))!);
    },
    get(id: number): Incident | undefined {
      const r = byId.get(id);
      return r ? fromRow(r) : undefined;
    },
    /** The open incident of this kind on this node (node null: OCM-wide), if any. */
    findOpen(nodeId: string | null, kind: IncidentKind): Incident | undefined {
      const r = db.prepare<[string | null, string | null, string], Row>("SELECT * FROM incidents WHERE state = 'open' AND (node_id IS ? OR node_id = ?) AND kind = ? ORDER BY id DESC LIMIT 1").get(nodeId, nodeId, kind);
      return r ? fromRow(r) : undefined;
    },
    listOpen(nodeId?: string): Incident[] {
      const rows = nodeId
        ? db.prepare<[string], Row>("SELECT * FROM incidents WHERE state = 'open' AND node_id = ? ORDER BY id").all(nodeId)
        : db.prepare<[], Row>("SELECT * FROM incidents WHERE state = 'open' ORDER BY id").all();
      return rows.map(fromRow);
    },
    /** How many incidents are open now (the status page's "open alerts"). */
    openCount(): number {
      return db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM incidents WHERE state = 'open'").get()!.n;
    },
    update(id: number, patch: IncidentPatch): Incident {
      const cur = byId.get(id);
      if (!cur) throw new Error(`no incident ${id}`);
      const next = { ...fromRow(cur), ...patch };
      db.prepare('UPDATE incidents SET kind = ?, severity = ?, summary = ?, detail = ?, level = ?, muted = ?, group_id = ?, recovery = ?, updated_at = ? WHERE id = ?').run(
        next.kind,
        next.severity,
        storeMsg(next.summary),
        storeMsg(next.detail),
        next.level,
        next.muted ? 1 : 0,
        next.groupId,
        storeMsg(next.recovery),
        now(),
        id,
      );
      return fromRow(byId.get(id)!);
    },
    resolve(id: number, resolution: Msg): Incident {
      const t = now();
      db.prepare("UPDATE incidents SET state = 'resolved', resolution = ?, resolved_at = ?, updated_at = ? WHERE id = ?").run(storeMsg(resolution), t, t, id);
      return fromRow(byId.get(id)!);
    },
    recent(limit: number): Incident[] {
      return db.prepare<[number], Row>('SELECT * FROM incidents ORDER BY id DESC LIMIT ?').all(limit).map(fromRow);
    },
  };
}

export type IncidentsRepo = ReturnType<typeof createIncidentsRepo>;
