import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { createDebouncer, step } from '../../src/monitor/debounce.js';
import { parseDuration } from '../../src/monitor/duration.js';
import { createOutbox } from '../../src/monitor/outbox.js';
import { silentLogger } from '../../src/log.js';
import type { Reply } from '../../src/core/types.js';
import { msg, setTimeZone } from '../../src/i18n/index.js';
import { plain } from '../../src/monitor/render.js';
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

describe('alert outbox, per chat language', () => {
  const EN = 7;
  const ZH = -1001;
  const JA = 9;

  function setup() {
    setTimeZone('UTC');
    let t = Date.UTC(2026, 1, 15, 5, 30, 25);
    const store = createStore(':memory:', () => t);
    const sent: { chat: number; kind: 'send' | 'edit'; reply: Reply }[] = [];
    let next = 100;
    const messenger: Messenger = {
      async send(chat, reply) {
        sent.push({ chat, kind: 'send', reply });
        return next++;
      },
      async edit(chat, _id, reply) {
        sent.push({ chat, kind: 'edit', reply });
      },
    };
    const langs: Record<number, 'en' | 'zh' | 'ja'> = { [EN]: 'en', [ZH]: 'zh', [JA]: 'ja' };
    const outbox = createOutbox({ store, messenger, log: silentLogger(), now: () => t, locale: (chat) => langs[chat] ?? 'en' });
    return { store, outbox, sent, step: (ms: number) => (t += ms) };
  }

  it('renders a stored message in each recipient chat language, buttons too; the edit of an alert keeps its chat language', async () => {
    const { store, outbox, sent } = setup();
    const g = store.alerts.newGroup([1]);
    const since = new Date(Date.UTC(2026, 1, 15, 5, 0, 0));
    const alert = {
      msg: msg('watchdog-lines', { first: msg('watchdog-alert-title', { head: msg('watchdog-head-critical'), title: msg('watchdog-summary-offline', { node: 'n1' }) }), rest: msg('watchdog-since', { time: since }) }),
      buttons: [[{ text: msg('watchdog-button-retry'), data: 'a:retryssh n1' }]],
    };
    outbox.send([EN, ZH, JA], alert, g);
    await outbox.flush();
    // what is stored is the message, not a rendering: it survives the database (dates included)
    expect(store.db.prepare('SELECT reply FROM alert_outbox WHERE chat_id = ?').get(ZH)).toMatchObject({ reply: expect.stringContaining('"key":"watchdog-alert-title"') });
    const [en, zh, ja] = sent;
    expect(en).toMatchObject({ chat: EN, reply: { html: '🔴 [Critical] <b>n1 offline</b>\nSince: 2026-02-15 05:00:00 UTC', buttons: [[{ text: '🔌 Retry SSH', data: 'a:retryssh n1' }]] } });
    expect(zh).toMatchObject({ chat: ZH, reply: { html: '🔴 [严重] <b>n1 离线</b>\n开始于：2026-02-15 05:00:00 UTC', buttons: [[{ text: '🔌 重试 SSH', data: 'a:retryssh n1' }]] } });
    expect(ja!.reply.html).toBe('🔴 [重大] <b>n1 オフライン</b>\n発生：2026-02-15 05:00:00 UTC');

    sent.length = 0;
    outbox.edit([EN, ZH], g, { msg: msg('watchdog-alert-title', { head: msg('watchdog-head-resolved'), title: msg('watchdog-summary-offline', { node: 'n1' }) }) });
    await outbox.flush();
    expect(sent.map((s) => [s.chat, s.kind, s.reply.html])).toEqual([
      [EN, 'edit', '✅ [Resolved] <b>n1 offline</b>'],
      [ZH, 'edit', '✅ [已解决] <b>n1 离线</b>'],
    ]);
    store.close();
  });

  it('delivers a row queued by an older OCM (a rendered Reply) as it is', async () => {
    const { store, outbox, sent } = setup();
    const old: Reply = { html: '🔴 [Critical] <b>n1 offline</b>', buttons: [[{ text: '🔌 Retry SSH', data: 'a:retryssh n1' }]], silent: true };
    store.alerts.enqueue({ chatId: ZH, kind: 'send', groupId: null, reply: old });
    await outbox.flush();
    expect(sent).toEqual([{ chat: ZH, kind: 'send', reply: old }]);
    store.close();
  });

  it('escapes plain-text parts (errors) after rendering them in the chat language', async () => {
    const { store, outbox, sent } = setup();
    outbox.send([EN], { msg: msg('watchdog-cause', { cause: plain({ key: 'n1: exit <1> & "quoted"' }) }) });
    await outbox.flush();
    expect(sent[0]!.reply.html).toBe('Cause: n1: exit &lt;1&gt; &amp; "quoted"');
    store.close();
  });
});
