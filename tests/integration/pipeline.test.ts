import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction, type AnyAction } from '../../src/core/action.js';
import type { Actor } from '../../src/core/types.js';
import { UserError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { createStore, type Store } from '../../src/store/store.js';
import { captureMessenger, tempDir, until } from '../support/capture.js';

const owner: Actor = { kind: 'telegram', id: '100', name: '@owner' };
const other: Actor = { kind: 'telegram', id: '200', name: '@other' };
const stranger: Actor = { kind: 'telegram', id: '666', name: '@stranger' };
const CHAT = 100;

const ran: string[] = [];
const events: string[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const node = z.object({ node: z.string() });

const actions: AnyAction[] = [
  defineAction({ name: 'peek', group: 't', description: 'read something', usage: '/peek', tier: 'read', params: z.object({}), locks: () => ({ kind: 'none' }), async run() { ran.push('peek'); return { html: 'peeked' }; } }),
  defineAction({ name: 'poke', group: 't', description: 'poke a node', usage: '/poke <node>', tier: 'medium', params: node, target: (p) => p.node, locks: (p) => ({ kind: 'nodes', nodes: [p.node] }), async run(p) { ran.push(`poke ${p.node}`); return { html: `poked ${p.node}` }; } }),
  defineAction({ name: 'nuke', group: 't', description: 'wipe a node', usage: '/nuke <node>', tier: 'high', params: node, target: (p) => p.node, confirmText: (p) => `wipe ${p.node}`, locks: (p) => ({ kind: 'nodes', nodes: [p.node] }), async run(p) { ran.push(`nuke ${p.node}`); return { html: `wiped ${p.node}` }; } }),
  defineAction({
    name: 'work', group: 't', description: 'work on a node', usage: '/work <node> <ms> <tag>', tier: 'low',
    params: z.object({ node: z.string(), ms: z.coerce.number(), tag: z.string(), token: z.string().optional() }),
    target: (p) => p.node, locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
    async run(p, ctx) {
      events.push(`start ${p.tag}`);
      for (let i = 0; i < 20; i++) ctx.progress(`step ${i} of ${p.tag}`);
      await sleep(p.ms);
      events.push(`end ${p.tag}`);
      return { html: `done ${p.tag}` };
    },
  }),
  defineAction({
    name: 'everything', group: 't', description: 'cluster-wide', usage: '/everything', tier: 'low', params: z.object({}), locks: () => ({ kind: 'cluster' }),
    async run() { events.push('start cluster'); await sleep(50); events.push('end cluster'); return { html: 'all done' }; },
  }),
  defineAction({ name: 'hang', group: 't', description: 'never ends', usage: '/hang <node>', tier: 'low', params: node, timeoutMs: 150, locks: (p) => ({ kind: 'nodes', nodes: [p.node] }), run: () => new Promise(() => undefined) }),
  defineAction({ name: 'boom', group: 't', description: 'fails', usage: '/boom', tier: 'low', params: z.object({}), locks: () => ({ kind: 'none' }), async run() { throw new UserError('node-ssh-refused', { node: 'g3s-02', where: '10.0.0.2:22' }); } }),
];

let dir: ReturnType<typeof tempDir>;
let store: Store;
let cap: ReturnType<typeof captureMessenger>;
let pipeline: Pipeline;
let code = '4321';

function build(opts: { confirmTimeoutMs?: number } = {}): Pipeline {
  const log = silentLogger();
  return createPipeline({
    catalog: actions,
    now: Date.now,
    store,
    messenger: cap.messenger,
    log,
    isOwner: (id) => id === owner.id || id === other.id,
    confirmTimeoutMs: opts.confirmTimeoutMs ?? 60_000,
    operationTimeoutMs: 5_000,
    progressIntervalMs: 100,
    makeCode: () => code,
  });
}

const inv = (action: string, params: unknown = {}, actor: Actor = owner) => ({ action, params, actor, chatId: CHAT, via: 'command' as const });
const audits = () => store.audit.recent(100).reverse();

beforeEach(() => {
  dir = tempDir();
  store = createStore(`${dir.path}/ocm.db`);
  cap = captureMessenger();
  ran.length = 0;
  events.length = 0;
  code = '4321';
  pipeline = build();
});

afterEach(async () => {
  await pipeline.cancelPending('test end');
  await pipeline.idle();
  store.close();
  dir.remove();
});

describe('tier gate', () => {
  it('runs read and low tiers at once, with one audit row', async () => {
    const out = await pipeline.dispatch(inv('peek')).done;
    expect(out.result).toBe('succeeded');
    expect(ran).toEqual(['peek']);
    expect(cap.texts()).toEqual(['peeked']);
    expect(audits()).toMatchObject([{ action: 'peek', result: 'succeeded', operator: 'telegram', operatorDetail: 'telegram:100 (@owner)' }]);
  });

  it('medium: asks once, runs exactly once on Confirm, ignores a second tap', async () => {
    const d = pipeline.dispatch(inv('poke', { node: 'a' }));
    await d.accepted;
    expect(ran).toEqual([]);
    expect(cap.last()!.reply.buttons![0]!.map((b) => b.text)).toEqual(['✅ Confirm', '✖ Cancel']);
    const yes = cap.button('Confirm');
    expect(await pipeline.press(yes, owner)).toBe('Confirmed');
    expect(await pipeline.press(yes, owner)).toMatch(/already answered/);
    expect((await d.done).result).toBe('succeeded');
    expect(await pipeline.press(yes, owner)).toMatch(/already answered/);
    await pipeline.idle();
    expect(ran).toEqual(['poke a']);
    expect(audits().map((a) => a.result)).toEqual(['succeeded']);
  });

  it('medium: Cancel runs nothing and audits cancelled', async () => {
    const d = pipeline.dispatch(inv('poke', { node: 'a' }));
    await d.accepted;
    expect(await pipeline.press(cap.button('Cancel'), owner)).toBe('Cancelled');
    expect((await d.done).result).toBe('cancelled');
    expect(ran).toEqual([]);
    expect(audits()).toMatchObject([{ action: 'poke', target: 'a', result: 'cancelled' }]);
    expect(cap.last()!.reply.html).toMatch(/Cancelled/);
  });

  it('refuses another user\'s tap and still lets the requester answer', async () => {
    const d = pipeline.dispatch(inv('poke', { node: 'a' }));
    await d.accepted;
    expect(await pipeline.press(cap.button('Confirm'), other)).toBe('Only @owner can answer this request.');
    expect(ran).toEqual([]);
    await pipeline.press(cap.button('Confirm'), owner);
    expect((await d.done).result).toBe('succeeded');
  });

  it('expires an unanswered confirmation and says so', async () => {
    pipeline = build({ confirmTimeoutMs: 80 });
    const d = pipeline.dispatch(inv('poke', { node: 'a' }));
    const yes = (await d.accepted, cap.button('Confirm'));
    expect((await d.done).result).toBe('expired');
    await until(() => /Expired/.test(cap.last()!.reply.html));
    expect(await pipeline.press(yes, owner)).toMatch(/already answered or has expired/);
    expect(ran).toEqual([]);
    expect(audits()).toMatchObject([{ result: 'expired' }]);
  });

  it('high: confirm, then the code; runs once', async () => {
    code = '8642';
    const d = pipeline.dispatch(inv('nuke', { node: 'b' }));
    await d.accepted;
    expect(cap.last()!.reply.html).toMatch(/Step 1 of 2/);
    expect(await pipeline.press(cap.button('Confirm'), owner)).toBe('Now type the safety code');
    expect(ran).toEqual([]);
    expect(cap.last()!.reply.html).toContain('<b>8642</b>');
    expect(await pipeline.text(CHAT, other, '8642')).toBe(false); // someone else's code does not count
    expect(await pipeline.text(CHAT, owner, '1111')).toBe(true);
    expect(cap.last()!.reply.html).toMatch(/Wrong code — 2 tries left/);
    expect(await pipeline.text(CHAT, owner, ' 8642 ')).toBe(true);
    expect((await d.done).result).toBe('succeeded');
    expect(ran).toEqual(['nuke b']);
    expect(await pipeline.text(CHAT, owner, '8642')).toBe(false);
    expect(ran).toEqual(['nuke b']);
  });

  it('high: three wrong codes cancel', async () => {
    const d = pipeline.dispatch(inv('nuke', { node: 'b' }));
    await d.accepted;
    await pipeline.press(cap.button('Confirm'), owner);
    for (const c of ['0000', '1234', '9999']) expect(await pipeline.text(CHAT, owner, c)).toBe(true);
    expect((await d.done).result).toBe('cancelled');
    expect(await pipeline.text(CHAT, owner, '4321')).toBe(false);
    expect(ran).toEqual([]);
    expect(audits()).toMatchObject([{ action: 'nuke', result: 'cancelled', errorMessage: '3 wrong safety codes' }]);
  });

  it('system and cron actors skip confirmation', async () => {
    const out = await pipeline.dispatch(inv('nuke', { node: 'c' }, { kind: 'system', id: 'watchdog' })).done;
    expect(out.result).toBe('succeeded');
    expect(ran).toEqual(['nuke c']);
  });
});

describe('authorization and validation', () => {
  it('denies strangers, replies at most once an hour, audits every attempt', async () => {
    await pipeline.dispatch(inv('peek', {}, stranger)).done;
    await pipeline.dispatch(inv('poke', { node: 'a' }, stranger)).done;
    expect(ran).toEqual([]);
    expect(cap.texts()).toEqual(['⛔ Not authorized; your Telegram id is 666.']);
    expect(audits().map((a) => [a.action, a.result])).toEqual([['peek', 'denied'], ['poke', 'denied']]);
  });

  it('rejects bad parameters and extra words with the usage line', async () => {
    const out = await pipeline.dispatch(inv('poke', {})).done;
    expect(out.result).toBe('failed');
    expect(cap.last()!.reply.html).toMatch(/node:.*\nUsage: \/poke &lt;node&gt;/s);
    await pipeline.dispatch({ ...inv('poke', { node: 'a' }), extra: ['b'] }).done;
    expect(cap.last()!.reply.html).toMatch(/unexpected word 'b'/);
    expect(ran).toEqual([]);
    expect(audits().map((a) => a.result)).toEqual(['failed', 'failed']);
  });

  it('stores params with secrets redacted', async () => {
    await pipeline.dispatch(inv('work', { node: 'a', ms: 1, tag: 't', token: '123456:AAsecretsecret' })).done;
    const row = audits()[0]!;
    expect(row.params).toContain('***REDACTED***');
    expect(JSON.stringify(audits())).not.toContain('AAsecretsecret');
    expect(JSON.stringify(store.db.prepare('SELECT * FROM operations').all())).not.toContain('AAsecretsecret');
  });

  it('shows a UserError as its sentence and audits failed', async () => {
    const out = await pipeline.dispatch(inv('boom')).done;
    expect(out.result).toBe('failed');
    expect(cap.last()!.reply.html).toContain('g3s-02: SSH connection refused on 10.0.0.2:22 — is sshd running?');
    expect(audits()).toMatchObject([{ action: 'boom', result: 'failed', errorMessage: 'g3s-02: SSH connection refused on 10.0.0.2:22 — is sshd running?' }]);
  });
});

describe('queue', () => {
  it('serializes one node in arrival order and runs other nodes in parallel', async () => {
    const a1 = pipeline.dispatch(inv('work', { node: 'a', ms: 120, tag: 'a1' }));
    await a1.accepted;
    await until(() => events.includes('start a1'));
    expect(pipeline.busy('a')).toMatchObject({ action: 'work', actor: owner });
    const a2 = pipeline.dispatch(inv('work', { node: 'a', ms: 10, tag: 'a2' }));
    const b1 = pipeline.dispatch(inv('work', { node: 'b', ms: 10, tag: 'b1' }));
    await Promise.all([a1.done, a2.done, b1.done]);
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(cap.texts().some((t) => /Queued: work a waits for work/.test(t))).toBe(true);
  });

  it('gives cluster-wide operations the whole fleet', async () => {
    const a = pipeline.dispatch(inv('work', { node: 'a', ms: 60, tag: 'a' }));
    await until(() => events.includes('start a'));
    const all = pipeline.dispatch(inv('everything'));
    await all.accepted;
    const b = pipeline.dispatch(inv('work', { node: 'b', ms: 1, tag: 'b' }));
    await Promise.all([a.done, all.done, b.done]);
    expect(events).toEqual(['start a', 'end a', 'start cluster', 'end cluster', 'start b', 'end b']);
  });

  it('times out, tells the requester, marks failed and frees the node', async () => {
    const out = await pipeline.dispatch(inv('hang', { node: 'a' })).done;
    expect(out.result).toBe('failed');
    expect(cap.last()!.reply.html).toMatch(/hang.*timed out after 0 s and was marked failed/);
    expect(store.operations.get(out.operationId!)!.state).toBe('failed');
    const next = await pipeline.dispatch(inv('work', { node: 'a', ms: 1, tag: 'after' })).done;
    expect(next.result).toBe('succeeded');
  });

  it('edits one progress message, throttled, and sends the result as a new message', async () => {
    await pipeline.dispatch(inv('work', { node: 'a', ms: 250, tag: 'p' })).done;
    const progress = cap.log.filter((s) => /^step/.test(s.reply.html));
    expect(progress[0]!.kind).toBe('send');
    expect(progress.length).toBeLessThanOrEqual(3);
    expect(progress.at(-1)!.reply.html).toBe('step 19 of p');
    expect(new Set(progress.map((p) => p.messageId)).size).toBe(1);
    expect(cap.last()).toMatchObject({ kind: 'send', reply: { html: 'done p' } });
  });
});

describe('crash recovery', () => {
  it('marks operations a previous process left unfinished as failed, with an audit row', () => {
    store.operations.create({ id: 'dead01', action: 'restore', target: 'g3s-01', params: '{}', operator: 'telegram', operatorDetail: 'telegram:100', chatId: CHAT });
    store.operations.setState('dead01', 'running');
    const list = pipeline.recoverInterrupted();
    expect(list).toMatchObject([{ id: 'dead01', action: 'restore', state: 'running' }]);
    expect(store.operations.get('dead01')!.state).toBe('failed');
    expect(audits()).toMatchObject([{ operationId: 'dead01', result: 'failed', errorMessage: expect.stringMatching(/interrupted/) }]);
    expect(pipeline.recoverInterrupted()).toEqual([]);
  });
});
