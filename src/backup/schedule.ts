import { schedule } from 'node-cron';
import type { Reply } from '../actions/types.js';
import { b, code, esc } from '../bot/render/html.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { BackupService } from './service.js';

const STATE_TEXT: Record<string, string> = {
  applied: 'the restore finished on the node and the gateway came up healthy',
  reverted: 'the node put its previous files back (the restored state was not healthy or the copy failed)',
  applying: 'the node is still applying it (or was cut off mid-way); check /status and /logs',
  none: 'the restore never reached the node; it is unchanged',
};

/**
 * Background work of backups: the cron schedule (through the pipeline as actor cron), retries of
 * a failed push, and one message about restores that a crash of OCM interrupted.
 */
export function startBackupJobs(opts: { config: Config; log: Logger; backups: BackupService; pipeline: Pipeline; notify(reply: Reply): Promise<void> }): () => void {
  const { config, log, backups, pipeline } = opts;
  const stops: (() => void)[] = [];
  if (config.backup.schedule) {
    const task = schedule(
      config.backup.schedule,
      () => {
        const d = pipeline.dispatch({ action: 'scheduledbackup', params: {}, actor: { kind: 'cron', id: 'backup-schedule', name: 'backup schedule' }, chatId: null, via: 'cron' });
        void d.done.then((o) => log.info({ result: o.result, error: o.error }, 'scheduled backup finished'));
      },
      { name: 'backups', noOverlap: true },
    );
    stops.push(() => void task.stop());
  }
  const retry = setInterval(() => {
    if (backups.pushPending()) void backups.push().catch((err: unknown) => log.warn({ err }, 'push retry failed'));
  }, config.backup.pushRetryS * 1000);
  retry.unref();
  stops.push(() => clearInterval(retry));

  void backups
    .recoverInterrupted()
    .then(async (list) => {
      for (const { inflight, state } of list) {
        await opts.notify({
          html: `⚠️ OCM stopped while restoring ${b(inflight.nodeId)} to ${code(inflight.ref)}.\nThe node reports: ${esc(STATE_TEXT[state] ?? state)}.${inflight.preTag ? `\nIts state before the restore is tagged ${code(inflight.preTag)}.` : ''}`,
        });
      }
    })
    .catch((err: unknown) => log.warn({ err }, 'could not check interrupted restores'));
  return () => {
    for (const s of stops) s();
  };
}
