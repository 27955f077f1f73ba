import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createPackSink, DEFAULT_PACK_LIMITS, gitPathHazard } from '../../src/backup/pack-extract.js';
import { createBackupRepo } from '../../src/backup/repo.js';
import { en } from '../../src/i18n/index.js';
import { silentLogger } from '../../src/log.js';
import { tempDir } from '../support/capture.js';
import { tgzOf } from './hostile-pack.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });

describe('git on the backup repository runs nothing a node planted', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  function setup() {
    const d = tempDir('ocm-githard-');
    dirs.push(d);
    const repo = createBackupRepo({ dir: join(d.path, 'backups'), knownHostsPath: join(d.path, 'kh'), log: silentLogger() });
    return { d: d.path, repo };
  }

  /** A nested repository under the node's folder whose config runs a command on status/add. */
  function plantNested(root: string, marker: string): void {
    const nested = join(root, 'nodes', 'n1', 'workspace', 'proj');
    mkdirSync(nested, { recursive: true });
    execFileSync('git', ['init', '-q', nested]);
    writeFileSync(join(nested, 'a.txt'), 'a\n');
    git(nested, '-c', 'user.name=x', '-c', 'user.email=x@x', 'add', 'a.txt');
    git(nested, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-qm', 'x');
    git(nested, 'config', 'core.fsmonitor', `touch ${marker}; echo`);
    writeFileSync(join(nested, '.git', 'hooks', 'post-commit'), `#!/bin/sh\ntouch ${marker}.hook\n`);
    chmodSync(join(nested, '.git', 'hooks', 'post-commit'), 0o755);
  }

  it('refuses a commit whose index would hold a gitlink, without running the nested repo’s fsmonitor', async () => {
    const { d, repo } = setup();
    const marker = join(d, 'ran');
    await repo.exclusive(async () => undefined); // init
    const head = git(repo.dir, 'rev-parse', 'HEAD');
    plantNested(repo.dir, marker);
    writeFileSync(join(repo.dir, 'nodes', 'n1', 'workspace', 'SOUL.md'), 'soul\n');
    await expect(repo.exclusive(() => repo.commitPath('nodes/n1', 'x', Date.now()))).rejects.toThrow(/nested git repository \(gitlink\)/);
    expect(git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(repo.dir, 'ls-files', '--stage')).not.toMatch(/^160000/m);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(`${marker}.hook`)).toBe(false);
  });

  it('runs no hook of its own repository and no filter named by attributes', async () => {
    const { d, repo } = setup();
    await repo.exclusive(async () => undefined);
    const marker = join(d, 'hook-ran');
    writeFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 0o755);
    git(repo.dir, 'config', 'filter.evil.clean', `sh -c 'touch ${marker}.filter; cat'`);
    mkdirSync(join(repo.dir, '.git', 'info'), { recursive: true });
    writeFileSync(join(d, 'attrs'), '* filter=evil\n');
    git(repo.dir, 'config', 'core.attributesFile', join(d, 'attrs'));
    mkdirSync(join(repo.dir, 'nodes', 'n1'), { recursive: true });
    writeFileSync(join(repo.dir, 'nodes', 'n1', 'f.txt'), 'f\n');
    expect(await repo.exclusive(() => repo.commitPath('nodes/n1', 'x', Date.now()))).toMatch(/^[0-9a-f]{40}$/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(`${marker}.filter`)).toBe(false);
  });
});

describe('the in-process pack reader', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  it('writes files with safe modes and OCM’s own owner, symlinks as links, and names the .git look-alikes it drops', async () => {
    const d = tempDir('ocm-sink-');
    dirs.push(d);
    const sink = createPackSink(d.path, DEFAULT_PACK_LIMITS, 1e12, () => undefined);
    const tgz = tgzOf([
      { path: './config/', type: '5', mode: 0o7777, uid: 4242 },
      { path: './config/suid', body: '#!/bin/sh\n', mode: 0o6755, uid: 4242 },
      { path: './config/plain', body: 'x\n', mode: 0o666, uid: 4242 },
      { path: './config/link', type: '2', linkpath: '/etc/shadow' },
      { path: './config/link/x', body: 'x' },
      { path: './workspace/.Git\u200c/config', body: 'x' },
      { path: './workspace/GIT~1/config', body: 'x' },
    ]);
    await pipeline(Readable.from([tgz]), sink.input);
    await sink.finished;
    const suid = statSync(join(d.path, 'config', 'suid'));
    expect(suid.mode & 0o7777).toBe(0o700);
    expect(suid.uid).toBe(process.getuid!());
    expect(statSync(join(d.path, 'config', 'plain')).mode & 0o7777).toBe(0o600);
    expect(statSync(join(d.path, 'config')).mode & 0o7777).toBe(0o700);
    expect(lstatSync(join(d.path, 'config', 'link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d.path, 'config', 'link'))).toBe('/etc/shadow');
    expect(sink.dropped.map((m) => en.msgText(m))).toEqual(['config/link/x (inside a symlink or a file)', 'workspace/.Git\u200c/config (a .git path)', 'workspace/GIT~1/config (a .git path)']);
    expect(sink.failure()).toBeUndefined();
  });

  it('knows the path components git itself refuses', () => {
    for (const p of ['.git/config', 'a/.GIT/x', 'a/.git /x', 'a/.git./x', 'a/.git::$INDEX_ALLOCATION/x', '.gitmodules', 'x/.GitAttributes', 'a/git~1/x', 'gitmod~1']) expect(gitPathHazard(p), p).not.toBeNull();
    for (const p of ['gitx/a', 'a/.github/workflows', '.gitignore', 'a/git', 'my.git.md']) expect(gitPathHazard(p), p).toBeNull();
  });
});
