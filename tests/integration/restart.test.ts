import { execFileSync } from 'node:child_process';
import { chownSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { tempDir } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`restart integration tests skipped: ${avail.reason}`);

// A gateway that keeps the signal dispositions it inherits (Node resets them at start, python
// does not): what OpenClaw's gateway did after a restore started it under `trap '' … TERM`.
const GATEWAY_PY = `import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path == '/health'
        body = b'{"ok":true,"status":"live"}' if ok else b'{}'
        self.send_response(200 if ok else 404)
        self.send_header('content-type', 'application/json')
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
`;

// The node's restart_cmd: TERM the gateway, wait up to 2 s, start a new one (pid to ~/.ocm/gateway.pid).
const RESTART_SH = `pid=$(cat "$HOME/.ocm/gateway.pid" 2>/dev/null)
gone() { st=$(cat "/proc/$1/stat" 2>/dev/null) || return 0; st=\${st##*) }; case \${st%% *} in Z|X) return 0 ;; esac; return 1; }
if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null; i=0; while ! gone "$pid" && [ $i -lt 20 ]; do sleep 0.1; i=$((i+1)); done; fi
cd "$HOME"
setsid nohup bash -c 'echo $$ > "$HOME/.ocm/gateway.pid"; exec bash "$HOME/.ocm/gateway.cmd"' >>"$HOME/.openclaw/logs/gateway.log" 2>&1 </dev/null &
`;

function sigIgn(pid: number): bigint {
  const m = /SigIgn:\s+([0-9a-f]+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return BigInt(`0x${m![1]}`);
}
const TERM = 1n << 14n;

describe.skipIf(!avail.ok)('restart with a restart_cmd, after a rollback', () => {
  let nodes: TestNode[];
  let n: TestNode;
  let c: ConsoleApp;
  let remote: { path: string; remove(): void };

  function put(rel: string, content: string, mode = 0o644): void {
    const path = join(n.home, rel);
    writeFileSync(path, content, { mode });
    const { uid, gid } = statSync(n.home);
    chownSync(path, uid, gid);
  }

  async function confirm(): Promise<void> {
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
  }

  async function restart(): Promise<string> {
    c.mark();
    await c.type(`/restart ${n.id}`);
    await confirm();
    return c.waitFor(/restarted and healthy — pid \d+|gateway restart failed|not restarted/, 45_000);
  }

  beforeAll(async () => {
    // no systemd or launchd on this node: only its restart_cmd can restart the gateway
    nodes = await startNodes(1, { prefix: 'rst', serviceManager: 'none' });
    n = nodes[0]!;
    put('.ocm/gw.py', GATEWAY_PY);
    put('.ocm/restart.sh', RESTART_SH, 0o755);
    n.setGatewayCommand({ cmd: ['python3', '{home}/.ocm/gw.py', '{port}'] });
    remote = tempDir('ocm-remote-');
    const bare = join(remote.path, 'backups.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const yaml = `ssh:\n  handshake_timeout_s: 2\npipeline:\n  confirm_timeout_s: 60\nbackup:\n  schedule: 'off'\n  remote: ${bare}\n  health_wait_s: 8\n`;
    c = startConsoleApp({ yaml, key: { privateKeyPath: n.clientKeyPath, publicKey: n.clientPublicKey }, codes: ['1111'] });
    c.mark();
    await c.type(`/newnode id=${n.id} host=${n.host} port=${n.port} user=${n.user} gateway_port=${n.gatewayPort} restart_cmd="bash ~/.ocm/restart.sh"`);
    await c.waitFor(/\[1\] 🔐 Trust/);
    await c.type('1');
    await c.waitFor(new RegExp(`Node ${n.id} added`), 60_000);
  }, 120_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
    remote?.remove();
  });

  it('/newnode stored the restart command given in the one-line form', () => {
    expect(c.app.store.nodes.get(n.id)).toMatchObject({ restartCmd: 'bash ~/.ocm/restart.sh', gatewayPort: n.gatewayPort });
  });

  it('after /rollback the gateway does not ignore TERM, and /restart gives a new pid', async () => {
    expect(await restart()).toMatch(/restarted and healthy/); // now the python gateway runs
    c.mark();
    await c.type(`/backup ${n.id}`);
    await c.waitFor(/💾 Backup[\s\S]*✅/, 60_000);
    c.mark();
    await c.type(`/stable ${n.id}`);
    await c.waitFor(/⭐[\s\S]*tagged/, 60_000);
    put('.openclaw/workspace/SOUL.md', 'changed after the stable backup\n');
    c.mark();
    await c.type(`/rollback ${n.id}`);
    await confirm();
    await c.waitFor(/type the safety code 1111/);
    await c.type('1111');
    await c.waitFor(/restored to|restore of .* failed/, 90_000);
    expect(c.since()).toMatch(/restored to/);
    const afterRollback = n.gatewayPid()!;
    expect(afterRollback).toBeGreaterThan(0);
    expect(sigIgn(afterRollback) & TERM).toBe(0n);
    const out = await restart();
    const pid = Number(/restarted and healthy — pid (\d+)/.exec(out)?.[1]);
    expect(pid).not.toBe(afterRollback);
    expect(n.gatewayPid()).toBe(pid);
  }, 180_000);

  it('a restart that cannot stop the old gateway is reported as failed, in the reply and the event', async () => {
    // the next gateway ignores TERM: the restart command cannot stop it, the new one cannot bind
    n.setGatewayCommand({ cmd: ['bash', '-c', `trap '' TERM; exec python3 "$1" "$2"`, 'gw', '{home}/.ocm/gw.py', '{port}'] });
    expect(await restart()).toMatch(/restarted and healthy/);
    const stuck = n.gatewayPid()!;
    expect(sigIgn(stuck) & TERM).toBe(TERM);
    const out = await restart();
    expect(out).not.toMatch(/restarted and healthy/);
    expect(out).toMatch(new RegExp(`the old one \\(pid ${stuck}\\) still runs, and the new one could not bind port ${n.gatewayPort} \\(address already in use\\)`));
    const ev = c.app.store.events.recent(5).find((e) => e.type === 'gateway.restart_failed')!;
    expect(ev.message).toContain(`pid ${stuck}) still runs`);
    expect(c.app.store.events.recent(5).filter((e) => e.type === 'gateway.restarted' && e.createdAt >= ev.createdAt)).toEqual([]);
    expect(c.app.store.audit.recent(1)[0]).toMatchObject({ action: 'restart', result: 'failed' });
  }, 120_000);
});
