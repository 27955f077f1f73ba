// The node agent, built from agent/src as OCM pushes it, run for real with bash: every subcommand
// must print exactly one JSON line. macOS code paths run against stub tools put first on PATH.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readAgentScript } from '../../src/nodes/agent.js';

const HEALTH_SERVER = fileURLToPath(new URL('../fixtures/agent/health-server.mjs', import.meta.url));
const SKILLS_LIST = fileURLToPath(new URL('../fixtures/agent/skills-list.json', import.meta.url));
const NODE = process.execPath;

interface Mem { total_bytes: number; used_bytes: number; available_bytes: number; used_pct: number }
interface Disk { path: string; total_bytes: number; used_bytes: number; available_bytes: number; used_pct: number }
interface Gateway { running: boolean; pid: number | null; port: number; healthy: boolean }
interface Status {
  agent_version: string; hostname: string; os: string; os_version: string; arch: string;
  uptime_s: number; load: number[]; cpu_count: number; cpu_pct: number; mem: Mem; disk: Disk;
  openclaw: {
    installed: boolean; path: string | null; version: string | null; home: string; home_exists: boolean;
    service_manager: string; gateway: Gateway; skills: unknown;
  };
  time_unix: number;
}
interface Health {
  ok: boolean;
  checks: { openclaw_installed: boolean; gateway_running: boolean; gateway_healthy: boolean; disk_used_pct: number; mem_used_pct: number };
  problems: string[];
}
interface Logs { source: string; lines: string[] }
interface Restart { ok: boolean; method: string; old_pid: number | null; pid: number | null; healthy: boolean; waited_ms: number | null; error?: string }
interface Failure { ok: false; error: string }

interface Result<T> { code: number; json: T; stderr: string }

const tmpRoot = mkdtempSync(join(tmpdir(), 'ocm-agent-test-'));
const AGENT = readAgentScript();
const SCRIPT = join(tmpRoot, 'ocm-agent.sh');
writeFileSync(SCRIPT, AGENT.text);
let seq = 0;
function tempDir(name: string): string {
  const dir = join(tmpRoot, `${name}-${++seq}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A directory of symlinks to /usr/bin and /bin minus `exclude`: a PATH without openclaw (or curl). */
function binDir(exclude: string[]): string {
  const dir = tempDir('bin');
  for (const src of ['/usr/bin', '/bin']) {
    if (!existsSync(src)) continue;
    for (const name of readdirSync(src)) {
      if (exclude.includes(name) || existsSync(join(dir, name))) continue;
      symlinkSync(join(src, name), join(dir, name));
    }
  }
  return dir;
}

function writeExe(dir: string, name: string, body: string): void {
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
}

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

let BIN = '';
let BIN_NO_CURL = '';

function run<T>(args: string[], env: { HOME: string; PATH?: string; [k: string]: string | undefined }): Promise<Result<T>> {
  return new Promise((resolve, reject) => {
    execFile('bash', [SCRIPT, ...args], { env: { PATH: BIN, ...env }, timeout: 60_000, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      // The contract: exactly one line on stdout, and it is a JSON object.
      const lines = stdout.split('\n');
      if (lines.length !== 2 || lines[1] !== '') {
        reject(new Error(`expected one line on stdout, got ${JSON.stringify(stdout)} (stderr ${stderr})`));
        return;
      }
      try {
        resolve({ code, json: JSON.parse(lines[0] ?? '') as T, stderr });
      } catch (e) {
        reject(new Error(`stdout is not JSON: ${stdout} (${String(e)})`));
      }
    });
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const servers: Server[] = [];
const pids: number[] = [];

/** An in-process gateway stand-in answering GET /health with `body`. */
async function startHealthServer(body = '{"ok":true,"status":"live"}'): Promise<number> {
  const s = createServer((req, res) => {
    res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body);
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

async function waitHealthy(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing healthy on ${port}`);
}

function readPid(home: string): number {
  return Number(readFileSync(join(home, '.ocm', 'gateway.pid'), 'utf8').trim());
}

beforeAll(() => {
  BIN = binDir(['openclaw']);
  BIN_NO_CURL = binDir(['openclaw', 'curl']);
});

afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
});

afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

