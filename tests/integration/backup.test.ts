import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interruptedRestoreNotice } from '../../src/backup/schedule.js';
import { renderReply } from '../../src/i18n/index.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { tempDir, until } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { looksEnglish } from '../support/english-scan.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`backup integration tests skipped: ${avail.reason}`);

// Real-looking secrets planted on the node; none of them may reach any git object.
const SECRETS = {
  anthropic: 'sk-ant-api03-' + 'Q'.repeat(40) + 'AA',
  telegram: '7123456789:AAH' + 'x7'.repeat(16),
  github: 'ghp_' + 'a1B2'.repeat(9),
  google: 'AIza' + 'S'.repeat(35),
  gatewayToken: 'gw-tok-3f9a8b7c6d5e4f3a2b1c',
  password: 'hunter2-but-longer',
};

const OPENCLAW_JSON = `{
  "gateway": {
    "port": PORT,
    "auth": { "mode": "token", "token": "${SECRETS.gatewayToken}" }
  },
  "models": {
    "providers": { "anthropic": { "apiKey": "${SECRETS.anthropic}", "baseUrl": "https://api.anthropic.com" } }
  },
  "channels": { "telegram": { "botToken": "${SECRETS.telegram}", "enabled": true } },
  "agents": { "defaults": { "maxTokens": 100000 } },
  "smtp": { "password": "${SECRETS.password}" }
}
`;

