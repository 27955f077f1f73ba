// Fan-out benchmark: wall time of `/status all` over 1, 10 and 20 real sshd nodes on loopback, as an
// operator sees it (dispatch → reply sent), in three situations:
//   first contact  fresh connection, the agent is not on the node yet and is pushed first
//   cold           fresh connection (nothing pooled), the agent is already there
//   warm           pooled connections reused
// plus the agent check/upload on its own. Run as root: `npx tsx bench/fanout.ts [--runs=5] [--sizes=1,10,20] [--fanout=10]`.
// Everything stays on loopback; the nodes (users, sshd, gateways, files) are removed at the end,
// also after an error, Ctrl-C or the overall time limit (--max-seconds, default 240).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createAgentClient, readAgentScript, REMOTE_AGENT_PATH } from '../src/nodes/agent.js';
import type { NodeRecord } from '../src/nodes/model.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../tests/harness/sshd.js';

// ---------------------------------------------------------------- options

function intArg(name: string, def: number, min: number, max: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (raw === undefined) return def;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min || v > max) usage(`--${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  return v;
}

function usage(problem?: string): never {
  if (problem) console.error(`bench/fanout.ts: ${problem}`);
  console.error('usage: npx tsx bench/fanout.ts [--runs=5] [--sizes=1,10,20] [--fanout=10] [--max-seconds=240]   (as root, with openssh-server)');
  process.exit(problem ? 2 : 0);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) usage();
const RUNS = intArg('runs', 5, 1, 50);
const FANOUT = intArg('fanout', 10, 1, 64); // OCM's default ssh.fanout is 10
const MAX_SECONDS = intArg('max-seconds', 240, 10, 3600);
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1,10,20';
const SIZES = sizesArg.split(',').map((s) => Number(s.trim()));
if (!SIZES.length || SIZES.some((s) => !Number.isInteger(s) || s < 1 || s > 40)) usage(`--sizes must be a comma-separated list of node counts from 1 to 40, got '${sizesArg}'`);
const MAX_NODES = Math.max(...SIZES);
/** Pause after dropping connections, so sshd's teardown of the old sessions is not measured. */
const SETTLE_MS = 300;

// ---------------------------------------------------------------- helpers

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Stats {
  min: number;
  median: number;
  max: number;
  n: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]!, n: s.length };
}

function ms(x: number): string {
  return x < 100 ? x.toFixed(1) : x.toFixed(0);
}

interface Bench {
  app: App;
  dir: string;
}

const openBenches = new Set<Bench>();
/** Set by a signal or the overall time limit: no new run starts, the cleanup takes over. */
let aborting = false;

function stopIfAborting(): void {
  if (aborting) throw new Error('aborted');
}

/** A fresh OCM (console mode, own data dir, no `local` node) whose key is `key`. */
function openApp(opts: { key: TestNode; localNode: boolean; fanout: number }): Bench {
  const dir = mkdtempSync(join(tmpdir(), 'ocm-bench-'));
  const yaml = [
    `local_node: ${opts.localNode}`,
    'log_level: silent',
    'ssh:',
    '  handshake_timeout_s: 10',
    '  command_timeout_s: 30',
    `  fanout: ${opts.fanout}`,
    'pipeline:',
    '  operation_timeout_s: 60',
  ].join('\n');
  const cfg = createConfig({ OCM_DATA_DIR: dir }, { path: 'bench.yaml', text: yaml });
  if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
  // OCM's own key = node 1's client key, authorized on every node (as an operator does with /newnode's key)
  mkdirSync(join(dir, 'keys'), { mode: 0o700 });
  writeFileSync(join(dir, 'keys', 'ocm_ed25519'), readFileSync(opts.key.clientKeyPath), { mode: 0o600 });
  writeFileSync(join(dir, 'keys', 'ocm_ed25519.pub'), `${opts.key.clientPublicKey.trim()}\n`, { mode: 0o644 });
  const out = new PassThrough();
  out.resume(); // the console chat is discarded
  const app = createApp(cfg.config, { log: silentLogger(), consoleOutput: out, consoleUser: 'bench' });
  const b = { app, dir };
  openBenches.add(b);
  return b;
}

async function closeApp(b: Bench): Promise<void> {
  openBenches.delete(b);
  // a hung operation must not keep the cleanup from running
  await Promise.race([b.app.stop('bench end').catch(() => undefined), sleep(5_000)]);
  rmSync(b.dir, { recursive: true, force: true });
}

function register(app: App, nodes: TestNode[]): void {
  for (const n of nodes) {
    app.store.nodes.upsert({
      id: n.id,
      name: n.id,
      transport: 'ssh',
      host: n.host,
      port: n.port,
      sshUser: n.user,
      ocHome: '~/.openclaw',
      gatewayPort: n.gatewayPort,
      hostKeyFp: n.hostKeyFingerprint,
      hostKeyState: 'pinned',
    });
  }
}

const agentPath = (n: TestNode) => join(n.home, '.ocm', 'ocm-agent.sh');

async function dropAll(app: App): Promise<void> {
  await Promise.all(app.store.nodes.list().map((n) => app.nodes.drop(n.id)));
  await sleep(SETTLE_MS);
}

/** `/status all` as the console owner: dispatch → reply sent and audited. Throws unless every node came back online. */
async function statusAll(app: App, expected: number, expectState: 'online' | 'any' = 'online'): Promise<number> {
  stopIfAborting();
  const t0 = performance.now();
  const outcome = await app.pipeline.dispatch({ action: 'status', params: { target: 'all' }, actor: { kind: 'console', id: 'bench' }, chatId: 1, via: 'command' }).done;
  const elapsed = performance.now() - t0;
  if (outcome.result !== 'succeeded') throw new Error(`/status all ${outcome.result}: ${outcome.error ?? '?'}`);
  const listed = app.store.nodes.list();
  if (listed.length !== expected) throw new Error(`expected ${expected} nodes in OCM's store, found ${listed.length}`);
  const bad = listed.filter((n) => n.status !== 'online');
  if (expectState === 'online' && bad.length) {
    throw new Error(`not every node answered: ${bad.map((n) => `${n.id} ${n.status} (${n.lastError ?? '?'})`).join('; ')}`);
  }
  return elapsed;
}

