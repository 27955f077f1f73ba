import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { createApp } from '../app.js';
import { toPlain } from '../bot/render/html.js';
import { UserError } from '../errors.js';
import { nodeIdSchema } from '../nodes/model.js';
import { fetchCopy, driveFor, pickCopy, placeLink, safeRel, type RecoverIo } from './recover.js';
import { gitInput, gitRun } from './git.js';

/**
 * `npm run recover -- --from-drive --node <id> [--date YYYY-MM-DD]`: one node's files from its
 * stable archive on Drive, for when the git remote (and the local tag) is gone. The archive's tree
 * becomes the tag `<id>/stable/<date>` again in the backup repository (a commit whose only change
 * is `nodes/<id>/`), then OCM's own restore runs as actor `system`: snapshot first, stop, mirror,
 * start, wait for health, revert if unhealthy, audited like any restore.
 */

/** A tree object for the folder `dir` (files, executables, symlinks, subfolders), written to the repository. */
async function writeTree(repo: string, dir: string): Promise<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files = entries.filter((e) => e.isFile()).map((e) => join(dir, e.name));
  const shas = files.length ? (await gitInput(repo, ['hash-object', '-w', '--no-filters', '--stdin-paths'], `${files.join('\n')}\n`)).trim().split('\n') : [];
  const lines: string[] = [];
  // i18n-exempt: the lines below are git's mktree format
  for (const e of entries) {
    const p = join(dir, e.name);
    // i18n-exempt: git mktree format
    if (e.isDirectory()) lines.push(`040000 tree ${await writeTree(repo, p)}\t${e.name}`);
    // i18n-exempt: git mktree format
    else if (e.isSymbolicLink()) lines.push(`120000 blob ${(await gitInput(repo, ['hash-object', '-w', '--stdin'], readlinkSync(p))).trim()}\t${e.name}`);
    // i18n-exempt: git mktree format
    else if (e.isFile()) lines.push(`${lstatSync(p).mode & 0o111 ? '100755' : '100644'} blob ${shas[files.indexOf(p)]}\t${e.name}`);
  }
  return (await gitInput(repo, ['mktree', '-z'], lines.map((l) => `${l}\0`).join(''))).trim();
}

/** `tree` with the entry `name` set to the tree `sha` (added when missing). */
async function withEntry(repo: string, tree: string | null, name: string, sha: string): Promise<string> {
  const rows = tree ? (await gitRun(repo, ['ls-tree', '-z', tree])).split('\0').filter(Boolean) : [];
  const kept = rows.filter((r) => r.split('\t').slice(1).join('\t') !== name);
  // i18n-exempt: git mktree format
  return (await gitInput(repo, ['mktree', '-z'], [...kept, `040000 tree ${sha}\t${name}`].map((l) => `${l}\0`).join(''))).trim();
}

export async function recoverNode(io: RecoverIo, opts: { node: string; date?: string }): Promise<void> {
  const { config, t } = io;
  const id = nodeIdSchema.safeParse(opts.node);
  if (!id.success) throw new UserError('offsite-recover-node-invalid', { node: opts.node });
  const node = id.data;
  if (!existsSync(join(config.dataDir, 'ocm.db'))) throw new UserError('offsite-recover-node-needs-data', { dir: config.dataDir });
  const drive = await driveFor(config, io.log);
  const file = pickCopy((await drive.listOwn('stable')).filter((f) => f.appProperties.ocmNode === node || f.name.startsWith(`${node}_stable_`)), opts.date);
  if (!file) throw new UserError('offsite-recover-node-none', { node, date: opts.date ?? '-' });
  // OCM itself (pipeline, restore, audit), without Telegram polling, the watchdog or the jobs; it empties data/tmp first
  const app = createApp(config, { log: io.log, consoleOutput: new Writable({ write: (_c, _e, cb) => cb() }) });
  const staging = join(config.dataDir, 'tmp', `recover-${node}-${randomBytes(4).toString('hex')}`);
  const tree = join(staging, 'tree');
  mkdirSync(tree, { recursive: true, mode: 0o700 });
  try {
    const refused: string[] = [];
    const r = await fetchCopy(
      io,
      drive,
      file,
      (m) => {
        const rel = safeRel(m.name, `nodes/${node}/`);
        if (rel === null) {
          refused.push(m.name);
          return undefined;
        }
        if (m.type === 'symlink') {
          placeLink(tree, rel, m.target ?? '');
          return undefined;
        }
        mkdirSync(dirname(join(tree, rel)), { recursive: true, mode: 0o700 });
        return createWriteStream(join(tree, rel), { mode: m.mode & 0o111 ? 0o700 : 0o600 });
      },
      new Set(),
    );
    if (refused.length) throw new UserError('offsite-recover-bad-member', { path: refused[0]! });
    const tag = r.manifest.tag && r.manifest.tag.startsWith(`${node}/stable/`) ? r.manifest.tag : `${node}/stable/${file.name.slice(`${node}_stable_`.length).replace(/\.tar\.gz(\.enc)?$/, '')}`;
    const repo = app.backups.repo;
    await repo.exclusive(async () => {
      const have = await gitRun(repo.dir, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`]).catch(() => '');
      if (have.trim()) {
        io.say(t.text('offsite-recover-node-local', { tag }));
        return;
      }
      const head = (await gitRun(repo.dir, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']).catch(() => '')).trim() || null;
      const rootTree = head ? (await gitRun(repo.dir, ['rev-parse', `${head}^{tree}`])).trim() : null;
      const nodesTree = head ? (await gitRun(repo.dir, ['rev-parse', '-q', '--verify', `${head}:nodes`]).catch(() => '')).trim() || null : null;
      const nodeTree = await writeTree(repo.dir, tree);
      const root = await withEntry(repo.dir, rootTree, 'nodes', await withEntry(repo.dir, nodesTree, node, nodeTree));
      // i18n-exempt: a commit message in the backup repository (a record, like the backup module's)
      const message = `[${node}] recovered from the offsite copy ${file.name}`;
      const commit = (await gitRun(repo.dir, ['commit-tree', root, ...(head ? ['-p', head] : []), '-m', message])).trim();
      await gitRun(repo.dir, ['tag', '-a', tag, '-m', message, commit]);
      io.say(t.text('offsite-recover-node-imported', { tag, name: file.name, files: r.manifest.members.length }));
    });
    io.say(t.text('offsite-recover-node-restoring', { node, tag }));
    const out = await app.pipeline.dispatch({ action: 'restore', params: { node, ref: tag }, actor: { kind: 'system', id: 'recover', name: 'npm run recover' /* i18n-exempt: the command's name in the audit log */ }, chatId: null, via: 'system' }).done;
    if (out.result !== 'succeeded') throw new UserError('offsite-recover-node-failed', { node, error: out.error ?? out.result });
    io.say(toPlain(out.reply?.html ?? ''));
  } finally {
    await app.stop('recovery finished');
    rmSync(staging, { recursive: true, force: true });
  }
}
