import type { Database } from 'better-sqlite3';

export type BackupType = 'auto' | 'manual' | 'pre-rollback';

export interface BackupRecord {
  id: number;
  nodeId: string;
  commit: string;
  tag: string | null;
  type: BackupType;
  score: number | null;
  isStable: boolean;
  fileCount: number;
  totalSize: number;
  redactions: number;
  note: string | null;
  createdAt: number;
}

interface Row {
  id: number;
  node_id: string;
  git_commit: string;
  git_tag: string | null;
  type: BackupType;
  score: number | null;
  is_stable: number;
  file_count: number;
  total_size: number;
  redactions: number;
  note: string | null;
  created_at: number;
}

function fromRow(r: Row): BackupRecord {
  return {
    id: r.id,
    nodeId: r.node_id,
    commit: r.git_commit,
    tag: r.git_tag,
    type: r.type,
    score: r.score,
    isStable: r.is_stable === 1,
    fileCount: r.file_count,
    totalSize: r.total_size,
    redactions: r.redactions,
    note: r.note,
    createdAt: r.created_at,
  };
}

/** One row per backup commit of a node (the git repo is the truth; this is its index). */
export function createBackupsRepo(db: Database, now: () => number) {
  return {
    add(b: { nodeId: string; commit: string; type: BackupType; tag?: string | null; score?: number | null; fileCount: number; totalSize: number; redactions: number; note?: string | null }): BackupRecord {
      const info = db
        .prepare('INSERT INTO backups (node_id, git_commit, git_tag, type, score, file_count, total_size, redactions, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(b.nodeId, b.commit, b.tag ?? null, b.type, b.score ?? null, b.fileCount, b.totalSize, b.redactions, b.note ?? null, now());
      return fromRow(db.prepare<[number], Row>('SELECT * FROM backups WHERE id = ?').get(Number(info.lastInsertRowid))!);
    },
    list(nodeId: string, limit: number): BackupRecord[] {
      return db.prepare<[string, number], Row>('SELECT * FROM backups WHERE node_id = ? ORDER BY created_at DESC, id DESC LIMIT ?').all(nodeId, limit).map(fromRow);
    },
    latest(nodeId: string): BackupRecord | undefined {
      const r = db.prepare<[string], Row>('SELECT * FROM backups WHERE node_id = ? ORDER BY created_at DESC, id DESC LIMIT 1').get(nodeId);
      return r ? fromRow(r) : undefined;
    },
    byCommit(nodeId: string, commit: string): BackupRecord | undefined {
      const r = db.prepare<[string, string], Row>('SELECT * FROM backups WHERE node_id = ? AND git_commit = ?').get(nodeId, commit);
      return r ? fromRow(r) : undefined;
    },
    markStable(id: number, tag: string): void {
      db.prepare('UPDATE backups SET is_stable = 1, git_tag = ? WHERE id = ?').run(tag, id);
    },
    setTag(id: number, tag: string): void {
      db.prepare('UPDATE backups SET git_tag = ? WHERE id = ?').run(tag, id);
    },
    countSince(ts: number): number {
      return db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM backups WHERE created_at >= ?').get(ts)!.n;
    },
  };
}

export type BackupsRepo = ReturnType<typeof createBackupsRepo>;
