import type { Database } from 'better-sqlite3';
import type { Migration } from '../store/migrate.js';

/** The module's schema: one row per archive OCM uploaded (the Drive folder is the truth; this is its index). */
export const OFFSITE_MIGRATIONS: readonly Migration[] = [
  {
    id: 'offsite_0001_copies',
    sql: `CREATE TABLE offsite_copies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('daily', 'stable', 'manual')),
  name TEXT NOT NULL,
  drive_file_id TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  encrypted INTEGER NOT NULL,
  node_id TEXT,
  tag TEXT,
  created_at INTEGER NOT NULL,
  verified_at INTEGER,
  deleted_at INTEGER
);
CREATE INDEX offsite_copies_kind ON offsite_copies (kind, created_at);
CREATE INDEX offsite_copies_file ON offsite_copies (drive_file_id);`,
  },
];

export type CopyKind = 'daily' | 'stable' | 'manual';

export interface CopyRecord {
  id: number;
  kind: CopyKind;
  name: string;
  driveFileId: string;
  size: number;
  sha256: string;
  encrypted: boolean;
  nodeId: string | null;
  tag: string | null;
  createdAt: number;
  verifiedAt: number | null;
  deletedAt: number | null;
}

interface Row {
  id: number;
  kind: CopyKind;
  name: string;
  drive_file_id: string;
  size: number;
  sha256: string;
  encrypted: number;
  node_id: string | null;
  tag: string | null;
  created_at: number;
  verified_at: number | null;
  deleted_at: number | null;
}

const fromRow = (r: Row): CopyRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  driveFileId: r.drive_file_id,
  size: r.size,
  sha256: r.sha256,
  encrypted: r.encrypted === 1,
  nodeId: r.node_id,
  tag: r.tag,
  createdAt: r.created_at,
  verifiedAt: r.verified_at,
  deletedAt: r.deleted_at,
});

export function createCopiesRepo(db: Database) {
  return {
    add(c: Omit<CopyRecord, 'id' | 'verifiedAt' | 'deletedAt'>): CopyRecord {
      const info = db
        .prepare('INSERT INTO offsite_copies (kind, name, drive_file_id, size, sha256, encrypted, node_id, tag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(c.kind, c.name, c.driveFileId, c.size, c.sha256, c.encrypted ? 1 : 0, c.nodeId, c.tag, c.createdAt);
      return fromRow(db.prepare<[number], Row>('SELECT * FROM offsite_copies WHERE id = ?').get(Number(info.lastInsertRowid))!);
    },
    /** The newest copy of the given kinds that is still on Drive. */
    latest(kinds: readonly CopyKind[]): CopyRecord | undefined {
      const r = db
        .prepare<string[], Row>(`SELECT * FROM offsite_copies WHERE deleted_at IS NULL AND kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY created_at DESC, id DESC LIMIT 1`)
        .get(...kinds);
      return r ? fromRow(r) : undefined;
    },
    markVerified(driveFileId: string, at: number): void {
      db.prepare('UPDATE offsite_copies SET verified_at = ? WHERE drive_file_id = ?').run(at, driveFileId);
    },
    markDeleted(driveFileId: string, at: number): void {
      db.prepare('UPDATE offsite_copies SET deleted_at = ? WHERE drive_file_id = ? AND deleted_at IS NULL').run(at, driveFileId);
    },
    /**
     * Stable tags (from the backups index) that have no offsite copy yet: for a node with none
     * uploaded so far only its newest, afterwards every newer one.
     */
    pendingStable(): { nodeId: string; tag: string }[] {
      const rows = db
        .prepare<[], { node_id: string; git_tag: string; id: number }>(
          `SELECT node_id, git_tag, id FROM backups WHERE is_stable = 1 AND git_tag LIKE '%/stable/%'
           AND git_tag NOT IN (SELECT tag FROM offsite_copies WHERE kind = 'stable' AND tag IS NOT NULL) ORDER BY id`,
        )
        .all();
      const uploaded = new Set(db.prepare<[], { node_id: string }>("SELECT DISTINCT node_id FROM offsite_copies WHERE kind = 'stable' AND node_id IS NOT NULL").all().map((r) => r.node_id));
      const newest = new Map<string, { nodeId: string; tag: string }>();
      const out: { nodeId: string; tag: string }[] = [];
      for (const r of rows) {
        if (uploaded.has(r.node_id)) out.push({ nodeId: r.node_id, tag: r.git_tag });
        else newest.set(r.node_id, { nodeId: r.node_id, tag: r.git_tag });
      }
      return [...out, ...newest.values()];
    },
  };
}

export type CopiesRepo = ReturnType<typeof createCopiesRepo>;