// ---------------------------------------------------------------- measurements

interface Row {
  label: string;
  nodes: number | string;
  s: Stats;
}

const rows: Row[] = [];

function record(label: string, nodes: number | string, xs: number[]): void {
  const row = { label, nodes, s: stats(xs) };
  rows.push(row);
  console.log(`  ${label.padEnd(34)} ${String(nodes).padStart(5)}  ${xs.map(ms).join(' ')} ms`);
}

async function benchSize(all: TestNode[], size: number): Promise<void> {
  const nodes = all.slice(0, size);
  const b = openApp({ key: all[0]!, localNode: false, fanout: FANOUT });
  try {
    register(b.app, nodes);
    const first: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await dropAll(b.app);
      for (const n of nodes) rmSync(agentPath(n), { force: true });
      first.push(await statusAll(b.app, size));
      const missing = nodes.filter((n) => !existsSync(agentPath(n)));
      if (missing.length) throw new Error(`agent not pushed to ${missing.map((n) => n.id).join(', ')}`);
    }
    record('first contact (connect + agent push)', size, first);
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await dropAll(b.app);
      cold.push(await statusAll(b.app, size));
    }
    record('cold (connect, agent present)', size, cold);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await statusAll(b.app, size));
    record('warm (pooled connections)', size, warm);
  } finally {
    await closeApp(b);
  }
}

/**
 * Where the time of one node goes, over node 1's pooled connection: a bare SSH command, the agent's
 * `status` (what a warm probe runs), and the agent check and upload that precede the first call.
 */
async function benchSingle(all: TestNode[]): Promise<void> {
  const n = all[0]!;
  const b = openApp({ key: n, localNode: false, fanout: FANOUT });
  try {
    register(b.app, [n]);
    await statusAll(b.app, 1); // connects, installs the agent if needed, leaves the connection pooled
    const rec: NodeRecord = b.app.nodes.require(n.id);
    const t = b.app.nodes.transport(rec);
    const timed = async (fn: () => Promise<unknown>): Promise<number> => {
      stopIfAborting();
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    const bare: number[] = [];
    const status: number[] = [];
    const check: number[] = [];
    const push: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(
        await timed(async () => {
          const r = await t.exec('true');
          if (r.code !== 0) throw new Error(`'true' over SSH exited ${r.code}`);
        }),
      );
      status.push(
        await timed(async () => {
          // exactly the command a probe sends (with --home and --port)
          await createAgentClient(rec, t, { scriptPath: REMOTE_AGENT_PATH }).status();
        }),
      );
      check.push(
        await timed(async () => {
          if ((await b.app.nodes.ensureAgent(rec, t)).installed) throw new Error('agent check re-installed a current agent');
        }),
      );
      rmSync(agentPath(n), { force: true });
      push.push(
        await timed(async () => {
          if (!(await b.app.nodes.ensureAgent(rec, t)).installed || !existsSync(agentPath(n))) throw new Error('agent was not pushed');
        }),
      );
    }
    record('  ssh exec `true` (pooled)', '1', bare);
    record('  agent `status` exec (pooled)', '1', status);
    record('  agent check only (present)', '1', check);
    record('  agent check + upload (absent)', '1', push);
  } finally {
    await closeApp(b);
  }
}

