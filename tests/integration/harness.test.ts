// Self-test of tests/harness: real sshd nodes on loopback, reached with ssh2 and a pinned host key.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidAlive, pidsOfUid, waitUntil } from '../harness/proc.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';

const { Client } = ssh2;
type Conn = InstanceType<typeof Client>;

const avail = sshdAvailable();
if (!avail.ok) console.warn(`harness self-test skipped: ${avail.reason}`);

function fingerprintOf(key: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
}

function connect(node: TestNode, opts: { pin?: string; readyTimeout?: number } = {}): Promise<Conn> {
  const pin = opts.pin ?? node.hostKeyFingerprint;
  return new Promise((resolve, reject) => {
    const conn = new Client();
    conn.once('ready', () => resolve(conn));
    // `on`, not `once`: after a handshake timeout ssh2 emits a second error ("Connection lost before handshake").
    conn.on('error', (err) => {
      conn.end();
      reject(err);
    });
    conn.connect({
      host: node.host,
      port: node.port,
      username: node.user,
      privateKey: readFileSync(node.clientKeyPath),
      hostVerifier: (key: Buffer) => fingerprintOf(key) === pin,
      readyTimeout: opts.readyTimeout ?? 5_000,
    });
  });
}

function exec(conn: Conn, cmd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    conn.exec(cmd, (err, stream) => {
      if (err) return reject(err);
      let stdout = '';
      let stderr = '';
      stream.on('data', (d: Buffer) => (stdout += d.toString()));
      stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      stream.on('close', (code: number | null) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  });
}

async function sshRun(node: TestNode, cmd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const conn = await connect(node);
  try {
    return await exec(conn, cmd);
  } finally {
    conn.end();
  }
}

async function health(node: TestNode): Promise<{ status: number; body: unknown } | { error: string }> {
  try {
    const res = await fetch(`http://127.0.0.1:${node.gatewayPort}/health`);
    return { status: res.status, body: await res.json() };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { error: cause?.code ?? String(err) };
  }
}

describe.skipIf(!avail.ok)('test harness: OpenSSH nodes on loopback', () => {
  let nodes: TestNode[] = [];
  const seenPids = new Set<number>();
  const remember = (pid: number | undefined): void => {
    if (pid) seenPids.add(pid);
  };

  beforeAll(async () => {
    nodes = await startNodes(3);
  });

  afterAll(async () => {
    await stopAll(nodes);
  });

  it('starts three nodes with distinct addresses, ports, users and running gateways', () => {
    expect(nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(new Set(nodes.map((n) => `${n.host}:${n.port}`)).size).toBe(3);
    expect(new Set(nodes.map((n) => n.gatewayPort)).size).toBe(3);
    expect(new Set(nodes.map((n) => n.user)).size).toBe(3);
    for (const n of nodes) {
      expect(n.hostKeyFingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
      expect(n.clientPublicKey).toMatch(/^ssh-ed25519 /);
      expect(JSON.parse(readFileSync(`${n.ocHome}/openclaw.json`, 'utf8'))).toEqual({ gateway: { port: n.gatewayPort } });
      expect(pidAlive(n.sshdPid())).toBe(true);
      expect(pidAlive(n.gatewayPid())).toBe(true);
      remember(n.sshdPid());
      remember(n.gatewayPid());
    }
  });

  it('logs in as the node user, with its home and the systemctl shim first on PATH', async () => {
    const results = await Promise.all(nodes.map((n) => sshRun(n, 'whoami; echo $HOME; command -v systemctl')));
    results.forEach((r, k) => {
      const n = nodes[k] as TestNode;
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual([n.user, n.home, `${n.binDir}/systemctl`]);
    });
    expect(await health(nodes[0] as TestNode)).toEqual({ status: 200, body: { ok: true, status: 'live' } });
  });

  it('restarts the gateway over ssh through the shim: new pid, /health answers', async () => {
    const n = nodes[0] as TestNode;
    const before = n.gatewayPid();
    const r = await sshRun(n, 'systemctl --user restart openclaw-gateway.service && systemctl --user is-active openclaw-gateway.service');
    expect(r).toMatchObject({ code: 0, stdout: 'active\n' });
    const after = n.gatewayPid();
    remember(after);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(pidAlive(before)).toBe(false);
    expect(await waitUntil(async () => 'status' in (await health(n)), 5_000, 50)).toBe(true);
    expect(await health(n)).toEqual({ status: 200, body: { ok: true, status: 'live' } });
    const calls = n.shimCalls();
    expect(calls.some((l) => / systemctl --user restart openclaw-gateway\.service$/.test(l))).toBe(true);
    expect(calls.some((l) => / systemctl --user is-active openclaw-gateway\.service$/.test(l))).toBe(true);
  });

  it('killGateway crashes the gateway: /health refuses, is-active says inactive; startGateway brings it back', async () => {
    const n = nodes[0] as TestNode;
    const pid = n.gatewayPid();
    await n.killGateway();
    expect(pidAlive(pid)).toBe(false);
    expect(await health(n)).toEqual({ error: 'ECONNREFUSED' });
    expect(await sshRun(n, 'systemctl --user is-active openclaw-gateway.service')).toMatchObject({ code: 3, stdout: 'inactive\n' });
    expect((await sshRun(n, 'systemctl --user status nope.service')).code).toBe(4);

    n.setGatewayCommand('fake', { FAKE_GATEWAY_ERROR: 'disk full' });
    await n.startGateway();
    remember(n.gatewayPid());
    expect(await health(n)).toEqual({ status: 200, body: { ok: true, status: 'live' } });
    expect(readFileSync(n.gatewayLogPath, 'utf8')).toMatch(/ERROR disk full/);
  });

  it('kill() drops sessions and refuses connections at once; start() serves again with the same host key', async () => {
    const n = nodes[1] as TestNode;
    const fp = n.hostKeyFingerprint;
    const open = await connect(n);
    const closed = new Promise<void>((resolve) => open.on('close', () => resolve()));
    await n.kill();
    await closed; // the node's sessions die with it
    expect(n.sshdPid()).toBeUndefined();
    const t0 = Date.now();
    await expect(connect(n)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(Date.now() - t0).toBeLessThan(1_000);
    await n.start();
    remember(n.sshdPid());
    expect(n.hostKeyFingerprint).toBe(fp);
    expect((await sshRun(n, 'true')).code).toBe(0);
  });

  it('rotateHostKey() makes the old pin fail', async () => {
    const n = nodes[1] as TestNode;
    const old = n.hostKeyFingerprint;
    await n.rotateHostKey();
    remember(n.sshdPid());
    expect(n.hostKeyFingerprint).not.toBe(old);
    await expect(connect(n, { pin: old })).rejects.toMatchObject({ level: 'handshake' });
    expect((await sshRun(n, 'true')).code).toBe(0);
  });

  it('pause() makes the host silent (handshake times out); resume() brings it back', async () => {
    const n = nodes[2] as TestNode;
    n.pause();
    try {
      await expect(connect(n, { readyTimeout: 1_000 })).rejects.toThrow(/Timed out while waiting for handshake/);
    } finally {
      n.resume();
    }
    expect((await sshRun(n, 'echo back')).stdout).toBe('back\n');
  });

  it('the launchctl shim drives the gateway on a launchd-style node', async () => {
    const [m] = await startNodes(1, { prefix: `${process.pid.toString(36)}l`, serviceManager: 'launchd', startGateway: false });
    const node = m as TestNode;
    try {
      const r = await sshRun(
        node,
        [
          'command -v launchctl; command -v systemctl || echo no-shim',
          'launchctl list ai.openclaw.gateway >/dev/null 2>&1; echo "before=$?"',
          'launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/ai.openclaw.gateway.plist; echo "bootstrap=$?"',
          'launchctl list ai.openclaw.gateway | grep -c "\\"PID\\" = $(cat ~/.ocm/gateway.pid);"',
          'launchctl kickstart -k gui/$(id -u)/ai.openclaw.gateway; echo "kickstart=$?"',
        ].join('; '),
      );
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toBe(`${node.binDir}/launchctl`);
      expect(lines.slice(2)).toEqual(['before=113', 'bootstrap=0', '1', 'kickstart=0']);
      expect(node.shimCalls().map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual([
        'launchctl list',
        'launchctl bootstrap',
        'launchctl list',
        'launchctl kickstart',
      ]);
      expect(pidAlive(node.gatewayPid())).toBe(true);
    } finally {
      await stopAll([node]);
    }
  });

  it('stopAll leaves no sshd, gateway or user process of ours running', async () => {
    for (const n of nodes) {
      remember(n.sshdPid());
      remember(n.gatewayPid());
    }
    const uids = nodes.map((n) => n.uid);
    await stopAll(nodes);
    expect([...seenPids].filter((pid) => pidAlive(pid))).toEqual([]);
    expect(uids.flatMap((uid) => pidsOfUid(uid))).toEqual([]);
    expect(nodes.every((n) => n.sshdPid() === undefined && n.gatewayPid() === undefined)).toBe(true);
  });
});
