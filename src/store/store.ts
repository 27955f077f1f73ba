import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createAlertsRepo } from './alerts-repo.js';
import { createAuditRepo } from './audit-repo.js';
import { createBackupsRepo } from './backups-repo.js';
import { createEventsRepo } from './events-repo.js';
import { createIncidentsRepo } from './incidents-repo.js';
import { createKvRepo } from './kv-repo.js';
import { createLlmRepo } from './llm-repo.js';
import { migrate, type Migration } from './migrate.js';
import { STORE_MIGRATIONS } from './migrations.js';
import { createNodesRepo } from './nodes-repo.js';
import { createOperationsRepo } from './operations-repo.js';
import { mkdirPrivate, touchPrivate } from './private-files.js';
import { createSilencesRepo } from './silences-repo.js';

/**
 * Opens (creating if needed) the SQLite store at `path` in WAL mode and applies pending migrations:
 * the store's own, then `moduleMigrations` (collected from the module list, in its order).
 */
export function createStore(path: string, now: () => number = Date.now, moduleMigrations: readonly Migration[] = []) {
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
  try {
    migrate(db, [...STORE_MIGRATIONS, ...moduleMigrations], now);
  } catch (err) {
    db.close();
    throw err;
  }
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
