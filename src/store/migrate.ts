import type Database from 'better-sqlite3';

/** One schema change, applied once per database in a transaction and recorded by its id. */
export interface Migration {
  /** Stable and unique: `0004_watchdog` for the store's own, `<module>_0001_<what>` for a module's. */
  id: string;
  sql: string;
}

/** The ids that `PRAGMA user_version` = n meant before named migrations: the first n of these. */
export const LEGACY_IDS = ['0001_core', '0002_backups', '0003_llm', '0004_watchdog'] as const;

/**
 * user_version once schema_migrations is the record. Above every legacy version, so an OCM from
 * before named migrations refuses this database ("newer than this OCM") instead of misreading it.
 */
export const NAMED_MIGRATIONS_USER_VERSION = 1000;

/**
 * Applies, in the declared order and each in its own transaction, the migrations not yet recorded
 * in schema_migrations. A database from before named migrations is adopted first: its
 * user_version is mapped onto LEGACY_IDS. Returns the ids applied now.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], now: () => number = Date.now): string[] {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`two migrations have the id ${m.id}`);
    ids.add(m.id);
  }
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
    const legacy = db.pragma('user_version', { simple: true }) as number;
    if (legacy === NAMED_MIGRATIONS_USER_VERSION) return;
    if (legacy > LEGACY_IDS.length) throw new Error(`database schema version ${legacy} is newer than this OCM; upgrade OCM`);
    const insert = db.prepare('INSERT OR IGNORE INTO schema_migrations (id, applied_at) VALUES (?, ?)');
    for (const id of LEGACY_IDS.slice(0, legacy)) insert.run(id, now());
    db.pragma(`user_version = ${NAMED_MIGRATIONS_USER_VERSION}`);
  })();
  const applied = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
  const unknown = [...applied].filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`database has migrations this OCM does not know (${unknown.join(', ')}): it was opened by a newer OCM or one with more modules; upgrade OCM`);
  const done: string[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, now());
    })();
    done.push(m.id);
  }
  return done;
}

/** The applied migrations, oldest first. */
export function appliedMigrations(db: Database.Database): { id: string; appliedAt: number }[] {
  return db.prepare('SELECT id, applied_at AS appliedAt FROM schema_migrations ORDER BY rowid').all() as { id: string; appliedAt: number }[];
}
