// Backup benchmark against one real sshd node on loopback (tests/harness): wall time and growth of
// the backup repo for 20 backups of an unchanged node and of a node with one file changed each time,
// next to `ssh node tar cz … | tar xz` of the same tree, and the time of a restore (snapshot, stop,
// mirror, start, /health). Run as root: `npx tsx bench/backup.ts [--runs=20] [--files=300] [--kb=8]`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../tests/harness/sshd.js';

function intArg(name: string, def: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const v = raw === undefined ? def : Number(raw);
  if (!Number.isInteger(v) || v < 1 || v > 100_000) {
    console.error(`bench/backup.ts: --${name} must be a positive whole number`);
    process.exit(2);
  }
  return v;
}
const RUNS = intArg('runs', 20);
const FILES = intArg('files', 300);
const KB = intArg('kb', 8);

const avail = sshdAvailable();
if (!avail.ok) {
  console.error(`bench/backup.ts: ${avail.reason}`);
  process.exit(1);
}

function du(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const mb = (b: number) => `${(Math.abs(b) < 5000 ? 0 : b / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  const nodes = await startNodes(1, { prefix: 'bbk' });
  const n: TestNode = nodes[0]!;
  const dataDir = mkdtempSync(join(tmpdir(), 'ocm-bench-backup-'));
  const { uid, gid } = statSync(n.ocHome);
  const put = (rel: string, text: string) => {
    const p = join(n.ocHome, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    chownSync(p, uid, gid);
  };
  try {
    execFileSync('chown', ['-R', `${uid}:${gid}`, n.ocHome]);
    for (let i = 0; i < FILES; i++) put(`workspace/memory/${String(i).padStart(4, '0')}.md`, `# memory ${i}\n${'lorem ipsum dolor sit amet '.repeat((KB * 1024) / 27)}\n`);
    execFileSync('chown', ['-R', `${uid}:${gid}`, n.ocHome]);
    const cfg = createConfig({ OCM_DATA_DIR: dataDir }, { path: 'bench.yaml', text: "local_node: false\nbackup:\n  schedule: 'off'\n" });
    if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
    mkdirSync(join(dataDir, 'keys'), { mode: 0o700 });
    writeFileSync(join(dataDir, 'keys', 'ocm_ed25519'), readFileSync(n.clientKeyPath), { mode: 0o600 });
    writeFileSync(join(dataDir, 'keys', 'ocm_ed25519.pub'), `${n.clientPublicKey.trim()}\n`);
    const out = new PassThrough();
    out.resume();
    const app = createApp(cfg.config, { log: silentLogger(), consoleOutput: out, consoleUser: 'bench' });
    app.store.nodes.upsert({ id: n.id, name: n.id, transport: 'ssh', host: n.host, port: n.port, sshUser: n.user, ocHome: '~/.openclaw', gatewayPort: n.gatewayPort, hostKeyFp: n.hostKeyFingerprint, hostKeyState: 'pinned' });
    const rec = app.nodes.require(n.id);
    const repo = join(dataDir, 'backups');
    const first = performance.now();
    await app.backups.backupNode(rec, { type: 'manual' });
    const firstMs = performance.now() - first;
    const base = du(join(repo, '.git'));

    const time = async (change: boolean) => {
      const start = du(join(repo, '.git'));
      const ts: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (change) put('workspace/SOUL.md', `# Soul\nrevision ${i} ${Date.now()}\n`);
        const t0 = performance.now();
        const o = await app.backups.backupNode(rec, { type: 'manual' });
        ts.push(performance.now() - t0);
        if (o.changed !== change) throw new Error(`backup ${i}: expected changed=${change}, got ${o.changed}`);
      }
      return { median: median(ts), growth: du(join(repo, '.git')) - start };
    };
    const unchanged = await time(false);
    const changed = await time(true);

    const raw: number[] = [];
    for (let i = 0; i < 5; i++) {
      const dest = mkdtempSync(join(tmpdir(), 'ocm-bench-tar-'));
      const t0 = performance.now();
      const r = spawnSync('bash', ['-c', `ssh -q -i "$1" -p "$2" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "$3@$4" 'tar czf - -C ~/.openclaw .' | tar xzf - -C "$5"`, 'x', n.clientKeyPath, String(n.port), n.user, n.host, dest]);
      raw.push(performance.now() - t0);
      rmSync(dest, { recursive: true, force: true });
      if (r.status !== 0) throw new Error(`ssh tar failed: ${r.stderr.toString()}`);
    }

    const restores: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ref = app.store.backups.list(n.id, 5)[2]!.commit;
      const t0 = performance.now();
      await app.backups.restore(rec, ref, { operationId: `bench-${i}` });
      restores.push(performance.now() - t0);
    }
    await app.stop('bench end');

    console.log(`bench/backup — 1 node over real SSH on loopback, ${cpus().length} cores; tree: ${FILES} files × ${KB} KB (${mb(du(n.ocHome))} on the node)`);
    console.log(`first backup (everything new):            ${fmt(firstMs)}; repo .git ${mb(base)}`);
    console.log(`${RUNS} backups, node unchanged:              median ${fmt(unchanged.median)} each; repo growth ${mb(unchanged.growth)} (no commits)`);
    console.log(`${RUNS} backups, one file changed each time:  median ${fmt(changed.median)} each; repo growth ${mb(changed.growth)} (${(changed.growth / RUNS / 1024).toFixed(1)} KB per backup)`);
    console.log(`ssh node 'tar czf - ~/.openclaw' | tar xzf - : median ${fmt(median(raw))} (5 runs; no redaction, no git)`);
    console.log(`restore (snapshot + stop + mirror + start + /health): median ${fmt(median(restores))} (3 runs)`);
  } finally {
    await stopAll(nodes);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench/backup.ts: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
