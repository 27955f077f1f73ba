import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, sep } from 'node:path';

function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The bytes of the regular file `rel` under `root` (a tree that came from a node), or undefined
 * when there is none to trust: missing, a symlink, a directory, FIFO, device or socket, a hard
 * link, or a directory on the way that leads out of `root`. Never follows a link, never blocks
 * on a FIFO.
 */
export function readContained(root: string, rel: string): Buffer | undefined {
  if (!rel || isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) return undefined;
  let realRoot: string;
  let parent: string;
  try {
    realRoot = realpathSync(root);
    parent = realpathSync(dirname(join(realRoot, rel)));
  } catch {
    return undefined;
  }
  if (!within(realRoot, parent)) return undefined;
  const path = join(parent, basename(rel));
  let fd: number;
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.nlink > 1) return undefined;
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.nlink > 1) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the symlink at `rel` under `root` (the folder that stands for a part of the node's
 * OpenClaw home) resolves inside `root`: absolute targets never do; relative ones are followed
 * through the links of the tree itself (at most 40 hops). A path step the tree does not hold is
 * taken as it is written, and a `..` after such a step counts as leaving (on the node it may be a link).
 */
export function symlinkStaysInside(root: string, rel: string): boolean {
  const queue = rel.split('/');
  const resolved: string[] = [];
  let hops = 0;
  let unknown = false;
  while (queue.length) {
    const part = queue.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (unknown || !resolved.length) return false;
      resolved.pop();
      continue;
    }
    resolved.push(part);
    if (unknown) continue;
    let target: string;
    try {
      if (!lstatSync(join(root, ...resolved)).isSymbolicLink()) continue;
      target = readlinkSync(join(root, ...resolved));
    } catch {
      unknown = true;
      continue;
    }
    if (++hops > 40 || isAbsolute(target) || target === '') return false;
    resolved.pop();
    queue.unshift(...target.split('/'));
  }
  return true;
}
