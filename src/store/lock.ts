import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One OCM per data dir: an exclusive pid file. A lock left by a dead process is taken over;
 * a live one makes this start fail with the next step.
 */
export function acquireDataDirLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UserError(
          `another OCM (pid ${pid}) is already running on this data dir (${path.replace(/\/ocm\.lock$/, '')})`,
          'stop it first, or set OCM_DATA_DIR to another folder',
        );
      }
      unlinkSync(path);
    }
  }
  throw new UserError(`cannot lock ${path}`, 'remove the file if no OCM is running');
}
