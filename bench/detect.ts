// Watchdog benchmark, against real sshd nodes on loopback (tests/harness):
//   detect  time from killing a node's sshd to its alert being sent, over --trials (default 20),
//           with 1 s checks, 2 consecutive results and the first alert at once (alert_after_s 0)
//   cycle   OCM's CPU time (user + system) and wall time of one watchdog cycle over --nodes (default 20)
// Run as root: `npm run bench:detect -- [--trials=20] [--nodes=20] [--cycles=20]`.
// Nodes, users and temporary data dirs are removed at the end, also after an error or Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../tests/harness/sshd.js';

function intArg(name: string, def: number, min: number, max: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (raw === undefined) return def;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min || v > max) {
    console.error(`bench/detect.ts: --${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
    process.exit(2);
  }
  return v;
}

const TRIALS = intArg('trials', 20, 1, 200);
const NODES = intArg('nodes', 20, 1, 40);
const CYCLES = intArg('cycles', 20, 3, 500);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `min ${s[0]!.toFixed(0)} · median ${q(0.5).toFixed(0)} · mean ${mean.toFixed(0)} · p90 ${q(0.9).toFixed(0)} · max ${s[s.length - 1]!.toFixed(0)} ms (n=${s.length})`;
}

async function waitUntil(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

interface Ocm {
  app: App;
  dir: string;
  output(): string;
  /** Time (Date.now) at which each output chunk was written. */
  writes: { at: number; text: string }[];
}

function ocm(nodes: TestNode[], env: Record<string, string>, yamlExtra = ''): Ocm {
  const dir = mkdtempSync(join(tmpdir(), 'ocm-bench-detect-'));
  const list = nodes
    .map((n) => `  - { id: ${n.id}, host: ${n.host}, port: ${n.port}, user: ${n.user}, key_path: ${n.clientKeyPath}, host_key: "${n.hostKeyFingerprint}", gateway_port: ${n.gatewayPort} }`)
    .join('\n');
  const cfg = createConfig({ OCM_DATA_DIR: dir, ...env }, { path: 'bench.yaml', text: `local_node: false\nssh:\n  handshake_timeout_s: 2\n${yamlExtra}nodes:\n${list}\n` });
  if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
  const out = new PassThrough();
  const writes: { at: number; text: string }[] = [];
  out.on('data', (d: Buffer) => writes.push({ at: Date.now(), text: d.toString() }));
  const app = createApp(cfg.config, { log: silentLogger(), consoleOutput: out, consoleUser: 'bench' });
  return { app, dir, writes, output: () => writes.map((w) => w.text).join('') };
}

async function detect(nodes: TestNode[]): Promise<number[]> {
  const n = nodes[0]!;
  // the first alert as soon as the state is confirmed; escalations far away
  const o = ocm([n], { OCM_WATCHDOG_INTERVAL_S: '1' }, 'watchdog:\n  alert_after_s: 0\n  escalate_after_s: 86400\n  critical_after_s: 86400\n');
  try {
    o.app.watchdog.start();
    await waitUntil(() => o.app.store.nodes.get(n.id)?.status === 'online', 30_000, 'node online');
    const times: number[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const from = o.writes.length;
      const t0 = Date.now();
      await n.kill();
      await waitUntil(() => o.writes.slice(from).some((w) => w.text.startsWith(`🔴 [Critical] ${n.id} offline`)), 60_000, 'the alert');
      const sent = o.writes.slice(from).find((w) => w.text.startsWith(`🔴 [Critical] ${n.id} offline`))!;
      times.push(sent.at - t0);
      process.stdout.write(`  trial ${i + 1}/${TRIALS}: alert after ${sent.at - t0} ms\n`);
      await n.start();
      await waitUntil(() => o.app.store.incidents.openCount() === 0 && o.app.store.nodes.get(n.id)?.status === 'online', 60_000, 'recovery');
      await sleep(200 + Math.random() * 800); // kill at a random point of the 1 s cycle
    }
    return times;
  } finally {
    await o.app.stop('bench end');
    rmSync(o.dir, { recursive: true, force: true });
  }
}

async function cycleCost(nodes: TestNode[]): Promise<{ cpu: number[]; wall: number[] }> {
  const o = ocm(nodes, {}, 'watchdog:\n  slow_interval_s: 86400\n');
  try {
    // two cycles first: agent installed on every node, connections pooled, states confirmed
    await o.app.watchdog.runCycle();
    await o.app.watchdog.runCycle();
    if (!nodes.every((n) => o.app.store.nodes.get(n.id)?.status === 'online')) throw new Error('not every node is online');
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < CYCLES; i++) {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      await o.app.watchdog.runCycle();
      wall.push(performance.now() - w0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    return { cpu, wall };
  } finally {
    await o.app.stop('bench end');
    rmSync(o.dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const avail = sshdAvailable();
  if (!avail.ok) {
    console.error(`bench/detect.ts needs real sshd nodes: ${avail.reason}`);
    process.exit(1);
  }
  console.log(`bench/detect — ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`);
  const nodes = await startNodes(Math.max(NODES, 1), { prefix: 'bdet' });
  const cleanup = () => stopAll(nodes);
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    console.log(`\nDetection: kill sshd → alert sent (1 s checks, 2 consecutive results, alert_after_s 0), ${TRIALS} trials`);
    const times = await detect(nodes);
    console.log(`  kill → alert: ${stats(times)}`);
    console.log(`\nCycle cost: one watchdog cycle over ${NODES} nodes (health + log scan per node, warm connections), ${CYCLES} cycles`);
    const { cpu, wall } = await cycleCost(nodes.slice(0, NODES));
    console.log(`  OCM CPU time per cycle: ${stats(cpu)}`);
    console.log(`  wall time per cycle:    ${stats(wall)}`);
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(`bench/detect.ts failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
