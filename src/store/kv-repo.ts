import type { Database } from 'better-sqlite3';

/** Small JSON values by key (conversation state, cursors, settings OCM learns at run time). */
export function createKvRepo(db: Database, now: () => number) {
  return {
    get<T>(key: string): T | undefined {
      const r = db.prepare<[string], { value: string }>('SELECT value FROM kv WHERE key = ?').get(key);
      return r ? (JSON.parse(r.value) as T) : undefined;
    },
    set(key: string, value: unknown): void {
      db.prepare('INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(
        key,
        JSON.stringify(value),
        now(),
      );
    },
    delete(key: string): void {
      db.prepare('DELETE FROM kv WHERE key = ?').run(key);
    },
    keys(prefix: string): string[] {
      return db
        .prepare<[string], { key: string }>("SELECT key FROM kv WHERE key LIKE ? ESCAPE '\\' ORDER BY key")
        .all(prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%')
        .map((r) => r.key);
    },
  };
}

export type KvRepo = ReturnType<typeof createKvRepo>;
