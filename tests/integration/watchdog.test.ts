import { appendFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { msg } from '../../src/i18n/index.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`watchdog integration tests skipped: ${avail.reason}`);

const MIN = 60_000;

/** Nodes declared with pinned host keys; the watchdog on a clock the test steps (no sleeping for minutes). */
function yamlFor(nodes: TestNode[]): string {
  const list = nodes
    .map((n) => `  - { id: ${n.id}, host: ${n.host}, port: ${n.port}, user: ${n.user}, key_path: ${n.clientKeyPath}, host_key: "${n.hostKeyFingerprint}", gateway_port: ${n.gatewayPort} }`)
    .join('\n');
  return `local_node: false
timezone: UTC
ssh:
  handshake_timeout_s: 2
  command_timeout_s: 30
watchdog:
  interval_s: 60
  alert_after_s: 300
  consecutive: 2
  digest_min: 3
nodes:
${list}
`;
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe.skipIf(!avail.ok)('watchdog with real sshd nodes and a stepped clock', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let t = Date.UTC(2026, 0, 1, 12, 0, 0);

  /** One watchdog cycle, `stepMs` after the previous one. */
  async function cycle(stepMs = MIN): Promise<void> {
    t += stepMs;
    await c.app.watchdog.runCycle();
    await c.app.watchdog.idle();
    await c.app.pipeline.idle();
  }

  function events(type: string, nodeId?: string) {
    return c.app.store.events.recent(500).filter((e) => e.type === type && (nodeId === undefined || e.nodeId === nodeId));
  }

  beforeAll(async () => {
    nodes = await startNodes(6, { prefix: 'wd' });
    for (const n of nodes) {
      // the log the agent scans: the node's own file, not whatever else lies in /tmp/openclaw
      writeFileSync(`${n.ocHome}/openclaw.json`, JSON.stringify({ gateway: { port: n.gatewayPort }, logging: { file: '~/.openclaw/logs/gateway.log' } }));
    }
    c = startConsoleApp({ yaml: yamlFor(nodes), now: () => t });
    await cycle();
    await cycle();
    // what the scheduler does at start: the slow checks once (they start reading events from here)
    await c.app.scheduler.run('watchdog-slow-checks');
    for (const n of nodes) expect(c.app.store.nodes.get(n.id)?.status).toBe('online');
  }, 120_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
  });

  it('sshd killed: offline after 2 checks, one alert with three buttons at 5 min, escalations at 15 and 60, one silent recovery', async () => {
    const n = nodes[0]!;
    c.mark();
    await n.kill();
    await cycle(); // first failure at t1
    const t1 = t;
    expect(c.app.store.nodes.get(n.id)?.status).toBe('online');
    await cycle(); // second failure: confirmed
    expect(c.app.store.nodes.get(n.id)?.status).toBe('offline');
    expect(events('node.state', n.id)[0]?.message).toMatch(/online → offline/);
    expect(c.since()).not.toContain('[Critical]');

    await cycle(t1 + 5 * MIN - t); // 5 min after the first failure
    const alert = c.since();
    expect(count(alert, `🔴 [Critical] ${n.id} offline`)).toBe(1);
    expect(alert).toContain('[1] 🔌 Retry SSH  [2] 📜 Logs  [3] 🔕 Mute 1h');
    expect(alert).toMatch(/SSH connection refused/);
    expect(alert).toMatch(/Last seen: 2026-01-01 12:\d\d:00 UTC\nLast state: RAM \d+%, disk \d+%/);
    expect(alert).toContain('may need a physical check');
    await cycle(); // nothing new at 6 min
    expect(count(c.since(), `[Critical] ${n.id} offline`)).toBe(1);

    c.mark();
    await cycle(t1 + 15 * MIN - t);
    expect(c.since()).toMatch(new RegExp(`⬆️ \\[Escalated\\] ${n.id} offline for 15 min`));
    c.mark();
    await cycle(t1 + 60 * MIN - t);
    expect(c.since()).toMatch(/🚨 \[Critical — check the hardware\] n1 offline for 1 h/);
    expect(events('alert.escalated', n.id)).toHaveLength(2);

    c.mark();
    await n.start();
    await cycle();
    await cycle();
    const back = c.since();
    expect(count(back, '✅ [Recovered]')).toBe(1);
    expect(back).toMatch(/✅ \[Recovered\] n1 back online\nOut for: 1 h 2 min \(n1 offline\)\nFixed by: SSH answers again \(no action by OCM\)\nNow: RAM \d+%, disk \d+%\s+\[silent\]/);
    // the first alert is edited to resolved, its buttons gone
    expect(back).toMatch(/✎ ✅ \[Resolved\] n1 offline[\s\S]*SSH answers again/);
    expect(c.app.store.incidents.listOpen(n.id)).toEqual([]);
  }, 120_000);

  it('gateway killed: degraded, automatic restart through the pipeline as system at 5 min, recovery names the fix', async () => {
    const n = nodes[1]!;
    const before = n.gatewayPid();
    c.mark();
    await n.killGateway();
    await cycle();
    const t1 = t;
    await cycle();
    expect(c.app.store.nodes.get(n.id)?.status).toBe('degraded');
    await cycle(t1 + 5 * MIN - t);
    expect(c.since()).toContain(`🔴 [Critical] ${n.id}: OpenClaw gateway down`);
    expect(n.shimCalls().some((l) => /restart openclaw-gateway\.service/.test(l))).toBe(true);
    expect(n.gatewayPid()).toBeDefined();
    expect(n.gatewayPid()).not.toBe(before);
    const audit = c.app.store.audit.recent(10).find((a) => a.action === 'restart' && a.target === n.id);
    expect(audit).toMatchObject({ operator: 'system', result: 'succeeded' });
    expect(c.app.store.silences.active()).toEqual([]); // the restart's maintenance window closed again
    c.mark();
    await cycle();
    await cycle();
    expect(c.since()).toMatch(/✅ \[Recovered\] n2 back online[\s\S]*Fixed by: OCM's automatic gateway restart/);
    expect(c.since()).toMatch(/✎ ✅ \[Resolved\] n2: OpenClaw gateway down[\s\S]*OCM restarted the gateway \(pid \d+\)/);
  }, 120_000);

  it('a flapping node (down, up, down, up…) changes no state and sends nothing', async () => {
    const n = nodes[2]!;
    const stateEvents = events('node.state', n.id).length;
    c.mark();
    for (let i = 0; i < 4; i++) {
      await n.kill();
      await cycle(3 * MIN);
      await n.start();
      await cycle(3 * MIN);
    }
    expect(events('node.state', n.id)).toHaveLength(stateEvents);
    expect(c.app.store.nodes.get(n.id)?.status).toBe('online');
    expect(c.since()).not.toMatch(/\[Critical\]|\[Recovered\]/);
  }, 120_000);

  it('five nodes down at once: one digest message, then one recovery digest', async () => {
    const five = nodes.slice(1, 6);
    c.mark();
    await Promise.all(five.map((n) => n.kill()));
    await cycle();
    await cycle();
    await cycle(5 * MIN);
    const out = c.since();
    expect(count(out, '🔴 [Critical]')).toBe(1);
    expect(out).toContain('5 nodes offline: n2, n3, n4, n5, n6');
    expect(out).toContain('[1] 🔌 Retry SSH (all)  [2] 🔕 Mute all 1h');
    expect(events('alert.sent').filter((e) => /digest of 5/.test(e.message))).toHaveLength(5);
    c.mark();
    await Promise.all(five.map((n) => n.start()));
    await cycle();
    await cycle();
    expect(count(c.since(), '✅ [Recovered]')).toBe(1);
    expect(c.since()).toContain('5 nodes back online');
  }, 180_000);

  it('a muted node: events recorded, no message; buttons run audited actions', async () => {
    const n = nodes[0]!;
    await c.type(`/mute ${n.id} 2h`);
    await c.waitFor(/muted for 2 h/);
    c.mark();
    await n.kill();
    await cycle();
    await cycle();
    await cycle(6 * MIN);
    expect(c.since()).not.toContain('[Critical]');
    expect(events('alert.muted', n.id).length).toBeGreaterThan(0);
    await c.type('/mutes');
    await c.waitFor(/🔕 n1 muted until/);
    await c.type(`/unmute ${n.id}`);
    await c.waitFor(/Alerts of n1 are on again/);
    // the held-back alert goes out once the mute is over
    c.mark();
    await cycle();
    expect(count(c.since(), `🔴 [Critical] ${n.id} offline`)).toBe(1);
    // press the alert's buttons: Retry SSH, then Mute 1h
    await c.type('1');
    await c.waitFor(/Retry SSH[\s\S]*n1: .*refused/);
    await c.type('3');
    await c.waitFor(/Alerts of n1 muted for 1 h/);
    const audit = c.app.store.audit.recent(10);
    expect(audit.find((a) => a.action === 'retryssh')).toMatchObject({ operator: 'console', result: 'succeeded', target: n.id });
    expect(audit.find((a) => a.action === 'mute')).toMatchObject({ operator: 'console', result: 'succeeded', target: n.id });
    // the alert message now shows the mute
    c.mark();
    await cycle();
    expect(c.since()).toMatch(/✎ 🔴 \[Critical\] n1 offline[\s\S]*🔕 muted until/);
    await n.start();
    await cycle();
    await cycle();
    expect(count(c.since(), '✅ [Recovered] n1 back online')).toBe(1);
  }, 120_000);

  it('log keywords: one digest per node per 15 min with counts and redacted samples', async () => {
    const n = nodes[3]!;
    await cycle(); // the first scan sets the cursor at the end of the log
    appendFileSync(n.gatewayLogPath, 'boot ok\nERROR db locked token=abcdef1234567890\nFAILED to reach api\nCRITICAL out of memory\n');
    c.mark();
    await cycle();
    const out = c.since();
    expect(out).toMatch(/📜 \[Log keywords\] n4: ERROR ×1, CRITICAL ×1, FAIL ×1/);
    expect(out).toContain('ERROR db locked token=***REDACTED***');
    expect(out).not.toContain('abcdef1234567890');
    appendFileSync(n.gatewayLogPath, 'ERROR again\n');
    c.mark();
    await cycle(5 * MIN);
    expect(c.since()).not.toContain('[Log keywords]');
    await cycle(10 * MIN);
    expect(c.since()).toMatch(/📜 \[Log keywords\] n4: ERROR ×1/);
    expect(events('log.keywords', n.id)).toHaveLength(2);
  }, 120_000);

  it('backup hooks: backup.failed events warn; backup.push_failed plus pending commits open an incident until pushed', async () => {
    c.mark();
    c.app.store.events.add({ nodeId: 'n5', type: 'backup.failed', severity: 'warn', message: msg('event-backup-failed', { node: 'n5', error: msg('backup-agent-cannot-read-workspace', { path: 'workspace/' }) }) });
    await cycle();
    // the notice names the node: it shows the error the event carries, not the event's whole sentence
    expect(c.since()).toMatch(/🟠 \[Warning\] Backup failed on n5\ncannot read the workspace workspace\//);
    c.app.store.kv.set('backup.push_pending', 3);
    c.app.store.events.add({ nodeId: null, type: 'backup.push_failed', severity: 'warn', message: msg('event-backup-push-failed', { error: 'connection refused' }) });
    c.mark();
    await cycle(5 * MIN);
    // the slow checks are a scheduler job (every slow_interval_s), run here as its tick would
    await c.app.scheduler.run('watchdog-slow-checks');
    expect(c.since()).toMatch(/🟠 \[Warning\] backup push to the remote is failing[\s\S]*3 commits not pushed yet/);
    expect(c.app.store.incidents.openCount()).toBe(1);
    expect(c.app.store.audit.recent(5).find((a) => a.action === 'watchdogchecks')).toMatchObject({ operatorDetail: 'cron:watchdog-slow-checks (watchdog slow checks)', result: 'succeeded' });
    c.app.store.kv.set('backup.push_pending', 0);
    c.mark();
    await cycle(5 * MIN);
    await c.app.scheduler.run('watchdog-slow-checks');
    expect(c.app.store.incidents.openCount()).toBe(0);
    expect(c.since()).toMatch(/✎ ✅ \[Resolved\] backup push to the remote is failing/);
    expect(Number(c.app.store.kv.get<string>('watchdog.last_cycle_at'))).toBe(t);
  }, 120_000);
});
