import { chmodSync, closeSync, lstatSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log.js';

/** OCM's own folders under the data dir: only OCM's user may enter them. */
export const PRIVATE_DIRS = ['', 'logs', 'backups', 'outbox', 'tmp', 'keys'] as const;
/** OCM's own files: the database (with its WAL and shared-memory files) and the console log. */
export const PRIVATE_FILES = ['ocm.db', 'ocm.db-wal', 'ocm.db-shm', 'ocm.lock', join('logs', 'ocm.log')] as const;

/** Creates a folder readable only by OCM's user (0700); an existing one keeps its mode here. */
export function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Creates `path` empty with mode 0600 when it does not exist yet (SQLite then gives -wal/-shm the same mode). */
export function touchPrivate(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Creates the data dir and its folders. The data dir holds the audit log, chat turns and every node's backed-up memory files: its
 * folders are made 0700 and its files 0600. Wider modes left by an older OCM (or a copy) are
 * tightened, with one warning. Symbolic links are left alone (never followed to chmod a target).
 */
export function securePrivateFiles(dataDir: string, log: Logger): string[] {
  for (const d of PRIVATE_DIRS) mkdirPrivate(join(dataDir, d));
  const fixed: string[] = [];
  for (const { path, dir } of widerThanPrivate(dataDir)) {
    try {
      chmodSync(path, dir ? 0o700 : 0o600);
      fixed.push(path);
    } catch (err) {
      log.warn({ path, code: (err as NodeJS.ErrnoException).code }, 'cannot tighten the permissions of a private file');
    }
  }
  if (fixed.length) log.warn({ fixed }, 'private files were open to other users; permissions tightened to 0700/0600');
  return fixed;
}

/** OCM's folders and files under `dataDir` that other users may read or enter (symbolic links are left out). */
export function widerThanPrivate(dataDir: string): { path: string; dir: boolean }[] {
  const out: { path: string; dir: boolean }[] = [];
  const check = (path: string, dir: boolean) => {
    let st;
    try {
      st = lstatSync(path);
    } catch {
      return;
    }
    if (st.isSymbolicLink() || st.isDirectory() !== dir) return;
    if ((st.mode & 0o077) !== 0) out.push({ path, dir });
  };
  for (const d of PRIVATE_DIRS) check(join(dataDir, d), true);
  for (const f of PRIVATE_FILES) check(join(dataDir, f), false);
  return out;
}