describe('ocm-agent: contract', () => {
  it('embeds its version, the SHA-256 of the file without that line, and `version` reports it', async () => {
    const text = readFileSync(SCRIPT, 'utf8');
    const m = /^AGENT_VERSION=([0-9a-f]{64})$/m.exec(text);
    expect(m?.[1]).toBe(AGENT.version);
    const rest = text.split('\n').filter((l) => !l.startsWith('AGENT_VERSION=')).join('\n');
    expect(createHash('sha256').update(rest).digest('hex')).toBe(AGENT.version);
    const r = await run<{ agent_version: string }>(['version'], { HOME: tempDir('home') });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ agent_version: AGENT.version });
  });

  it('uses no bash 4+ features (macOS ships bash 3.2)', () => {
    const code = readFileSync(SCRIPT, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*#/.test(l))
      .join('\n');
    for (const bad of [/declare -[A-Za-z]*[An]/, /local -[A-Za-z]*[An]/, /\bmapfile\b/, /\breadarray\b/, /\$\{[^}]*(,,|\^\^)\}/,
      /\bcoproc\b/, /\bwait -n\b/, /;;&|;&/, /\|&/, /&>>/, /\$\{[^}]*@[QEPAKa]\}/, /\[-1\]/, /printf '%\(/]) {
      expect(code).not.toMatch(bad);
    }
  });

  it.each([
    [['logs', 'abc'], 'logs count'],
    [['status', '--port', 'x'], '--port'],
    [['--port', '70000', 'health'], '--port'],
    [['status', '--bogus'], 'unknown option'],
    [['status', '--home'], 'needs a value'],
    [['openclaw-restart', '--wait', '1.5'], '--wait'],
    [['frobnicate'], 'unknown subcommand'],
    [[], 'missing subcommand'],
  ])('rejects bad input %j with exit 2', async (args, text) => {
    const r = await run<Failure>(args, { HOME: tempDir('home') });
    expect(r.code).toBe(2);
    expect(r.json.ok).toBe(false);
    expect(r.json.error).toContain(text);
  });
});

