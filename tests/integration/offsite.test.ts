import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { silentLogger } from '../../src/log.js';
import { moduleWebSources } from '../../src/modules.js';
import { offsiteStatusLine, type OffsiteSource } from '../../src/offsite/status.js';
import { readArchive } from '../../src/offsite/archive.js';
import { CHUNK_UNIT, openDrive } from '../../src/offsite/drive.js';
import { startFakeDrive, type FakeDrive } from '../harness/fake-drive.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { tempDir } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { clusterHealthJson } from '../../src/web/view.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`offsite integration tests skipped: ${avail.reason}`);

const DAY = 86_400_000;
const PASSPHRASE = 'tea kettle lighthouse 42';
const MEMORY = 'The user hides the spare key under the blue flowerpot by the door.';

function put(node: TestNode, rel: string, content: string | Buffer): void {
  const path = join(node.ocHome, rel);
  const { uid, gid } = statSync(node.ocHome);
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('chown', ['-R', `${uid}:${gid}`, join(node.ocHome, rel.split('/')[0]!)]);
  writeFileSync(path, content);
  chownSync(path, uid, gid);
}

describe.skipIf(!avail.ok)('offsite copies to a loopback Google Drive', () => {
  let nodes: TestNode[];
  let n: TestNode;
  let fake: FakeDrive;
  let files: ReturnType<typeof tempDir>;
  let c: ConsoleApp;
  let root: string;
  let keyFile: string;
  let sa: { email: string; keyId: string };
  let clock = Date.UTC(2026, 1, 15, 3, 30);
  const repo = () => join(c.dataDir, 'backups');
  const refs = () => execFileSync('git', ['-C', repo(), 'for-each-ref', '--format=%(objectname) %(refname)'], { encoding: 'utf8' });
  const yaml = (extra = '') =>
    [
      'ssh:\n  handshake_timeout_s: 3',
      "backup:\n  schedule: 'off'",
      `offsite:\n  drive:\n    credentials_file: ${keyFile}\n    folder_id: ${root}\n    root_url: ${fake.rootUrl}\n  passphrase: ${PASSPHRASE}\n  upload_chunk_bytes: ${CHUNK_UNIT}\n  upload_attempts: 2\n  retry_after_s: 60${extra}`,
    ].join('\n');
  const day = (d: number) => {
    clock += d * DAY;
    fake.setNow(clock);
  };

  beforeAll(async () => {
    fake = await startFakeDrive();
    fake.setNow(clock);
    files = tempDir('ocm-offsite-');
    keyFile = join(files.path, 'service-account.json');
    sa = fake.serviceAccount(keyFile);
    root = fake.folder('OCM-Backups', [sa.email]);
    nodes = await startNodes(1, { prefix: 'ofs' });
    n = nodes[0]!;
    put(n, 'workspace/MEMORY.md', `${MEMORY}\n`);
    put(n, 'workspace/SOUL.md', '# Soul\nCalm.\n');
    // incompressible bytes make the archive span several resumable chunks
    put(n, 'workspace/media-notes.bin', randomBytes(3 * CHUNK_UNIT));
    c = startConsoleApp({ yaml: yaml(), key: { privateKeyPath: n.clientKeyPath, publicKey: n.clientPublicKey }, codes: ['1111', '2222'], now: () => clock });
    await c.type(`/newnode id=${n.id} host=${n.host} port=${n.port} user=${n.user} home=~/.openclaw`);
    await c.waitFor(/\[1\] 🔐 Trust/);
    await c.type('1');
    await c.waitFor(new RegExp(`Node ${n.id} added`), 60_000);
    c.mark();
    await c.type(`/backup ${n.id}`);
    await c.waitFor(/💾 Backup[\s\S]*(✅|❌)/, 60_000);
  }, 180_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
    await fake?.close();
    files?.remove();
  });

  it('says what is missing when offsite copies are not configured', async () => {
    const bare = startConsoleApp({});
    try {
      await bare.type('/offsite');
      const out = await bare.waitFor(/Offsite copies are off/);
      expect(out).toMatch(/offsite\.drive\.credentials_file, offsite\.drive\.folder_id not set/);
      expect(bare.app.scheduler.jobs().filter((j) => j.name.startsWith('offsite'))).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  it('the daily job uploads one encrypted full archive: no member name or memory text in its bytes', async () => {
    const out = await c.app.scheduler.run('offsite-daily');
    expect(out?.result).toBe('succeeded');
    const daily = fake.inFolder(root, 'daily');
    expect(daily.map((f) => f.name)).toEqual(['2026-02-15_ocm-full.tar.gz.enc']);
    const bytes = daily[0]!.content.toString('latin1');
    for (const plain of ['flowerpot', 'MEMORY', 'ocm-master', 'MANIFEST', 'backups.bundle', `nodes/${n.id}/`]) expect(bytes.includes(plain), plain).toBe(false);
    expect(daily[0]!.appProperties).toMatchObject({ ocm: '1', ocmClass: 'daily' });
    // the archive decrypts with the passphrase and holds the database, OCM's key and the bundle
    const r = await readArchive(Readable.from([daily[0]!.content]), { passphrase: PASSPHRASE });
    expect(r.problems).toEqual([]);
    const names = r.manifest.members.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['ocm-master/db/ocm.db', 'ocm-master/keys/ocm_ed25519', 'git/backups.bundle.part-0000']));
    expect(r.manifest).toMatchObject({ kind: 'full', encrypted: true, counts: { nodes: 2, backups: 1 } });
    // a resumable upload (larger than one chunk)
    expect(fake.calls.some((x) => x.query.get('uploadType') === 'resumable')).toBe(true);
  });

  it('/offsite shows the last copy, the next, the space used and the dry run of the next cleanup', async () => {
    c.mark();
    await c.type('/offsite');
    const out = await c.waitFor(/Next cleanup/);
    expect(out).toMatch(new RegExp(`Google Drive folder OCM-Backups as ${sa.email.replace(/\./g, '\\.')}`));
    expect(out).toMatch(/🔐 Encrypted/);
    expect(out).toMatch(/Last copy: 2026-02-15_ocm-full\.tar\.gz\.enc, \d+(\.\d)? [KM]B, 2026-02-15/);
    expect(out).toMatch(/Next daily copy: 2026-02-1[56]/);
    expect(out).toMatch(/Space used: 1 files/);
    expect(out).toMatch(/Next cleanup \(dry run\): nothing to delete/);
    expect(out).not.toContain(PASSPHRASE);
    // the same copy under the fleet summary of /status, in /doctor, and in the status page's data
    c.mark();
    await c.type('/status');
    expect(await c.waitFor(/☁️ Last offsite copy: 2026-02-15 /)).toMatch(/online[^\n]*\n☁️ Last offsite copy/);
    c.mark();
    await c.type('/doctor');
    expect(await c.waitFor(/offsite copies: the Drive folder OCM-Backups is shared with/, 30_000)).toMatch(/✅ offsite copies/);
    const sources = moduleWebSources(c.app.modules, { config: c.app.config, store: c.app.store, now: () => clock } as never);
    expect(clusterHealthJson({ store: c.app.store, log: silentLogger(), now: () => clock, startedAt: clock, sources }).last_offsite_copy).toMatch(/^2026-02-15T/);
  });

  it('retention deletes exactly the daily copies older than 30 days and stable ones older than 90, keeps manual copies and files that are not OCM\'s', async () => {
    // copies made "earlier": the server's clock is set back while they are uploaded
    const drive = await openDrive({ credentialsFile: keyFile, folderId: root, rootUrl: fake.rootUrl, attempts: 1, chunkBytes: CHUNK_UNIT, log: silentLogger() });
    const plant = async (sub: string, name: string, ageDays: number, props: Record<string, string> = {}) => {
      fake.setNow(clock - ageDays * DAY);
      await drive.upload(sub, name, props, 'application/octet-stream', Readable.from([Buffer.from(name)]));
    };
    await plant('daily', '2026-01-06_ocm-full.tar.gz.enc', 40);
    await plant('daily', '2026-01-14_ocm-full.tar.gz.enc', 31.5);
    await plant('daily', '2026-01-16_ocm-full.tar.gz.enc', 29.5);
    await plant('stable', 'n7_stable_2025-11-06.tar.gz.enc', 100, { ocmNode: 'n7' });
    await plant('stable', 'n7_stable_2025-11-15.tar.gz.enc', 91.5, { ocmNode: 'n7' });
    await plant('stable', 'n7_stable_2025-11-18.tar.gz.enc', 89, { ocmNode: 'n7' });
    await plant('manual', '2025-01-01_ocm-full_manual-1200.tar.gz.enc', 410);
    fake.setNow(clock - 100 * DAY);
    // someone else's file in the same folder: not OCM's (no appProperties), never touched
    const foreign = fake.folder('x');
    fake.files.get(foreign)!.name = 'notes-2025-11-06.tar.gz';
    fake.files.get(foreign)!.mimeType = 'application/gzip';
    fake.files.get(foreign)!.parents = [[...fake.files.values()].find((f) => f.name === 'daily' && f.parents.includes(root))!.id];
    fake.setNow(clock);
    c.mark();
    await c.type('/offsite');
    const dry = await c.waitFor(/Next cleanup \(dry run\) would delete 4 files/);
    expect(dry).toMatch(/daily\/2026-01-06_ocm-full\.tar\.gz\.enc, daily\/2026-01-14_ocm-full\.tar\.gz\.enc, stable\/n7_stable_2025-11-06\.tar\.gz\.enc, stable\/n7_stable_2025-11-15\.tar\.gz\.enc/);
    // the dry run deleted nothing
    expect(fake.inFolder(root, 'daily')).toHaveLength(5);

    // a manual copy now: uploaded to manual/, then the same cleanup runs
    c.mark();
    await c.type('/offsite upload');
    const up = await c.waitFor(/Retention (deleted|:)/, 60_000);
    expect(up).toMatch(/Uploaded 2026-02-15_ocm-full_manual-0330\.tar\.gz\.enc .* to manual\/ 🔐 encrypted/);
    expect(up).toMatch(/Retention deleted 4 old copies/);
    expect(fake.inFolder(root, 'daily').map((f) => f.name).sort()).toEqual(['2026-01-16_ocm-full.tar.gz.enc', '2026-02-15_ocm-full.tar.gz.enc', 'notes-2025-11-06.tar.gz']);
    expect(fake.inFolder(root, 'stable').map((f) => f.name)).toEqual(['n7_stable_2025-11-18.tar.gz.enc']);
    expect(fake.inFolder(root, 'manual').map((f) => f.name)).toEqual(['2025-01-01_ocm-full_manual-1200.tar.gz.enc', '2026-02-15_ocm-full_manual-0330.tar.gz.enc']);
  });

  it('a resumable upload the server cuts at 50 % completes on retry, and /offsite verify checks the copy', async () => {
    const previous = fake.inFolder(root, 'daily').find((f) => f.name === '2026-02-15_ocm-full.tar.gz.enc')!.content.length;
    day(1);
    fake.cutResumableAfter(Math.floor(previous / 2));
    const out = await c.app.scheduler.run('offsite-daily');
    expect(out?.result).toBe('succeeded');
    expect(fake.calls.some((x) => x.method === 'PUT' && x.status === 0)).toBe(true);
    expect(fake.inFolder(root, 'daily').some((f) => f.name === '2026-02-16_ocm-full.tar.gz.enc')).toBe(true);
    c.mark();
    await c.type('/offsite verify');
    const v = await c.waitFor(/is sound|failed verification/, 60_000);
    expect(v).toMatch(/✅ 2026-02-16_ocm-full\.tar\.gz\.enc .* is sound: \d+ members, .*decrypted, every SHA-256 matches its manifest; git bundle verify: OK \(\d+ refs\)/);
  });

  it('a 500 or a cut connection during upload loses nothing: local backups untouched, alert after the second failure, the next run uploads', async () => {
    day(1);
    const before = refs();
    const filesBefore = fake.files.size;
    fake.failNext(500, (m, _p, q) => m === 'PUT' && q.has('upload_id'), 4);
    const first = await c.app.scheduler.run('offsite-daily');
    fake.clearFailures();
    expect(first?.result).toBe('failed');
    expect(refs()).toBe(before);
    execFileSync('git', ['-C', repo(), 'fsck', '--no-progress']);
    expect(fake.files.size).toBe(filesBefore);
    // not due yet: the retry waits retry_after_s
    expect(await c.app.scheduler.run('offsite-retry')).toBeNull();
    clock += 61_000;
    c.mark();
    fake.failNext(0, (m, _p, q) => m === 'PUT' && q.has('upload_id'), 4);
    const second = await c.app.scheduler.run('offsite-retry');
    fake.clearFailures();
    expect(second?.result).toBe('failed');
    const alert = await c.waitFor(/Offsite copy failing/);
    expect(alert).toMatch(/2 failed tries today .*local backups are untouched/i);
    expect(refs()).toBe(before);
    clock += 121_000;
    const third = await c.app.scheduler.run('offsite-retry');
    expect(third?.result).toBe('succeeded');
    expect(fake.inFolder(root, 'daily').some((f) => f.name === '2026-02-17_ocm-full.tar.gz.enc')).toBe(true);
    expect(await c.app.scheduler.run('offsite-retry')).toBeNull();
  });

  it('a new stable tag gets its own archive in stable/', async () => {
    c.mark();
    await c.type(`/stable ${n.id}`);
    await c.waitFor(/⭐/);
    const out = await c.app.scheduler.run('offsite-stable');
    expect(out?.result).toBe('succeeded');
    const stable = fake.inFolder(root, 'stable').find((f) => f.name.startsWith(`${n.id}_stable_`))!;
    expect(stable.name).toBe(`${n.id}_stable_2026-02-17.tar.gz.enc`);
    const r = await readArchive(Readable.from([stable.content]), { passphrase: PASSPHRASE });
    expect(r.problems).toEqual([]);
    expect(r.manifest).toMatchObject({ kind: 'stable', node: n.id, tag: `${n.id}/stable/2026-02-17` });
    expect(r.manifest.members.map((m) => m.name)).toContain(`nodes/${n.id}/workspace/MEMORY.md`);
    expect(stable.content.toString('latin1')).not.toContain('flowerpot');
    // nothing pending any more: the job's tick is skipped
    expect(await c.app.scheduler.run('offsite-stable')).toBeNull();
  });

  it('a damaged copy fails the weekly check with an alert; a wrong passphrase is one clear line', async () => {
    const latest = fake.inFolder(root, 'daily').find((f) => f.name === '2026-02-17_ocm-full.tar.gz.enc')!;
    const original = Buffer.from(latest.content);
    latest.content[Math.floor(latest.content.length / 2)]! ^= 0x40;
    c.mark();
    const out = await c.app.scheduler.run('offsite-verify');
    expect(out?.result).toBe('failed');
    await c.waitFor(/weekly check of the offsite copy failed.*damaged/);
    latest.content = original;
    const wrong = startConsoleApp({ yaml: yaml().replace(PASSPHRASE, 'a different passphrase'), dataDir: join(files.path, 'other') });
    try {
      await wrong.type('/offsite verify');
      const line = await wrong.waitFor(/wrong passphrase/);
      expect(line).toMatch(/❌ .*wrong passphrase: this archive was encrypted with a different offsite\.passphrase/);
      expect(line).not.toMatch(/\n\s+at /);
    } finally {
      await wrong.close();
    }
  });

  it('a revoked key and a folder that is not shared are named with the next step', async () => {
    const otherKey = join(files.path, 'revoked.json');
    const other = fake.serviceAccount(otherKey, 'revoked');
    fake.share(root, other.email);
    fake.revoke(other.keyId);
    const r = startConsoleApp({ yaml: yaml().replace(keyFile, otherKey), dataDir: join(files.path, 'revoked') });
    try {
      await r.type('/offsite');
      expect(await r.waitFor(/refused the service account key/)).toMatch(/create a new JSON key/);
    } finally {
      await r.close();
    }
    const unshared = fake.folder('Elsewhere');
    const u = startConsoleApp({ yaml: yaml().replace(root, unshared), dataDir: join(files.path, 'unshared') });
    try {
      await u.type('/offsite');
      expect(await u.waitFor(/is not shared with/)).toMatch(new RegExp(`share the folder with ${sa.email.replace(/\./g, '\\.')} as Editor`));
    } finally {
      await u.close();
    }
  });
  it('an offsite copy older than two days is an info incident (no message), shown by /status and the status page source', async () => {
    const t = translator('en');
    expect(t.msg(offsiteStatusLine(c.app.config, c.app.store, clock)!)).toMatch(/^☁️ Last offsite copy: 2026-02-17 .* ago\)$/);
    const sources = moduleWebSources(c.app.modules, { config: c.app.config, store: c.app.store, now: () => clock } as never) as unknown as { offsite: OffsiteSource };
    expect(sources.offsite.last()).toMatchObject({ name: '2026-02-17_ocm-full.tar.gz.enc', kind: 'daily' });
    day(3);
    c.mark();
    expect((await c.app.scheduler.run('watchdog-slow-checks'))?.result).toBe('succeeded');
    const open = c.app.store.incidents.findOpen(null, 'offsite');
    expect(open).toMatchObject({ severity: 'info' });
    expect(t.msgText(open!.summary)).toMatch(/^no offsite copy for 3 d/);
    expect(sources.offsite.stale()).toBe(true);
    expect(t.msg(offsiteStatusLine(c.app.config, c.app.store, clock)!)).toMatch(/overdue/);
    // info incidents send nothing
    await c.app.watchdog.flush();
    expect(c.since()).not.toMatch(/offsite copy for/);
    expect((await c.app.scheduler.run('offsite-daily'))?.result).toBe('succeeded');
    expect((await c.app.scheduler.run('watchdog-slow-checks'))?.result).toBe('succeeded');
    expect(c.app.store.incidents.findOpen(null, 'offsite')).toBeUndefined();
  });
});
