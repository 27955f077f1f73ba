import { describe, expect, it } from 'vitest';
import type { Invocation } from '../../src/core/types.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { silentLogger } from '../../src/log.js';
import type { Outcome } from '../../src/pipeline/invocation.js';
import { until } from '../support/capture.js';

/** A dispatch that records each invocation and finishes it when the test says so. */
function recorder() {
  const seen: Invocation[] = [];
  const finish: (() => void)[] = [];
  return {
    seen,
    finishAll: () => finish.splice(0).forEach((f) => f()),
    dispatch(inv: Invocation) {
      seen.push(inv);
      const done = new Promise<Outcome>((resolve) => finish.push(() => resolve({ operationId: 'op', result: 'succeeded' })));
      return { accepted: Promise.resolve(), done };
    },
  };
}

describe('the scheduler', () => {
  it('dispatches as actor cron, skips a tick while the last run is still going, and honours when()', async () => {
    const r = recorder();
    let due = false;
    const s = createScheduler({
      jobs: [
        { name: 'slow', label: 'slow job', schedule: { everyS: 60 }, invocation: { action: 'work', params: { n: 1 } } },
        { name: 'guarded', schedule: { everyS: 60 }, invocation: { action: 'retry' }, when: () => due },
      ],
      dispatch: (inv) => r.dispatch(inv),
      log: silentLogger(),
    });
    const first = s.run('slow');
    expect(await s.run('slow')).toBeNull();
    expect(r.seen).toEqual([{ action: 'work', params: { n: 1 }, actor: { kind: 'cron', id: 'slow', name: 'slow job' }, chatId: null, via: 'cron' }]);
    r.finishAll();
    expect((await first)?.result).toBe('succeeded');
    expect(await s.run('guarded')).toBeNull();
    due = true;
    const g = s.run('guarded');
    r.finishAll();
    expect((await g)?.result).toBe('succeeded');
    expect(r.seen.map((i) => i.action)).toEqual(['work', 'retry']);
  });

  it('runs an immediate job at start and then on its timer; stop ends the timer', async () => {
    const r = recorder();
    const s = createScheduler({ jobs: [{ name: 'tick', schedule: { everyS: 0.2 }, immediate: true, invocation: { action: 'work' } }], dispatch: (inv) => { const d = r.dispatch(inv); r.finishAll(); return d; }, log: silentLogger() });
    s.start();
    expect(r.seen).toHaveLength(1);
    await until(() => r.seen.length >= 3, 3000, 'two more ticks');
    await s.stop();
    const n = r.seen.length;
    await new Promise((res) => setTimeout(res, 500));
    expect(r.seen.length).toBe(n);
  });

  it('refuses a bad cron expression and two jobs of one name, naming the job', () => {
    const log = silentLogger();
    const dispatch = recorder().dispatch;
    expect(() => createScheduler({ jobs: [{ name: 'b', schedule: { cron: 'every tuesday' }, invocation: { action: 'x' } }], dispatch, log })).toThrow(/job b: not a cron expression/);
    const j = { name: 'twin', schedule: { everyS: 5 }, invocation: { action: 'x' } };
    expect(() => createScheduler({ jobs: [j, j], dispatch, log })).toThrow(/two jobs are named twin/);
  });
});