describe('ocm-agent status on this Linux machine', () => {
  it('reports every field with the right type', async () => {
    const home = tempDir('home');
    const port = await freePort();
    const r = await run<Status>(['status', '--port', String(port)], { HOME: home });
    expect(r.code).toBe(0);
    const s = r.json;
    expect(s.agent_version).toBe(AGENT.version);
    expect(s.hostname).toMatch(/\S/);
    expect(s.os).toBe('linux');
    expect(s.os_version).toMatch(/\S/);
    expect(s.arch).toMatch(/\S/);
    expect(Number.isInteger(s.uptime_s) && s.uptime_s >= 0).toBe(true);
    expect(s.load).toHaveLength(3);
    for (const l of s.load) expect(typeof l).toBe('number');
    expect(s.cpu_count).toBeGreaterThanOrEqual(1);
    expect(s.cpu_count).toBeLessThanOrEqual(cpus().length);
    expect(s.cpu_pct).toBeGreaterThanOrEqual(0);
    expect(s.cpu_pct).toBeLessThanOrEqual(100);
    const memTotalKb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
    expect(s.mem.total_bytes).toBe(memTotalKb * 1024);
    expect(s.mem.used_bytes + s.mem.available_bytes).toBe(s.mem.total_bytes);
    expect(s.mem.used_pct).toBeGreaterThanOrEqual(0);
    expect(s.mem.used_pct).toBeLessThanOrEqual(100);
    expect(s.disk.path).toBe(home); // no ~/.openclaw here, so the home's file system
    expect(s.disk.total_bytes).toBeGreaterThan(0);
    expect(s.disk.used_bytes + s.disk.available_bytes).toBeLessThanOrEqual(s.disk.total_bytes);
    expect(Number.isInteger(s.disk.used_pct)).toBe(true);
    const globalOpenclaw = ['/usr/local/bin/openclaw', '/opt/homebrew/bin/openclaw'].some((p) => existsSync(p));
    expect(s.openclaw.installed).toBe(globalOpenclaw);
    if (!globalOpenclaw) expect(s.openclaw).toMatchObject({ path: null, version: null, skills: null });
    expect(s.openclaw.home).toBe(join(home, '.openclaw'));
    expect(s.openclaw.home_exists).toBe(false);
    expect(s.openclaw.service_manager).toBe('none');
    expect(s.openclaw.gateway).toMatchObject({ port, healthy: false });
    expect(typeof s.openclaw.gateway.running).toBe('boolean');
    expect(Math.abs(s.time_unix - Date.now() / 1000)).toBeLessThan(60);
  });

  it('expands ~ in --home and reports disk for an existing OpenClaw home', async () => {
    const home = tempDir('home');
    mkdirSync(join(home, 'oc'));
    const r = await run<Status>(['status', '--home', '~/oc', '--port', String(await freePort())], { HOME: home });
    expect(r.json.openclaw.home).toBe(join(home, 'oc'));
    expect(r.json.openclaw.home_exists).toBe(true);
    expect(r.json.disk.path).toBe(join(home, 'oc'));
  });

  it('finds openclaw, parses its version and summarizes its skills JSON (after a noise line)', async () => {
    const home = tempDir('home');
    const stubs = tempDir('stubs');
    writeExe(stubs, 'openclaw', `case "$1" in
  --version) echo 'OpenClaw 2026.9.6 (eb377ac)' ;;
  skills) echo 'Config warnings: none'; cat ${sq(SKILLS_LIST)} ;;
  *) exit 1 ;;
esac`);
    const r = await run<Status>(['status', '--port', String(await freePort())], { HOME: home, PATH: `${stubs}:${BIN}` });
    expect(r.json.openclaw).toMatchObject({ installed: true, path: join(stubs, 'openclaw'), version: '2026.9.6' });
    // skills-list.json is real `openclaw skills list --json` output (2026.9.6), cut to three skills.
    expect(r.json.openclaw.skills).toEqual([
      { name: '1password', eligible: false, disabled: false },
      { name: 'healthcheck', eligible: true, disabled: false },
      { name: 'weather', eligible: true, disabled: false },
    ]);
  });

  it('finds openclaw under ~/.nvm when it is not on the SSH PATH (highest node version)', async () => {
    const home = tempDir('home');
    for (const [node, version] of [['v20.1.0', '2026.1.1'], ['v24.16.0', '2026.9.6']] as const) {
      const bin = join(home, '.nvm', 'versions', 'node', node, 'bin');
      mkdirSync(bin, { recursive: true });
      writeExe(bin, 'openclaw', `[ "$1" = --version ] && echo 'OpenClaw ${version} (eb377ac)'`);
    }
    const r = await run<Status>(['status', '--port', String(await freePort())], { HOME: home });
    expect(r.json.openclaw).toMatchObject({ installed: true, path: join(home, '.nvm/versions/node/v24.16.0/bin/openclaw'), version: '2026.9.6' });
  });

  it('falls back to package.json when `openclaw --version` fails, and drops skills output that is not JSON', async () => {
    const home = tempDir('home');
    const pkg = tempDir('pkg');
    writeFileSync(join(pkg, 'package.json'), '{\n  "name": "openclaw",\n  "version": "2026.9.7"\n}\n');
    writeExe(pkg, 'openclaw.mjs', 'echo "[openclaw] needs Node >= 24.16 [" ; echo "needs Node >= 24.16" >&2; exit 1');
    const stubs = tempDir('stubs');
    symlinkSync(join(pkg, 'openclaw.mjs'), join(stubs, 'openclaw'));
    const r = await run<Status>(['status', '--port', String(await freePort())], { HOME: home, PATH: `${stubs}:${BIN}` });
    expect(r.json.openclaw).toMatchObject({ installed: true, version: '2026.9.7', skills: null });
  });
});

