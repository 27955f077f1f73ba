import { chownSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgentScript } from '../../src/nodes/agent.js';
import { sshdAvailable, type TestNode } from '../harness/sshd.js';
import type { ConsoleApp } from '../support/console-app.js';
import { installHostileAgent, startSecurityFleet } from './hostile-node.js';

const avail = sshdAvailable();
// escape sequences a terminal obeys: set the window title, clear the screen, colours; C1 CSI; a bidi override; BEL
const NASTY = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Finding 8 (console escapes, forged card lines) and item 6 (identity) against a node that lies. */
describe.skipIf(!avail.ok)('security: node-supplied strings', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let pageUrl: string;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ nodes, c, pageUrl, close } = await startSecurityFleet('secstr'));
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  function plant(n: TestNode, name: string, json: unknown): string {
    const path = `${n.home}/.ocm/${name}`;
    writeFileSync(path, `${JSON.stringify(json)}\n`);
    chownSync(path, n.uid, n.uid);
    return path;
  }

  it('a hostname with newlines and escape sequences neither forges card lines nor reaches the terminal, and cannot change the node record', async () => {
    const n = nodes[0]!;
    const before = c.app.store.nodes.get('n1')!;
    const status = {
      agent_version: readAgentScript().version,
      hostname: 'evil\n🟢 n9 · forged · online\n\u001b]0;pwned by n1\u0007\u001b[2J\u001b[3J\u001b[H\u009b31m',
      os: 'Linux',
      os_version: 'Debian\u202egnp.exe\n❗ forged problem',
      arch: 'x86_64\r\n',
      uptime_s: 100,
      load: [0.1, 0.1, 0.1],
      cpu_count: 2,
      cpu_pct: 1,
      mem: { total_bytes: 1e9, used_bytes: 1e8, available_bytes: 9e8, used_pct: 10 },
      disk: { path: '/\nDisk 0% used, 1 PB free', total_bytes: 1e9, used_bytes: 1e8, available_bytes: 9e8, used_pct: 10 },
      openclaw: { installed: true, version: `1.0${'x'.repeat(5000)}`, service_manager: 'systemd', gateway: { running: true, pid: 1, port: n.gatewayPort, healthy: true } },
      time_unix: Math.floor(Date.now() / 1000),
      // identity fields a node might try to set
      id: 'n2',
      name: 'hijacked',
      host: '6.6.6.6',
      port: 2222,
      user: 'root',
      ssh_user: 'root',
      host_key_fp: 'SHA256:attacker',
      hostKeyFp: 'SHA256:attacker',
    };
    const path = plant(n, 'evil-status.json', status);
    installHostileAgent(n, { status: `    cat ${path}` });
    c.mark();
    await c.type('/status n1');
    const out = await c.waitFor(/n1 · .* · online[\s\S]*Gateway/, 30_000);
    expect(out).not.toMatch(NASTY);
    expect(out).not.toMatch(/^🟢 n9/m);
    expect(out).not.toMatch(/^❗ forged/m);
    expect(out).not.toMatch(/^Disk 0% used, 1 PB free/m);
    const first = out.split('\n').find((l) => l.includes('n1 · '))!;
    expect(first).toBe('🟢 n1 · evil 🟢 n9 · forged · online · online');
    expect(out.length).toBeLessThan(3000);
    // the record OCM keeps of the node is its own
    const after = c.app.store.nodes.get('n1')!;
    expect(after).toMatchObject({ id: 'n1', name: before.name, host: n.host, port: n.port, sshUser: n.user, hostKeyFp: n.hostKeyFingerprint, hostKeyState: 'pinned', ocHome: before.ocHome, transport: 'ssh' });
    expect(c.app.store.nodes.get('n2')).toMatchObject({ id: 'n2', host: nodes[1]!.host, port: nodes[1]!.port, hostKeyFp: nodes[1]!.hostKeyFingerprint });
    const stored = JSON.parse(after.statusJson!) as { hostname: string; openclaw: { version: string } };
    expect(stored.hostname).not.toMatch(/[\n\r\x1b]/);
    expect(stored.openclaw.version.length).toBeLessThanOrEqual(300);
    // the status page shows the same cleaned single line
    const api = (await (await fetch(new URL('/api/v1/nodes', pageUrl))).json()) as { node_id: string; name: string; host: string; system: { hostname: string } }[];
    const row = api.find((r) => r.node_id === 'n1')!;
    expect(row).toMatchObject({ name: before.name, host: n.host, system: { hostname: 'evil 🟢 n9 · forged · online' } });
    expect(JSON.stringify(row)).not.toMatch(/\\n|\\u001b|\\r/);
    expect(JSON.stringify(row)).not.toMatch(NASTY);
  }, 60_000);

  it('/logs keeps one entry per line but strips escape and control characters, each line bounded', async () => {
    const n = nodes[0]!;
    const path = plant(n, 'evil-logs.json', {
      source: '/var/log/gw.log\u001b]0;title\u0007',
      lines: ['first line', '\u001b[2J\u001b[Hscreen cleared\u001b]0;owned\u0007', 'carriage\rreturn', `long ${'y'.repeat(20_000)}`, 'last line'],
    });
    installHostileAgent(n, { logs: `    cat ${path}` });
    c.mark();
    await c.type('/logs n1');
    const out = await c.waitFor(/last line/, 30_000);
    expect(out).not.toMatch(NASTY);
    expect(out).toMatch(/first line\nscreen cleared\ncarriage return\nlong y+…\nlast line/);
    expect(out.length).toBeLessThan(3000);
  }, 60_000);

  it('an agent error full of escape sequences is shown without them', async () => {
    installHostileAgent(nodes[0]!, { health: `    printf '\\033]0;owned\\007\\033[2Jbroken\\n' >&2; exit 3` });
    c.mark();
    await c.app.nodes
      .agent(c.app.store.nodes.get('n1')!)
      .health()
      .then(
        () => expect.unreachable(),
        (err: Error) => {
          expect(err.message).toMatch(/'health' returned no JSON \(broken\)/);
          expect(err.message).not.toMatch(NASTY);
        },
      );
  }, 30_000);
});
