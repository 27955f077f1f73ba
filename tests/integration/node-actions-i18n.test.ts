import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { AgentStatus } from '../../src/nodes/agent.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { startTelegramApp, type TelegramTestApp } from '../support/telegram-app.js';

/** Latin words an operator reading Chinese or Japanese also sees: names, units, acronyms. */
const ALLOWED = new Set(['OpenClaw', 'OCM', 'CPU', 'SSH', 'pid', 'KB', 'MB', 'GB', 'TB', 'UTC', 'JST', 'id']);

/**
 * The English words left in `text` once the data of the card (hostname, OS, paths, versions),
 * node ids and /commands are taken out.
 */
function englishWords(text: string, data: (string | null | undefined)[]): string[] {
  let rest = text;
  for (const d of data.filter((x): x is string => Boolean(x)).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  rest = rest.replace(/\/[a-z_]+/g, ' ').replace(/\blocal\b/g, ' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

/** What the local node reported: the card shows it as data (hostname, OS, arch, paths…). */
function localData(c: ConsoleApp): string[] {
  const s = JSON.parse(c.app.store.nodes.get('local')!.statusJson ?? '{}') as AgentStatus;
  return [s.hostname, s.os_version, s.os, s.arch, s.disk?.path, s.openclaw?.version, s.openclaw?.service_manager, c.app.store.nodes.get('local')!.name].filter((x): x is string => typeof x === 'string');
}

describe.each([
  { lang: 'zh', state: /降级|在线|离线/, online: /在线 \d+\/1/, disk: /磁盘已用 \d+%/, confirm: /请确认：重启 local 上的 OpenClaw/, nodes: /节点（1）/, restart: /🔄 重启/ },
  { lang: 'ja', state: /一部異常|オンライン|オフライン/, online: /オンライン \d+\/1/, disk: /ディスク使用 \d+%/, confirm: /確認してください：local の OpenClaw を再起動/, nodes: /ノード（1）/, restart: /🔄 再起動/ },
])('node actions in the console with OCM_LANG=$lang', ({ lang, state, online, disk, confirm, nodes, restart }) => {
  let c: ConsoleApp;

  beforeAll(() => {
    c = startConsoleApp({ env: { OCM_LANG: lang } });
  });

  afterAll(async () => {
    await c?.close();
  });

  it('/status local reads fully in the chat language (no English besides ids, commands and the machine data)', async () => {
    c.mark();
    await c.type('/status local');
    await c.app.pipeline.idle();
    const card = c.since();
    expect(card).toMatch(state);
    expect(card).toMatch(disk);
    expect(card).toMatch(/OpenClaw/);
    expect(englishWords(card, localData(c))).toEqual([]);
    expect(englishWords('🟡 local · degraded\nDisk 3% used', [])).toEqual(['degraded', 'Disk', 'used']); // the check itself sees English
  });

  it('/nodes reads fully in the chat language', async () => {
    c.mark();
    await c.type('/nodes');
    await c.app.pipeline.idle();
    const list = c.since();
    expect(list).toMatch(nodes);
    expect(list).toMatch(online);
    expect(englishWords(list, localData(c))).toEqual([]);
  });

  it('the /restart confirmation is in the chat language, and cancelling it restarts nothing', async () => {
    c.mark();
    await c.type('/restart local');
    const prompt = await c.waitFor(/\[2\] ✖/);
    expect(prompt).toMatch(confirm);
    expect(englishWords(prompt, ['tester'])).toEqual([]);
    await c.type('2');
    await c.app.pipeline.idle();
    expect(c.app.store.audit.recent(1)[0]).toMatchObject({ action: 'restart', result: 'cancelled' });
  });

  it('/mynode: list, node card and buttons in the chat language', async () => {
    c.mark();
    await c.type('/mynode');
    await c.waitFor(/\[1\] \S+ local/);
    await c.type('1');
    const out = await c.waitFor(restart);
    // the card quotes the node's last problem as the node service stored it (its own text)
    expect(englishWords(out, [...localData(c), c.app.store.nodes.get('local')!.lastError])).toEqual([]);
  });

  it('/events and /logs refuse bad numbers in the chat language', async () => {
    c.mark();
    await c.type('/events many');
    await c.type('/logs local x');
    await c.app.pipeline.idle();
    const out = c.since();
    expect(out).toMatch(lang === 'zh' ? /n: 必须是数字[\s\S]*lines: 行数必须是数字/ : /n: 数値で指定してください[\s\S]*lines: 行数は数値で指定してください/);
  });
});

// Telegram mode: each update says its client's language; the /newnode conversation reads the
// chat's language at every step instead of keeping the one it started with.
describe('the /newnode conversation follows the language of the chat at each step', () => {
  const OWNER = 100;
  let tg: TelegramTestApp;
  let app: App;
  const text = (t: string, languageCode: string) => tg.text(OWNER, t, languageCode);
  const sent = () => tg.sent(OWNER);

  beforeEach(() => {
    tg = startTelegramApp({ owners: [OWNER] });
    app = tg.app;
  });

  afterEach(() => tg.close());

  it('asks in Chinese, then in Japanese once the client says ja; a bad answer is refused in Japanese', async () => {
    await app.bot.handleUpdate(text('/newnode', 'zh-hans'));
    expect(sent().slice(-2)).toEqual(['➕ <b>添加节点</b> —— 请逐一回答问题，或发送 /cancel 终止。', '1/7 节点 id？（a-z、0-9 和 -，例如 g3s-06）']);
    await app.bot.handleUpdate(text('n1', 'ja'));
    expect(sent().at(-1)).toBe('2/7 表示名は？（- を送ると id を使います）');
    await app.bot.handleUpdate(text('<b>', 'ja'));
    // refused, and the question asked again in Japanese (at most 5 updates in 3 s: the rate limit)
    expect(sent().slice(-2).join('\n')).toMatch(/^⚠️ .+\n2\/7 表示名は？/);
    await app.bot.handleUpdate(text('/cancel', 'ja'));
    expect(sent().at(-1)).toBe('取り消しました — ノードは追加していません。');
    expect(app.store.nodes.get('n1')).toBeUndefined();
  });
});