describe('ocm-agent status on macOS (stub tools)', () => {
  it('reads uname, sysctl, vm_stat, sw_vers, ps, df and launchctl', async () => {
    const home = tempDir('home');
    const stubs = tempDir('mac');
    const boot = Math.floor(Date.now() / 1000) - 12345;
    writeExe(stubs, 'uname', 'case "$1" in -m) echo arm64 ;; -n) echo mac-test ;; -r) echo 23.5.0 ;; *) echo Darwin ;; esac');
    writeExe(stubs, 'sysctl', `case "$2" in
  kern.boottime) echo '{ sec = ${boot}, usec = 250000 } Tue Nov 14 22:13:20 2023' ;;
  vm.loadavg) echo '{ 1.23 1.10 0.98 }' ;;
  hw.memsize) echo 17179869184 ;;
  hw.ncpu) echo 8 ;;
  *) exit 1 ;;
esac`);
    writeExe(stubs, 'vm_stat', `cat <<'EOF'
Mach Virtual Memory Statistics: (page size of 16384 bytes)
Pages free:                              100000.
Pages active:                            400000.
Pages inactive:                          200000.
Pages speculative:                        50000.
Pages throttled:                              0.
Pages wired down:                        180000.
"Translation faults":                 123456789.
EOF`);
    writeExe(stubs, 'sw_vers', '[ "$1" = -productVersion ] && echo 14.5');
    writeExe(stubs, 'ps', 'if [ "$1" = -A ]; then printf "%%CPU\\n 12.0\\n  4.0\\n  0.0\\n"; else exec /bin/ps "$@"; fi');
    writeExe(stubs, 'df', `echo 'Filesystem   1024-blocks      Used Available Capacity  Mounted on'
echo '/dev/disk3s5   971350180 300000000 600000000    34%    /System/Volumes/Data'`);
    writeExe(stubs, 'launchctl', '[ "$1" = list ] && [ "$2" = ai.openclaw.gateway ] && { echo "{ \\"PID\\" = 42; };"; exit 0; }; exit 113');
    writeExe(stubs, 'hostname', 'echo mac-test.local');

    const r = await run<Status>(['status', '--port', String(await freePort())], { HOME: home, PATH: `${stubs}:${BIN}` });
    const s = r.json;
    expect(s).toMatchObject({ hostname: 'mac-test.local', os: 'darwin', os_version: 'macOS 14.5', arch: 'arm64', load: [1.23, 1.1, 0.98], cpu_count: 8, cpu_pct: 2 });
    expect(Math.abs(s.uptime_s - 12345)).toBeLessThanOrEqual(5);
    const available = (100000 + 200000 + 50000) * 16384;
    expect(s.mem).toEqual({ total_bytes: 17179869184, used_bytes: 17179869184 - available, available_bytes: available, used_pct: 66.6 });
    expect(s.disk).toEqual({ path: home, total_bytes: 971350180 * 1024, used_bytes: 300000000 * 1024, available_bytes: 600000000 * 1024, used_pct: 34 });
    expect(s.openclaw.service_manager).toBe('launchd');
  });
});

describe('ocm-agent gateway health', () => {
  it('sees a healthy gateway (status, health exit 0) and names the listening process', async () => {
    const home = tempDir('home');
    const port = await startHealthServer();
    const st = await run<Status>(['status', '--port', String(port)], { HOME: home });
    expect(st.json.openclaw.gateway).toEqual({ running: true, pid: process.pid, port, healthy: true });
    const h = await run<Health>(['health', '--port', String(port)], { HOME: home });
    expect(h.code).toBe(0);
    expect(h.json.ok).toBe(true);
    expect(h.json.checks).toMatchObject({ gateway_running: true, gateway_healthy: true });
    expect(typeof h.json.checks.disk_used_pct).toBe('number');
    expect(typeof h.json.checks.mem_used_pct).toBe('number');
  });

  it("finds the gateway by openclaw.json's gateway.port when no --port is given, even behind nested objects (as `openclaw onboard` writes it)", async () => {
    const home = tempDir('home');
    const port = await startHealthServer();
    mkdirSync(join(home, '.openclaw'), { recursive: true });
    writeFileSync(
      join(home, '.openclaw', 'openclaw.json'),
      `{\n  // JSON5 comment\n  agents: { defaults: { port: 1 } },\n  "gateway": {"mode":"local","auth":{"mode":"token","token":"t"},"port":${port},},\n}\n`,
    );
    const st = await run<Status>(['status'], { HOME: home });
    expect(st.json.openclaw.gateway).toMatchObject({ port, healthy: true });
    const explicit = await run<Status>(['status', '--port', '1'], { HOME: home });
    expect(explicit.json.openclaw.gateway).toMatchObject({ port: 1, healthy: false });
  });

  it('works without curl (bash /dev/tcp)', async () => {
    const home = tempDir('home');
    const port = await startHealthServer();
    const h = await run<Health>(['health', '--port', String(port)], { HOME: home, PATH: BIN_NO_CURL });
    expect(h.code).toBe(0);
    expect(h.json.checks.gateway_healthy).toBe(true);
    const bad = await run<Health>(['health', '--port', String(await freePort())], { HOME: home, PATH: BIN_NO_CURL });
    expect(bad.code).toBe(1);
  });

  it('reports no gateway: health exits 1 with a problem', async () => {
    const home = tempDir('home');
    const port = await freePort();
    const st = await run<Status>(['status', '--port', String(port)], { HOME: home });
    expect(st.json.openclaw.gateway.healthy).toBe(false);
    const h = await run<Health>(['health', '--port', String(port)], { HOME: home });
    expect(h.code).toBe(1);
    expect(h.json.ok).toBe(false);
    expect(h.json.checks.gateway_healthy).toBe(false);
    expect(h.json.problems).toContain(`gateway not answering on 127.0.0.1:${port}/health`);
  });

  it('does not count a 200 whose body is not ok as healthy', async () => {
    const port = await startHealthServer('{"ok":false,"status":"starting"}');
    const h = await run<Health>(['health', '--port', String(port)], { HOME: tempDir('home') });
    expect(h.code).toBe(1);
    expect(h.json.checks.gateway_healthy).toBe(false);
  });
});