/** The built-in `local` node (no SSH), for comparison; it is excluded from the SSH cases above. */
async function benchLocal(key: TestNode): Promise<void> {
  const b = openApp({ key, localNode: true, fanout: FANOUT });
  try {
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) xs.push(await statusAll(b.app, 1, 'any')); // OpenClaw is not installed here: degraded is fine
    record('local node only (no SSH)', 'local', xs);
  } finally {
    await closeApp(b);
  }
}

// ---------------------------------------------------------------- report

function sshdVersion(): string {
  // `sshd -V` prints its version on stderr (and exits non-zero on older releases)
  const r = spawnSync('/usr/sbin/sshd', ['-V'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n')[0]?.trim() || 'sshd ?';
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function printTable(): void {
  const head = ['case', 'nodes', 'runs', 'min ms', 'median ms', 'max ms'];
  const body = rows.map((r) => [r.label, String(r.nodes), String(r.s.n), ms(r.s.min), ms(r.s.median), ms(r.s.max)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

// ---------------------------------------------------------------- main

let nodes: TestNode[] = [];
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const b of [...openBenches]) await closeApp(b);
    if (nodes.length) await stopAll(nodes).catch((err: unknown) => console.error(`cleanup: ${(err as Error).message}`));
    nodes = [];
  })();
  return cleaning;
}

async function abort(why: string, code: number): Promise<never> {
  if (aborting) return new Promise<never>(() => undefined); // the first abort exits
  aborting = true;
  console.error(`\nbench/fanout.ts: ${why}; stopping the nodes…`);
  // stopAll normally takes a second or two; the harness's exit hook is the last resort
  await Promise.race([cleanup(), sleep(20_000)]);
  process.exit(code);
}

async function main(): Promise<void> {
  const avail = sshdAvailable();
  if (!avail.ok) {
    console.error(`bench/fanout.ts: cannot run: ${avail.reason?.replace(' (run the tests as root)', '')}.`);
    console.error('It starts real sshd test nodes on 127.0.0.x, one Linux user each: run it as root on Linux with openssh-server installed.');
    process.exit(1);
  }
  process.once('SIGINT', () => void abort('interrupted', 130));
  process.once('SIGTERM', () => void abort('terminated', 143));
  const watchdog = setTimeout(() => void abort(`took longer than ${MAX_SECONDS} s`, 1), MAX_SECONDS * 1000);
  watchdog.unref();

  const agent = readAgentScript();
  const cpu = cpus();
  console.log(`OCM fan-out benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${release()}, Node ${process.version}, ${sshdVersion()}`);
  console.log(`runs per case: ${RUNS}; ssh.fanout: ${FANOUT}; agent ${agent.version.slice(0, 12)}: ${(Buffer.byteLength(agent.text) / 1024).toFixed(1)} KiB; load average at start: ${load()}`);
  if (loadavg()[0]! > cpu.length) console.log(`⚠ the machine is busy (1-min load ${loadavg()[0]!.toFixed(1)} on ${cpu.length} cores): expect noisy figures`);

  const t0 = performance.now();
  nodes = await startNodes(MAX_NODES, { prefix: `bf${process.pid.toString(36)}` });
  for (const n of nodes.slice(1)) appendFileSync(join(n.dir, 'authorized_keys'), `${nodes[0]!.clientPublicKey}\n`);
  console.log(`${nodes.length} sshd nodes started in ${((performance.now() - t0) / 1000).toFixed(1)} s (127.0.0.11…127.0.0.${10 + nodes.length})\n`);

  console.log('raw times (dispatch of /status all → reply sent):');
  for (const size of SIZES) await benchSize(nodes, size);
  await benchSingle(nodes);
  await benchLocal(nodes[0]!);
  printTable();
  console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s; load average at end: ${load()}`);
  clearTimeout(watchdog);
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (err) {
  // after a timeout or a signal the runs fail because their app was closed: not worth a stack trace
  if (!aborting) console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  await abort('failed', 1);
}
