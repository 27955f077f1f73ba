import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listingCatalog } from '../../src/modules.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { apiError, message, startFakeClaude, text, toolUse, type FakeClaude } from '../harness/fake-claude.js';

// Declared nodes nobody listens for (port 1): a status card then says the machine cannot be reached.
const YAML = `nodes:\n${['g3s-01', 'g3s-02', 'g3s-03', 'g3s-04'].map((id) => `  - { id: ${id}, host: 127.0.0.1, port: 1, user: ocm }`).join('\n')}\n`;
const KEY = 'sk-ant-test-0123456789abcdefghijklmnop';

let c: ConsoleApp;
const auditOf = (action: string) => c.app.store.audit.recent(50).filter((r) => r.action === action);

afterEach(async () => {
  await c?.close();
});

describe('natural language without an API key (fallback parser)', () => {
  it('"把所有机器都备份一下" shows the backup-all plan and runs the real backup (the nodes here are unreachable)', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('把所有机器都备份一下');
    // a Chinese request is answered in Chinese, the pipeline's replies too
    const out = await c.waitFor(/💾 备份：5 个中完成 0 个，失败 5 个/, 60_000);
    expect(out).toMatch(/📋 计划: \/backup all/);
    for (const [i, id] of ['g3s-01', 'g3s-02', 'g3s-03', 'g3s-04', 'local'].entries()) expect(out).toContain(`${i + 1}. /backup ${id}`);
    expect(out).toContain('低风险，无需确认，立即执行。');
    expect(out).toMatch(/❌ g3s-01：127\.0\.0\.1:1 拒绝了 SSH 连接 —— sshd 是否在运行？/);
    await c.app.pipeline.idle();
    expect(auditOf('backup').map((r) => [r.target, r.result])).toEqual([['all', 'failed']]);
  });

  it('"g3s-01 的状态怎么样？" shows the live status card of g3s-01 (unreachable here)', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('g3s-01 的状态怎么样？');
    const out = await c.waitFor(/🔴 g3s-01 .*离线/);
    expect(out).toContain('理解为: /status g3s-01');
    expect(out).toMatch(/❗ 127\.0\.0\.1:1 拒绝了 SSH 连接/);
    await c.app.pipeline.idle();
    expect(auditOf('status').map((r) => [r.target, r.result])).toEqual([['g3s-01', 'succeeded']]);
  });

  it('"make me a sandwich" says what is supported and that full natural language needs ANTHROPIC_API_KEY', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('make me a sandwich');
    expect(c.output()).toMatch(/Natural language needs ANTHROPIC_API_KEY\. Without it I understand simple requests about status, backups, restarts, logs and rollbacks/);
    expect(c.output()).toContain('Nearest command: /help');
    expect(c.app.store.audit.recent(10)).toEqual([]);
  });

  it('"restart g3s-02" asks for one confirmation tap; cancelling runs nothing', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/⚠️ Please confirm: restart OpenClaw on g3s-02\n.*\n\[1\] ✅ Confirm {2}\[2\] ✖ Cancel/);
    await c.type('2');
    await c.app.pipeline.idle();
    expect(auditOf('restart').map((r) => [r.target, r.result])).toEqual([['g3s-02', 'cancelled']]);
  });

  it('a high-tier request in plain words still needs the tap and the 4-digit code', async () => {
    c = startConsoleApp({ yaml: YAML, codes: ['4321'] });
    await c.type('g3s-04 好像有问题，回滚一下');
    // a Chinese request is answered in Chinese (the chat's language is not changed by it)
    expect(c.output()).toMatch(/🛑 高风险操作：.*g3s-04.*\n第 1 步（共 2 步）/);
    await c.type('1');
    await c.waitFor(/输入安全码 4321/);
    expect(auditOf('rollback')).toEqual([]);
    await c.type('4321');
    // the real rollback runs only now, and fails: there is nothing to roll back to on this fresh OCM
    await c.waitFor(/❌ rollback g3s-04：/);
    await c.app.pipeline.idle();
    expect(auditOf('rollback').map((r) => [r.target, r.result])).toEqual([['g3s-04', 'failed']]);
  });

  it('a typo in a node id is asked back, never guessed', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('restart g3s-2');
    expect(c.output()).toMatch(/unknown node 'g3s-2' — did you mean g3s-02\?/);
    expect(c.app.store.audit.recent(10)).toEqual([]);
  });

  it('answers in the language of the request: simplified and traditional Chinese, Japanese', async () => {
    c = startConsoleApp({ yaml: YAML });
    await c.type('重启 g3s-2');
    expect(c.output()).toContain("⚠️ 未执行任何操作：未知节点 'g3s-2' — 是不是 g3s-02？（已知节点：g3s-01, g3s-02, g3s-03, g3s-04, local）");
    await c.type('重啟');
    expect(c.output()).toContain('❓ 請問是哪個節點？已知節點：g3s-01, g3s-02, g3s-03, g3s-04, local，或「所有」。');
    await c.type('g3s-01 を再起動しないで');
    expect(c.output()).toContain('⚠️ 実行しない意図のようなので、何もしていません。実行するにはコマンドを送ってください（例：/restart g3s-01）。');
    expect(c.app.store.audit.recent(10)).toEqual([]);
  });
});