describe('ocm-agent logs', () => {
  const lines = [
    'first line, not returned',
    'second line, not returned',
    'plain ASCII',
    'quotes "double" and \'single\'',
    'back\\slash \\n not a newline \\\\ two',
    'tab\there\tand a bell \u0007 escape \u001b[31m red',
    'unicode: héllo — 日本語 🦞 \u2028 sep',
    'last: {"json":"inside","n":1} & more',
  ];

  it('reads logging.file from openclaw.json and round-trips the last N lines exactly', async () => {
    const home = tempDir('home');
    mkdirSync(join(home, '.openclaw'));
    mkdirSync(join(home, 'logs'));
    writeFileSync(join(home, 'logs', 'gw.log'), `${lines.join('\n')}\n`);
    writeFileSync(join(home, '.openclaw', 'openclaw.json'), JSON.stringify({ gateway: { port: 18789 }, logging: { level: 'info', file: '~/logs/gw.log' } }, null, 2));
    for (const compat of [undefined, '32']) {
      const r = await run<Logs>(['logs', '5'], { HOME: home, BASH_COMPAT: compat });
      expect(r.code).toBe(0);
      expect(r.json.source).toBe(`file:${join(home, 'logs', 'gw.log')}`);
      expect(r.json.lines).toEqual(lines.slice(-5));
    }
  });

  it('uses journalctl when systemd runs the gateway', async () => {
    const home = tempDir('home');
    const stubs = tempDir('stubs');
    writeExe(stubs, 'systemctl', '[ "$1 $2 $3" = "--user cat openclaw-gateway.service" ] && exit 0; exit 4');
    writeExe(stubs, 'journalctl', 'echo "args: $*"; echo "gateway started"; echo "listening on 127.0.0.1:18789"');
    const r = await run<Logs>(['logs', '3'], { HOME: home, PATH: `${stubs}:${BIN}` });
    expect(r.json.source).toBe('journalctl');
    expect(r.json.lines).toEqual(['args: --user -u openclaw-gateway.service -n 3 --no-pager -o cat -q', 'gateway started', 'listening on 127.0.0.1:18789']);
  });
});

