import { parse } from 'node-cron';
import type { JobDef } from '../jobs/scheduler.js';
import { offsiteEnabled, type OffsiteConfig } from './config.js';
import type { OffsiteService } from './service.js';

/** The next time a cron expression fires after `fromMs` (local time, minute resolution, as node-cron runs it); null within a year: never. */
export function nextRun(expr: string, fromMs: number): number | null {
  const f = parse(expr);
  const has = (list: (number | string)[], v: number) => list.some((x) => Number(x) === v);
  const d = new Date(fromMs);
  d.setSeconds(0, 0);
  for (let i = 0; i < 366 * 24 * 60; i++) {
    d.setMinutes(d.getMinutes() + 1);
    if (has(f.minute, d.getMinutes()) && has(f.hour, d.getHours()) && has(f.dayOfMonth, d.getDate()) && has(f.month, d.getMonth() + 1) && has(f.dayOfWeek, d.getDay())) return d.getTime();
  }
  return null;
}

/**
 * The module's jobs: the daily full copy (offsite.schedule), its retries with backoff after a
 * failure, stable tags not yet copied (checked every 5 minutes), the weekly verification.
 */
export function offsiteJobs(c: OffsiteConfig, offsite: OffsiteService): JobDef[] {
  if (!offsiteEnabled(c)) return [];
  const jobs: JobDef[] = [
    { name: 'offsite-stable', label: 'offsite stable', schedule: { everyS: 300 }, invocation: { action: 'offsitestable' }, when: () => !offsite.busy() && offsite.pendingStable().length > 0 },
    { name: 'offsite-retry', label: 'offsite retry', schedule: { everyS: 60 }, invocation: { action: 'offsitedaily' }, when: () => offsite.retryDue() },
  ];
  if (c.schedule) jobs.push({ name: 'offsite-daily', label: 'offsite daily', schedule: { cron: c.schedule }, invocation: { action: 'offsitedaily' } });
  if (c.verifySchedule) jobs.push({ name: 'offsite-verify', label: 'offsite verify', schedule: { cron: c.verifySchedule }, invocation: { action: 'offsiteweekly' } });
  return jobs;
}