describe('natural language through Claude (loopback Messages API)', () => {
  let fake: FakeClaude;
  beforeAll(async () => {
    fake = await startFakeClaude({ apiKey: KEY });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.calls.length = 0;
  });
  const start = (env: Record<string, string> = {}) =>
    (c = startConsoleApp({ yaml: YAML, codes: ['4321'], env: { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: fake.url, OCM_INTENT_MODEL: 'claude-test-model', ...env } }));

  it('"把所有机器都备份一下" → one call with tools from the catalog → the backup-all plan; tokens and latency recorded', async () => {
    start();
    fake.respond(() => message([text('好的'), toolUse('backup', { target: 'all' })]));
    await c.type('把所有机器都备份一下');
    await c.waitFor(/💾 正在备份[\s\S]*g3s-04/, 60_000);
    expect(c.output()).toMatch(/📋 计划: \/backup all[^\n]*\n1\. \/backup g3s-01\n2\. \/backup g3s-02/);
    expect(fake.calls).toHaveLength(1);
    const call = fake.calls[0]!;
    expect(call.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(call.body.model).toBe('claude-test-model');
    const names = call.body.tools!.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['status', 'nodes', 'events', 'logs', 'restart', 'backup', 'backups', 'diff', 'restore', 'rollback', 'ask_clarifying_question']));
    expect(names).not.toContain('newnode');
    expect(names).not.toContain('scanhost');
    const backup = call.body.tools!.find((t) => t.name === 'backup')!;
    expect(backup.input_schema).toMatchObject({ type: 'object', required: ['target'], properties: { target: { anyOf: [{ const: 'all' }, { pattern: '^[a-z0-9][a-z0-9-]{0,31}$' }] }, label: { type: 'string' } } });
    expect(call.body.system).toContain('- g3s-01 · g3s-01 ·');
    expect(call.body.system).toContain('简体中文');
    expect(call.body.messages).toEqual([{ role: 'user', content: '把所有机器都备份一下' }]);
    const [row] = c.app.store.llm.recentCalls(1);
    expect(row).toMatchObject({ purpose: 'intent', model: 'claude-test-model', inputTokens: 1234, outputTokens: 56, outcome: 'ok' });
    expect(row!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(c.output()).not.toContain(KEY);
  });

  it('"restart g3s-02" → the medium-tier confirmation', async () => {
    start();
    fake.respond(() => message([toolUse('restart', { target: 'g3s-02' })]));
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/⚠️ Please confirm: restart OpenClaw on g3s-02/);
    await c.type('2');
    await c.app.pipeline.idle();
    expect(auditOf('restart').map((r) => [r.target, r.result])).toEqual([['g3s-02', 'cancelled']]);
  });

  it('"g3s-04 好像有问题，回滚一下" → high tier: tap, then the 4-digit code, then it runs', async () => {
    start();
    fake.respond(() => message([toolUse('rollback', { node: 'g3s-04' })]));
    await c.type('g3s-04 好像有问题，回滚一下');
    expect(c.output()).toMatch(/🛑 高风险操作：.*g3s-04/);
    await c.type('1');
    await c.waitFor(/输入安全码 4321/);
    expect(auditOf('rollback')).toEqual([]);
    await c.type('4321');
    // the real rollback runs only now, and fails: there is nothing to roll back to on this fresh OCM
    await c.waitFor(/❌ rollback g3s-04：/);
    await c.app.pipeline.idle();
    expect(auditOf('rollback').map((r) => [r.target, r.result])).toEqual([['g3s-04', 'failed']]);
  });

  it('"restart it" → a clarifying question; the earlier turns of the chat go into the request', async () => {
    start();
    fake.respond((call) =>
      fake.lastUserText(call) === 'restart it'
        ? message([toolUse('ask_clarifying_question', { question: 'Which node should I restart: g3s-01, g3s-02, g3s-03, g3s-04, or all?' })])
        : message([text('OCM can check status, back up, restart, show logs and roll back nodes.')]),
    );
    await c.type('hello there');
    await c.type('restart it');
    expect(c.output()).toContain('💬 OCM can check status, back up, restart');
    expect(c.output()).toContain('❓ Which node should I restart: g3s-01, g3s-02, g3s-03, g3s-04, or all?');
    expect(fake.calls[1]!.body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(fake.calls[1]!.body.messages[0]).toEqual({ role: 'user', content: 'hello there' });
    expect(c.app.store.audit.recent(10)).toEqual([]);
  });

  it('an unknown node or tool from the model is refused with a readable message, nothing runs', async () => {
    start();
    fake.respond((call) => (fake.lastUserText(call).includes('g3s-09') ? message([toolUse('restart', { target: 'g3s-09' })]) : message([toolUse('format_disk', { node: 'g3s-01' })])));
    await c.type('restart g3s-09');
    expect(c.output()).toMatch(/⚠️ Nothing was done: unknown node 'g3s-09' \(known nodes: g3s-01, g3s-02, g3s-03, g3s-04, local\)/);
    await c.type('wipe g3s-01');
    expect(c.output()).toMatch(/⚠️ Nothing was done: this OCM has no 'format_disk' operation/);
    expect(c.app.store.audit.recent(10)).toEqual([]);
    expect(c.app.store.llm.recentCalls(2).map((r) => r.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('API 500, 529 overloaded and 429 become readable messages (after the SDK retries), no crash', async () => {
    start();
    fake.respond(() => apiError(500, 'api_error', 'Internal server error'));
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/❌ Claude: the API failed \(500 api_error\); try again later\. Nothing was done; slash commands still work/);
    expect(fake.calls).toHaveLength(3);
    fake.respond(() => apiError(529, 'overloaded_error', 'Overloaded'));
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/❌ Claude: the API is overloaded right now \(529\)/);
    fake.respond(() => apiError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'));
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/❌ Claude: the API rate limit was reached \(429\)/);
    expect(c.app.store.llm.recentCalls(3).map((r) => r.outcome)).toEqual(['error', 'error', 'error']);
    expect(c.app.store.audit.recent(10)).toEqual([]);
    await c.type('/nodes');
    expect(c.output()).toMatch(/Nodes \(5\)/);
  });

  it('Claude errors and the rate limit are answered in the language of the request', async () => {
    start({ OCM_INTENT_RATE_PER_MIN: '1' });
    fake.respond(() => apiError(529, 'overloaded_error', 'Overloaded'));
    await c.type('重启 g3s-02');
    expect(c.output()).toContain('❌ Claude：API 当前过载（529）；请一分钟后再试。未执行任何操作；斜杠命令仍可使用（/help）。');
    await c.type('g3s-02 を再起動して');
    expect(c.output()).toMatch(/⏳ 自然言語の依頼が多すぎます。\d+ 秒後にもう一度どうぞ。スラッシュコマンドは使えます（\/help）。/);
    expect(c.app.store.audit.recent(10)).toEqual([]);
  });

  it('a plan of several steps shows the numbered plan with the highest tier, then runs step by step', async () => {
    start();
    fake.respond(() => message([toolUse('status', { target: 'g3s-04' }), toolUse('rollback', { node: 'g3s-04' })]));
    await c.type('check g3s-04 and then roll it back');
    const out = await c.waitFor(/🛑 High-risk operation: roll g3s-04 back/);
    expect(out).toMatch(/📋 Plan\n1\. \/status g3s-04 — .*\n2\. \/rollback g3s-04 — .*\n\nHigh risk: a confirmation tap, then the 4-digit safety code\./);
    expect(out.indexOf('🔴 g3s-04')).toBeGreaterThan(-1);
    expect(out.indexOf('🔴 g3s-04')).toBeLessThan(out.indexOf('High-risk operation'));
    await c.type('2');
    await c.app.pipeline.idle();
    expect(auditOf('rollback').map((r) => r.result)).toEqual(['cancelled']);
  });

  it('a hung API times out readably; the per-user rate limit answers without calling Claude', async () => {
    start({ OCM_INTENT_TIMEOUT_S: '1', OCM_INTENT_RATE_PER_MIN: '2' });
    fake.respond(() => ({ status: 200, body: null, hang: true }));
    await c.type('restart g3s-02');
    expect(c.output()).toMatch(/❌ Claude: no answer within 1 s; try again in a moment/);
    fake.respond(() => message([text('fine')]));
    await c.type('how are things');
    await c.type('how are things now');
    expect(c.output()).toMatch(/⏳ Too many natural-language requests; try again in \d+ s/);
    expect(c.app.store.llm.recentCalls(10)).toHaveLength(2);
  });
});