describe('ocm-agent openclaw-restart', () => {
  /** A healthy gateway on a free port, its pid in the home's ~/.ocm/gateway.pid, as a running node has. */
  async function runningGateway() {
    const home = tempDir('home');
    mkdirSync(join(home, '.ocm'));
    const port = await freePort();
    const old = spawn(NODE, [HEALTH_SERVER, String(port)], { stdio: 'ignore' });
    pids.push(old.pid ?? 0);
    writeFileSync(join(home, '.ocm', 'gateway.pid'), `${old.pid}\n`);
    await waitHealthy(port);
    return { home, port, old };
  }

  function serverCmd(port: number, delayMs: number): string {
    return `${sq(NODE)} ${sq(HEALTH_SERVER)} ${port} ${delayMs} & echo $! > "$HOME/.ocm/gateway.pid"`;
  }

  it('runs --restart-cmd, waits for /health and reports old and new pid', async () => {
    const { home, port, old } = await runningGateway();
    const cmd = `old=$(cat "$HOME/.ocm/gateway.pid"); kill "$old"; while kill -0 "$old" 2>/dev/null; do sleep 0.05; done; ${serverCmd(port, 300)}`;
    const r = await run<Restart>(['openclaw-restart', '--port', String(port), '--restart-cmd', cmd], { HOME: home });
    const newPid = readPid(home);
    pids.push(newPid);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ ok: true, method: 'custom', old_pid: old.pid, pid: newPid, healthy: true });
    expect(newPid).not.toBe(old.pid);
    expect(r.json.waited_ms).toBeGreaterThanOrEqual(300);
  });

  it('fails when the old gateway survives: the new one cannot bind the port, the old one still answers /health', async () => {
    const { home, port, old } = await runningGateway();
    // a restart command that does not manage to stop the old gateway before starting the new one
    const cmd = `${sq(NODE)} ${sq(HEALTH_SERVER)} ${port} & echo $! > "$HOME/.ocm/gateway.pid"; sleep 1`;
    const r = await run<Restart>(['openclaw-restart', '--port', String(port), '--restart-cmd', cmd, '--wait', '3'], { HOME: home });
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, method: 'custom', old_pid: old.pid, pid: old.pid });
    expect(r.json.error).toContain(`the old one (pid ${old.pid}) still runs`);
    expect(r.json.error).toContain('address already in use');
  });

  it('fails with exit 1 when the gateway does not come up within --wait', async () => {
    const port = await freePort();
    const r = await run<Restart>(['openclaw-restart', '--port', String(port), '--restart-cmd', 'true', '--wait', '1'], { HOME: tempDir('home') });
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, method: 'custom', healthy: false, error: 'gateway did not become healthy within 1 s' });
    expect(r.json.waited_ms).toBeGreaterThanOrEqual(1000);
  });

  it('reports a failing restart command with its exit code and output', async () => {
    const r = await run<Restart>(['openclaw-restart', '--restart-cmd', 'echo boom >&2; exit 3'], { HOME: tempDir('home') });
    expect(r.code).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.error).toContain('exit code 3');
    expect(r.json.error).toContain('boom');
  });

  it('fails a systemd restart that leaves the same gateway running (unchanged pid)', async () => {
    const { home, port, old } = await runningGateway();
    const stubs = tempDir('stubs');
    writeExe(stubs, 'systemctl', 'case "$2" in cat | restart) exit 0 ;; esac\nexit 4');
    const r = await run<Restart>(['openclaw-restart', '--port', String(port)], { HOME: home, PATH: `${stubs}:${BIN}` });
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, method: 'systemd', old_pid: old.pid, pid: old.pid });
    expect(r.json.error).toBe(`the gateway was not restarted: the old one (pid ${old.pid}) still runs; the systemd restart did not stop it`);
  });

  it('restarts through systemctl --user when the unit exists', async () => {
    const home = tempDir('home');
    mkdirSync(join(home, '.ocm'));
    const port = await freePort();
    const stubs = tempDir('stubs');
    writeExe(stubs, 'systemctl', `echo "$*" >> "$HOME/.ocm/systemctl.log"
case "$2" in cat) exit 0 ;; restart) ${serverCmd(port, 0)}; exit 0 ;; esac
exit 4`);
    const r = await run<Restart>(['openclaw-restart', '--port', String(port)], { HOME: home, PATH: `${stubs}:${BIN}` });
    pids.push(readPid(home));
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ ok: true, method: 'systemd', old_pid: null, pid: readPid(home), healthy: true });
    expect(readFileSync(join(home, '.ocm', 'systemctl.log'), 'utf8')).toContain('--user restart openclaw-gateway.service');
  });

  it('says how to fix a node without a service manager', async () => {
    const r = await run<Failure>(['openclaw-restart'], { HOME: tempDir('home') });
    expect(r.code).toBe(1);
    expect(r.json.error).toContain('no service manager found for the OpenClaw gateway');
    expect(r.json.error).toContain('set a restart command');
  });
});
