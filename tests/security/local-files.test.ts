import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { privateFilesLine } from '../../src/doctor/checks.js';
import { en, msg } from '../../src/i18n/index.js';
import { createStore } from '../../src/store/store.js';
import { tempDir } from '../support/capture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: ReturnType<typeof tempDir>[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** `npm start` in console mode on `dataDir`, with `input` typed; resolves with the exit code. */
function npmStart(dataDir: string, input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', OCM_DATA_DIR: dataDir, OCM_STATUS_PORT: '0', OCM_BACKUP_SCHEDULE: 'off' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(input);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Finding 9: the data dir holds the audit log, chat turns and backed-up memory files of every node. */
describe('security: OCM\'s local files are private', () => {
  it('a fresh npm start creates data/ 0700 and ocm.db 0600 (and its folders 0700)', async () => {
    const parent = tempDir('ocm-files-');
    dirs.push(parent);
    const data = join(parent.path, 'data');
    const r = await npmStart(data, '/status local\n');
    expect(r.code).toBe(0);
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'ocm.db'))).toBe(0o600);
    // data/tmp is emptied and removed at start by the backup service; data/ itself being 0700 covers it
    for (const d of ['logs', 'backups', 'outbox', 'keys']) expect(mode(join(data, d)), d).toBe(0o700);
    expect(mode(join(data, 'logs', 'ocm.log'))).toBe(0o600);
    expect(mode(join(data, 'keys', 'ocm_ed25519'))).toBe(0o600);
  }, 60_000);

  it('wider modes left on an existing data dir are tightened at start, with one warning in the log', async () => {
    const parent = tempDir('ocm-files-');
    dirs.push(parent);
    const data = join(parent.path, 'data');
    mkdirSync(join(data, 'logs'), { recursive: true });
    mkdirSync(join(data, 'backups'), { recursive: true });
    const db = new Database(join(data, 'ocm.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.close();
    writeFileSync(join(data, 'logs', 'ocm.log'), '');
    chmodSync(data, 0o755);
    chmodSync(join(data, 'logs'), 0o777);
    chmodSync(join(data, 'backups'), 0o755);
    chmodSync(join(data, 'ocm.db'), 0o644);
    chmodSync(join(data, 'logs', 'ocm.log'), 0o644);
    // the doctor names them before OCM's next start fixes them
    const before = privateFilesLine(data);
    expect(before.mark).toBe('warn');
    expect(en.msgText(before.text)).toMatch(/readable by other users: \., logs, backups, ocm\.db, logs\/ocm\.log/);
    expect(en.msgText(before.next!)).toMatch(/chmod -R go-rwx/);
    const r = await npmStart(data, '');
    expect(r.code).toBe(0);
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'logs'))).toBe(0o700);
    expect(mode(join(data, 'backups'))).toBe(0o700);
    expect(mode(join(data, 'ocm.db'))).toBe(0o600);
    expect(mode(join(data, 'logs', 'ocm.log'))).toBe(0o600);
    const warnings = readFileSync(join(data, 'logs', 'ocm.log'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('permissions tightened'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, fixed: expect.arrayContaining([data, join(data, 'ocm.db'), join(data, 'logs')]) });
    const after = privateFilesLine(data);
    expect(after.mark).toBe('ok');
    expect(en.msgText(after.text)).toBe(`${data}: folders 0700, files 0600`);
  }, 60_000);

  it('the database\'s WAL and shared-memory files are 0600 like the database', () => {
    const d = tempDir('ocm-files-');
    dirs.push(d);
    const store = createStore(join(d.path, 'db', 'ocm.db'));
    try {
      store.events.add({ type: 'test', message: msg('event-backup-pushed') }); // a row so the WAL is written
      expect(mode(join(d.path, 'db'))).toBe(0o700);
      for (const f of ['ocm.db', 'ocm.db-wal', 'ocm.db-shm']) expect(mode(join(d.path, 'db', f)), f).toBe(0o600);
    } finally {
      store.close();
    }
  });
});
