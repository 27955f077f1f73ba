import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, type TestNode } from '../harness/sshd.js';
import type { ConsoleApp } from '../support/console-app.js';
import { installHostileAgent, startSecurityFleet } from './hostile-node.js';

const avail = sshdAvailable();

/** Finding 4 and the stderr part of finding 7: what one node prints must not end or swamp OCM. */
describe.skipIf(!avail.ok)('security: node output is bounded', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let pageUrl: string;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ nodes, c, pageUrl, close } = await startSecurityFleet('secout'));
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const t = Date.now();
    const value = await fn();
    return { ms: Date.now() - t, value };
  }

  it('a 560 MB status line is stopped at the cap; the other node and the status page answer within 2 s; RSS stays under 300 MB', async () => {
    installHostileAgent(nodes[0]!, { status: `    head -c 560000000 /dev/zero | tr '\\0' a; echo` });
    let maxRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 20);
    try {
      c.mark();
      const attack = c.type('/status n1');
      await new Promise((r) => setTimeout(r, 200));
      const other = await timed(async () => {
        const start = c.output().length;
        await c.type('/status n2');
        await c.waitFor(/n2 · .* · online/, 10_000);
        return c.output().slice(start);
      });
      const page = await timed(async () => {
        const res = await fetch(pageUrl);
        return { status: res.status, body: await res.text() };
      });
      await attack;
      const out = await c.waitFor(/n1 · .* · offline[\s\S]*more than 8 MiB on stdout/, 30_000);
      expect(out).toMatch(/🔴 n1 · [^\n]*\n[^\n]*\n❗ the command printed more than 8 MiB on stdout; OCM stopped it/);
      expect(other.ms).toBeLessThan(2000);
      expect(page.value.status).toBe(200);
      expect(page.value.body).toContain('n2');
      expect(page.ms).toBeLessThan(2000);
    } finally {
      clearInterval(sampler);
    }
    expect(maxRss).toBeLessThan(300 * 1024 * 1024);
    // the stored error is one bounded line
    const rec = c.app.store.nodes.get('n1')!;
    expect(rec.status).toBe('offline');
    expect(rec.lastError!.length).toBeLessThan(600);
    // and OCM still works with the node once it behaves again
    installHostileAgent(nodes[0]!, {});
    c.mark();
    await c.type('/status n1');
    await c.waitFor(/n1 · .* · online/, 30_000);
  }, 120_000);

  it('a 2 MB stderr line is stopped at the 64 KiB cap: no 2 MB event, audit row or document', async () => {
    installHostileAgent(nodes[0]!, {
      status: `    head -c 2000000 /dev/zero | tr '\\0' e >&2; exit 1`,
      logs: `    head -c 2000000 /dev/zero | tr '\\0' e >&2; exit 1`,
    });
    const firstEvent = c.app.store.events.lastId();
    c.mark();
    await c.type('/status n1');
    const card = await c.waitFor(/n1 · .* · offline[\s\S]*more than 64 KiB on stderr/, 30_000);
    expect(card.length).toBeLessThan(2000);
    c.mark();
    await c.type('/logs n1');
    const reply = await c.waitFor(/❌ logs n1: .*more than 64 KiB on stderr/, 30_000);
    expect(reply.length).toBeLessThan(2000);
    expect(reply).not.toContain('📎');
    const audit = c.app.store.audit.recent(1)[0]!;
    expect(audit).toMatchObject({ action: 'logs', result: 'failed' });
    expect(audit.errorMessage).toMatch(/more than 64 KiB on stderr/);
    expect(audit.errorMessage!.length).toBeLessThan(1100);
    const events = c.app.store.events.recent(50, 'n1').filter((e) => e.id > firstEvent);
    for (const e of events) expect(e.message.length).toBeLessThan(1100);
  }, 60_000);

  it('a 60 KB stderr line under the cap still becomes a bounded one-line error', async () => {
    installHostileAgent(nodes[0]!, {
      status: `    printf '{"not json'; head -c 60000 /dev/zero | tr '\\0' e >&2; exit 1`,
      logs: `    head -c 60000 /dev/zero | tr '\\0' e >&2; exit 1`,
    });
    await c.app.nodes.probe(c.app.store.nodes.get('n1')!);
    expect(c.app.store.nodes.get('n1')!.lastError!.length).toBeLessThan(600);
    c.mark();
    await c.type('/logs n1');
    const reply = await c.waitFor(/❌ logs n1: n1 agent: 'logs' returned no JSON \(e+…/, 30_000);
    expect(reply.length).toBeLessThan(1500);
    expect(reply).not.toContain('📎');
    const audit = c.app.store.audit.recent(1)[0]!;
    expect(audit.errorMessage!.length).toBeLessThan(1100);
    for (const e of c.app.store.events.recent(20, 'n1')) expect(e.message.length).toBeLessThan(1100);
  }, 60_000);
});
