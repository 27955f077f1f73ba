// End to end with the REAL OpenClaw: two loopback SSH nodes (tests/harness) run the npm package
// `openclaw` on Node 24 from the cache that scripts/e2e-setup.mjs fills, each with its own state
// (`openclaw setup --baseline`) and a real gateway (`openclaw gateway run`) under the systemctl
// shim. OCM runs in console mode in-process, onboards both with /newnode, and is checked against
// what it prints, its store and the processes on the nodes.
//
// Needs root and openssh-server (like the SSH integration tests) and the npm registry the first
// time (~40–60 s to install ~650 MB into $OCM_E2E_CACHE, default /var/cache/ocm-e2e as root).
// Each gateway takes ~700 MB–1 GB of RAM, so only two nodes.
import { spawn } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidAlive, pidsOfUid, run, waitUntil } from '../harness/proc.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

interface OpenclawInstall {
  cacheDir: string;
  nodeBinDir: string;
  nodeBin: string;
  openclawBin: string;
  openclawVersion: string;
  nodeVersion: string;
  versionLine: string;
  installed: boolean;
  othersCanRun: boolean;
  ms: number;
}

const avail = sshdAvailable();
if (!avail.ok) console.warn(`OpenClaw e2e tests skipped: ${avail.reason}`);

const SETUP_SCRIPT = resolve(import.meta.dirname, '../../scripts/e2e-setup.mjs');
/** The agent's openclaw-restart waits up to 30 s for /health; OCM gives the whole call 90 s. */
const RESTART_TIMEOUT_MS = 120_000;
const YAML = [
  'local_node: false',
  'ssh:',
  '  handshake_timeout_s: 5',
  '  command_timeout_s: 60',
  'pipeline:',
  '  confirm_timeout_s: 120',
  '  operation_timeout_s: 300',
  'backup:',
  "  schedule: 'off'",
  '  health_wait_s: 90',
  '',
].join('\n');

function log(msg: string): void {
  process.stderr.write(`[e2e] ${msg}\n`);
}

/** Runs scripts/e2e-setup.mjs --json: installs Node 24 + openclaw into the cache (or finds them there). */
function ensureOpenclaw(): Promise<OpenclawInstall> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SETUP_SCRIPT, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`scripts/e2e-setup.mjs failed (exit ${code}):\n${err.slice(-3000)}`));
      try {
        resolvePromise(JSON.parse(out.trim().split('\n').pop() ?? '') as OpenclawInstall);
      } catch {
        reject(new Error(`scripts/e2e-setup.mjs printed no JSON:\n${out}\n${err.slice(-2000)}`));
      }
    });
  });
}

/** GET http://127.0.0.1:<port><path> → status and body ('' and status 0 when nothing answers). */
function httpGet(port: number, path: string, timeoutMs = 2_000): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise) => {
    const req = get({ host: '127.0.0.1', port, path, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body }));
      res.on('error', () => resolvePromise({ status: 0, body }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolvePromise({ status: 0, body: '' }));
  });
}

