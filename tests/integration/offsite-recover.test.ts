import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDrive, type FakeDrive } from '../harness/fake-drive.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { tempDir, until } from '../support/capture.js';
import { startConsoleApp } from '../support/console-app.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`offsite recovery drill skipped: ${avail.reason}`);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSPHRASE = 'granite orchard 7 lanterns';
const children: ChildProcess[] = [];

/** OCM's commands as an operator runs them: `npm run recover …`, `npm start`, each a real process. */
function run(args: string[], env: Record<string, string>) {
  const child = spawn('npm', args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', OCM_STATUS_PORT: '0', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  let mark = 0;
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    exited,
    out: () => out,
    err: () => err,
    type(line: string) {
      mark = out.length;
      child.stdin!.write(`${line}\n`);
    },
    async waitFor(re: RegExp, ms = 60_000): Promise<string> {
      await until(() => re.test(out.slice(mark)), ms, () => `output matching ${re}; got:\n${out.slice(mark)}\nstderr:\n${err}`);
      return out.slice(mark);
    },
    end: () => child.stdin!.end(),
  };
}

function put(node: TestNode, rel: string, content: string | Buffer, mode?: number): void {
  const path = join(node.ocHome, rel);
  const { uid, gid } = statSync(node.ocHome);
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('chown', ['-R', `${uid}:${gid}`, join(node.ocHome, rel.split('/')[0]!)]);
  writeFileSync(path, content);
  if (mode !== undefined) chmodSync(path, mode);
  chownSync(path, uid, gid);
}

const WORKSPACE_V1: Record<string, string> = {
  'SOUL.md': '# Soul\nI am careful and kind.\n',
  'MEMORY.md': 'The user takes tea without sugar. 猫の名前はミケ。\n',
  'memory/2026-02-01.md': 'First day on the job.\n',
  "memory/odd name 'q'.md": 'odd name\n',
};

/** The /backups reply, from its head line to its Restore: line. */
const section = (s: string) => /💾[\s\S]*?Restore:[^\n]*/.exec(s)?.[0] ?? s;

function workspace(node: TestNode): Record<string, string> {
  return Object.fromEntries(Object.keys(WORKSPACE_V1).map((rel) => [rel, readFileSync(join(node.ocHome, 'workspace', rel), 'utf8')]));
}

