import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { ExternalError, UserError } from '../errors.js';
import type { Logger } from '../log.js';

export interface RemoteConfig {
  url: string;
  deployKeyPath?: string;
}

export type TagKind = 'stable' | 'manual' | 'rollback' | 'pre-rollback';

/** A ref an operator may type: tag, branch or commit id; no option-looking or path-escaping names. */
export const REF_RE = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@{}^~-]{1,200}$/;

// i18n-exempt: a file of the backup repository (English, read on GitHub)
const README = `# OCM backups

Written by OCM (OpenClaw Cluster Manager). Do not edit by hand.

- \`nodes/<id>/config/\`: the node's ~/.openclaw (secrets redacted, SQLite as online copies)
- \`nodes/<id>/workspace/\`: the agent workspace (SOUL.md, MEMORY.md, memory/…)
- \`nodes/<id>/cron-export.json\`: \`openclaw cron list --json\`
- \`nodes/<id>/metadata.json\`: what was taken and how
- \`ocm-master/\`: OCM's own database (online copy) and config

Tags: \`<node>/stable/<date>\`, \`<node>/manual/<date>-<label>\`, \`<node>/rollback/<date>\`,
\`<node>/pre-rollback/<date>\`. Branches: \`main\`, \`stable/<node>\`, \`snapshots/<node>/<time>\` (pruned).
`;

/**
 * `-c` settings on every git command OCM runs on the backup repository. The tree holds what nodes
 * sent (untrusted), so nothing git can be told to run may be honoured: no hooks, no fsmonitor, no
 * attributes file (hence no filter/textconv/diff drivers named by attributes; .gitattributes never
 * enter the tree either), no submodule recursion (a nested repository's config is never read),
 * no `ext::` transport; `.git` look-alikes in paths are refused as on NTFS/HFS.
 */
export const GIT_HARDENING: readonly string[] = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  'core.attributesFile=/dev/null',
  'core.protectNTFS=true',
  'core.protectHFS=true',
  'protocol.ext.allow=never',
  'submodule.recurse=false',
  'diff.ignoreSubmodules=all',
  'status.submoduleSummary=false',
  'push.recurseSubmodules=no',
  'fetch.recurseSubmodules=false',
  'commit.gpgSign=false',
  'tag.gpgSign=false',
];

/** The same settings as git arguments, for git processes OCM spawns itself. */
export function gitHardeningArgs(): string[] {
  return GIT_HARDENING.flatMap((c) => ['-c', c]);
}

/** YYYY-MM-DD and YYYY-MM-DDTHH:MM in UTC. */
export function stamp(ms: number): { date: string; minute: string; ref: string } {
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), minute: iso.slice(0, 16), ref: iso.slice(0, 16).replace(':', '-') };
}

