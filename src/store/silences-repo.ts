import type { Database } from 'better-sqlite3';

/** `mute`: an operator's /mute; `maintenance`: a window OCM opens while it restarts or restores a node itself. */
export type SilenceKind = 'mute' | 'maintenance';

export interface Silence {
  id: number;
  /** A node id, or '*' for every node. */
  scope: string;
  kind: SilenceKind;
  reason: string | null;
  createdBy: string | null;
  createdAt: number;
  untilAt: number;
  endedAt: number | null;
}

interface Row {
  id: number;
  scope: string;
  kind: SilenceKind;
  reason: string | null;
  created_by: string | null;
  created_at: number;
  until_at: number;
  ended_at: number | null;
}

function fromRow(r: Row): Silence {
  return { id: r.id, scope: r.scope, kind: r.kind, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at, untilAt: r.until_at, endedAt: r.ended_at };
}

export const ALL_NODES = '*';

/** Silences always expire: every row has an `until_at`; ending one early sets `ended_at`. */
export function createSilencesRepo(db: Database, now: () => number) {
  const activeQ = db.prepare<[number], Row>('SELECT * FROM silences WHERE ended_at IS NULL AND until_at > ? ORDER BY until_at');
  const repo = {
    add(s: { scope: string; kind: SilenceKind; untilMs: number; reason?: string | null; createdBy?: string | null }): Silence {
      const info = db
        .prepare('INSERT INTO silences (scope, kind, reason, created_by, created_at, until_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(s.scope, s.kind, s.reason ?? null, s.createdBy ?? null, now(), s.untilMs);
      return fromRow(db.prepare<[number], Row>('SELECT * FROM silences WHERE id = ?').get(Number(info.lastInsertRowid))!);
    },
    /**
     * Opens a maintenance window on a node until `untilMs` (or until `end(id)`): while it is open
     * the watchdog records what it sees but sends no new alert for that node. Restart, restore and
     * rollback call this before they touch a node and `end()` when they are done.
     */
    openMaintenance(nodeId: string, untilMs: number, reason: string): Silence {
      return repo.add({ scope: nodeId, kind: 'maintenance', untilMs, reason, createdBy: 'ocm' });
    },
    /** Ends one silence now; false when it had already ended or expired. */
    end(id: number): boolean {
      const t = now();
      return db.prepare('UPDATE silences SET ended_at = ? WHERE id = ? AND ended_at IS NULL AND until_at > ?').run(t, id, t).changes > 0;
    },
    /** Active silences, soonest expiry first. */
    active(): Silence[] {
      return activeQ.all(now()).map(fromRow);
    },
    /** The active silence that covers a node (its own or one for all nodes), latest expiry first. */
    covering(nodeId: string | null): Silence | undefined {
      const list = repo.active().filter((s) => s.scope === ALL_NODES || (nodeId !== null && s.scope === nodeId));
      return list.sort((a, b) => b.untilAt - a.untilAt)[0];
    },
  };
  return repo;
}

export type SilencesRepo = ReturnType<typeof createSilencesRepo>;
