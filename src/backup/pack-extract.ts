import { closeSync, constants, lstatSync, mkdirSync, openSync, statfsSync, symlinkSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { Parser, type ReadEntry } from 'tar';
import { msg, type Msg } from '../i18n/index.js';

/** Caps on one node's pack (config keys backup.max_pack_bytes, max_pack_files, max_file_bytes). */
export interface PackLimits {
  maxPackBytes: number;
  maxPackFiles: number;
  maxFileBytes: number;
}

export const DEFAULT_PACK_LIMITS: PackLimits = { maxPackBytes: 1_073_741_824, maxPackFiles: 20_000, maxFileBytes: 104_857_600 };

/** A stream that inflates more than this (zeros compress about 1000×) is a compression bomb. */
const MAX_RATIO = 1000;

/** Compressed bytes handed to the parser between two turns of the event loop. */
const FEED_SLICE = 1024;

/** Disk space kept free on the data disk while a pack streams in. */
export const DISK_RESERVE_BYTES = 64 * 1024 * 1024;

export type PackFailure =
  | { kind: 'bytes' | 'files' | 'file'; limit: number; path?: string }
  | { kind: 'disk'; free: number; need: number }
  | { kind: 'ratio'; limit: number }
  /** `message` is the tar reader's own (English, technical); `write` a file OCM could not write. */
  | { kind: 'damaged'; message: string; write?: { path: string; code: string } };

export interface PackSink {
  /** Where the node's tar.gz stream is written. */
  input: Writable;
  /** Resolves when the archive has been read to its end (or rejects with a 'damaged' failure). */
  finished: Promise<void>;
  /** Set as soon as a cap is crossed or the stream is unreadable; later data is discarded. */
  failure(): PackFailure | undefined;
  /** Entries dropped (not written), with the reason, for the backup reply (`backup-drop`). */
  dropped: Msg[];
  stats(): { files: number; bytes: number };
}

const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/** A path component as git compares it against `.git` (any case, trailing dots/spaces, NTFS streams, HFS ignorables). */
function gitName(component: string): string {
  return component.replace(HFS_IGNORABLE, '').toLowerCase().split(':')[0]!.replace(/[ .]+$/, '');
}

/**
 * Why a path may never reach the backup repository, or null. Any `.git` component (git's own
 * rule, CVE-2014-9390), `.gitmodules`, and every `.gitattributes` (attributes name filter and
 * diff drivers, i.e. commands; none is needed in a backup), also as NTFS short names.
 */
export function gitPathHazard(rel: string): Msg | null {
  for (const c of rel.split('/')) {
    const n = gitName(c);
    if (n === '.git' || /^git~\d+$/.test(n)) return msg('backup-drop-git');
    if (n === '.gitmodules' || /^gitmod~\d+$/.test(n)) return msg('backup-drop-gitmodules');
    if (n === '.gitattributes' || /^gitatt~\d+$/.test(n)) return msg('backup-drop-gitattributes');
  }
  return null;
}

/** The pack-relative path, '' for the root, or null when absolute or escaping (`..`, empty or `.` parts). */
export function packPath(p: string): string | null {
  let s = p.replace(/\/+$/, '');
  while (s.startsWith('./')) s = s.slice(2);
  if (s === '.' || s === '') return '';
  if (s.startsWith('/') || s.includes('\0')) return null;
  if (s.split('/').some((x) => x === '..' || x === '.' || x === '')) return null;
  return s;
}

/** Free bytes for an unprivileged writer on the file system holding `path`. */
export function freeBytes(path: string): number {
  const s = statfsSync(path);
  return Number(s.bavail) * Number(s.bsize);
}

/** Shown in warnings: bounded, no control characters. */
export function shownPath(p: string): string {
  // eslint-disable-next-line no-control-regex
  const s = p.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

const ROOT_DIRS = new Set(['config', 'workspace']);
const ROOT_FILES = new Set(['cron-export.json', 'metadata.json']);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const TYPE_NAMES: Record<string, string> = {
  Link: 'backup-entry-hard-link',
  SymbolicLink: 'backup-entry-symlink',
  CharacterDevice: 'backup-entry-char-device',
  BlockDevice: 'backup-entry-block-device',
  FIFO: 'backup-entry-fifo',
  Directory: 'backup-entry-folder',
};
const typeName = (t: string): Msg => {
  const key = TYPE_NAMES[t];
  if (key) return msg(key);
  return FILE_TYPES.has(t) ? msg('backup-entry-file') : msg('backup-entry-other', { type: t.slice(0, 40) });
};

/**
 * An in-process tar.gz reader for a node's backup pack (the node is untrusted). Writes into `dest`
 * only regular files (mode 0600, 0700 when executable, owned by OCM), folders (0700) and symlinks
 * (kept as links, never followed: nothing is written below a symlink or a file); drops devices,
 * FIFOs, hard links, `.git`-like paths and anything outside config/, workspace/, cron-export.json
 * and metadata.json. Counts entries and declared sizes from each header, so a cap is crossed
 * before the data is written; `diskBudget` bytes may be written at most.
 */
export function createPackSink(dest: string, limits: PackLimits, diskBudget: number, onFailure: (f: PackFailure) => void): PackSink {
  const kinds = new Map<string, 'dir' | 'file' | 'link'>();
  const dropped: Msg[] = [];
  let failure: PackFailure | undefined;
  let entries = 0;
  let files = 0;
  let bytes = 0;
  let pendingWrite: (() => void) | undefined;

  function fail(f: PackFailure): void {
    if (failure) return;
    failure = f;
    const cb = pendingWrite;
    pendingWrite = undefined;
    cb?.();
    onFailure(f);
  }

  function drop(rel: string, why: Msg, entry: ReadEntry): void {
    dropped.push(msg('backup-drop', { path: shownPath(rel), why }));
    entry.resume();
  }

  /** Makes every ancestor of `rel` a real folder of ours; false when one is a file or a symlink. */
  function parents(rel: string): boolean {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      const k = kinds.get(p);
      if (k === 'dir') continue;
      if (k) return false;
      mkdirSync(join(dest, p), { mode: 0o700 });
      kinds.set(p, 'dir');
    }
    return true;
  }

  function onEntry(entry: ReadEntry): void {
    if (failure) return void entry.resume();
    const rel = packPath(entry.path);
    if (rel === '') return void entry.resume();
    if (++entries > limits.maxPackFiles) return fail({ kind: 'files', limit: limits.maxPackFiles });
    if (rel === null) return drop(entry.path, msg('backup-drop-escaping'), entry);
    const top = rel.split('/')[0]!;
    const type = entry.type as string;
    if (ROOT_DIRS.has(top)) {
      if (rel === top && type !== 'Directory') return drop(rel, msg('backup-drop-not-folder', { type: typeName(type) }), entry);
    } else if (ROOT_FILES.has(top)) {
      if (rel !== top) return drop(rel, msg('backup-drop-unexpected'), entry);
      if (!FILE_TYPES.has(type)) return drop(rel, msg('backup-drop-not-file', { type: typeName(type) }), entry);
    } else {
      return drop(rel, msg('backup-drop-foreign'), entry);
    }
    const hazard = gitPathHazard(rel);
    if (hazard) return drop(rel, hazard, entry);
    const isFile = FILE_TYPES.has(type);
    if (!isFile && type !== 'Directory' && type !== 'SymbolicLink') return drop(rel, msg('backup-drop-type-refused', { type: typeName(type) }), entry);
    const size = isFile ? (entry.size ?? 0) : 0;
    if (size > limits.maxFileBytes) return fail({ kind: 'file', limit: limits.maxFileBytes, path: shownPath(rel) });
    if (bytes + size > limits.maxPackBytes) return fail({ kind: 'bytes', limit: limits.maxPackBytes });
    if (bytes + size > diskBudget) return fail({ kind: 'disk', free: diskBudget + DISK_RESERVE_BYTES, need: bytes + size + DISK_RESERVE_BYTES });
    if (!parents(rel)) return drop(rel, msg('backup-drop-in-link'), entry);
    const to = join(dest, rel);
    const had = kinds.get(rel);
    if (had === 'dir') {
      if (type !== 'Directory') return drop(rel, msg('backup-drop-folder-first'), entry);
      return void entry.resume();
    }
    if (had) unlinkSync(to); // a later entry of the same name wins, as with tar
    if (type === 'Directory') {
      mkdirSync(to, { mode: 0o700 });
      kinds.set(rel, 'dir');
      return void entry.resume();
    }
    if (type === 'SymbolicLink') {
      const target = entry.linkpath ?? '';
      if (!target || target.length > 4096) return drop(rel, msg('backup-drop-bad-link'), entry);
      symlinkSync(target, to);
      kinds.set(rel, 'link');
      files++;
      return void entry.resume();
    }
    bytes += size;
    files++;
    kinds.set(rel, 'file');
    const mode = (entry.mode ?? 0) & 0o100 ? 0o700 : 0o600;
    const fd = openSync(to, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    let open = true;
    const close = () => {
      if (open) closeSync(fd);
      open = false;
    };
    entry.on('data', (c: Buffer) => {
      if (failure || !open) return;
      try {
        writeSync(fd, c);
      } catch (err) {
        close();
        const code = (err as NodeJS.ErrnoException).code;
        fail(code === 'ENOSPC' ? { kind: 'disk', free: 0, need: bytes + DISK_RESERVE_BYTES } : { kind: 'damaged', message: code ?? 'EIO', write: { path: shownPath(rel), code: code ?? 'EIO' } });
      }
    });
    entry.on('end', close);
  }

  const parser = new Parser({ strict: true, maxDecompressionRatio: MAX_RATIO, onReadEntry: onEntry });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', (err: Error) => {
      const f: PackFailure = /decompression ratio/.test(err.message)
        ? { kind: 'ratio', limit: MAX_RATIO }
        : { kind: 'damaged', message: err.message.split('\n')[0] ?? 'unreadable archive' };
      fail(f);
      reject(new Error(f.kind === 'damaged' ? f.message : 'pack over its limits'));
    });
  });
  finished.catch(() => undefined);

  // The parser inflates and handles entries synchronously inside write(): feed it small slices and
  // give the event loop a turn after each, so that thousands of tiny files cannot freeze OCM.
  async function feed(chunk: Buffer): Promise<void> {
    for (let i = 0; i < chunk.length && !failure; i += FEED_SLICE) {
      if (!parser.write(chunk.subarray(i, i + FEED_SLICE)) && !failure) {
        await new Promise<void>((resolve) => {
          pendingWrite = resolve;
          parser.once('drain', () => {
            const w = pendingWrite;
            pendingWrite = undefined;
            w?.();
          });
        });
      }
      await yieldLoop();
    }
  }

  const input = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (failure) return cb();
      feed(chunk).then(
        () => cb(),
        (err: unknown) => {
          fail({ kind: 'damaged', message: (err as Error).message });
          cb();
        },
      );
    },
    final(cb) {
      if (!failure) parser.end();
      cb();
    },
  });
  input.on('error', () => undefined);

  return { input, finished, failure: () => failure, dropped, stats: () => ({ files, bytes }) };
}

/** Is `path` a real directory (not a symlink to one)? */
export function isRealDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
