import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { tempDir, until } from '../support/capture.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`SSH integration tests skipped: ${avail.reason}`);

const YAML = 'ssh:\n  handshake_timeout_s: 1\n  command_timeout_s: 30\npipeline:\n  confirm_timeout_s: 30\n';

function oneLine(n: TestNode, id = n.id): string {
  return `/newnode id=${id} host=${n.host} port=${n.port} user=${n.user} home=~/.openclaw`;
}

describe.skipIf(!avail.ok)('nodes over real SSH', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;

  beforeAll(async () => {
    nodes = await startNodes(10, { prefix: 'ssh' });
    // OCM logs in with its own key: use node 1's client key as OCM's and authorize it everywhere,
    // as an operator does with the key /newnode shows
    for (const n of nodes.slice(1)) appendFileSync(`${n.dir}/authorized_keys`, `${nodes[0]!.clientPublicKey}\n`);
    c = startConsoleApp({ yaml: YAML, key: { privateKeyPath: nodes[0]!.clientKeyPath, publicKey: nodes[0]!.clientPublicKey }, codes: ['4711', '4712', '4713', '4714'] });
  }, 120_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
  });

  async function onboard(n: TestNode): Promise<string> {
    c.mark();
    await c.type(oneLine(n));
    const prompt = await c.waitFor(/\[1\] 🔐 Trust {2}\[2\] ✖ Cancel/);
    expect(prompt).toContain(n.hostKeyFingerprint);
    await c.type('1');
    return c.waitFor(new RegExp(`Node ${n.id} added[\\s\\S]*${n.id} · `));
  }

  it('onboards a node in one line: fingerprint, trust, agent, first status card', async () => {
    const n = nodes[0]!;
    const out = await onboard(n);
    expect(out).toMatch(/agent [0-9a-f]{12} installed/);
    expect(out).toMatch(/Gateway 🟢 healthy/);
    const rec = c.app.store.nodes.get(n.id)!;
    expect(rec).toMatchObject({ transport: 'ssh', host: n.host, port: n.port, sshUser: n.user, hostKeyFp: n.hostKeyFingerprint, hostKeyState: 'pinned', status: 'online' });
    expect(existsSync(`${n.home}/.ocm/ocm-agent.sh`)).toBe(true);
    expect(c.app.store.audit.recent(5).map((a) => [a.action, a.result])).toEqual(expect.arrayContaining([['newnode', 'succeeded'], ['scanhost', 'succeeded']]));
  });

  it('asks field by field, re-asks on bad answers, and Cancel stores nothing', async () => {
    const n = nodes[1]!;
    c.mark();
    await c.type('/newnode');
    await c.waitFor(/1\/7 Node id\?/);
    await c.type('Bad Id!');
    await c.waitFor(/a node id is 1–32 characters[\s\S]*1\/7 Node id\?/);
    await c.type(n.id);
    // a command in the middle (e.g. after a restart left the conversation open) is not forced into it
    c.mark();
    await c.type('/nodes');
    await c.waitFor(/still adding a node \(\/newnode\), so \/nodes was not run[\s\S]*\[1\] ▶ Resume {2}\[2\] ✖ Cancel/);
    c.mark();
    await c.type('1');
    await c.waitFor(/2\/7 Display name\?/);
    await c.type('-');
    c.mark();
    await c.type('host "with" spaces');
    await c.waitFor(/a host is a DNS name or an IP address[\s\S]*3\/7 Host\?/);
    await c.type(n.host);
    await c.type('twenty-two');
    await c.waitFor(/a port is a number/);
    await c.type(String(n.port));
    await c.type(n.user);
    await c.type('-');
    await c.waitFor(/7\/7 Command that restarts the gateway/);
    await c.type('-');
    await c.waitFor(/Trust this host key/);
    c.mark();
    await c.type('2');
    await c.waitFor(/Cancelled — the host key was not stored/);
    expect(c.app.store.nodes.get(n.id)).toBeUndefined();
  });

  it('refuses an unknown key in the one-line form, naming the nearest one, and starts nothing', async () => {
    c.mark();
    await c.type('/newnode id=x hots=1.2.3.4 user=u');
    await c.waitFor(/unknown key 'hots' — did you mean 'host'\?\. Nothing was started/);
    expect(c.since()).not.toMatch(/Node id\?|Add a node/);
    c.mark();
    await c.type('/events 1'); // no conversation was left open to swallow it
    await c.waitFor(/Last event\n/);
    expect(c.app.store.nodes.get('x')).toBeUndefined();
  });

  it('a cancelled conversation offered after a command stores nothing', async () => {
    c.mark();
    await c.type('/newnode');
    await c.waitFor(/1\/7 Node id\?/);
    await c.type('/status');
    await c.waitFor(/\[2\] ✖ Cancel/);
    c.mark();
    await c.type('2');
    await c.waitFor(/Cancelled — no node was added/);
    c.mark();
    await c.type('/events 1');
    await c.waitFor(/Last event\n/);
  });

  it('refuses hostile input before anything reaches a shell', async () => {
    const n = nodes[1]!;
    rmSync('/tmp/ocm-pwned', { force: true });
    c.mark();
    await c.type(`/newnode id=a;touch${'\u0020'}/tmp/ocm-pwned host=${n.host} user=${n.user}`);
    await c.waitFor(/id: a node id is 1–32 characters/);
    await c.type('/cancel');
    c.mark();
    await c.type(`/newnode id=ok host="10.0.0.1;id" user=${n.user}`);
    await c.waitFor(/host: a host is a DNS name/);
    await c.type('/cancel');
    c.mark();
    await c.type(`/logs ${nodes[0]!.id} abc`);
    await c.waitFor(/lines: lines must be a number[\s\S]*Usage: \/logs <node> \[lines\]/);
    await c.type('/status g3s;reboot');
    await c.waitFor(/give a node id|node id is 1–32/);
    expect(existsSync('/tmp/ocm-pwned')).toBe(false);
  });

  it('checks 10 nodes in parallel with one card each and a summary line', async () => {
    for (const n of nodes.slice(1)) await onboard(n);
    c.mark();
    const t0 = Date.now();
    await c.type('/status all');
    const out = await c.waitFor(/🟡 10\/11 online · 1 degraded[\s\S]*n10 ·/, 60_000);
    expect(Date.now() - t0).toBeLessThan(30_000);
    for (const n of nodes) expect(out).toContain(`${n.id} · `);
  }, 180_000);

  it('restarts the gateway through the service manager: new pid, healthy', async () => {
    const n = nodes[2]!;
    const before = n.gatewayPid();
    c.mark();
    await c.type(`/restart ${n.id}`);
    await c.waitFor(/Please confirm: restart OpenClaw on n3[\s\S]*\[1\] ✅ Confirm/);
    await c.type('1');
    const out = await c.waitFor(/n3<?\/?b?>?: OpenClaw gateway restarted and healthy — pid (\d+)|n3: OpenClaw gateway restarted and healthy — pid \d+/, 45_000);
    const pid = Number(/restarted and healthy — pid (\d+)/.exec(out)![1]);
    expect(pid).not.toBe(before);
    expect(n.gatewayPid()).toBe(pid);
    expect(n.shimCalls().some((l) => /restart openclaw-gateway\.service/.test(l))).toBe(true);
    expect(c.app.store.audit.recent(1)[0]).toMatchObject({ action: 'restart', target: 'n3', result: 'succeeded', operator: 'console' });
  });

  it('/editnode sets a restart command (unknown keys refused), audited with the old value; /restart then uses it', async () => {
    const n = nodes[3]!;
    c.mark();
    await c.type(`/editnode ${n.id} restrat_cmd=true`);
    await c.waitFor(/unknown key 'restrat_cmd' — did you mean 'restart_cmd'\?/);
    expect(c.app.store.nodes.get(n.id)!.restartCmd).toBeNull();
    const cmd = 'systemctl --user restart openclaw-gateway.service';
    c.mark();
    await c.type(`/editnode ${n.id} restart_cmd="${cmd}"`);
    await c.waitFor(new RegExp(`change ${n.id}: restart_cmd \\(none\\) → ${cmd}[\\s\\S]*\\[1\\] ✅ Confirm`));
    await c.type('1');
    await c.waitFor(new RegExp(`${n.id} changed:[\\s\\S]*restart_cmd: \\(none\\) → ${cmd}`));
    expect(c.app.store.nodes.get(n.id)!.restartCmd).toBe(cmd);
    const row = c.app.store.audit.recent(1)[0]!;
    expect(row).toMatchObject({ action: 'editnode', target: n.id, result: 'succeeded' });
    expect(JSON.parse(row.params ?? '{}')).toMatchObject({ restart_cmd: cmd, previous: { restart_cmd: null } });
    const before = n.gatewayPid();
    c.mark();
    await c.type(`/restart ${n.id}`);
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    const out = await c.waitFor(/restarted and healthy — pid (\d+)/, 45_000);
    expect(Number(/pid (\d+)/.exec(out)![1])).not.toBe(before);
    expect(c.app.store.events.recent(5).find((e) => e.type === 'gateway.restarted')!.message).toMatch(/\(custom\)/);
  });

  it('shows the tail of the gateway log', async () => {
    const n = nodes[3]!;
    c.mark();
    await c.type(`/logs ${n.id} 5`);
    const out = await c.waitFor(/📜 n4 — last \d+ lines of/);
    expect(out).toMatch(/gateway listening on 127\.0\.0\.1:\d+/);
  });

  it('a killed gateway shows as degraded', async () => {
    const n = nodes[4]!;
    await n.killGateway();
    c.mark();
    await c.type(`/status ${n.id}`);
    await c.waitFor(/🟡 n5 · .* · degraded[\s\S]*Gateway 🔴 not running/);
    expect(c.app.store.nodes.get(n.id)!.status).toBe('degraded');
  });

  it('killed sshd: a clear error within a second', async () => {
    const n = nodes[5]!;
    await n.kill();
    c.mark();
    const t0 = Date.now();
    await c.type(`/status ${n.id}`);
    await c.waitFor(new RegExp(`SSH connection refused on ${n.host.replace(/\./g, '\\.')}:${n.port} — is sshd running\\?`), 5000);
    expect(Date.now() - t0).toBeLessThan(1000);
    await n.start();
  });

  it('silent node (SIGSTOP): timeout error within the handshake timeout', async () => {
    const n = nodes[6]!;
    await c.app.nodes.drop(n.id); // no pooled connection: a fresh handshake meets the frozen sshd
    n.pause();
    try {
      c.mark();
      const t0 = Date.now();
      await c.type(`/status ${n.id}`);
      await c.waitFor(/no SSH answer from .* within 1 s/, 10_000);
      expect(Date.now() - t0).toBeLessThan(3000);
    } finally {
      n.resume();
    }
  });

  it('a changed host key is refused, recorded, and only /trusthost re-pins it', async () => {
    const n = nodes[7]!;
    const old = n.hostKeyFingerprint;
    await c.app.nodes.drop(n.id);
    await n.rotateHostKey();
    c.mark();
    await c.type(`/status ${n.id}`);
    const out = await c.waitFor(/host key changed/);
    expect(out).toContain(n.hostKeyFingerprint);
    expect(c.app.store.nodes.get(n.id)).toMatchObject({ hostKeyFp: old, hostKeyState: 'mismatch' });
    expect(c.app.store.events.recent(20).some((e) => e.type === 'hostkey.mismatch')).toBe(true);

    c.mark();
    await c.type(`/trusthost ${n.id}`);
    await c.waitFor(/High-risk operation: trust n8's host key SHA256:[\s\S]*\[1\] ✅ Confirm/);
    await c.type('1');
    const code = /type the safety code (\d{4})/.exec(await c.waitFor(/type the safety code \d{4}/))![1]!;
    await c.type(code);
    await c.waitFor(/host key pinned to/);
    expect(c.app.store.nodes.get(n.id)).toMatchObject({ hostKeyFp: n.hostKeyFingerprint, hostKeyState: 'pinned' });
    c.mark();
    await c.type(`/status ${n.id}`);
    await c.waitFor(/🟢 n8 · /);
  });

  it('removes a node only after two confirmations and the code', async () => {
    const n = nodes[9]!;
    c.mark();
    await c.type(`/removenode ${n.id}`);
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    await c.waitFor(/type the safety code \d{4}/);
    await c.type('0000');
    await c.waitFor(/Wrong code — 2 tries left/);
    expect(c.app.store.nodes.get(n.id)).toBeDefined();
    const code = /type the safety code (\d{4})/.exec(c.since())![1]!;
    await c.type(code);
    await c.waitFor(/n10 removed from OCM/);
    expect(c.app.store.nodes.get(n.id)).toBeUndefined();
  });
});

