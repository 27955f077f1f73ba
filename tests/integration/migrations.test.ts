import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MODULES, moduleMigrations } from '../../src/modules.js';
import { appliedMigrations, migrate, NAMED_MIGRATIONS_USER_VERSION, type Migration } from '../../src/store/migrate.js';
import { STORE_MIGRATIONS } from '../../src/store/migrations.js';
import { createStore } from '../../src/store/store.js';
import { tempDir } from '../support/capture.js';
import { fingerprint } from '../support/migrations.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ALL = [...STORE_MIGRATIONS, ...moduleMigrations(MODULES)];
const landed = (JSON.parse(readFileSync(join(FIXTURES, 'migrations-landed.json'), 'utf8')) as { migrations: { id: string; sha256: string }[] }).migrations;

let dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const d of dirs) d.remove();
  dirs = [];
});
function dir() {
  const d = tempDir('ocm-migrate-');
  dirs.push(d);
  return d.path;
}

/** Compares the code's migrations with the committed record of landed ones; returns the problems. */
function landedProblems(code: readonly Migration[]): string[] {
  const problems: string[] = [];
  const mine = code.map(fingerprint);
  landed.forEach((l, i) => {
    const at = mine.findIndex((m) => m.id === l.id);
    if (at === -1) problems.push(`${l.id} has landed but is gone from the code`);
    else if (mine[at]!.sha256 !== l.sha256) problems.push(`${l.id} was edited after it landed; add a new migration instead`);
    else if (at !== i) problems.push(`${l.id} moved from position ${i + 1} to ${at + 1}; landed migrations keep their order`);
  });
  for (const m of mine.slice(landed.length)) if (!landed.some((l) => l.id === m.id)) problems.push(`${m.id} is new: append it to tests/fixtures/migrations-landed.json`);
  return problems;
}

describe('named migrations', () => {
  it('a database made by OCM before named migrations opens with the new code: data kept, every migration listed by id', () => {
    const path = join(dir(), 'ocm.db');
    copyFileSync(join(FIXTURES, 'ocm-pre-named-migrations.db'), path);
    const before = new Database(path, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(4);
    before.close();

    const store = createStore(path, Date.now, moduleMigrations(MODULES));
    try {
      expect(appliedMigrations(store.db).map((m) => m.id)).toEqual(ALL.map((m) => m.id));
      expect(store.db.pragma('user_version', { simple: true })).toBe(NAMED_MIGRATIONS_USER_VERSION);
      expect(store.nodes.list().map((n) => [n.id, n.host, n.port, n.hostKeyState])).toEqual([
        ['g3s-01', '10.0.0.11', 22, 'pinned'],
        ['studio', 'studio.lan', 2222, 'none'],
      ]);
      expect(store.events.recent(10).map((e) => e.message).sort()).toEqual(['g3s-01 is online', 'push to origin failed: connection refused']);
      expect(store.audit.recent(10).map((a) => [a.action, a.result, a.operator])).toEqual([
        ['scheduledbackup', 'failed', 'cron:backup-schedule'],
        ['restart', 'succeeded', 'telegram:100'],
      ]);
      const b = store.backups.latest('g3s-01');
      expect([b?.tag, b?.commit, b?.fileCount, b?.redactions]).toEqual(['g3s-01/2026-01-15-0900', '0123456789abcdef0123456789abcdef01234567', 42, 3]);
      expect(store.kv.get<number>('backup.push_pending')).toBe(2);
      // the tables of later migrations work (they were all applied by the old code too)
      store.silences.add({ scope: 'g3s-01', kind: 'mute', untilMs: Date.now() + 60_000, reason: 'test', createdBy: 'test' });
      expect(store.silences.covering('g3s-01')).toBeTruthy();
    } finally {
      store.close();
    }
    // opening again applies nothing more
    const again = createStore(path, Date.now, moduleMigrations(MODULES));
    expect(appliedMigrations(again.db)).toHaveLength(ALL.length);
    again.close();
  });

  it('an old database at an earlier schema version gets only the migrations it lacks', () => {
    const path = join(dir(), 'ocm.db');
    const db = new Database(path);
    for (const m of STORE_MIGRATIONS.slice(0, 2)) db.exec(m.sql);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO kv (key, value, updated_at) VALUES ('k', '\"v\"', 1)").run();
    expect(migrate(db, STORE_MIGRATIONS, () => 7)).toEqual(['0003_llm', '0004_watchdog']);
    expect(appliedMigrations(db).map((m) => m.id)).toEqual(['0001_core', '0002_backups', '0003_llm', '0004_watchdog']);
    expect(db.prepare("SELECT value FROM kv WHERE key = 'k'").pluck().get()).toBe('"v"');
    db.close();
  });

  it('a module migration runs once, in a transaction: a failing one leaves no trace and is retried next time', () => {
    const path = join(dir(), 'ocm.db');
    const bad: Migration = { id: 'demo_0001_widgets', sql: 'CREATE TABLE demo_widgets (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);' };
    expect(() => createStore(path, Date.now, [bad])).toThrow(/no such table/);
    const good: Migration = { id: 'demo_0001_widgets', sql: 'CREATE TABLE demo_widgets (id INTEGER PRIMARY KEY);' };
    const store = createStore(path, Date.now, [good]);
    expect(appliedMigrations(store.db).map((m) => m.id)).toEqual([...STORE_MIGRATIONS.map((m) => m.id), 'demo_0001_widgets']);
    store.close();
    // opened later without that module: the database knows a migration this OCM does not
    expect(() => createStore(path)).toThrow(/does not know \(demo_0001_widgets\).*upgrade OCM/);
  });

  it('an OCM from before named migrations would refuse the upgraded database instead of misreading it', () => {
    const store = createStore(join(dir(), 'ocm.db'));
    const v = store.db.pragma('user_version', { simple: true }) as number;
    store.close();
    // the old runner: `if (current > MIGRATIONS.length) throw … newer than this OCM`
    expect(v).toBeGreaterThan(STORE_MIGRATIONS.length);
  });

  it('landed migrations are never edited or reordered (tests/fixtures/migrations-landed.json)', () => {
    expect(landedProblems(ALL)).toEqual([]);
    const edited = ALL.map((m) => (m.id === '0002_backups' ? { ...m, sql: `${m.sql}\nCREATE INDEX backups_type ON backups (type);` } : m));
    expect(landedProblems(edited)).toEqual(['0002_backups was edited after it landed; add a new migration instead']);
    const reordered = [ALL[0]!, ALL[2]!, ALL[1]!, ...ALL.slice(3)];
    expect(landedProblems(reordered)).toEqual([
      '0002_backups moved from position 2 to 3; landed migrations keep their order',
      '0003_llm moved from position 3 to 2; landed migrations keep their order',
    ]);
    expect(landedProblems([...ALL, { id: 'x_0001_new', sql: 'SELECT 1;' }])).toEqual(['x_0001_new is new: append it to tests/fixtures/migrations-landed.json']);
  });
});
