import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGzip, gzipSync } from 'node:zlib';
import { readAgentScript } from '../../src/nodes/agent.js';
import { installHostileAgent as installWrapper } from './hostile-node.js';
import type { TestNode } from '../harness/sshd.js';

/** One entry of a crafted tar: any type flag, name, owner and mode a hostile node could send. */
export interface TarEntry {
  path: string;
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '4' block device, '5' folder, '6' FIFO */
  type?: '0' | '1' | '2' | '3' | '4' | '5' | '6';
  body?: string | Buffer;
  /** Declared size when the body is streamed separately (bombs). */
  size?: number;
  linkpath?: string;
  mode?: number;
  uid?: number;
}

function octal(n: number, len: number): string {
  return n.toString(8).padStart(len - 1, '0') + '\0';
}

/** A ustar header block (names up to 100 bytes, or 155+100 split at a slash). */
export function tarHeader(e: TarEntry): Buffer {
  const h = Buffer.alloc(512);
  let name = e.path;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  const type = e.type ?? '0';
  const size = type === '0' ? (e.size ?? (e.body ? Buffer.byteLength(e.body) : 0)) : 0;
  h.write(name, 0, 100);
  h.write(octal(e.mode ?? (type === '5' ? 0o755 : 0o644), 8), 100);
  h.write(octal(e.uid ?? 0, 8), 108);
  h.write(octal(e.uid ?? 0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(1_700_000_000, 12), 136);
  h.write('        ', 148);
  h.write(type, 156);
  if (e.linkpath) h.write(e.linkpath, 157, 100);
  h.write('ustar\u000000', 257);
  if (type === '3' || type === '4') {
    h.write(octal(1, 8), 329);
    h.write(octal(3, 8), 337);
  }
  h.write(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7), 148);
  return h;
}

const pad = (n: number) => Buffer.alloc((512 - (n % 512)) % 512);

/** The whole tar (in memory) of small entries. */
export function tarOf(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(tarHeader(e));
    if ((e.type ?? '0') === '0' && e.body) {
      const b = Buffer.from(e.body);
      parts.push(b, pad(b.length));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export const tgzOf = (entries: TarEntry[]) => gzipSync(tarOf(entries));

/** A gzip bomb on disk: `count` files of `each` zero bytes (a few MB that expand to count × each). */
export async function writeZeroBomb(path: string, count: number, each: number): Promise<void> {
  const gz = createGzip({ level: 9 });
  const out = createWriteStream(path);
  gz.pipe(out);
  const zeros = Buffer.alloc(1024 * 1024);
  const write = async (b: Buffer) => {
    if (!gz.write(b)) await once(gz, 'drain');
  };
  await write(tarHeader({ path: './config/', type: '5' }));
  for (let i = 0; i < count; i++) {
    await write(tarHeader({ path: `./config/zero-${i}.bin`, size: each }));
    for (let left = each; left > 0; left -= zeros.length) await write(left >= zeros.length ? zeros : zeros.subarray(0, left));
    await write(pad(each));
  }
  await write(Buffer.alloc(1024));
  gz.end();
  await once(out, 'close');
}

/** A pack of `count` tiny files under workspace/many/, streamed to `path` (little memory in the test). */
export async function writeManyFiles(path: string, base: TarEntry[], count: number): Promise<void> {
  const gz = createGzip({ level: 6 });
  const out = createWriteStream(path);
  gz.pipe(out);
  const write = async (b: Buffer) => {
    if (!gz.write(b)) await once(gz, 'drain');
  };
  await write(tarOf(base).subarray(0, -1024));
  await write(tarHeader({ path: './workspace/many/', type: '5' }));
  for (let i = 0; i < count; i++) {
    const body = Buffer.from(`${i}\n`);
    await write(Buffer.concat([tarHeader({ path: `./workspace/many/f${i}.md`, size: body.length }), body, pad(body.length)]));
  }
  await write(Buffer.alloc(1024));
  gz.end();
  await once(out, 'close');
}

/** What a stock agent puts in every pack, so OCM takes the rest as a normal backup. */
export function baseEntries(node: TestNode): TarEntry[] {
  return [
    { path: './', type: '5' },
    { path: './config/', type: '5' },
    { path: './config/openclaw.json', body: `{"gateway":{"port":${node.gatewayPort}}}\n` },
    { path: './workspace/', type: '5' },
    { path: './workspace/SOUL.md', body: '# Soul\n' },
    { path: './metadata.json', body: JSON.stringify({ agent_version: readAgentScript().version, cron_export: false, cron_error: null, sqlite_online_copies: [], sqlite_skipped: [] }) + '\n' },
  ];
}

/**
 * Replaces the node's agent with a hostile wrapper (tests/security/hostile-node.ts): `version`
 * answers OCM's own agent version, `backup-pack` prints the file `~/.ocm/hostile.tgz` verbatim,
 * every other subcommand runs the real agent.
 */
export function installHostileAgent(node: TestNode): void {
  installWrapper(node, { 'backup-pack': '    exec cat "$HOME/.ocm/hostile.tgz"' });
}

/** Sets what the hostile agent sends as its next backup pack. */
export function setHostilePack(node: TestNode, tgz: Buffer): void {
  const p = join(node.home, '.ocm', 'hostile.tgz');
  writeFileSync(p, tgz, { mode: 0o644 });
}

/** Path where a bomb file for the node is written (then readable by the node user). */
export const hostilePackPath = (node: TestNode) => join(node.home, '.ocm', 'hostile.tgz');