async function healthOk(port: number): Promise<boolean> {
  const r = await httpGet(port, '/health');
  if (r.status !== 200) return false;
  try {
    return (JSON.parse(r.body) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

function tail(path: string, chars = 3000): string {
  try {
    return readFileSync(path, 'utf8').slice(-chars);
  } catch {
    return '(no file)';
  }
}

/** The node user's environment, as its SSH sessions get it (sshd SetEnv PATH). */
function nodeEnv(n: TestNode): NodeJS.ProcessEnv {
  return {
    HOME: n.home,
    USER: n.user,
    LOGNAME: n.user,
    SHELL: '/bin/bash',
    LANG: 'C.UTF-8',
    PATH: `${n.binDir}:/usr/local/bin:/usr/bin:/bin`,
    NO_COLOR: '1',
  };
}

/**
 * How the nodes' OpenClaw state is made (OCM_E2E_STATE):
 * - `onboard` (default): from nothing, `openclaw onboard --non-interactive … --gateway-port <port>`
 *   with token auth, as an operator sets up a machine (its openclaw.json has gateway.auth before
 *   gateway.port, which OCM's agent must read through);
 * - `baseline`: the harness's openclaw.json (gateway.port) + `openclaw setup --baseline`.
 */
const STATE_MODE = process.env.OCM_E2E_STATE === 'baseline' ? 'baseline' : 'onboard';

/**
 * Real OpenClaw on the node: `node` and `openclaw` from the cache on its PATH (symlinks in its bin
 * dir), state made as the node user with the node's gateway port, and a log file of its own in
 * openclaw.json (the default /tmp/openclaw/ is one folder for every user of the machine).
 */
async function prepareOpenclaw(n: TestNode, oc: OpenclawInstall): Promise<void> {
  symlinkSync(oc.nodeBin, join(n.binDir, 'node'));
  symlinkSync(oc.openclawBin, join(n.binDir, 'openclaw'));
  const cfgPath = join(n.ocHome, 'openclaw.json');
  const uid = n.uid;
  const gid = Number(readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${n.user}:`))!.split(':')[3]);
  const openclaw = (args: string[]) => run(join(n.binDir, 'openclaw'), args, { uid, gid, cwd: n.home, env: nodeEnv(n), timeoutMs: 120_000 });
  const setLogFile = () => {
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8')) as Record<string, unknown>;
    cfg.logging = { file: join(n.ocHome, 'logs', 'openclaw.log') };
    writeFileSync(cfgPath, `${JSON.stringify(cfg, null, 2)}\n`);
    chownSync(cfgPath, uid, gid);
  };
  const t0 = Date.now();
  let r;
  if (STATE_MODE === 'onboard') {
    rmSync(cfgPath, { force: true });
    r = await openclaw([
      'onboard', '--non-interactive', '--accept-risk', '--mode', 'local', '--auth-choice', 'skip',
      '--gateway-bind', 'loopback', '--gateway-port', String(n.gatewayPort), '--gateway-auth', 'token',
      '--gateway-token', `e2e-${n.id}-${process.pid}`, '--skip-daemon', '--skip-health', '--skip-channels',
      '--skip-skills', '--skip-search', '--skip-ui', '--json',
    ]);
    if (r.code === 0) setLogFile();
  } else {
    setLogFile();
    r = await openclaw(['setup', '--baseline']);
  }
  if (r.code !== 0) throw new Error(`openclaw ${STATE_MODE} on ${n.id} failed (${r.code}):\n${r.stderr}\n${r.stdout}`);
  const after = JSON.parse(readFileSync(cfgPath, 'utf8')) as { gateway?: { port?: number; mode?: string } };
  if (after.gateway?.port !== n.gatewayPort) {
    throw new Error(`openclaw ${STATE_MODE} did not keep gateway.port of ${n.id}: ${JSON.stringify(after.gateway)}`);
  }
  log(`${n.id}: openclaw ${STATE_MODE} as ${n.user} in ${Date.now() - t0} ms; openclaw.json gateway = ${JSON.stringify(after.gateway)}`);
}

async function startRealGateway(n: TestNode): Promise<void> {
  const t0 = Date.now();
  await n.startGateway(); // waits for the port (gatewayReadyTimeoutMs)
  const ok = await waitUntil(() => healthOk(n.gatewayPort), 60_000, 200);
  if (!ok) throw new Error(`gateway of ${n.id} never answered /health on :${n.gatewayPort}:\n${tail(n.gatewayLogPath)}`);
  log(`${n.id}: real gateway pid ${n.gatewayPid()} healthy on :${n.gatewayPort} after ${Date.now() - t0} ms`);
}

describe.skipIf(!avail.ok)('OCM with the real OpenClaw on two SSH nodes', () => {
  let oc: OpenclawInstall;
  let nodes: TestNode[] = [];
  let c: ConsoleApp | undefined;
  const t0 = Date.now();

  beforeAll(async () => {
    oc = await ensureOpenclaw();
    log(`openclaw ${oc.openclawVersion} + node ${oc.nodeVersion} ${oc.installed ? 'installed' : 'from the cache'} in ${oc.ms} ms (${oc.cacheDir})`);
    if (!oc.othersCanRun) {
      throw new Error(`the test nodes' users cannot read ${oc.cacheDir}: point OCM_E2E_CACHE at a world-readable folder (e.g. /var/cache/ocm-e2e)`);
    }
    nodes = await startNodes(2, {
      prefix: 'e2e',
      gatewayCommand: { cmd: ['openclaw', 'gateway', 'run', '--bind', 'loopback', '--port', '{port}'], env: { NO_COLOR: '1' } },
      startGateway: false,
      gatewayReadyTimeoutMs: 120_000,
    });
    await Promise.all(nodes.map((n) => prepareOpenclaw(n, oc)));
    await Promise.all(nodes.map((n) => startRealGateway(n)));
    // OCM logs in with its own key: node 1's client key, authorized on every node (as an operator
    // adds the key /newnode shows)
    const n1 = nodes[0]!;
    for (const n of nodes.slice(1)) appendFileSync(`${n.dir}/authorized_keys`, `${n1.clientPublicKey}\n`);
    c = startConsoleApp({ yaml: YAML, key: { privateKeyPath: n1.clientKeyPath, publicKey: n1.clientPublicKey }, codes: ['2468', '1357'] });
    log(`set-up done in ${Date.now() - t0} ms`);
  });

  afterAll(async () => {
    if (c) {
      // what OCM printed, for a failed CI run (test-output/ is git-ignored)
      mkdirSync('test-output', { recursive: true });
      writeFileSync('test-output/e2e-console.txt', c.output());
    }
    await c?.close();
    const uids = nodes.map((n) => n.uid);
    const gateways = nodes.map((n) => n.gatewayPid()).filter((p): p is number => p !== undefined);
    if (nodes.length) await stopAll(nodes);
    // the real gateways are ~1 GB each: make sure nothing of the node users survived
    const left = uids.flatMap((u) => pidsOfUid(u));
    if (left.length || gateways.some((p) => pidAlive(p))) {
      throw new Error(`processes of the test nodes survived stopAll: ${left.map((p) => `${p} ${cmdline(p)}`).join('; ')}`);
    }
    log(`all done in ${Date.now() - t0} ms; gateways stopped`);
  });

  async function onboard(n: TestNode): Promise<string> {
    c!.mark();
    await c!.type(`/newnode id=${n.id} host=${n.host} port=${n.port} user=${n.user} home=~/.openclaw`);
    const prompt = await c!.waitFor(/\[1\] 🔐 Trust {2}\[2\] ✖ Cancel/, 30_000);
    expect(prompt).toContain(n.hostKeyFingerprint);
    await c!.type('1');
    return c!.waitFor(new RegExp(`Node ${n.id} added[\\s\\S]*${n.id} · [\\s\\S]*Gateway `), 90_000);
  }

  it('runs the real OpenClaw on the nodes', () => {
    for (const n of nodes) {
      expect(realpathSync(join(n.binDir, 'openclaw'))).toBe(realpathSync(join(oc.cacheDir, 'node_modules', 'openclaw', 'openclaw.mjs')));
      const pid = n.gatewayPid();
      expect(pid).toBeDefined();
      expect(cmdline(pid!)).toMatch(/openclaw-gateway/); // the real gateway renames its process
    }
    expect(oc.versionLine).toMatch(new RegExp(`^OpenClaw ${oc.openclawVersion.replace(/\./g, '\\.')} `));
  });

  it('onboards both nodes in one line each; the gateway port comes from openclaw.json', async () => {
    for (const n of nodes) {
      const out = await onboard(n);
      expect(out).toMatch(/agent [0-9a-f]{12} installed/);
      expect(out).toContain(`OpenClaw ${oc.openclawVersion}`);
      expect(out).toMatch(/Gateway 🟢 healthy/);
      expect(c!.app.store.nodes.get(n.id)).toMatchObject({
        transport: 'ssh',
        host: n.host,
        port: n.port,
        sshUser: n.user,
        hostKeyFp: n.hostKeyFingerprint,
        hostKeyState: 'pinned',
        gatewayPort: n.gatewayPort,
        status: 'online',
      });
      expect(existsSync(`${n.home}/.ocm/ocm-agent.sh`)).toBe(true);
    }
  }, 240_000);

  it('/status all: both online with the real OpenClaw version and a healthy gateway', async () => {
    c!.mark();
    await c!.type('/status all');
    const out = await c!.waitFor(/🟢 2\/2 online[\s\S]*n1 · [\s\S]*Gateway [\s\S]*n2 · [\s\S]*Gateway .*/, 90_000);
    for (const n of nodes) {
      const card = new RegExp(`🟢 n${n.id.slice(1)} · .* · online[\\s\\S]*?OpenClaw ${oc.openclawVersion.replace(/\./g, '\\.')} · service systemd\\nGateway 🟢 healthy on :${n.gatewayPort} \\(pid ${n.gatewayPid()}\\)`);
      expect(out).toMatch(card);
    }
    expect(nodes.map((n) => c!.app.store.nodes.get(n.id)!.status)).toEqual(['online', 'online']);
  }, 120_000);

  it('/restart: a new gateway pid that answers /health again', async () => {
    const n = nodes[0]!;
    const before = n.gatewayPid();
    expect(before).toBeDefined();
    c!.mark();
    const t = Date.now();
    await c!.type(`/restart ${n.id}`);
    await c!.waitFor(new RegExp(`Please confirm: restart OpenClaw on ${n.id}[\\s\\S]*\\[1\\] ✅ Confirm`), 30_000);
    await c!.type('1');
    const out = await c!.waitFor(new RegExp(`${n.id}: OpenClaw gateway restarted and healthy — pid \\d+|❌ restart ${n.id}: .*`), RESTART_TIMEOUT_MS);
    log(`${n.id}: /restart took ${Date.now() - t} ms`);
    const m = /restarted and healthy — pid (\d+)/.exec(out);
    expect(m, `restart did not succeed:\n${out}\ngateway log:\n${tail(n.gatewayLogPath)}`).not.toBeNull();
    const pid = Number(m![1]);
    expect(pid).not.toBe(before);
    expect(pidAlive(before)).toBe(false);
    expect(n.gatewayPid()).toBe(pid);
    expect(cmdline(pid)).toMatch(/openclaw-gateway/);
    expect(await healthOk(n.gatewayPort)).toBe(true);
    expect(n.shimCalls().some((l) => /systemctl --user restart openclaw-gateway\.service/.test(l))).toBe(true);
    expect(c!.app.store.audit.recent(1)[0]).toMatchObject({ action: 'restart', target: n.id, result: 'succeeded', operator: 'console' });
  }, RESTART_TIMEOUT_MS + 60_000);

  it("/logs: the tail of the real gateway's log file (logging.file)", async () => {
    const n = nodes[0]!;
    c!.mark();
    await c!.type(`/logs ${n.id} 20`);
    // OpenClaw's file log is JSON lines (~500 bytes each): long tails arrive as a document
    const out = await c!.waitFor(new RegExp(`📜 ${n.id} — last \\d+ lines of file:\\S+/openclaw\\.log\\n(📎 .* saved to \\S+|[^\\n]*"subsystem")`), 60_000);
    const saved = /saved to (\S+)/.exec(out)?.[1];
    const text = saved ? readFileSync(saved, 'utf8') : out;
    expect(text).toMatch(/"subsystem\\?":\\?"gateway/);
  }, 90_000);

  it('a killed gateway shows as degraded, and /restart brings it back', async () => {
    const n = nodes[1]!;
    const killed = n.gatewayPid();
    await n.killGateway();
    expect(pidAlive(killed)).toBe(false);
    expect(await healthOk(n.gatewayPort)).toBe(false);
    c!.mark();
    await c!.type(`/status ${n.id}`);
    await c!.waitFor(new RegExp(`🟡 ${n.id} · .* · degraded[\\s\\S]*OpenClaw ${oc.openclawVersion.replace(/\./g, '\\.')}[\\s\\S]*Gateway 🔴 not running`), 90_000);
    expect(c!.app.store.nodes.get(n.id)!.status).toBe('degraded');

    c!.mark();
    await c!.type(`/restart ${n.id}`);
    await c!.waitFor(/\[1\] ✅ Confirm/, 30_000);
    await c!.type('1');
    const out = await c!.waitFor(new RegExp(`${n.id}: OpenClaw gateway restarted and healthy — pid \\d+|❌ restart ${n.id}: .*`), RESTART_TIMEOUT_MS);
    const m = /restarted and healthy — pid (\d+)/.exec(out);
    expect(m, `restart after a crash did not succeed:\n${out}\ngateway log:\n${tail(n.gatewayLogPath)}`).not.toBeNull();
    expect(Number(m![1])).not.toBe(killed);
    expect(n.gatewayPid()).toBe(Number(m![1]));
    expect(await healthOk(n.gatewayPort)).toBe(true);
    c!.mark();
    await c!.type(`/status ${n.id}`);
    await c!.waitFor(new RegExp(`🟢 ${n.id} · .* · online[\\s\\S]*Gateway 🟢 healthy`), 90_000);
  }, RESTART_TIMEOUT_MS + 180_000);

  it('backup, stable tag, corrupted SOUL.md, /rollback: SOUL.md is back and the gateway healthy', async () => {
    const n = nodes[0]!;
    const soul = join(n.ocHome, 'workspace', 'SOUL.md');
    const { uid, gid } = { uid: n.uid, gid: Number(readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${n.user}:`))!.split(':')[3]) };
    const good = `${existsSync(soul) ? readFileSync(soul, 'utf8') : '# Soul\n'}\nOCM e2e: a line the backup must keep. 🦀\n`;
    writeFileSync(soul, good);
    chownSync(soul, uid, gid);
    c!.mark();
    await c!.type(`/backup ${n.id}`);
    const out = await c!.waitFor(new RegExp(`💾 Backup[\\s\\S]*(✅|❌) ${n.id}`), 120_000);
    expect(out, out).toMatch(new RegExp(`✅ ${n.id}: [0-9a-f]{10}`));
    const repo = join(c!.dataDir, 'backups');
    expect(readFileSync(join(repo, 'nodes', n.id, 'workspace', 'SOUL.md'), 'utf8')).toBe(good);
    // the gateway token that onboarding wrote never reaches git
    const history = (await run('git', ['-C', repo, 'log', '-p', '--all'], { timeoutMs: 60_000 })).stdout;
    expect(history).not.toContain(`e2e-${n.id}-${process.pid}`);
    c!.mark();
    await c!.type(`/stable ${n.id}`);
    await c!.waitFor(new RegExp(`⭐ ${n.id}: tagged ${n.id}/stable/`), 60_000);

    writeFileSync(soul, 'corrupted by a bad update\n');
    const before = n.gatewayPid();
    c!.mark();
    const t = Date.now();
    await c!.type(`/rollback ${n.id}`);
    await c!.waitFor(/\[1\] ✅ Confirm/, 30_000);
    await c!.type('1');
    await c!.waitFor(/safety code/i, 30_000);
    await c!.type('2468');
    const done = await c!.waitFor(new RegExp(`${n.id} restored to|restore of .* failed.*|❌ rollback.*`), 300_000);
    log(`${n.id}: /rollback took ${Date.now() - t} ms`);
    expect(done, `${done}\ngateway log:\n${tail(n.gatewayLogPath)}`).toMatch(new RegExp(`${n.id} restored to ${n.id}/stable/`));
    expect(readFileSync(soul, 'utf8')).toBe(good);
    expect(await healthOk(n.gatewayPort)).toBe(true);
    expect(n.gatewayPid()).not.toBe(before);
    expect(readFileSync(join(n.ocHome, 'openclaw.json'), 'utf8')).toContain(`e2e-${n.id}-${process.pid}`);
  }, 480_000);
});
