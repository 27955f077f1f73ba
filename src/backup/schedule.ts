import type { Reply } from '../core/types.js';
import type { Config } from '../config.js';
import { msg, type Msg, type MsgReply } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { JobDef } from '../jobs/scheduler.js';
import type { InterruptedRestore } from './restore.js';
import type { BackupService } from './service.js';

/** What the node's agent reports about a restore (restore-status), as the operator reads it. */
const STATE_KEYS: Record<string, string> = {
  applied: 'backup-interrupted-applied',
  reverted: 'backup-interrupted-reverted',
  applying: 'backup-interrupted-applying',
  none: 'backup-interrupted-none',
  gone: 'backup-interrupted-gone',
};

function stateMsg(r: InterruptedRestore): Msg {
  if (r.error !== undefined) return msg('backup-interrupted-unknown', { error: r.error.slice(0, 300) });
  const key = STATE_KEYS[r.state];
  return key ? msg(key) : msg('backup-interrupted-other', { state: r.state.slice(0, 100) });
}

/** The notice about one interrupted restore: keys and arguments, rendered in each owner chat's language. */
export function interruptedRestoreNotice(r: InterruptedRestore): MsgReply {
  const { nodeId, ref, preTag } = r.inflight;
  return { msg: msg(preTag ? 'backup-interrupted-tagged' : 'backup-interrupted', { node: nodeId, ref, state: stateMsg(r), ...(preTag ? { tag: preTag } : {}) }) };
}

/**
 * Once at start: one message about restores that a crash of OCM interrupted. It runs outside the
 * pipeline on purpose (docs/ARCHITECTURE.md): it only reads the node's record and reports.
 */
export function reportInterruptedRestores(opts: { log: Logger; backups: BackupService; notify(reply: Reply | MsgReply): Promise<void> }): void {
  const { log, backups } = opts;
  void backups
    .recoverInterrupted()
    .then(async (list) => {
      for (const r of list) await opts.notify(interruptedRestoreNotice(r));
    })
    .catch((err: unknown) => log.warn({ err }, 'could not check interrupted restores'));
}

/** The backup jobs: the cron schedule (backup.schedule) and retries of a failed push (every backup.push_retry_s while commits wait). */
export function backupJobs(opts: { config: Config; backups: BackupService }): JobDef[] {
  const { config, backups } = opts;
  const jobs: JobDef[] = [];
  // the labels name the jobs as actors in the audit log (records, English like log lines)
  if (config.backup.schedule) jobs.push({ name: 'backup-schedule', label: 'backup schedule', schedule: { cron: config.backup.schedule }, invocation: { action: 'scheduledbackup' } });
  jobs.push({ name: 'backup-push-retry', label: 'backup push retry', schedule: { everyS: config.backup.pushRetryS }, invocation: { action: 'pushretry' }, when: () => backups.pushPending() > 0 }); // i18n-exempt: the job's actor name in the audit log
  return jobs;
}
