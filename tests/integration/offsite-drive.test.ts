import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { CHUNK_UNIT, openDrive, type DriveClient } from '../../src/offsite/drive.js';
import { startFakeDrive, type FakeDrive } from '../harness/fake-drive.js';
import { tempDir } from '../support/capture.js';

async function bytesOf(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

/** A stream that hands out `b` in small pieces, as an archive being written does. */
function trickle(b: Buffer, piece = 64 * 1024): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < b.length; i += piece) yield b.subarray(i, i + piece);
  })());
}

describe('Google Drive client against a loopback Drive v3', () => {
  let fake: FakeDrive;
  let dir: ReturnType<typeof tempDir>;
  let keyFile: string;
  let sa: { email: string; keyId: string };
  let folder: string;
  let drive: DriveClient;
  const open = (over: Partial<Parameters<typeof openDrive>[0]> = {}) =>
    openDrive({ credentialsFile: keyFile, folderId: folder, rootUrl: fake.rootUrl, attempts: 3, chunkBytes: CHUNK_UNIT, log: silentLogger(), backoffMs: 20, ...over });

  beforeAll(async () => {
    fake = await startFakeDrive();
    dir = tempDir('ocm-drive-');
    keyFile = join(dir.path, 'sa.json');
    sa = fake.serviceAccount(keyFile);
    folder = fake.folder('OCM-Backups', [sa.email]);
    drive = await open();
  });
  afterAll(async () => {
    await fake?.close();
    dir?.remove();
  });

  it('checks the folder with a token from the key file, and uploads a small archive as one multipart request', async () => {
    expect(await drive.checkFolder()).toEqual({ name: 'OCM-Backups' });
    const content = randomBytes(1000);
    const f = await drive.upload('daily', '2026-02-15_ocm-full.tar.gz', { ocmClass: 'daily' }, 'application/gzip', Readable.from([content]));
    expect(f).toMatchObject({ name: '2026-02-15_ocm-full.tar.gz', size: 1000 });
    expect(fake.calls.some((c) => c.path === '/upload/drive/v3/files' && c.query.get('uploadType') === 'multipart' && c.status === 200)).toBe(true);
    expect(fake.calls.some((c) => c.path === '/token' && c.status === 200)).toBe(true);
    expect((await bytesOf(await drive.download(f.id))).equals(content)).toBe(true);
    expect(fake.calls.some((c) => c.query.get('alt') === 'media')).toBe(true);
  });

  it('lists every page of its own files', async () => {
    for (let i = 0; i < 5; i++) await drive.upload('stable', `n${i}_stable_2026-02-15.tar.gz`, { ocmClass: 'stable' }, 'application/gzip', Readable.from([Buffer.from(`x${i}`)]));
    fake.setPageLimit(2);
    try {
      const own = await drive.listOwn('stable');
      expect(own.map((f) => f.name).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `n${i}_stable_2026-02-15.tar.gz`));
      expect(fake.calls.filter((c) => c.path === '/drive/v3/files' && c.query.get('pageToken')).length).toBeGreaterThanOrEqual(2);
    } finally {
      fake.setPageLimit(1000);
    }
  });

  it('a resumable upload that the server cuts at 50 % completes on retry, byte for byte', async () => {
    const content = randomBytes(6 * CHUNK_UNIT + 12345);
    fake.cutResumableAfter(Math.floor(content.length / 2));
    const f = await drive.upload('daily', 'big.tar.gz', { ocmClass: 'daily' }, 'application/gzip', trickle(content));
    expect(f.size).toBe(content.length);
    expect(fake.calls.some((c) => c.method === 'PUT' && c.status === 0)).toBe(true);
    // the status query after the cut answered 308 with the range the server kept
    expect(fake.calls.filter((c) => c.method === 'PUT' && c.status === 308).length).toBeGreaterThan(6);
    expect((await bytesOf(await drive.download(f.id))).equals(content)).toBe(true);
    expect(fake.openSessions()).toBe(0);
  });

  it('a 500 in the middle of a resumable upload is retried; one that persists fails and creates no file', async () => {
    const content = randomBytes(3 * CHUNK_UNIT + 7);
    fake.failNext(500, (m, _p, q) => m === 'PUT' && q.has('upload_id'));
    const f = await drive.upload('daily', 'retry.tar.gz', {}, 'application/gzip', trickle(content));
    expect((await bytesOf(await drive.download(f.id))).equals(content)).toBe(true);
    const before = fake.files.size;
    fake.failNext(500, (m, _p, q) => m === 'PUT' && q.has('upload_id'), 10);
    const err = await drive.upload('daily', 'lost.tar.gz', {}, 'application/gzip', trickle(content)).catch((e: unknown) => e);
    fake.clearFailures();
    expect(describeError(err)).toMatch(/Google Drive: .*500/);
    expect(fake.files.size).toBe(before);
  });

  it('says what is wrong: folder not shared, not a folder, quota exceeded, key revoked, bad key file', async () => {
    const other = fake.folder('Not-Shared');
    const e1 = await (await open({ folderId: other })).checkFolder().catch((e: unknown) => e);
    expect(describeError(e1)).toMatch(new RegExp(`folder ${other} .*not shared with ${sa.email.replace(/\./g, '\\.')}`));
    fake.setQuota(10);
    const e2 = await drive.upload('daily', 'q.tar.gz', {}, 'application/gzip', Readable.from([randomBytes(100)])).catch((e: unknown) => e);
    fake.setQuota(Infinity);
    expect(describeError(e2)).toMatch(/storage quota/);
    const bad = join(dir.path, 'bad.json');
    await import('node:fs').then((fs) => fs.writeFileSync(bad, '{"type":"authorized_user"}'));
    const e3 = await open({ credentialsFile: bad }).catch((e: unknown) => e);
    expect(describeError(e3)).toMatch(/not a service account key/);
    expect(describeError(await open({ credentialsFile: join(dir.path, 'missing.json') }).catch((e: unknown) => e))).toMatch(/cannot read/);
    const revokedFile = join(dir.path, 'revoked.json');
    const r = fake.serviceAccount(revokedFile, 'revoked');
    fake.share(folder, r.email);
    fake.revoke(r.keyId);
    const e4 = await (await open({ credentialsFile: revokedFile })).checkFolder().catch((e: unknown) => e);
    expect(describeError(e4)).toMatch(/refused the service account key/);
    // none of these answers shows the key itself
    for (const e of [e1, e2, e3, e4]) expect(describeError(e)).not.toMatch(/PRIVATE KEY/);
  });
});
