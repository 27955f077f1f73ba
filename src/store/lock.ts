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
        throw new UserError('store-lock-held', { pid, dir: path.replace(/\/ocm\.lock$/, '') });
      }
      unlinkSync(path);
    }
  }
  throw new UserError('store-lock-failed', { path });
}
