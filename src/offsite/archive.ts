import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { Readable, Transform, type Writable } from 'node:stream';
import type { Stats } from 'node:fs';
import archiver from 'archiver';
import { Parser, type ReadEntry } from 'tar';
import { UserError } from '../errors.js';
import { decryptStream, isEncrypted, MAGIC } from './crypto.js';

/**
 * The offsite archive: a tar.gz written as a stream (archiver), each member hashed on its way in,
 * and MANIFEST.json as its last member (sizes and SHA-256 of every member, OCM's version). A member
 * of unknown size (the git bundle) is cut into parts of at most `partBytes`, so that no member is
 * ever held whole in memory or copied to disk. Reading checks every member against the manifest.
 */

export const MANIFEST_NAME = 'MANIFEST.json';
export const FORMAT = 'ocm-offsite';
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export interface ManifestMember {
  name: string;
  type: 'file' | 'symlink';
  size: number;
  sha256: string;
  /** Symlinks: where the link points. */
  target?: string;
}

export interface Manifest {
  format: typeof FORMAT;
  version: 1;
  kind: 'full' | 'stable';
  createdAt: string;
  ocm: { version: string; commit: string | null };
  encrypted: boolean;
  members: ManifestMember[];
  /** The backup repository as one git bundle, stored in parts (full archives). */
  bundle?: { name: string; parts: string[]; size: number; sha256: string };
  /** Stable archives: whose files, at which tag and commit. */
  node?: string;
  tag?: string;
  commit?: string;
  /** Full archives: what the copy holds (shown by recover). */
  counts?: { nodes: number; backups: number; tags: number };
}

function hashTap(h: Hash, count: { n: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      h.update(chunk);
      count.n += chunk.length;
      cb(null, chunk);
    },
  });
}

export interface ArchiveWriter {
  /** The tar.gz bytes. */
  output: Readable;
  addBuffer(name: string, content: Buffer): Promise<void>;
  /** A stream of exactly `size` bytes (a file, a blob). */
  addStream(name: string, stream: Readable, size: number, mode?: number): Promise<void>;
  addSymlink(name: string, target: string): Promise<void>;
  /** A stream of unknown length, stored as `<name>.part-0000`, `-0001`… of at most `partBytes` each. */
  addParts(name: string, stream: Readable, partBytes: number): Promise<void>;
  /** Appends MANIFEST.json and ends the archive. */
  finish(head: Omit<Manifest, 'members' | 'bundle' | 'format' | 'version'>): Promise<Manifest>;
  abort(err: Error): void;
}