const WORKSPACE: Record<string, string> = {
  'SOUL.md': '# Soul\nI am a careful assistant.\n',
  'MEMORY.md': 'User prefers tea. github: ' + SECRETS.github + '\n',
  'memory/2026-01-01.md': '新年快乐 — first memory\n',
  "memory/with space 'quote' \"dq\" ünï.md": 'odd name\n',
  'notes/.env': `GOOGLE_API_KEY=${SECRETS.google}\nPLAIN=value\n`,
};

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe.skipIf(!avail.ok)('git backups of real SSH nodes', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let remote: { path: string; remove(): void };
  let bare: string;
  let repo: string;
  let n: TestNode;

  function put(node: TestNode, rel: string, content: string | Buffer): void {
    const path = join(node.ocHome, rel);
    const { uid, gid } = statSync(node.ocHome);
    let d = dirname(path);
    const made: string[] = [];
    while (!existsSync(d)) {
      made.unshift(d);
      d = dirname(d);
    }
    mkdirSync(dirname(path), { recursive: true });
    for (const m of made) chownSync(m, uid, gid);
    writeFileSync(path, content);
    chownSync(path, uid, gid);
  }
  const read = (node: TestNode, rel: string) => readFileSync(join(node.ocHome, rel));

  async function confirmHigh(code: string): Promise<void> {
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    await c.waitFor(/4-digit|safety code/i);
    await c.type(code);
  }

  beforeAll(async () => {
    nodes = await startNodes(2, { prefix: 'bkp' });
    n = nodes[0]!;
    for (const x of nodes) {
      put(x, 'openclaw.json', OPENCLAW_JSON.replace('PORT', String(x.gatewayPort)));
      for (const [rel, text] of Object.entries(WORKSPACE)) put(x, `workspace/${rel}`, text);
      put(x, 'sessions/main.jsonl', '{"session":"volatile"}\n');
      put(x, 'cache/blob.bin', 'cache');
      put(x, 'workspace/node_modules/x/index.js', 'x');
      put(x, 'workspace/draft.tmp', 'tmp');
      put(x, 'cron/jobs.json', '{"jobs":[{"id":"daily","schedule":"0 8 * * *"}]}\n');
    }
    // a live SQLite database (WAL) as OpenClaw keeps its state
    const { uid } = statSync(n.ocHome);
    mkdirSync(join(n.ocHome, 'state'), { recursive: true });
    execFileSync('sqlite3', [join(n.ocHome, 'state', 'openclaw.sqlite'), 'PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1),(2);']);
    chownSync(join(n.ocHome, 'state'), uid, statSync(n.ocHome).gid);
    chownSync(join(n.ocHome, 'state', 'openclaw.sqlite'), uid, statSync(n.ocHome).gid);
    // the gateway refuses to start when SOUL.md says BROKEN: a restore that breaks the node
    const lib = join(dirname(n.dir), 'lib');
    for (const x of nodes) {
      x.setGatewayCommand({ cmd: ['bash', '-c', 'grep -q BROKEN "$1" && exit 1; exec "$2" "$3" "$4"', 'gw', '{ocHome}/workspace/SOUL.md', process.execPath, join(lib, 'fake-gateway.mjs'), '{port}'] });
    }
    for (const x of nodes) appendKey(x, nodes[0]!);
    remote = tempDir('ocm-remote-');
    bare = join(remote.path, 'backups.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const yaml = `ssh:\n  handshake_timeout_s: 2\n  command_timeout_s: 60\npipeline:\n  confirm_timeout_s: 60\nbackup:\n  schedule: 'off'\n  remote: ${bare}\n  health_wait_s: 8\n`;
    c = startConsoleApp({ yaml, key: { privateKeyPath: nodes[0]!.clientKeyPath, publicKey: nodes[0]!.clientPublicKey }, codes: ['1111', '2222', '3333', '4444'] });
    repo = join(c.dataDir, 'backups');
    for (const x of nodes) {
      c.mark();
      await c.type(`/newnode id=${x.id} host=${x.host} port=${x.port} user=${x.user} home=~/.openclaw`);
      await c.waitFor(/\[1\] 🔐 Trust/);
      await c.type('1');
      await c.waitFor(new RegExp(`Node ${x.id} added`), 60_000);
    }
  }, 180_000);

  function appendKey(x: TestNode, from: TestNode): void {
    if (x === from) return;
    writeFileSync(`${x.dir}/authorized_keys`, `${readFileSync(`${x.dir}/authorized_keys`, 'utf8')}${from.clientPublicKey}\n`);
  }

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
    remote?.remove();
  });

  it('lays the node out as config/, workspace/, cron-export.json and metadata.json, with the message format', async () => {
    c.mark();
    await c.type(`/backup ${n.id}`);
    const out = await c.waitFor(/💾 Backup (done|:)[\s\S]*(✅|❌)/, 60_000);
    expect(out).toMatch(new RegExp(`✅ ${n.id}: [0-9a-f]{10} — \\d+ files`));
    const base = join(repo, 'nodes', n.id);
    expect(existsSync(join(base, 'config', 'openclaw.json'))).toBe(true);
    for (const rel of Object.keys(WORKSPACE)) expect(readFileSync(join(base, 'workspace', rel), 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(base, 'cron-export.json'), 'utf8'))).toEqual({ jobs: [{ id: 'daily', schedule: '0 8 * * *' }] });
    const meta = JSON.parse(readFileSync(join(base, 'metadata.json'), 'utf8')) as Record<string, unknown>;
    expect(meta).toMatchObject({ node: { id: n.id }, sqlite_online_copies: ['config/state/openclaw.sqlite'] });
    // the online copy is a complete database
    expect(execFileSync('sqlite3', [join(base, 'config', 'state', 'openclaw.sqlite'), 'SELECT count(*) FROM t'], { encoding: 'utf8' }).trim()).toBe('2');
    // excluded: sessions, caches, node_modules, *.tmp, WAL side files
    const files = git(repo, 'ls-files', `nodes/${n.id}`);
    expect(files).not.toMatch(/sessions|cache\/|node_modules|draft\.tmp|-wal|-shm/);
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toMatch(new RegExp(`^\\[${n.id}\\] manual backup \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$`));
    const cfg = readFileSync(join(base, 'config', 'openclaw.json'), 'utf8');
    expect(cfg).toContain('"maxTokens": 100000');
    expect(cfg).toContain('"apiKey": "***REDACTED***"');
    expect(cfg).toContain('"baseUrl": "https://api.anthropic.com"');
    // nothing left behind in temp folders on the master
    expect(existsSync(join(c.dataDir, 'tmp')) ? execFileSync('find', [join(c.dataDir, 'tmp'), '-type', 'f'], { encoding: 'utf8' }) : '').toBe('');
  });

  it('leaves no planted secret value in any object of the history', async () => {
    await c.type(`/backup all`);
    await c.waitFor(/💾 Backup[\s\S]*OCM itself/, 60_000);
    const everything = git(repo, 'log', '-p', '--all', '--binary') + git(repo, 'rev-list', '--all', '--objects');
    const blobs = git(repo, 'rev-list', '--all', '--objects')
      .split('\n')
      .map((l) => l.split(' ')[0]!)
      .filter(Boolean)
      .map((sha) => execFileSync('git', ['-C', repo, 'cat-file', '-p', sha]).toString('latin1'))
      .join('\n');
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(everything.includes(value), `${name} in git log -p --all`).toBe(false);
      expect(blobs.includes(value), `${name} in a git object`).toBe(false);
    }
  });

  it('says "no changes" and adds no commit when the node did not change', async () => {
    const before = git(repo, 'rev-list', '--count', '--all');
    c.mark();
    await c.type(`/backup ${n.id}`);
    const out = await c.waitFor(/💾 Backup[\s\S]*(➖|✅|❌)/, 60_000);
    expect(out).toMatch(new RegExp(`➖ ${n.id}: no changes since [0-9a-f]{10}`));
    expect(git(repo, 'rev-list', '--count', '--all')).toBe(before);
  });

  it('lists backups and shows a diff per file', async () => {
    put(n, 'workspace/SOUL.md', '# Soul\nI am a careful assistant.\nNow also curious.\n');
    await c.type(`/backup ${n.id} pre-update`);
    await c.waitFor(new RegExp(`${n.id}/manual/\\d{4}-\\d{2}-\\d{2}-pre-update`), 60_000);
    c.mark();
    await c.type(`/backups ${n.id}`);
    const list = await c.waitFor(/last \d+ backups?[\s\S]*Restore:/);
    expect(list).toMatch(/manual · \d+ files/);
    c.mark();
    await c.type(`/diff ${n.id}`);
    const diff = await c.waitFor(/file(s)? changed:[\s\S]*SOUL\.md/);
    expect(diff).toMatch(/workspace\/SOUL\.md \+1 −0/);
  });

  it('rolls back byte for byte (odd names too), keeps the node\'s current secrets, leaves other paths alone', async () => {
    c.mark();
    await c.type(`/stable ${n.id}`);
    const tagOut = await c.waitFor(/⭐[\s\S]*tagged (\S+)/);
    const stableTag = new RegExp(`(${n.id}/stable/\\S+?) —`).exec(tagOut)![1]!;
    expect(git(bare, 'tag', '-l')).toContain(stableTag);
    const original = new Map(Object.keys(WORKSPACE).map((rel) => [rel, read(n, `workspace/${rel}`)]));
    original.set('SOUL.md', read(n, 'workspace/SOUL.md'));
    // damage: corrupt, delete, add; rotate a secret on the node; touch an excluded path
    put(n, 'workspace/SOUL.md', 'corrupted!!\n');
    rmSync(join(n.ocHome, 'workspace', "memory/with space 'quote' \"dq\" ünï.md"));
    put(n, 'workspace/junk.md', 'should disappear\n');
    const rotated = 'gw-tok-rotated-after-backup-000';
    put(n, 'openclaw.json', OPENCLAW_JSON.replace('PORT', String(n.gatewayPort)).replace(SECRETS.gatewayToken, rotated));
    put(n, 'sessions/main.jsonl', '{"session":"newer"}\n');
    const pidBefore = n.gatewayPid();
    c.mark();
    await c.type(`/rollback ${n.id}`);
    await confirmHigh('1111');
    const out = await c.waitFor(/restored to|restore of .* failed/, 90_000);
    expect(out).toMatch(new RegExp(`${n.id} restored to ${stableTag}`));
    for (const [rel, bytes] of original) expect(read(n, `workspace/${rel}`).equals(bytes), rel).toBe(true);
    expect(existsSync(join(n.ocHome, 'workspace', 'junk.md'))).toBe(false);
    const cfg = read(n, 'openclaw.json').toString();
    expect(cfg).toContain(rotated);
    expect(cfg).toContain(SECRETS.anthropic);
    expect(cfg).not.toContain('REDACTED');
    expect(read(n, 'sessions/main.jsonl').toString()).toContain('newer');
    expect(n.gatewayPid()).not.toBe(pidBefore);
    expect(git(repo, 'tag', '-l', `${n.id}/pre-rollback/*`)).toMatch(/pre-rollback/);
    expect(git(repo, 'tag', '-l', `${n.id}/rollback/*`)).toMatch(/rollback/);
    expect(existsSync(join(n.ocHome, '.ocm-restore'))).toBe(false);
    expect(c.app.store.audit.recent(5).find((a) => a.action === 'rollback')).toMatchObject({ result: 'succeeded' });
  }, 120_000);

  it('puts the previous files back when the restored node does not become healthy', async () => {
    put(n, 'workspace/SOUL.md', 'BROKEN on purpose\n');
    await c.type(`/backup ${n.id}`);
    await c.waitFor(/💾 Backup[\s\S]*✅/, 60_000);
    const broken = c.app.store.backups.latest(n.id)!.commit;
    put(n, 'workspace/SOUL.md', '# Soul\nhealthy again\n');
    await n.startGateway().catch(() => undefined);
    c.mark();
    await c.type(`/restore ${n.id} ${broken.slice(0, 12)}`);
    await confirmHigh('2222');
    const out = await c.waitFor(/restore of [\s\S]*failed[\s\S]*/, 90_000);
    expect(out).toMatch(/not healthy within 8 s/);
    expect(out).toMatch(/previous files are back and the gateway is healthy again/);
    expect(read(n, 'workspace/SOUL.md').toString()).toBe('# Soul\nhealthy again\n');
    expect(c.app.store.events.recent(10).some((e) => e.type === 'restore.reverted')).toBe(true);
  }, 120_000);

  it('serializes /backup behind a /restore of the same node', async () => {
    const ref = c.app.store.backups.list(n.id, 10).find((b) => b.isStable)!.tag!;
    c.mark();
    await c.type(`/restore ${n.id} ${ref}`);
    await confirmHigh('3333');
    await c.waitFor(/pre-rollback snapshot|Stopping OpenClaw/, 30_000);
    await c.type(`/backup ${n.id}`);
    await c.waitFor(/⏳ Queued: backup/, 30_000);
    await c.waitFor(/restored to[\s\S]*💾 Backup/, 120_000);
    const ev = c.app.store.events.recent(20).reverse();
    const restored = ev.findIndex((e) => e.type === 'restore.applied');
    const backedUp = ev.findLastIndex((e) => e.type === 'backup.created' || e.type === 'backup.failed');
    expect(restored).toBeGreaterThanOrEqual(0);
    expect(backedUp).toBeGreaterThan(restored);
  }, 180_000);

  it('finishes a restore on the node when OCM loses the connection mid-way, and reports it at the next start', async () => {
    const ref = c.app.store.backups.list(n.id, 20).find((b) => b.isStable)!.tag!;
    const lib = join(dirname(n.dir), 'lib');
    // a gateway that takes 3 s to come up: the connection is cut while the agent waits for /health
    n.setGatewayCommand({ cmd: ['bash', '-c', 'sleep 3; grep -q BROKEN "$1" && exit 1; exec "$2" "$3" "$4"', 'gw', '{ocHome}/workspace/SOUL.md', process.execPath, join(lib, 'fake-gateway.mjs'), '{port}'] });
    put(n, 'workspace/SOUL.md', 'changed before the interrupted restore\n');
    c.mark();
    await c.type(`/restore ${n.id} ${ref}`);
    await confirmHigh('4444');
    await c.waitFor(/Stopping OpenClaw/, 60_000);
    await until(() => c.app.store.kv.keys('restore.inflight.').length > 0, 10_000);
    await new Promise((r) => setTimeout(r, 1000));
    await c.app.nodes.drop(n.id); // what a crash of OCM does to the SSH session
    await c.waitFor(/❌/, 60_000);
    expect(c.app.store.kv.keys('restore.inflight.')).toHaveLength(1);
    await until(() => existsSync(join(n.ocHome, '.ocm-restore')) === false, 30_000, 'the agent to finish on its own');
    expect(read(n, 'workspace/SOUL.md').toString()).toBe(WORKSPACE['SOUL.md']!.replace('I am a careful assistant.\n', 'I am a careful assistant.\nNow also curious.\n'));
    const reported = await c.app.backups.recoverInterrupted();
    expect(reported.map((r) => [r.inflight.nodeId, r.state])).toEqual([[n.id, 'applied']]);
    expect(c.app.store.kv.keys('restore.inflight.')).toHaveLength(0);
    expect(c.app.store.events.recent(5).some((e) => e.type === 'restore.interrupted' && e.message.includes('applied'))).toBe(true);
  }, 120_000);

  it('keeps the local commit when the remote is down and pushes it later', async () => {
    renameSync(bare, `${bare}.away`);
    put(n, 'workspace/MEMORY.md', 'User prefers coffee now.\n');
    c.mark();
    await c.type(`/backup ${n.id}`);
    const out = await c.waitFor(/💾 Backup[\s\S]*push to the remote failed/, 60_000);
    expect(out).toMatch(/commits are kept here/);
    const head = git(repo, 'rev-parse', 'main').trim();
    expect(c.app.backups.pushPending()).toBeGreaterThan(0);
    expect(c.app.store.events.recent(5).some((e) => e.type === 'backup.push_failed')).toBe(true);
    renameSync(`${bare}.away`, bare);
    await c.app.backups.push();
    await until(() => c.app.backups.pushPending() === 0, 10_000);
    expect(git(bare, 'rev-parse', 'main').trim()).toBe(head);
  }, 120_000);
});