describe.skipIf(!avail.ok)('declared nodes', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let data: { path: string; remove(): void };

  beforeAll(async () => {
    nodes = await startNodes(2, { prefix: 'decl' });
    const n = nodes[0]!;
    const yaml = `${YAML}nodes:\n  - id: d1\n    host: ${n.host}\n    port: ${n.port}\n    user: ${n.user}\n    gateway_port: ${n.gatewayPort}\n`;
    data = tempDir('ocm-declared-');
    c = startConsoleApp({ yaml, key: { privateKeyPath: n.clientKeyPath, publicKey: n.clientPublicKey }, dataDir: data.path });
  }, 60_000);

  afterAll(async () => {
    await c?.close();
    data?.remove();
    if (nodes) await stopAll(nodes);
  });

  it("asks an owner to trust a declared node's key on first connection", async () => {
    const n = nodes[0]!;
    expect(c.app.store.nodes.get('d1')).toMatchObject({ declared: true, hostKeyState: 'pending' });
    await c.type('/status d1');
    const out = await c.waitFor(/d1 \(.*\) presents host key SHA256:[\s\S]*\[1\] 🔐 Trust this key/);
    expect(out).toContain(n.hostKeyFingerprint);
    await c.type('1');
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    const code = /type the safety code (\d{4})/.exec(await c.waitFor(/type the safety code \d{4}/))![1]!;
    c.mark();
    await c.type(code);
    await c.waitFor(/host key pinned to/);
    await until(() => c.app.store.nodes.get('d1')!.hostKeyState === 'pinned');
    c.mark();
    await c.type('/status d1');
    await c.waitFor(/🟢 d1 · /);
    expect(readFileSync(`${n.home}/.ocm/ocm-agent.sh`, 'utf8')).toMatch(/^AGENT_VERSION=[0-9a-f]{64}$/m);
  });

  it('does not register a node OCM cannot log in to, and says what to do', async () => {
    const n = nodes[1]!; // OCM's key is not in this node's authorized_keys
    c.mark();
    await c.type(oneLine(n, 'nokey'));
    await c.waitFor(/\[1\] 🔐 Trust/);
    await c.type('1');
    await c.waitFor(new RegExp(`SSH key not accepted for ${n.user}@${n.host.replace(/\./g, '\\.')} — add OCM's public key`));
    expect(c.app.store.nodes.get('nokey')).toBeUndefined();
    expect(c.app.store.audit.recent(1)[0]).toMatchObject({ action: 'newnode', target: 'nokey', result: 'failed' });
  });

  it('a declared node removed from the file is kept (with its pinned key), marked "not declared", until /removenode', async () => {
    const n = nodes[0]!;
    expect(c.app.store.nodes.get('d1')).toMatchObject({ declared: true, hostKeyState: 'pinned' });
    // OCM restarted with d1 gone from the config file
    await c.close();
    c = startConsoleApp({ yaml: YAML, key: { privateKeyPath: n.clientKeyPath, publicKey: n.clientPublicKey }, dataDir: data.path, codes: ['5151'] });
    expect(c.app.store.nodes.get('d1')).toMatchObject({ declared: false, undeclared: true, hostKeyState: 'pinned', hostKeyFp: n.hostKeyFingerprint });
    expect(c.app.store.events.recent(5).find((e) => e.type === 'node.undeclared')!.message).toContain('kept as "not declared" until /removenode d1');
    c.mark();
    await c.type('/nodes');
    await c.waitFor(/d1 .*· not declared \(gone from the config file; \/removenode d1 removes it\)/);
    c.mark();
    await c.type('/status d1');
    await c.waitFor(/🟢 d1 · /);
    c.mark();
    await c.type('/removenode d1');
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    await c.waitFor(/type the safety code 5151/);
    await c.type('5151');
    await c.waitFor(/d1 removed from OCM/);
    expect(c.app.store.nodes.get('d1')).toBeUndefined();
  });
});
