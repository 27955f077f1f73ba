import type { Reply } from '../core/types.js';
import { b, code, esc } from '../bot/render/html.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { JobDef } from '../jobs/scheduler.js';
import type { BackupService } from './service.js';

const STATE_TEXT: Record<string, string> = {
  applied: 'the restore finished on the node and the gateway came up healthy',
  reverted: 'the node put its previous files back (the restored state was not healthy or the copy failed)',
  applying: 'the node is still applying it (or was cut off mid-way); check /status and /logs',
  none: 'the restore never reached the node; it is unchanged',
};

/**
 * Once at start: one message about restores that a crash of OCM interrupted. It runs outside the
 * pipeline on purpose (docs/ARCHITECTURE.md): it only reads the node's record and reports.
 */
export function reportInterruptedRestores(opts: { log: Logger; backups: BackupService; notify(reply: Reply): Promise<void> }): void {
  const { log, backups } = opts;
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
}

/** The backup jobs: the cron schedule (backup.schedule) and retries of a failed push (every backup.push_retry_s while commits wait). */
export function backupJobs(opts: { config: Config; backups: BackupService }): JobDef[] {
  const { config, backups } = opts;
  const jobs: JobDef[] = [];
  if (config.backup.schedule) jobs.push({ name: 'backup-schedule', label: 'backup schedule', schedule: { cron: config.backup.schedule }, invocation: { action: 'scheduledbackup' } });
  jobs.push({ name: 'backup-push-retry', label: 'backup push retry', schedule: { everyS: config.backup.pushRetryS }, invocation: { action: 'pushretry' }, when: () => backups.pushPending() > 0 });
  return jobs;
}
