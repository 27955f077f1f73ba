import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../harness/fake-telegram.js';
import { tempDir, until } from '../support/capture.js';
import { looksEnglish } from '../support/english-scan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
const dirs: ReturnType<typeof tempDir>[] = [];

/** `npm start` as an operator types it; `direct` runs tsx itself, so signals reach OCM without npm in between. */
function start(env: Record<string, string>, input?: string, direct = false) {
  const dir = tempDir();
  dirs.push(dir);
  const [cmd, args] = direct ? [`${ROOT}/node_modules/.bin/tsx`, ['src/main.ts']] : ['npm', ['start', '--silent']];
  const child = spawn(cmd, args, {
    cwd: ROOT,
    // the status page on a free port, so tests never fight over 3001 (or with an OCM running here)
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', OCM_DATA_DIR: dir.path, OCM_STATUS_PORT: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  if (input !== undefined) child.stdin!.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, dir: dir.path, exited, out: () => stdout, err: () => stderr };
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) d.remove();
});

describe('whole process', () => {
  it('npm start with /help and /status local piped in prints both and exits 0', async () => {
    const p = start({}, '/help\n/status local\n');
    expect(await p.exited).toBe(0);
    const out = p.out();
    expect(out).toMatch(/OCM — OpenClaw Cluster Manager/);
    expect(out).toMatch(/\/status \[node\|all\] — /);
    expect(out).toMatch(/local · .* · (online|degraded)/);
    expect(out).toMatch(/RAM \d+%/);
    expect(out).toMatch(/OpenClaw/);
    expect(p.err()).not.toMatch(/Error|at .*\.ts/);
  });

  it('OCM_LANG=zh: the status page line and the "OCM restarted" notice of interrupted operations are Chinese', async () => {
    const first = start({}, '/nodes\n');
    expect(await first.exited).toBe(0);
    // an operation a killed OCM left running
    const db = new Database(join(first.dir, 'ocm.db'));
    db.prepare("INSERT INTO operations (id, action, target, params, operator, operator_detail, chat_id, state, created_at) VALUES ('op-killed', 'backup', 'local', '{}', 'tester', 'console:tester', 0, 'running', ?)").run(Date.now());
    db.close();
    const again = start({ OCM_DATA_DIR: first.dir, OCM_LANG: 'zh' }, '/nodes\n');
    expect(await again.exited).toBe(0);
    expect(again.out()).toMatch(/^状态页：http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(again.out()).toContain('⚠️ OCM 已重启。被中断的操作（已标记为失败）：backup local');
    expect(again.out()).not.toMatch(/Status page|OCM restarted/);
  });

  // issue 13's must-show: the console in Chinese and Japanese on a machine without OpenClaw, then /lang en
  it.each([
    ['zh', ['OCM — OpenClaw 集群管理器', '📊 只读 —— 立即执行', 'OpenClaw：未安装', '❌ backup local：节点无法打包备份', '🛑 高风险操作：把 local 回滚到最新的稳定备份', '✖ 已取消 —— 未执行任何操作'], /🔐 第 2 步（共 2 步）：输入安全码 \d{4} 以执行/],
    ['ja', ['OCM — OpenClaw クラスタマネージャー', '📊 参照 —— すぐに実行', 'OpenClaw：未インストール', '❌ backup local：ノードがバックアップをパックできませんでした', '🛑 高リスク操作：local を最新の安定版バックアップにロールバック', '✖ 取り消しました — 何も実行していません'], /🔐 手順 2\/2：実行するには安全コード \d{4} を入力してください/],
  ] as const)('OCM_LANG=%s: /help, /status local, /backup local and the /rollback safety code speak it; /lang en switches', async (lang, texts, codeStep) => {
    const home = tempDir();
    dirs.push(home);
    const p = start({ OCM_LANG: lang, HOME: home.path }, '/help\n/status local\n/backup local\n/rollback local\n1\n/cancel\n', true);
    expect(await p.exited).toBe(0);
    const out = p.out();
    for (const t of texts) expect(out).toContain(t);
    expect(out).toMatch(codeStep);
    // not one English sentence: every line is checked with the scan that guards the source
    expect(out.split('\n').filter((l) => looksEnglish(l))).toEqual([]);
    const again = start({ OCM_LANG: lang, HOME: home.path }, '/lang en\n/help\n/status local\n', true);
    expect(await again.exited).toBe(0);
    expect(again.out()).toContain('🌐 Language set to English.');
    expect(again.out()).toContain('📊 Read — runs at once');
    expect(again.out()).toContain('OpenClaw: not installed');
  });

  it('/mynode: numbered menu buttons navigate to a node card and run its actions', async () => {
    const p = start({}, '/mynode\n1\n1\n');
    expect(await p.exited).toBe(0);
    const out = p.out();
    expect(out).toMatch(/Your nodes \(1\) — pick one:\n\[1\] . local/);
    expect(out).toMatch(/\[1\] 📊 Status {2}\[2\] 📜 Logs {2}\[3\] 🔄 Restart {2}\[4\] 🗑 Remove {2}\[5\] « All nodes/);
    expect(out).toMatch(/local · .* · (online|degraded)\n.*up/);
  });

  it('refuses a token without OCM_OWNER_IDS: exit 1, one line naming it', async () => {
    const p = start({ TELEGRAM_BOT_TOKEN: 'x' }, '');
    expect(await p.exited).toBe(1);
    const lines = p.err().trim().split('\n').filter((l) => !/^npm (warn|notice)/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/OCM_OWNER_IDS/);
    expect(p.err()).not.toContain('at ');
  });

  it('reports invalid settings one per line, without a stack trace', async () => {
    const p = start({ LOG_LEVEL: 'loud', OCM_OPERATION_TIMEOUT_S: 'soon' }, '');
    expect(await p.exited).toBe(1);
    expect(p.err()).toMatch(/config: LOG_LEVEL: /);
    expect(p.err()).toMatch(/config: OCM_OPERATION_TIMEOUT_S: /);
    expect(p.err()).not.toMatch(/\n\s+at /);
  });

  it('a second OCM on the same data dir refuses to start', async () => {
    const first = start({});
    await until(() => existsSync(`${first.dir}/ocm.lock`), 20_000, 'first OCM to lock its data dir');
    const second = start({ OCM_DATA_DIR: first.dir }, '');
    expect(await second.exited).toBe(1);
    expect(second.err()).toMatch(/another OCM \(pid \d+\) is already running on this data dir/);
    first.child.stdin!.end('/nodes\n');
    expect(await first.exited).toBe(0);
    expect(first.out()).toMatch(/local/);
  });

  describe('status page', () => {
    const stderrLines = (text: string) => text.trim().split('\n').filter((l) => l && !/^npm (warn|notice)/.test(l));

    it('npm start serves the page and the JSON API and prints the URL once', async () => {
      const p = start({});
      await until(() => /Status page: http:\/\/127\.0\.0\.1:\d+\/\n/.test(p.out()), 20_000, () => `the status page URL on stdout; got: ${p.out()} ${p.err()}`);
      const url = /Status page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(p.out())![1]!;
      const res = await fetch(`${url}api/v1/cluster/health`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ total_nodes: 1, online_nodes: expect.any(Number), timestamp: expect.any(String) });
      const page = await fetch(url);
      expect(await page.text()).toMatch(/<article class="node" data-node="local"/);
      p.child.stdin!.end('/nodes\n');
      expect(await p.exited).toBe(0);
      expect(p.out().match(/Status page:/g)).toHaveLength(1);
      await expect(fetch(`${url}health`)).rejects.toThrow();
    });

    it('with OCM_STATUS_HOST=0.0.0.0 and no token, refuses to start with one line', async () => {
      const p = start({ OCM_STATUS_HOST: '0.0.0.0' }, '');
      expect(await p.exited).toBe(1);
      const lines = stderrLines(p.err());
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^ocm: config: OCM_STATUS_TOKEN: required when the status page listens on 0\.0\.0\.0, an address other machines can reach/);
      expect(p.out()).toBe('');
    });

    it('a status port already in use stops OCM with one line naming OCM_STATUS_PORT', async () => {
      const blocker = createServer();
      const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
      try {
        const p = start({ OCM_STATUS_PORT: String(port) }, '');
        expect(await p.exited).toBe(1);
        const lines = stderrLines(p.err());
        expect(lines).toEqual([`ocm: status page: 127.0.0.1:${port} is already in use (another OCM or another program) — set OCM_STATUS_PORT (status.port) to a free port, or OCM_STATUS_ENABLED=false (status.enabled) to turn the page off`]);
        // the data dir lock was released: the next start on it works
        const again = start({ OCM_DATA_DIR: p.dir }, '/nodes\n');
        expect(await again.exited).toBe(0);
      } finally {
        await new Promise<void>((r) => blocker.close(() => r()));
      }
    });
  });

  describe('telegram mode against a loopback Bot API server', () => {
    let tg: FakeTelegram;
    afterEach(async () => tg?.close());

    it("answers an owner's /status local and not a stranger's", async () => {
      tg = await startFakeTelegram({ token: '42:TEST' });
      const p = start({ TELEGRAM_BOT_TOKEN: '42:TEST', TELEGRAM_API_ROOT: tg.apiRoot, OCM_OWNER_IDS: '100', LOG_LEVEL: 'warn' }, undefined, true);
      await tg.waitFor((c) => c.method === 'setMyCommands', 20_000);
      tg.sendText({ id: 666, username: 'eve' }, '/status local');
      tg.sendText({ id: 100, username: 'op' }, '/status local');
      await tg.waitFor((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 100 && /<b>local<\/b>/.test(String(c.payload.text)), 20_000);
      expect(tg.messagesTo(666)).toEqual(['⛔ Not authorized; your Telegram id is 666.']);
      const cmds = tg.calls.find((c) => c.method === 'setMyCommands')!.payload.commands as { command: string }[];
      expect(cmds.map((c) => c.command)).toEqual(expect.arrayContaining(['status', 'help', 'nodes', 'events']));
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.out() + p.err()).not.toContain('42:TEST');
    });

    it('keeps running and answers /help when the Bot API refuses setMyCommands (an emulator without it)', async () => {
      tg = await startFakeTelegram({ token: '42:TEST' });
      tg.failMethod('setMyCommands', { error_code: 404, description: 'Not Found: method setMyCommands is not supported' });
      const p = start({ TELEGRAM_BOT_TOKEN: '42:TEST', TELEGRAM_API_ROOT: tg.apiRoot, OCM_OWNER_IDS: '100', LOG_LEVEL: 'warn' }, undefined, true);
      await tg.waitFor((c) => c.method === 'setMyCommands', 20_000);
      tg.sendText({ id: 100, username: 'op' }, '/help');
      await tg.waitFor((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 100 && /OCM — OpenClaw Cluster Manager/.test(String(c.payload.text)), 20_000);
      expect(p.child.exitCode).toBeNull();
      await until(() => /setMyCommands failed/.test(p.out()), 5000, () => `the warning in the log; got: ${p.out()}`);
      const warning = p.out().split('\n').find((l) => l.includes('setMyCommands failed'))!;
      expect(JSON.parse(warning)).toMatchObject({ level: 40, msg: 'setMyCommands failed; the command menu in Telegram may be stale' });
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.out() + p.err()).not.toContain('42:TEST');
    });
  });
});