/** The git repository holding every node's backups. All mutations run one at a time. */
export function createBackupRepo(opts: { dir: string; remote?: RemoteConfig; knownHostsPath: string; log: Logger; pushTimeoutMs?: number }) {
  const { dir, log } = opts;
  let git: SimpleGit | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  function g(): SimpleGit {
    if (!git) {
      mkdirSync(dir, { recursive: true });
      // simple-git blocks these keys in -c/config by default; here the values are OCM's own constants
      // (disabling hooks and fsmonitor, forbidding ext::, OCM's deploy-key ssh command), never node data
      git = simpleGit({
        baseDir: dir,
        config: [...GIT_HARDENING],
        unsafe: { allowUnsafeHooksPath: true, allowUnsafeFsMonitor: true, allowUnsafeProtocolOverride: true, allowUnsafeSshCommand: true },
        timeout: { block: opts.pushTimeoutMs ?? 120_000 },
      });
    }
    return git;
  }

  async function run(args: string[]): Promise<string> {
    // no external diff program or textconv driver, whatever a config says
    const a = args[0] === 'diff' ? ['diff', '--no-ext-diff', '--no-textconv', ...args.slice(1)] : args;
    try {
      return await g().raw(a);
    } catch (err) {
      throw new ExternalError('git', 'backup-git-failed', { command: args[0] ?? 'git', error: (err as Error).message.split('\n').find((l) => l.trim()) ?? 'error' }, err);
    }
  }

  async function init(): Promise<void> {
    if (existsSync(join(dir, '.git'))) return;
    mkdirSync(dir, { recursive: true });
    await run(['init', '-q', '-b', 'main']);
    await run(['config', 'user.name', 'OCM']);
    await run(['config', 'user.email', 'ocm@localhost']);
    await run(['config', 'core.quotepath', 'false']);
    await run(['config', 'gc.auto', '256']);
    writeFileSync(join(dir, 'README.md'), README);
    await run(['add', 'README.md']);
    await run(['commit', '-q', '-m', 'OCM backup repository']); // i18n-exempt: git commit message
  }

  async function configureRemote(): Promise<boolean> {
    if (!opts.remote) return false;
    const remotes = (await run(['remote'])).split('\n').map((s) => s.trim());
    if (remotes.includes('origin')) await run(['remote', 'set-url', 'origin', opts.remote.url]);
    else await run(['remote', 'add', 'origin', opts.remote.url]);
    if (opts.remote.deployKeyPath) {
      const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      await run([
        'config',
        'core.sshCommand',
        `ssh -i ${q(opts.remote.deployKeyPath)} -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=15 -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${q(opts.knownHostsPath)}`,
      ]);
    }
    return true;
  }

  async function discard(path: string): Promise<void> {
    await run(['reset', '-q', '--', path]).catch(() => undefined);
    await run(['checkout', '-q', 'HEAD', '--', path]).catch(() => undefined);
    // -ff: also a folder that holds its own .git
    await run(['clean', '-ffdq', '--', path]).catch(() => undefined);
  }

  return {
    dir,
    hasRemote: () => opts.remote !== undefined,
    /** Runs `fn` after every earlier mutation has finished (git's index allows one writer). */
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      const next = chain.then(async () => {
        await init();
        return fn();
      });
      chain = next.catch(() => undefined);
      return next;
    },
    run,
    /** Stages `path` and commits it if anything changed; returns the new commit id or null. */
    async commitPath(path: string, message: string, dateMs: number): Promise<string | null> {
      // -f and no excludes file: a .gitignore inside a node's workspace must not drop files from its backup
      await run(['-c', 'core.excludesFile=/dev/null', 'add', '-A', '-f', '--', path]);
      // a gitlink (mode 160000) would point into a nested repository: never committed
      const links = (await run(['ls-files', '--stage', '-z', '--', path])).split('\0').filter((l) => l.startsWith('160000 '));
      if (links.length) {
        await discard(path);
        const name = links[0]!.split('\t').slice(1).join('\t').slice(0, 120);
        throw new UserError('backup-gitlink', { name, path });
      }
      const changed = (await run(['status', '--porcelain', '--ignore-submodules=all', '--', path])).trim() !== '';
      if (!changed) return null;
      await run(['commit', '-q', '-m', message, `--date=${new Date(dateMs).toISOString()}`, '--', path]);
      return (await run(['rev-parse', 'HEAD'])).trim();
    },
    /** Puts `path` back as committed (after a refused commit). */
    discard,
    async lastCommitFor(path: string): Promise<string | null> {
      const out = (await run(['log', '-1', '--format=%H', 'HEAD', '--', path])).trim();
      return out || null;
    },
    /** Commit id of a ref, or a UserError naming it. */
    async resolve(ref: string): Promise<string> {
      if (!REF_RE.test(ref)) throw new UserError('backup-ref-not-ref', { ref: ref.slice(0, 200) });
      const sha = await g()
        .raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
        .then((s) => s.trim())
        .catch(() => '');
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new UserError('backup-ref-unknown', { ref });
      return sha;
    },
    async pathExists(commit: string, path: string): Promise<boolean> {
      const out = await run(['ls-tree', '--name-only', commit, '--', path]);
      return out.trim() !== '';
    },
    /** A free tag name `<node>/<kind>/<date>[-label]` (adds -2, -3… when taken) and creates it. */
    async tag(nodeId: string, kind: TagKind, commit: string, dateMs: number, message: string, label?: string): Promise<string> {
      const base = `${nodeId}/${kind}/${stamp(dateMs).date}${label ? `-${label}` : ''}`;
      const taken = new Set((await run(['tag', '-l', `${base}*`])).split('\n').map((s) => s.trim()));
      let name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
      await run(['tag', '-a', name, '-m', message, commit]);
      if (kind === 'stable') await run(['branch', '-f', `stable/${nodeId}`, commit]);
      return name;
    },
    async snapshotBranch(nodeId: string, commit: string, dateMs: number): Promise<void> {
      const base = `snapshots/${nodeId}/${stamp(dateMs).ref}`;
      const exists = (await run(['branch', '--list', `${base}*`])).split('\n').map((s) => s.replace(/^[*+ ]+/, '').trim());
      let name = base;
      for (let i = 2; exists.includes(name); i++) name = `${base}-${i}`;
      await run(['branch', name, commit]);
    },
    /** Deletes snapshot branches older than `days` (by the time in their name). */
    async pruneSnapshots(days: number, nowMs: number): Promise<number> {
      const cutoff = nowMs - days * 86_400_000;
      const names = (await run(['for-each-ref', '--format=%(refname:short)', 'refs/heads/snapshots/'])).split('\n').filter(Boolean);
      const old = names.filter((n) => {
        const m = /\/(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})(?:-\d+)?$/.exec(n);
        return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) < cutoff : false;
      });
      if (old.length) await run(['branch', '-D', ...old]);
      return old.length;
    },
    /** Tags pointing at `commit`. */
    async tagsAt(commit: string): Promise<string[]> {
      return (await run(['tag', '--points-at', commit])).split('\n').filter(Boolean);
    },
    async latestTag(nodeId: string, kind: TagKind): Promise<string | null> {
      const out = (await run(['for-each-ref', '--sort=-creatordate', '--count=1', '--format=%(refname:short)', `refs/tags/${nodeId}/${kind}/`])).trim();
      return out || null;
    },
    /** Writes the tree of `paths` at `commit` under `dest` (git archive | tar -x). */
    async export(commit: string, paths: string[], dest: string): Promise<void> {
      mkdirSync(dest, { recursive: true });
      await new Promise<void>((resolve, reject) => {
        const archive = spawn('git', [...gitHardeningArgs(), 'archive', '--format=tar', commit, '--', ...paths], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        const untar = spawn('tar', ['-xf', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
        let err = '';
        archive.stderr.on('data', (d: Buffer) => (err += d.toString()));
        untar.stderr.on('data', (d: Buffer) => (err += d.toString()));
        archive.stdout.pipe(untar.stdin);
        let left = 2;
        let failed = false;
        const done = (code: number | null) => {
          if (code !== 0) failed = true;
          if (--left === 0) failed ? reject(new ExternalError('git', 'backup-git-read-failed', { commit: commit.slice(0, 10), error: err.trim().split('\n')[0] ?? '' })) : resolve();
        };
        archive.on('close', done);
        untar.on('close', done);
      });
    },
    /** Pushes branches and tags; false (and a log line) when the remote is unreachable. */
    async push(): Promise<{ ok: boolean; error?: string }> {
      if (!(await configureRemote())) return { ok: true };
      try {
        // never forced, never pruned: a fresh local repo (lost data dir) cannot overwrite or delete what the remote keeps
        await g().raw(['push', '--porcelain', '--no-recurse-submodules', 'origin', 'refs/heads/*:refs/heads/*', 'refs/tags/*:refs/tags/*']);
        return { ok: true };
      } catch (err) {
        // git's own last line (English, as git says it), if it said anything
        const line = (err as Error).message.split('\n').filter((l) => l.trim() && !l.startsWith('To ')).slice(-1)[0];
        log.warn({ err: line }, 'backup push failed');
        return { ok: false, ...(line ? { error: line } : {}) };
      }
    },
  };
}

export type BackupRepo = ReturnType<typeof createBackupRepo>;
