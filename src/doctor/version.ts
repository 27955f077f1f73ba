import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAgentScript, shortAgentVersion } from '../nodes/agent.js';
import type { Store } from '../store/store.js';

/** The checkout (or install) OCM runs from: where package.json sits. */
export const OCM_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `/version`, `/health` and the status page footer say about this OCM. */
export interface VersionInfo {
  /** package.json version. */
  version: string;
  /** Short git commit when run from a checkout (with `+dirty` when files changed), else null. */
  commit: string | null;
  node: string;
  /** Short SHA-256 of the agent this OCM pushes to nodes. */
  agent: string;
}

const cache = new Map<string, VersionInfo>();

/** OCM's own version; read once per process (one `git rev-parse` when run from a checkout). */
export function readVersionInfo(root = OCM_ROOT): VersionInfo {
  const known = cache.get(root);
  if (known) return known;
  const info = readNow(root);
  cache.set(root, info);
  return info;
}

function readNow(root: string): VersionInfo {
  let version = 'unknown';
  try {
    version = String((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    /* an install without package.json: the version stays unknown */
  }
  let commit: string | null = null;
  if (existsSync(join(root, '.git'))) {
    try {
      const git = (args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      commit = git(['rev-parse', '--short=10', 'HEAD']) || null;
      if (commit && git(['status', '--porcelain', '--untracked-files=no'])) commit += '+dirty';
    } catch {
      commit = null;
    }
  }
  let agent = 'unknown';
  try {
    agent = shortAgentVersion(readAgentScript().version);
  } catch {
    /* the agent sources are missing: reported by /doctor */
  }
  return { version, commit, node: process.version, agent };
}

/** The database schema: how many named migrations are applied and the last one. */
export function schemaVersion(store: Pick<Store, 'db'>): { applied: number; last: string | null } {
  try {
    const rows = store.db.prepare('SELECT id FROM schema_migrations ORDER BY rowid').all() as { id: string }[];
    return { applied: rows.length, last: rows[rows.length - 1]?.id ?? null };
  } catch {
    return { applied: 0, last: null };
  }
}

/** "0.1.0 (3f2a9c1d0e)" */
export function versionLabel(v: VersionInfo): string {
  return `${v.version}${v.commit ? ` (${v.commit})` : ''}`;
}
