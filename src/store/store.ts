import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createAlertsRepo } from './alerts-repo.js';
import { createAuditRepo } from './audit-repo.js';
import { createBackupsRepo } from './backups-repo.js';
import { createEventsRepo } from './events-repo.js';
import { createIncidentsRepo } from './incidents-repo.js';
import { createKvRepo } from './kv-repo.js';
import { createLlmRepo } from './llm-repo.js';
import { MIGRATIONS } from './migrations.js';
import { createNodesRepo } from './nodes-repo.js';
import { createOperationsRepo } from './operations-repo.js';
import { mkdirPrivate, touchPrivate } from './private-files.js';
import { createSilencesRepo } from './silences-repo.js';

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this OCM (${MIGRATIONS.length}); upgrade OCM`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/** Opens (creating if needed) the SQLite store at `path` in WAL mode and applies pending migrations. */
export function createStore(path: string, now: () => number = Date.now) {
  if (path !== ':memory:') {
    // the database holds the audit log and chat turns: only OCM's user may read it
    mkdirPrivate(dirname(path));
    touchPrivate(path);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    db,
    path,
    nodes: createNodesRepo(db, now),
    events: createEventsRepo(db, now),
    audit: createAuditRepo(db, now),
    operations: createOperationsRepo(db, now),
    kv: createKvRepo(db, now),
    backups: createBackupsRepo(db, now),
    llm: createLlmRepo(db, now),
    incidents: createIncidentsRepo(db, now),
    silences: createSilencesRepo(db, now),
    alerts: createAlertsRepo(db, now),
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