// Issue 13's example: "把所有机器都备份一下" on a machine without OpenClaw must end in a Chinese error.
describe('backup replies in the chat language', () => {
  let c: ConsoleApp | undefined;
  let home: { path: string; remove(): void } | undefined;
  afterEach(async () => {
    await c?.close();
    home?.remove();
    c = undefined;
  });

  /** The console app in `lang`, its node local pointed at a home that does not exist (a machine without OpenClaw). */
  function start(lang: string, codes: string[] = []): ConsoleApp {
    c = startConsoleApp({ env: { OCM_LANG: lang }, codes });
    home = tempDir('ocm-no-openclaw-');
    const local = c.app.store.nodes.get('local')!;
    c.app.store.nodes.upsert({ ...local, ocHome: join(home.path, '.openclaw') });
    return c;
  }
  const english = (out: string) => out.split('\n').filter((l) => looksEnglish(l.replace(/\[silent\]/g, '')));

  it.each([
    ['zh', /💾 正在备份 1 个节点…/, /❌ backup local：节点无法打包备份：此节点上不存在 OpenClaw 目录 \S+\/\.openclaw —— local 上装了 OpenClaw 吗？/],
    ['ja', /💾 1 台のノードをバックアップ中…/, /❌ backup local：ノードがバックアップをパックできませんでした：OpenClaw のホーム \S+\/\.openclaw がこのノードにありません — local に OpenClaw はインストールされていますか？/],
  ])('/backup local on a machine without OpenClaw answers in %s, progress and error alike', async (lang, progress, error) => {
    const app = start(lang);
    await app.type('/backup local');
    const out = await app.waitFor(/❌ backup/, 30_000);
    expect(out).toMatch(progress);
    expect(out).toMatch(error);
    expect(english(out)).toEqual([]);
    await app.app.pipeline.idle();
    // the audit row stays English
    expect(app.app.store.audit.recent(5).find((a) => a.action === 'backup')?.errorMessage).toMatch(/the node could not pack its backup: OpenClaw home .* does not exist on this node/);
  });

  it('/rollback in Chinese: the confirmation, its safety-code step and the answer', async () => {
    const app = start('zh', ['4321']);
    await app.type('/rollback local');
    const prompt = await app.waitFor(/\[1\] ✅/);
    expect(prompt).toMatch(/🛑 高风险操作：把 local 回滚到最新的稳定备份（会先对当前状态做快照；网关会重启）/);
    app.mark();
    await app.type('1');
    const step2 = await app.waitFor(/4321/);
    expect(step2).toMatch(/🔐 第 2 步（共 2 步）：输入安全码 4321 以执行：把 local 回滚到最新的稳定备份/);
    app.mark();
    await app.type('4321');
    const answer = await app.waitFor(/❌ rollback/);
    expect(answer).toMatch(/local 没有可回滚的稳定备份 —— 用 \/stable local \[ref\] 标记一个/);
    expect(english(prompt + step2 + answer)).toEqual([]);
  });

  it('/rollback in Japanese asks for confirmation in Japanese', async () => {
    const app = start('ja', ['4321']);
    await app.type('/rollback local');
    const prompt = await app.waitFor(/\[1\] ✅/);
    expect(prompt).toContain('local を最新の安定版バックアップにロールバック（現在の状態を先にスナップショットします。ゲートウェイは再起動します）');
    expect(english(prompt)).toEqual([]);
  });

  it('the notice about an interrupted restore is rendered in each owner chat’s language', () => {
    const notice = interruptedRestoreNotice({ inflight: { id: 'op1', nodeId: 'g3s-04', ref: 'g3s-04/stable/2026-02-15', commit: 'c'.repeat(40), preTag: 'g3s-04/pre-rollback/2026-02-15', startedAt: 0 }, state: 'reverted' });
    expect(renderReply('zh', notice).html).toBe(
      '⚠️ OCM 在把 <b>g3s-04</b> 恢复到 <code>g3s-04/stable/2026-02-15</code> 的过程中停止了。\n节点报告：节点已放回原来的文件（恢复后的状态不健康或复制失败）。\n恢复前的状态已打标签 <code>g3s-04/pre-rollback/2026-02-15</code>。',
    );
    expect(renderReply('ja', notice).html).toContain('ノードの報告：ノードは元のファイルに戻しました');
    expect(renderReply('en', notice).html).toContain('The node reports: the node put its previous files back');
  });
});