describe.skipIf(!avail.ok)('recovery drill: the data dir and the git remote lost, rebuilt from the offsite copy', () => {
  let nodes: TestNode[];
  let fake: FakeDrive;
  let files: ReturnType<typeof tempDir>;
  let dataDir: string;
  let bare: string;
  let configFile: string;
  let folder: string;
  let before: { tags: string; branches: string; stable: string[]; hostKeys: [string, string | null][]; backups: string };
  const env = () => ({ OCM_DATA_DIR: dataDir, OCM_CONFIG: configFile });
  const git = (...args: string[]) => execFileSync('git', ['-C', join(dataDir, 'backups'), ...args], { encoding: 'utf8' });

  beforeAll(async () => {
    fake = await startFakeDrive();
    files = tempDir('ocm-drill-');
    const keyFile = join(files.path, 'service-account.json');
    const sa = fake.serviceAccount(keyFile);
    folder = fake.folder('OCM-Backups', [sa.email]);
    nodes = await startNodes(2, { prefix: 'drl' });
    // one OCM key for both nodes (node 1's client key), as after /newnode on a real fleet
    writeFileSync(`${nodes[1]!.dir}/authorized_keys`, `${readFileSync(`${nodes[1]!.dir}/authorized_keys`, 'utf8')}${nodes[0]!.clientPublicKey}\n`);
    for (const n of nodes) {
      for (const [rel, text] of Object.entries(WORKSPACE_V1)) put(n, `workspace/${rel}`, `${text}(${n.id})\n`);
      put(n, 'workspace/bin/tool.sh', '#!/bin/sh\necho tool\n', 0o755);
    }
    bare = join(files.path, 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    dataDir = join(files.path, 'data');
    configFile = join(files.path, 'ocm.yaml');
    writeFileSync(
      configFile,
      [
        'ssh:\n  handshake_timeout_s: 3',
        `backup:\n  schedule: 'off'\n  remote: ${bare}\n  health_wait_s: 8`,
        `offsite:\n  drive:\n    credentials_file: ${keyFile}\n    folder_id: ${folder}\n    root_url: ${fake.rootUrl}\n  passphrase: ${PASSPHRASE}\n  schedule: 'off'`,
      ].join('\n'),
    );
  }, 120_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    if (nodes) await stopAll(nodes);
    await fake?.close();
    files?.remove();
  });

  it('before: OCM with two real sshd nodes, several backups and stable tags, uploaded to Drive', async () => {
    const yaml = readFileSync(configFile, 'utf8');
    const c = startConsoleApp({ yaml, dataDir, key: { privateKeyPath: nodes[0]!.clientKeyPath, publicKey: nodes[0]!.clientPublicKey } });
    // as `npm start` with OCM_CONFIG would have it: the file the config came from (its copy goes offsite, redacted)
    c.app.config.configFile = configFile;
    try {
      for (const n of nodes) {
        c.mark();
        await c.type(`/newnode id=${n.id} host=${n.host} port=${n.port} user=${n.user} home=~/.openclaw`);
        await c.waitFor(/\[1\] 🔐 Trust/);
        await c.type('1');
        await c.waitFor(new RegExp(`Node ${n.id} added`), 60_000);
      }
      c.mark();
      await c.type('/backup all');
      await c.waitFor(/💾 Backup[\s\S]*OCM itself/, 90_000);
      for (const n of nodes) {
        c.mark();
        await c.type(`/stable ${n.id}`);
        await c.waitFor(/⭐/);
      }
      // later work on the nodes, backed up too: the stable tags stay behind
      for (const n of nodes) put(n, 'workspace/SOUL.md', `# Soul\nNow also curious. (${n.id})\n`);
      c.mark();
      await c.type(`/backup ${nodes[0]!.id} after-stable`);
      await c.waitFor(/manual\/\d{4}-\d{2}-\d{2}-after-stable/, 60_000);
      c.mark();
      await c.type(`/backup ${nodes[1]!.id}`);
      await c.waitFor(/💾 Backup[\s\S]*(✅|❌)/, 60_000);
      expect((await c.app.scheduler.run('offsite-stable'))?.result).toBe('succeeded');
      c.mark();
      await c.type('/offsite upload');
      await c.waitFor(/Uploaded .*_ocm-full_manual-\d{4}\.tar\.gz\.enc .* 🔐 encrypted/, 120_000);
      c.mark();
      await c.type(`/backups ${nodes[0]!.id}`);
      const list = await c.waitFor(/Restore:/);
      before = {
        tags: git('tag', '-l'),
        branches: git('for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads'),
        stable: nodes.map((n) => git('tag', '-l', `${n.id}/stable/*`).trim()),
        hostKeys: c.app.store.nodes.list().filter((n) => n.id !== 'local').map((n) => [n.id, n.hostKeyFp]),
        backups: section(list),
      };
      expect(before.stable.every(Boolean)).toBe(true);
      expect(before.hostKeys).toEqual(nodes.map((n) => [n.id, n.hostKeyFingerprint]));
    } finally {
      await c.app.stop('test end');
    }
    expect(fake.inFolder(folder, 'manual')).toHaveLength(1);
    expect(fake.inFolder(folder, 'stable')).toHaveLength(2);
  }, 300_000);

  it('disaster: the data dir and the git remote are gone; npm run recover -- --from-drive rebuilds data/', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
    const wrong = run(['run', '--silent', 'recover', '--', '--from-drive'], { ...env(), OCM_OFFSITE_PASSPHRASE: 'not the passphrase at all' });
    expect(await wrong.exited).toBe(1);
    const lines = wrong.err().trim().split('\n').filter((l) => !/^npm (warn|notice)/.test(l));
    expect(lines).toEqual([expect.stringMatching(/^ocm: wrong passphrase: this archive was encrypted with a different offsite\.passphrase — set OCM_OFFSITE_PASSPHRASE/)]);
    expect(existsSync(join(dataDir, 'ocm.db'))).toBe(false);

    const r = run(['run', '--silent', 'recover', '--', '--from-drive'], env());
    expect(await r.exited, r.err()).toBe(0);
    expect(r.out()).toMatch(/✅ Rebuilt .* from \d{4}-\d{2}-\d{2}_ocm-full_manual-\d{4}\.tar\.gz\.enc: the database \(3 nodes, \d+ backups\) and the backup repository/);
    expect(r.out()).toMatch(/OCM's SSH key is back/);
    // the copy's config file is there for review, its secrets redacted; the passphrase is nowhere in the data dir
    const recoveredYaml = readFileSync(join(dataDir, 'recovered', 'ocm.yaml'), 'utf8');
    expect(recoveredYaml).toMatch(/passphrase: .*REDACTED/);
    expect(spawnSync('grep', ['-rlF', PASSPHRASE, dataDir], { encoding: 'utf8' }).stdout).toBe('');
    expect(git('tag', '-l')).toBe(before.tags);
    expect(git('for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads')).toBe(before.branches);
    execFileSync('git', ['-C', join(dataDir, 'backups'), 'fsck', '--no-progress']);
    // a second recovery refuses to overwrite what is there now
    const again = run(['run', '--silent', 'recover', '--', '--from-drive'], env());
    expect(await again.exited).toBe(1);
    expect(again.err()).toMatch(/already holds OCM data/);
  }, 180_000);

  it('npm start runs the same fleet: both nodes online with the same host keys, every backup and tag, and /rollback restores byte for byte', async () => {
    // SOUL.md changed after the stable tags were taken
    expect(workspace(nodes[0]!)['SOUL.md']).toMatch(/curious/);
    for (const n of nodes) put(n, 'workspace/MEMORY.md', 'corrupted by an update\n');
    // a new, empty git remote at the same place (GitHub lost and recreated)
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const ocm = run(['start', '--silent'], env());
    ocm.type('/status all');
    const status = await ocm.waitFor(/\d\/3 online/, 90_000);
    for (const n of nodes) expect(status).toMatch(new RegExp(`${n.id} · .*· online`));
    expect(status).not.toMatch(/host key changed|not trusted/);
    ocm.type(`/backups ${nodes[0]!.id}`);
    const list = await ocm.waitFor(/Restore:/);
    expect(section(list)).toBe(before.backups);
    expect(list).toContain(before.stable[0]);
    ocm.type(`/rollback ${nodes[0]!.id}`);
    await ocm.waitFor(/\[1\] ✅ Confirm/);
    ocm.type('1');
    const prompt = await ocm.waitFor(/safety code (\d{4})/);
    ocm.type(/safety code (\d{4})/.exec(prompt)![1]!);
    const done = await ocm.waitFor(/restored to|❌/, 120_000);
    expect(done).toMatch(new RegExp(`✅ ${nodes[0]!.id} restored to ${before.stable[0]!.replace(/\//g, '\\/')}`));
    ocm.end();
    expect(await ocm.exited).toBe(0);
    // the stable tag was taken before SOUL.md changed: v1 files, byte for byte, the executable bit kept
    const got = workspace(nodes[0]!);
    for (const [rel, text] of Object.entries(WORKSPACE_V1)) expect(got[rel], rel).toBe(`${text}(${nodes[0]!.id})\n`);
    expect(statSync(join(nodes[0]!.ocHome, 'workspace', 'bin', 'tool.sh')).mode & 0o111).not.toBe(0);
    // the restore pushed every branch and tag to the new remote
    const remoteTags = execFileSync('git', ['-C', bare, 'tag', '-l'], { encoding: 'utf8' });
    for (const tag of before.tags.split('\n').filter(Boolean)) expect(remoteTags).toContain(tag);
    const db = new Database(join(dataDir, 'ocm.db'), { readonly: true });
    try {
      const pinned = db.prepare("SELECT id, host_key_fp FROM nodes WHERE id != 'local' ORDER BY id").all() as { id: string; host_key_fp: string }[];
      expect(pinned.map((p) => [p.id, p.host_key_fp])).toEqual(before.hostKeys);
    } finally {
      db.close();
    }
  }, 300_000);

  it('--node restores one node from its stable archive when the git remote and the local tag are gone', async () => {
    const n = nodes[1]!;
    git('tag', '-d', before.stable[1]!);
    put(n, 'workspace/MEMORY.md', 'lost in a reinstall\n');
    rmSync(join(n.ocHome, 'workspace', 'memory'), { recursive: true, force: true });
    const r = run(['run', '--silent', 'recover', '--', '--from-drive', '--node', n.id], env());
    expect(await r.exited, `${r.out()}\n${r.err()}`).toBe(0);
    expect(r.out()).toMatch(new RegExp(`${before.stable[1]!.replace(/\//g, '\\/')} rebuilt in the backup repository from ${n.id}_stable_\\S+\\.tar\\.gz\\.enc`));
    expect(r.out()).toMatch(new RegExp(`✅ ${n.id} restored to`));
    const got = workspace(n);
    for (const [rel, text] of Object.entries(WORKSPACE_V1)) expect(got[rel], rel).toBe(`${text}(${n.id})\n`);
    expect(git('tag', '-l', `${n.id}/stable/*`).trim()).toBe(before.stable[1]);
  }, 180_000);
});
