import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContained, symlinkStaysInside } from '../../src/backup/safe-fs.js';
import { tempDir } from '../support/capture.js';

describe('reading a tree that came from a node', () => {
  let dir: { path: string; remove(): void };
  let raw: string;
  let outside: string;

  beforeAll(() => {
    dir = tempDir('ocm-safefs-');
    raw = join(dir.path, 'raw');
    outside = join(dir.path, 'ocm-secret.txt');
    writeFileSync(outside, 'OCM ONLY\n');
    mkdirSync(join(raw, 'workspace', 'real'), { recursive: true });
    writeFileSync(join(raw, 'workspace', 'real', 'a.txt'), 'node file\n');
    symlinkSync(outside, join(raw, 'workspace', 'link.txt'));
    symlinkSync(dir.path, join(raw, 'workspace', 'sub'));
    symlinkSync('real', join(raw, 'workspace', 'inner'));
    execFileSync('mkfifo', [join(raw, 'workspace', 'fifo')]);
    linkSync(outside, join(raw, 'workspace', 'hard.txt'));
    symlinkSync(dir.path, join(raw, 'config'));
  });
  afterAll(() => dir.remove());

  it('reads a regular file inside the tree', () => {
    expect(readContained(raw, 'workspace/real/a.txt')?.toString()).toBe('node file\n');
  });

  it('gives no value for links, FIFOs (without blocking), hard links, escaping directories and paths', () => {
    for (const rel of ['workspace/link.txt', 'workspace/sub/ocm-secret.txt', 'workspace/fifo', 'workspace/hard.txt', 'config/ocm-secret.txt', '../ocm-secret.txt', join(dir.path, 'ocm-secret.txt'), 'workspace/missing', 'workspace/real']) {
      expect(readContained(raw, rel), rel).toBeUndefined();
    }
  });

  it('follows a directory link that stays inside the tree', () => {
    expect(readContained(raw, 'workspace/inner/a.txt')?.toString()).toBe('node file\n');
  });
});

describe('which backed-up symlinks may be restored', () => {
  let dir: { path: string; remove(): void };
  beforeAll(() => {
    dir = tempDir('ocm-links-');
    const ws = dir.path;
    mkdirSync(join(ws, 'memory', 'deep'), { recursive: true });
    const links: Record<string, string> = {
      'same-dir': 'SOUL.md',
      'memory/up-one': '../SOUL.md',
      'memory/deep/up-two': '../../SOUL.md',
      'climb': '../openclaw.json',
      'memory/climb': '../../x',
      'abs': '/etc/passwd',
      'to-dir': 'memory/deep',
      'through-link': 'to-dir/../../..',
      'loop-a': 'loop-b',
      'loop-b': 'loop-a',
      'unknown-then-up': 'cache/../..',
      'unknown-path': 'cache/file',
    };
    for (const [rel, target] of Object.entries(links)) symlinkSync(target, join(ws, rel));
  });
  afterAll(() => dir.remove());

  it('keeps relative links that resolve inside, through the tree\'s own links', () => {
    for (const rel of ['same-dir', 'memory/up-one', 'memory/deep/up-two', 'to-dir', 'unknown-path']) expect(symlinkStaysInside(dir.path, rel), rel).toBe(true);
  });

  it('drops absolute targets, targets that climb out (also through another link), loops, and `..` after an unknown step', () => {
    for (const rel of ['climb', 'memory/climb', 'abs', 'through-link', 'loop-a', 'unknown-then-up']) expect(symlinkStaysInside(dir.path, rel), rel).toBe(false);
  });
});