export function createArchiveWriter(opts: { date: Date }): ArchiveWriter {
  const archive = archiver('tar', { gzip: true, gzipOptions: { level: 6 } });
  const members: ManifestMember[] = [];
  let bundle: Manifest['bundle'];
  // archiver emits 'entry' once per appended member, in order
  const waiting: { resolve(): void; reject(e: Error): void }[] = [];
  let failed: Error | undefined;
  archive.on('entry', () => waiting.shift()?.resolve());
  const fail = (err: Error) => {
    failed ??= err;
    for (const w of waiting.splice(0)) w.reject(failed);
  };
  archive.on('error', fail);
  archive.on('warning', fail);
  const entry = { date: opts.date, mode: 0o600 };

  function appended(): Promise<void> {
    if (failed) return Promise.reject(failed);
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  async function addStream(name: string, stream: Readable, size: number, mode = 0o600): Promise<void> {
    const h = createHash('sha256');
    const count = { n: 0 };
    const tap = hashTap(h, count);
    stream.on('error', (err) => tap.destroy(err));
    tap.on('error', (err) => fail(err));
    const done = appended();
    archive.append(stream.pipe(tap), { ...entry, mode, name, stats: { size, mode, mtime: opts.date } as unknown as Stats });
    await done;
    if (count.n !== size) throw new Error(`archive member ${name}: ${count.n} bytes read, ${size} announced`);
    members.push({ name, type: 'file', size, sha256: h.digest('hex') });
  }

  return {
    output: archive,
    async addBuffer(name, content) {
      const done = appended();
      archive.append(content, { ...entry, name });
      await done;
      members.push({ name, type: 'file', size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    },
    addStream,
    async addSymlink(name, target) {
      const done = appended();
      archive.symlink(name, target, 0o777);
      await done;
      members.push({ name, type: 'symlink', size: 0, sha256: createHash('sha256').update(target).digest('hex'), target });
    },
    async addParts(name, stream, partBytes) {
      const whole = createHash('sha256');
      const parts: string[] = [];
      let size = 0;
      let held: Buffer[] = [];
      let heldBytes = 0;
      const flush = async (all: boolean) => {
        while (heldBytes >= partBytes || (all && heldBytes > 0)) {
          const buf = Buffer.concat(held);
          const part = buf.subarray(0, Math.min(partBytes, buf.length));
          held = [buf.subarray(part.length)];
          heldBytes = buf.length - part.length;
          const partName = `${name}.part-${String(parts.length).padStart(4, '0')}`;
          whole.update(part);
          size += part.length;
          parts.push(partName);
          await this.addBuffer(partName, Buffer.from(part));
        }
      };
      // pulling from the stream (for await) keeps at most one part in memory: the producer waits
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        held.push(chunk);
        heldBytes += chunk.length;
        if (heldBytes >= partBytes) await flush(false);
      }
      await flush(true);
      bundle = { name, parts, size, sha256: whole.digest('hex') };
    },
    async finish(head) {
      const manifest: Manifest = { format: FORMAT, version: 1, ...head, members: [...members], ...(bundle ? { bundle } : {}) };
      const done = appended();
      archive.append(Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`), { ...entry, name: MANIFEST_NAME });
      await done;
      await archive.finalize();
      return manifest;
    },
    abort(err) {
      fail(err);
      archive.abort();
      archive.destroy(err);
    },
  };
}

// ---- reading ------------------------------------------------------------------------------------

export interface MemberInfo {
  name: string;
  type: 'file' | 'symlink' | 'directory';
  size: number;
  /** Permission bits as archived (stable archives keep the executable bit of the repository). */
  mode: number;
  target?: string;
}

export interface ReadResult {
  manifest: Manifest;
  /** Members whose bytes differ from the manifest, that the manifest lacks or that are missing. */
  problems: { member: string; problem: 'missing' | 'size' | 'sha256' | 'unexpected' }[];
  bytes: number;
}

/** Reads a few bytes without consuming them. */
async function peek(input: Readable, n: number): Promise<Buffer> {
  const got: Buffer[] = [];
  let len = 0;
  for (;;) {
    const c = input.read() as Buffer | null;
    if (c) {
      got.push(c);
      len += c.length;
      if (len >= n) break;
      continue;
    }
    if (input.readableEnded) break;
    const ended = await Promise.race([once(input, 'readable').then(() => false), once(input, 'end').then(() => true)]);
    if (ended) break;
  }
  const all = Buffer.concat(got);
  if (all.length) input.unshift(all);
  return all;
}

/**
 * Reads an archive (encrypted or not) and checks each member against MANIFEST.json. `sink` may
 * take a member's bytes (a Writable, written in order and ended after the member, except those in
 * `keepOpen`: the bundle parts' shared file). A wrong passphrase or an unreadable archive fails with a UserError.
 */
export async function readArchive(input: Readable, opts: { passphrase?: string; sink?(m: MemberInfo): Writable | undefined; keepOpen?: ReadonlySet<Writable> } = {}): Promise<ReadResult> {
  const head = await peek(input, MAGIC.length);
  let plain: Readable = input;
  if (isEncrypted(head)) {
    if (!opts.passphrase) throw new UserError('offsite-passphrase-needed');
    const d = decryptStream(opts.passphrase);
    input.on('error', (e) => d.destroy(e));
    plain = input.pipe(d);
  } else if (head[0] !== 0x1f || head[1] !== 0x8b) {
    throw new UserError('offsite-archive-damaged');
  }
  const seen = new Map<string, { size: number; sha256: string; target?: string }>();
  const wholes = new Map<string, { hash: Hash; size: number }>();
  let manifestBuf: Buffer | undefined;
  let bytes = 0;
  let sinkError: Error | undefined;
  const writes: Promise<unknown>[] = [];
  const watched = new Set<Writable>();

  const onEntry = (entry: ReadEntry) => {
    const name = entry.path.replace(/\/+$/, '');
    const type = entry.type === 'SymbolicLink' ? 'symlink' : entry.type === 'Directory' ? 'directory' : entry.type === 'File' || entry.type === 'OldFile' ? 'file' : null;
    if (!type) return void entry.resume();
    if (type === 'directory') return void entry.resume();
    if (name === MANIFEST_NAME) {
      const parts: Buffer[] = [];
      let n = 0;
      entry.on('data', (c: Buffer) => {
        n += c.length;
        if (n <= MAX_MANIFEST_BYTES) parts.push(c);
      });
      entry.on('end', () => (manifestBuf = n <= MAX_MANIFEST_BYTES ? Buffer.concat(parts) : Buffer.alloc(0)));
      return;
    }
    const info: MemberInfo = { name, type, size: entry.size ?? 0, mode: (entry.mode ?? 0o600) & 0o777, ...(type === 'symlink' ? { target: entry.linkpath ?? '' } : {}) };
    const h = createHash('sha256');
    if (type === 'symlink') {
      seen.set(name, { size: 0, sha256: h.update(info.target ?? '').digest('hex'), target: info.target ?? '' });
      opts.sink?.(info);
      return void entry.resume();
    }
    let n = 0;
    // the parts of one member (the git bundle) are hashed as a whole too, in the order they come
    const base = /^(.*)\.part-\d{4}$/.exec(name)?.[1];
    let whole = base ? wholes.get(base) : undefined;
    if (base && !whole) wholes.set(base, (whole = { hash: createHash('sha256'), size: 0 }));
    const sink = opts.sink?.(info);
    if (sink && !watched.has(sink)) {
      watched.add(sink);
      sink.on('error', (err) => (sinkError ??= err));
    }
    // one consumer only: a ReadEntry flushes what it holds to the first listener at once
    entry.on('data', (c: Buffer) => {
      h.update(c);
      n += c.length;
      bytes += c.length;
      if (whole) {
        whole.hash.update(c);
        whole.size += c.length;
      }
      if (sink && !sink.write(c)) {
        entry.pause();
        sink.once('drain', () => entry.resume());
      }
    });
    entry.on('end', () => {
      seen.set(name, { size: n, sha256: h.digest('hex') });
      if (sink && !opts.keepOpen?.has(sink)) {
        sink.end();
        writes.push(once(sink, 'finish'));
      }
    });
  };

  const parser = new Parser({ strict: true, onReadEntry: onEntry });
  await new Promise<void>((resolve, reject) => {
    const failRead = (err: unknown) => reject(err instanceof UserError ? err : new UserError('offsite-archive-damaged'));
    plain.on('error', failRead);
    parser.on('error', failRead);
    parser.on('end', () => resolve());
    plain.pipe(parser);
  });
  await Promise.all(writes);
  if (sinkError) throw sinkError;
  if (!manifestBuf) throw new UserError('offsite-archive-no-manifest');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBuf.toString('utf8')) as Manifest;
  } catch {
    throw new UserError('offsite-archive-no-manifest');
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.members)) throw new UserError('offsite-archive-no-manifest');
  const problems: ReadResult['problems'] = [];
  const listed = new Set<string>();
  for (const m of manifest.members) {
    listed.add(m.name);
    const got = seen.get(m.name);
    if (!got) problems.push({ member: m.name, problem: 'missing' });
    else if (got.size !== m.size) problems.push({ member: m.name, problem: 'size' });
    else if (got.sha256 !== m.sha256) problems.push({ member: m.name, problem: 'sha256' });
  }
  for (const name of seen.keys()) if (!listed.has(name)) problems.push({ member: name, problem: 'unexpected' });
  if (manifest.bundle) {
    const whole = wholes.get(manifest.bundle.name);
    if (!whole || whole.size !== manifest.bundle.size || whole.hash.digest('hex') !== manifest.bundle.sha256) problems.push({ member: manifest.bundle.name, problem: 'sha256' });
  }
  return { manifest, problems, bytes };
}
