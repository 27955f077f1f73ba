import { schedule as cronSchedule, validate } from 'node-cron';
import type { Invocation } from '../core/types.js';
import type { Logger } from '../log.js';
import type { Dispatched, Outcome } from '../pipeline/invocation.js';

/** When a job runs: a cron expression (node-cron syntax, seconds optional) or every N seconds. */
export type JobSchedule = { cron: string } | { everyS: number };

/** One periodic thing: at each tick it dispatches `invocation` through the pipeline as actor `cron`. */
export interface JobDef {
  /** Unique; the cron actor's id in the audit log (`cron:<name>`). */
  name: string;
  /** Shown as the actor's name; default the name. */
  label?: string;
  schedule: JobSchedule;
  invocation: { action: string; params?: Record<string, unknown> };
  /** Also runs once as soon as the scheduler starts (not only after the first interval). */
  immediate?: boolean;
  /** Checked at each tick; false skips the tick without an audit row (e.g. nothing to retry). */
  when?(): boolean;
}

export interface Scheduler {
  /** Starts every job's timer. */
  start(): void;
  /** Runs one job now, as a tick would (null when it is still running from an earlier tick or `when` says no). */
  run(name: string): Promise<Outcome | null>;
  jobs(): readonly JobDef[];
  /** Stops the timers and waits for the dispatched invocations to end. */
  stop(): Promise<void>;
}

export function createScheduler(deps: { jobs: readonly JobDef[]; dispatch(inv: Invocation): Dispatched; log: Logger }): Scheduler {
  const { log } = deps;
  const byName = new Map<string, JobDef>();
  for (const job of deps.jobs) {
    if (byName.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
    if ('cron' in job.schedule && !validate(job.schedule.cron)) throw new Error(`job ${job.name}: not a cron expression: ${job.schedule.cron}`);
    if ('everyS' in job.schedule && !(job.schedule.everyS > 0)) throw new Error(`job ${job.name}: every_s must be positive`);
    byName.set(job.name, job);
  }
  const running = new Map<string, Promise<Outcome>>();
  const stops: (() => void)[] = [];
  let started = false;

  async function run(name: string): Promise<Outcome | null> {
    const job = byName.get(name);
    if (!job) throw new Error(`no job named ${name}`);
    // like node-cron's noOverlap: a tick while the last one still runs is skipped
    if (running.has(name)) return null;
    if (job.when && !job.when()) return null;
    const done = deps.dispatch({
      action: job.invocation.action,
      params: job.invocation.params ?? {},
      actor: { kind: 'cron', id: job.name, name: job.label ?? job.name },
      chatId: null,
      via: 'cron',
    }).done;
    running.set(name, done);
    try {
      const out = await done;
      log.info({ job: name, result: out.result, error: out.error }, 'scheduled job finished');
      return out;
    } finally {
      running.delete(name);
    }
  }

  function tick(name: string): void {
    void run(name).catch((err: unknown) => log.warn({ err, job: name }, 'scheduled job failed to start'));
  }

  return {
    start() {
      if (started) return;
      started = true;
      for (const job of byName.values()) {
        if ('cron' in job.schedule) {
          const task = cronSchedule(job.schedule.cron, () => tick(job.name), { name: job.name });
          stops.push(() => void task.stop());
        } else {
          const timer = setInterval(() => tick(job.name), job.schedule.everyS * 1000);
          timer.unref();
          stops.push(() => clearInterval(timer));
        }
        if (job.immediate) tick(job.name);
      }
    },
    run,
    jobs: () => [...byName.values()],
    async stop() {
      for (const s of stops.splice(0)) s();
      await Promise.allSettled([...running.values()]);
    },
  };
}
