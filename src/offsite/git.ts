import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { gitHardeningArgs } from '../backup/repo.js';

/** git with OCM's hardening (no hooks, no fsmonitor, no ext::…), in `cwd`; resolves stdout, rejects with the last stderr line. */
export function gitRun(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...gitHardeningArgs(), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(String(stderr).trim().split('\n').pop() || err.message));
      resolve(String(stdout));
    });
  });
}

/** `git bundle verify` in an empty repository of its own, and how many refs the bundle holds. */
export async function bundleVerify(bundlePath: string, scratch: string): Promise<{ ok: boolean; refs: number; error?: string }> {
  try {
    mkdirSync(scratch, { recursive: true });
    await gitRun(scratch, ['init', '-q']);
    await gitRun(scratch, ['bundle', 'verify', '-q', bundlePath]);
    const heads = (await gitRun(scratch, ['bundle', 'list-heads', bundlePath])).split('\n').filter(Boolean);
    return { ok: true, refs: heads.length };
  } catch (err) {
    return { ok: false, refs: 0, error: (err as Error).message.slice(0, 300) };
  }
}

/** git with `input` on stdin (hash-object --stdin-paths, mktree). */
export function gitInput(cwd: string, args: string[], input: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', [...gitHardeningArgs(), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(String(stderr).trim().split('\n').pop() || err.message));
      resolve(String(stdout));
    });
    child.stdin?.end(input);
  });
}
