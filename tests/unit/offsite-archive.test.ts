import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import { describe, expect, it } from 'vitest';
import { createArchiveWriter, readArchive } from '../../src/offsite/archive.js';
import { decryptStream, encryptStream, type KdfParams } from '../../src/offsite/crypto.js';
import { describeError } from '../../src/errors.js';

// small scrypt parameters keep the unit tests quick; the format carries them in its header
const FAST: KdfParams = { logN: 12, r: 8, p: 1 };
const MEMORY = 'Remember: the user keeps the spare key under the blue flowerpot.';

async function collect(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

async function sampleArchive(bundle: Buffer, partBytes = 1000): Promise<Buffer> {
  const w = createArchiveWriter({ date: new Date('2026-02-15T03:30:00Z') });
  const out = collect(w.output);
  await w.addBuffer('ocm-master/db/ocm.db', Buffer.from('SQLite format 3\0fake'));
  await w.addStream('nodes/n1/workspace/MEMORY.md', Readable.from([Buffer.from(MEMORY)]), Buffer.byteLength(MEMORY));
  await w.addSymlink('nodes/n1/workspace/latest.md', 'MEMORY.md');
  await w.addParts('git/backups.bundle', Readable.from([bundle.subarray(0, 1500), bundle.subarray(1500)]), partBytes);
  await w.finish({ kind: 'full', createdAt: '2026-02-15T03:30:00Z', ocm: { version: '0.1.0', commit: null }, encrypted: false });
  return out;
}

describe('offsite archive', () => {
  it('holds every member with a manifest of sizes and SHA-256, the bundle in parts, and reads back clean', async () => {
    const bundle = randomBytes(3500);
    const tgz = await sampleArchive(bundle);
    const got = new Map<string, Buffer[]>();
    const r = await readArchive(Readable.from([tgz]), {
      sink: (m) =>
        new Writable({
          write(c: Buffer, _e, cb) {
            got.set(m.name, [...(got.get(m.name) ?? []), c]);
            cb();
          },
        }),
    });
    expect(r.problems).toEqual([]);
    expect(r.manifest.members.map((m) => m.name)).toEqual([
      'ocm-master/db/ocm.db',
      'nodes/n1/workspace/MEMORY.md',
      'nodes/n1/workspace/latest.md',
      'git/backups.bundle.part-0000',
      'git/backups.bundle.part-0001',
      'git/backups.bundle.part-0002',
      'git/backups.bundle.part-0003',
    ]);
    expect(r.manifest.bundle).toMatchObject({ name: 'git/backups.bundle', size: 3500 });
    const joined = Buffer.concat(r.manifest.bundle!.parts.flatMap((p) => got.get(p) ?? []));
    expect(joined.equals(bundle)).toBe(true);
    expect(Buffer.concat(got.get('nodes/n1/workspace/MEMORY.md')!).toString()).toBe(MEMORY);
  });

  it('names a member whose bytes differ from the manifest, one that is missing and one it does not list', async () => {
    const tgz = await sampleArchive(randomBytes(100));
    const members = new Map<string, Buffer>();
    const { manifest } = await readArchive(Readable.from([tgz]), {
      sink: (m) =>
        new Writable({
          write(c: Buffer, _e, cb) {
            members.set(m.name, Buffer.concat([members.get(m.name) ?? Buffer.alloc(0), c]));
            cb();
          },
        }),
    });
    // the same archive rebuilt by hand: one member altered, one left out, one added, the old manifest last
    const a = archiver('tar', { gzip: true });
    const out = collect(a);
    a.append(Buffer.from('SQLite format 3\0FAKE'), { name: 'ocm-master/db/ocm.db' });
    for (const [name, content] of members) if (name !== 'ocm-master/db/ocm.db' && name !== 'nodes/n1/workspace/MEMORY.md') a.append(content, { name });
    a.append(Buffer.from('planted'), { name: 'nodes/n1/workspace/extra.md' });
    a.append(Buffer.from(JSON.stringify(manifest)), { name: 'MANIFEST.json' });
    await a.finalize();
    const r = await readArchive(Readable.from([await out]));
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { member: 'ocm-master/db/ocm.db', problem: 'sha256' },
        { member: 'nodes/n1/workspace/MEMORY.md', problem: 'missing' },
        { member: 'nodes/n1/workspace/extra.md', problem: 'unexpected' },
      ]),
    );
  });

  it('encrypts in chunks: no member name or memory text in the bytes, round trip exact, wrong passphrase one clear line', async () => {
    const tgz = await sampleArchive(randomBytes(5000));
    for (const size of [tgz.length, 1024, 4096]) {
      const enc = await collect(Readable.from([tgz]).pipe(encryptStream('correct horse battery staple', { kdf: FAST, chunkBytes: size })));
      const text = enc.toString('latin1');
      expect(text).not.toContain('MEMORY');
      expect(text).not.toContain('flowerpot');
      expect(text).not.toContain('ocm-master');
      const dec = await collect(Readable.from([enc]).pipe(decryptStream('correct horse battery staple')));
      expect(dec.equals(tgz)).toBe(true);
    }
    const enc = await collect(Readable.from([tgz]).pipe(encryptStream('correct horse battery staple', { kdf: FAST, chunkBytes: 1024 })));
    const wrong = await pipeline(Readable.from([enc]), decryptStream('wrong passphrase here'), new Writable({ write: (_c, _e, cb) => cb() })).catch((e: unknown) => e);
    expect(describeError(wrong)).toMatch(/^wrong passphrase/);
    expect(describeError(wrong).split('\n')).toHaveLength(1);
    // through the archive reader: the same line
    const viaReader = await readArchive(Readable.from([enc]), { passphrase: 'nope nope nope' }).catch((e: unknown) => e);
    expect(describeError(viaReader)).toMatch(/^wrong passphrase/);
    const none = await readArchive(Readable.from([enc])).catch((e: unknown) => e);
    expect(describeError(none)).toMatch(/passphrase/);
  });

  it('refuses a cut, a flipped byte and swapped chunks of an encrypted archive', async () => {
    const tgz = await sampleArchive(randomBytes(5000));
    const enc = await collect(Readable.from([tgz]).pipe(encryptStream('pw-for-damage-test', { kdf: FAST, chunkBytes: 1024 })));
    const sealed = 1024 + 16;
    const cut = enc.subarray(0, 56 + sealed * 2);
    const flipped = Buffer.from(enc);
    flipped[100] = flipped[100]! ^ 1;
    const swapped = Buffer.concat([enc.subarray(0, 56), enc.subarray(56 + sealed, 56 + 2 * sealed), enc.subarray(56, 56 + sealed), enc.subarray(56 + 2 * sealed)]);
    for (const bad of [cut, flipped, swapped]) {
      const err = await collect(Readable.from([bad]).pipe(decryptStream('pw-for-damage-test'))).catch((e: unknown) => e);
      expect(describeError(err)).toMatch(/damaged/);
    }
  });
});
