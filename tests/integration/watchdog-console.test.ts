import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { until } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

const avail = sshdAvailable();

/** Messages sent (not edits, which the console prints with ✎) whose first line starts with `head`. */
function sends(text: string, head: string): number {
  return text.split('\n').filter((l) => l.startsWith(head)).length;
}

// The "must show" of issue 5, as an operator sees it in the console, with the real timers of a
// short interval (1 s checks, first alert after 4 s, escalation after 12 s).
describe.skipIf(!avail.ok)('watchdog in the console with a short interval', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;

  beforeAll(async () => {
    nodes = await startNodes(6, { prefix: 'wdc' });
    const list = nodes
      .map((n) => `  - { id: ${n.id}, host: ${n.host}, port: ${n.port}, user: ${n.user}, key_path: ${n.clientKeyPath}, host_key: "${n.hostKeyFingerprint}", gateway_port: ${n.gatewayPort} }`)
      .join('\n');
    c = startConsoleApp({
      yaml: `local_node: false\nssh:\n  handshake_timeout_s: 2\nnodes:\n${list}\n`,
      env: { OCM_WATCHDOG_INTERVAL_S: '1', OCM_ALERT_AFTER_S: '4' },
    });
    c.app.watchdog.start();
    await until(() => nodes.every((n) => c.app.store.nodes.get(n.id)?.status === 'online'), 60_000, 'all nodes online');
  }, 120_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
  });

  it('sshd killed: one alert with three buttons; Mute 1h silences it; sshd back: one silent recovery', async () => {
    const n = nodes[0]!;
    c.mark();
    await n.kill();
    await c.waitFor(/🔴 \[Critical\] n1 offline[\s\S]*\[1\] 🔌 Retry SSH {2}\[2\] 📜 Logs {2}\[3\] 🔕 Mute 1h/, 60_000);
    await c.type('3');
    await c.waitFor(/🔕 Alerts of n1 muted for 1 h/);
    // the escalation (12 s) comes and is held back by the mute
    await until(() => c.app.store.events.recent(200).some((e) => e.type === 'alert.muted' && e.nodeId === n.id), 60_000, 'the escalation held back');
    await n.start();
    await c.waitFor(/✅ \[Recovered\] n1 back online[\s\S]*Fixed by: SSH answers again[\s\S]*?\[silent\]/, 60_000);
    await c.app.watchdog.idle();
    const out = c.since();
    expect(sends(out, '🔴 [Critical] n1 offline')).toBe(1);
    expect(sends(out, '⬆️ [Escalated]')).toBe(0);
    expect(sends(out, '✅ [Recovered]')).toBe(1);
    expect(c.app.store.audit.recent(20).find((a) => a.action === 'mute')).toMatchObject({ target: 'n1', result: 'succeeded', operator: 'console' });
  }, 120_000);

  it('five nodes killed together: one digest message, not five alerts', async () => {
    const five = nodes.slice(1);
    await c.type('/unmute all');
    c.mark();
    await Promise.all(five.map((n) => n.kill()));
    await c.waitFor(/🔴 \[Critical\] 5 nodes offline: n2, n3, n4, n5, n6/, 60_000);
    await Promise.all(five.map((n) => n.start()));
    await c.waitFor(/✅ \[Recovered\] 5 nodes back online/, 60_000);
    const out = c.since();
    expect(sends(out, '🔴 [Critical]')).toBe(1);
    for (const n of five) expect(sends(out, `🔴 [Critical] ${n.id}`)).toBe(0);
  }, 120_000);
});
