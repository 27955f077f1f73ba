import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { createDebouncer, step } from '../../src/monitor/debounce.js';
import { parseDuration } from '../../src/monitor/duration.js';
import { createOutbox } from '../../src/monitor/outbox.js';
import { silentLogger } from '../../src/log.js';
import type { Messenger } from '../../src/pipeline/messenger.js';
import { createStore } from '../../src/store/store.js';

describe('N consecutive results', () => {
  it('changes the confirmed state only after N identical results in a row', () => {
    let r = step('online', undefined, 'offline', 1, 2);
    expect(r.change).toBeUndefined();
    r = step('online', r.candidate, 'offline', 2, 2);
    expect(r.change).toEqual({ from: 'online', to: 'offline', since: 1 });
  });

  it('a flapping value never changes it', () => {
    const d = createDebouncer<string>(2);
    const seen = ['offline', 'online', 'offline', 'online', 'degraded', 'offline', 'online'].map((v, i) => d.observe('n1', 'online', v, i));
    expect(seen.every((c) => c === undefined)).toBe(true);
  });

  it('a different bad result restarts the count', () => {
    const d = createDebouncer<string>(3);
    expect(d.observe('n', 'online', 'offline', 1)).toBeUndefined();
    expect(d.observe('n', 'online', 'degraded', 2)).toBeUndefined();
    expect(d.observe('n', 'online', 'degraded', 3)).toBeUndefined();
    expect(d.observe('n', 'online', 'degraded', 4)).toEqual({ from: 'online', to: 'degraded', since: 2 });
  });
});

describe('durations and watchdog config', () => {
  it('parses durations; rejects what is not one', () => {
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('2h30m')).toBe(9_000_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('30min')).toBe(1_800_000);
    for (const bad of ['', '0m', 'forever', '1x', '-1h']) expect(parseDuration(bad)).toBeNull();
  });

  it('defaults: 60 s checks, 2 results, alerts at 5/15/60 min', () => {
    const r = createConfig({});
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.watchdog).toMatchObject({ intervalS: 60, consecutive: 2, alertAfterS: 300, escalateAfterS: 900, criticalAfterS: 3600, diskWarnPct: 80, alertChatIds: [] });
  });

  it('OCM_ALERT_AFTER_S replaces 5 min and scales 15 and 60 in proportion; chat ids may be groups', () => {
    const r = createConfig({ OCM_WATCHDOG_INTERVAL_S: '1', OCM_ALERT_AFTER_S: '4', OCM_ALERT_CHAT_IDS: '-1001234, 55' }, { path: 'x.yaml', text: 'watchdog:\n  escalate_after_s: 100\n  consecutive: 3\n' });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.watchdog).toMatchObject({ intervalS: 1, alertAfterS: 4, escalateAfterS: 12, criticalAfterS: 48, consecutive: 3, alertChatIds: [-1001234, 55] });
  });

  it('names the variable of a bad value', () => {
    const r = createConfig({ OCM_WATCHDOG_INTERVAL_S: 'soon' });
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^OCM_WATCHDOG_INTERVAL_S: /)] });
  });
});

describe('alert outbox', () => {
  it('retries an alert Telegram refused, in order, and never drops it; edits wait for their message', async () => {
    let t = 1_000_000;
    const store = createStore(':memory:', () => t);
    const sent: string[] = [];
    let down = true;
    const messenger: Messenger = {
      async send(_chat, reply) {
        if (down) throw new Error('Network request failed');
        sent.push(reply.html);
        return sent.length;
      },
      async edit(_chat, id, reply) {
        sent.push(`edit ${id}: ${reply.html}`);
      },
    };
    const outbox = createOutbox({ store, messenger, log: silentLogger(), now: () => t, locale: () => 'en' });
    const g = store.alerts.newGroup([1]);
    outbox.send([7], { html: 'alert one' }, g);
    outbox.send([7], { html: 'alert two' });
    outbox.edit([7], g, { html: 'alert one, escalated' });
    for (let i = 0; i < 12; i++) {
      await outbox.flush();
      t += 60_000;
    }
    expect(sent).toEqual([]);
    expect(store.alerts.pendingCount()).toBe(3);
    down = false;
    t += 10 * 60_000;
    await outbox.flush();
    expect(sent).toEqual(['alert one', 'alert two', 'edit 1: alert one, escalated']);
    expect(store.alerts.pendingCount()).toBe(0);
    store.close();
  });
});
