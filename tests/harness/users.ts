// Linux accounts for test nodes: one user per node, home inside the harness folder.
import { chownSync, mkdirSync, readFileSync } from 'node:fs';
import { run, sleep, type RunResult } from './proc.js';

export interface NodeUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  /** true when this call created the account (stopAll removes only those). */
  created: boolean;
}

function passwdEntry(name: string): { uid: number; gid: number; home: string } | undefined {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 7) return { uid: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '' };
  }
  return undefined;
}

/** useradd/usermod/userdel fail when another process holds the passwd lock; parallel test files do. */
async function runWithLockRetry(file: string, args: string[]): Promise<RunResult> {
  let r = await run(file, args);
  for (let i = 0; i < 40 && r.code !== 0 && /lock|try again/i.test(r.stderr); i++) {
    await sleep(50 + Math.random() * 100);
    r = await run(file, args);
  }
  return r;
}

/**
 * Creates the user (or reuses an existing one, pointing its home at `home`), unlocks it for
 * sshd with `UsePAM no` (password field `*`: no password, but not locked) and makes sure the
 * home exists and belongs to it.
 */
export async function ensureUser(name: string, home: string): Promise<NodeUser> {
  let created = false;
  let entry = passwdEntry(name);
  if (!entry) {
    const r = await runWithLockRetry('useradd', ['-m', '-d', home, '-s', '/bin/bash', name]);
    if (r.code !== 0 && r.code !== 9 /* raced: already exists */) {
      throw new Error(`useradd ${name} failed (${r.code}): ${r.stderr.trim()}`);
    }
    created = r.code === 0;
    entry = passwdEntry(name);
  } else if (entry.home !== home) {
    const r = await runWithLockRetry('usermod', ['-d', home, '-s', '/bin/bash', name]);
    if (r.code !== 0) throw new Error(`usermod -d ${home} ${name} failed (${r.code}): ${r.stderr.trim()}`);
  }
  if (!entry) throw new Error(`user ${name} missing after useradd`);
  const r = await runWithLockRetry('usermod', ['-p', '*', name]);
  if (r.code !== 0) throw new Error(`usermod -p '*' ${name} failed (${r.code}): ${r.stderr.trim()}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chownSync(home, entry.uid, entry.gid);
  return { name, uid: entry.uid, gid: entry.gid, home, created };
}

/** Removes an account the harness created. -f: zombie processes of the user (PID 1 here does not reap them) would block a plain userdel. */
export async function removeUser(name: string): Promise<void> {
  const r = await runWithLockRetry('userdel', ['-f', name]);
  if (r.code !== 0 && r.code !== 6 /* no such user */) {
    throw new Error(`userdel ${name} failed (${r.code}): ${r.stderr.trim()}`);
  }
}
