import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, lchownSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestNode } from '../harness/sshd.js';

/** Writes a file into the node's OpenClaw home as the node user would (owner and parents). */
export function put(node: TestNode, rel: string, content: string | Buffer): void {
  const path = join(node.ocHome, rel);
  mkdirs(node, dirname(path));
  writeFileSync(path, content);
  const { uid, gid } = statSync(node.ocHome);
  chownSync(path, uid, gid);
}

function mkdirs(node: TestNode, dir: string): void {
  const { uid, gid } = statSync(node.ocHome);
  const made: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) made.unshift(d);
  mkdirSync(dir, { recursive: true });
  for (const m of made) chownSync(m, uid, gid);
}

/** What a prompt-injected assistant does after a backup: `rel` becomes a symlink to `target`. */
export function replaceWithLink(node: TestNode, rel: string, target: string): void {
  const path = join(node.ocHome, rel);
  rmSync(path, { recursive: true, force: true });
  mkdirs(node, dirname(path));
  symlinkSync(target, path);
  const { uid, gid } = statSync(node.ocHome);
  lchownSync(path, uid, gid);
}

/**
 * A `tar` first on the node's PATH that keeps a copy of the restore archive the agent reads on
 * stdin (`tar -xzf - -C …/.ocm-restore/new`) in ~/.ocm/received-restore.tgz, then runs the real tar.
 */
export function recordRestoreArchives(node: TestNode): string {
  const saved = join(node.home, '.ocm', 'received-restore.tgz');
  const real = execFileSync('bash', ['-c', 'command -v tar'], { encoding: 'utf8' }).trim();
  const shim = `#!/bin/bash
case " $* " in
*" -C "*/.ocm-restore/new" "*)
	mkdir -p "$HOME/.ocm"
	tee "$HOME/.ocm/received-restore.tgz" | ${real} "$@"
	exit "\${PIPESTATUS[1]}"
	;;
esac
exec ${real} "$@"
`;
  writeFileSync(join(node.binDir, 'tar'), shim, { mode: 0o755 });
  return saved;
}

/** Every byte the node received in the archive: file contents and symlink targets. */
export function archiveText(path: string): string {
  const contents = execFileSync('tar', ['-xzOf', path], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
  const listing = execFileSync('tar', ['-tvzf', path], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  return `${listing}\n${contents}`;
}

/** The contents of every regular file and the target of every symlink under `root`, links not followed. */
export function treeText(root: string): string {
  const out: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) out.push(`${p} -> link`);
      else if (st.isFile()) out.push(readFileSync(p).toString('latin1'));
    }
  })(root);
  return out.join('\n');
}
