import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listingCatalog } from '../../src/modules.js';
import { defineAction } from '../../src/core/action.js';
import { createConfig, DEFAULT_INTENT_MODEL } from '../../src/config.js';
import { en, translator } from '../../src/i18n/index.js';
import { detectLang, localeOfLang, normalizeText } from '../../src/intents/lang.js';
import { checkSteps, renderPlan, type Checked } from '../../src/intents/plan.js';
import { buildTools } from '../../src/intents/tools.js';

const NODES = ['g3s-01', 'g3s-02', 'local'];

describe('Claude tools from the action catalog', () => {
  it('one tool per plain-language action with the zod schema as JSON Schema; interactive and internal actions left out', () => {
    const tools = buildTools(listingCatalog());
    const names = tools.map((t) => t.name);
    expect(names).toEqual(['help', 'lang', 'nodes', 'status', 'events', 'logs', 'editnode', 'restart', 'trusthost', 'removenode', 'backup', 'backups', 'diff', 'stable', 'restore', 'rollback', 'mute', 'mutes', 'unmute', 'doctor', 'version', 'offsite', 'ask_clarifying_question']);
    const logs = tools.find((t) => t.name === 'logs')!;
    expect(logs.description).toMatch(/^Show the tail of a node's OpenClaw gateway log.*Slash command: \/logs <node> \[lines\]\. Risk tier: read\.$/);
    expect(logs.input_schema).toEqual({
      type: 'object',
      properties: { node: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,31}$' }, lines: { default: 50, type: 'integer', minimum: 1, maximum: 2000 } },
      required: ['node'],
    });
  });

  it('an action added to the catalog later joins automatically; a nested schema is refused', () => {
    const extra = defineAction({ name: 'scores', group: 't', description: 'Show intelligence scores', usage: '/scores [node]', tier: 'read', params: z.object({ node: z.string().optional() }), locks: () => ({ kind: 'none' }), run: async () => ({ html: '' }) });
    expect(buildTools([...listingCatalog(), extra]).map((t) => t.name)).toContain('scores');
    const nested = defineAction({ name: 'bad', group: 't', description: 'd', usage: '/bad', tier: 'read', params: z.object({ opts: z.object({ a: z.string() }) }), locks: () => ({ kind: 'none' }), run: async () => ({ html: '' }) });
    expect(() => buildTools([nested])).toThrow(/nested/);
  });
});

describe('checking proposed steps', () => {
  const catalog = listingCatalog();
  it('validates with the same zod schemas and applies tierFor (restart all is high)', () => {
    const r = checkSteps([{ action: 'restart', input: { target: 'ALL' } }], catalog, NODES);
    expect(r).toMatchObject({ ok: true, steps: [{ tier: 'high', command: '/restart all', nodes: NODES }] });
    // a refusal is a message, rendered in the language of the request
    const problem = (c: Checked, t = en) => (c.ok ? undefined : t.msgText(c.problem));
    expect(problem(checkSteps([{ action: 'logs', input: { node: 'g3s-01', lines: 'lots' } }], catalog, NODES))).toBe('lines: lines must be a number (usage: /logs <node> [lines])');
    expect(problem(checkSteps([{ action: 'newnode', input: {} }], catalog, NODES))).toContain('guided conversation');
    expect(problem(checkSteps([{ action: 'status', input: { target: 'g3s-1' } }], catalog, NODES))).toBe("unknown node 'g3s-1' — did you mean g3s-01? (known nodes: g3s-01, g3s-02, local)");
    expect(problem(checkSteps([{ action: 'status', input: { target: 'g3s-1' } }], catalog, NODES), translator('zh'))).toBe("未知节点 'g3s-1' — 是不是 g3s-01？（已知节点：g3s-01, g3s-02, local）");
    expect(problem(checkSteps([{ action: 'format_disk', input: {} }], catalog, []), translator('ja'))).toBe("この OCM には 'format_disk' という操作が（まだ）ありません。/help で一覧できます");
  });

  it('renders a numbered plan with the confirmation of its highest tier, in the user language', () => {
    const r = checkSteps([{ action: 'backup', input: { target: 'g3s-01' } }, { action: 'restore', input: { node: 'g3s-01', ref: 'abc1234' } }], catalog, NODES);
    if (!r.ok) throw new Error(en.msgText(r.problem));
    expect(renderPlan(r.steps, 'ja')).toMatch(/^📋 <b>実行計画<\/b>\n1\. \/backup g3s-01 — .*\n2\. \/restore g3s-01 abc1234 — .*\n\n高リスク：確認ボタンの後、4桁の安全コードを入力してください。/);
  });
});

describe('languages', () => {
  it('detects simplified, traditional Chinese, Japanese and English; normalizes traditional and full-width', () => {
    expect(detectLang('把所有机器都备份一下')).toBe('zh-Hans');
    expect(detectLang('把所有機器都備份一下')).toBe('zh-Hant');
    expect(detectLang('全ノードを再起動して')).toBe('ja');
    expect(detectLang('restart g3s-02')).toBe('en');
    expect(normalizeText('Ｇ３Ｓ－０１ 的狀態')).toBe('g3s-01 的状态');
  });

  it('answers each language from the catalog: zh-Hans → zh, zh-Hant → the traditional overlay, ja, en', () => {
    expect(['en', 'zh-Hans', 'zh-Hant', 'ja'].map((l) => localeOfLang(l as Parameters<typeof localeOfLang>[0]))).toEqual(['en', 'zh', 'zh-Hant', 'ja']);
    const r = checkSteps([{ action: 'backup', input: { target: 'all' } }], listingCatalog(), NODES);
    if (!r.ok) throw new Error(en.msgText(r.problem));
    expect(renderPlan(r.steps, 'zh-Hans')).toMatch(/^📋 <b>计划: \/backup all<\/b> — .* \(3 个节点\)\n1\. \/backup g3s-01\n2\. \/backup g3s-02\n3\. \/backup local\n\n低风险，无需确认，立即执行。$/);
    expect(renderPlan(r.steps, 'zh-Hant')).toMatch(/^📋 <b>計劃: \/backup all<\/b> — .* \(3 個節點\)[^]*低風險，無需確認，立即執行。$/);
    expect(renderPlan(r.steps, 'en')).toMatch(/^📋 <b>Plan: \/backup all<\/b> — .* \(3 nodes\)[^]*No confirmation needed \(low risk\) — running now\.$/);
  });
});

describe('intent configuration', () => {
  it('reads the key as a secret, honours the base URL, model, rate limit and timeout, with documented defaults', () => {
    const d = createConfig({});
    if (!d.ok) throw new Error(d.errors.join());
    expect(d.config.anthropic).toEqual({ baseUrl: 'https://api.anthropic.com' });
    expect(d.config.intent).toEqual({ model: DEFAULT_INTENT_MODEL, ratePerMinute: 10, timeoutS: 30, historyTurns: 6 });
    const r = createConfig({ ANTHROPIC_API_KEY: 'sk-ant-secret-value-123456789012', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9/', OCM_INTENT_MODEL: 'claude-haiku-5-5', OCM_INTENT_RATE_PER_MIN: '3', OCM_INTENT_TIMEOUT_S: '5' });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.anthropic.apiKey?.reveal()).toBe('sk-ant-secret-value-123456789012');
    expect(JSON.stringify(r.config)).not.toContain('sk-ant-secret');
    expect(r.config.intent).toMatchObject({ model: 'claude-haiku-5-5', ratePerMinute: 3, timeoutS: 5 });
    expect(r.config.anthropic.baseUrl).toBe('http://127.0.0.1:9/');
    const bad = createConfig({ OCM_INTENT_RATE_PER_MIN: '0', ANTHROPIC_BASE_URL: 'not a url' });
    expect(bad.ok ? [] : bad.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^OCM_INTENT_RATE_PER_MIN: must be at least 1/), expect.stringMatching(/^ANTHROPIC_BASE_URL: must be a URL/)]));
  });
});
