import type { UserFromGetMe } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { configSections } from '../../src/modules.js';
import { startFakeTelegram, type ApiCall, type FakeTelegram } from '../harness/fake-telegram.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { tempDir } from '../support/capture.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`watchdog language tests skipped: ${avail.reason}`);

const MIN = 60_000;
const TOKEN = '42:WDLANG';
/** An owner whose Telegram app is set to Japanese. */
const OWNER = 100;
/** An alert group configured as Chinese (chat_languages). */
const GROUP = -1001234;

const BOT = { id: 999, is_bot: true, first_name: 'OCM', username: 'ocm_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } as UserFromGetMe;

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

// Telegram mode against the loopback Bot API server: one incident, rendered per alert chat.
describe.skipIf(!avail.ok)('alerts in each alert chat language (Telegram mode)', () => {
  let nodes: TestNode[];
  let n: TestNode;
  let tg: FakeTelegram;
  let dir: ReturnType<typeof tempDir>;
  let app: App;
  let t = Date.UTC(2026, 0, 1, 12, 0, 0);

  async function cycle(stepMs = MIN): Promise<void> {
    t += stepMs;
    await app.watchdog.runCycle();
    await app.watchdog.idle();
  }

  const to = (chat: number, method = 'sendMessage') => (c: ApiCall) => c.method === method && Number(c.payload.chat_id) === chat;
  const texts = (chat: number, method = 'sendMessage') => tg.calls.filter(to(chat, method)).map((c) => String(c.payload.text));

  beforeAll(async () => {
    nodes = await startNodes(1, { prefix: 'wdl' });
    n = nodes[0]!;
    tg = await startFakeTelegram({ token: TOKEN });
    dir = tempDir();
    const yaml = `local_node: false
ssh:
  handshake_timeout_s: 2
watchdog:
  interval_s: 60
  alert_after_s: 300
  consecutive: 2
nodes:
  - { id: ${n.id}, host: ${n.host}, port: ${n.port}, user: ${n.user}, key_path: ${n.clientKeyPath}, host_key: "${n.hostKeyFingerprint}", gateway_port: ${n.gatewayPort} }
`;
    const cfg = createConfig(
      {
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: tg.apiRoot,
        OCM_OWNER_IDS: String(OWNER),
        OCM_DATA_DIR: dir.path,
        OCM_ALERT_CHAT_IDS: `${OWNER},${GROUP}`,
        OCM_CHAT_LANGUAGES: `${GROUP}:zh`,
        OCM_TIMEZONE: 'Asia/Tokyo',
      },
      { path: 'test.yaml', text: yaml },
      process.cwd(),
      configSections(),
    );
    if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
    app = createApp(cfg.config, { log: silentLogger(), now: () => t, botInfo: BOT });
    await cycle();
    await cycle();
    expect(app.store.nodes.get(n.id)?.status).toBe('online');
  }, 120_000);

  afterAll(async () => {
    await app?.stop('test end');
    await tg?.close();
    dir?.remove();
    if (nodes) await stopAll(nodes);
  });

  it('the owner whose Telegram app says ja gets the alert in Japanese, the group set to zh in Chinese; the recovery edit keeps each language', async () => {
    // one message from the owner's Japanese Telegram app: answered in Japanese, and the language is remembered
    await app.bot.handleUpdate({
      update_id: 1,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: OWNER, type: 'private', first_name: 'op' },
        from: { id: OWNER, is_bot: false, first_name: 'op', language_code: 'ja' },
        text: '/mutes',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    });
    await tg.waitFor((c) => to(OWNER)(c) && /ミュートもメンテナンス期間もありません/.test(String(c.payload.text)));

    await n.kill();
    await cycle();
    const t1 = t;
    await cycle();
    expect(app.store.nodes.get(n.id)?.status).toBe('offline');
    await cycle(t1 + 5 * MIN - t);

    const ja = await tg.waitFor((c) => to(OWNER)(c) && /🔴 \[重大\]/.test(String(c.payload.text)));
    const zh = await tg.waitFor((c) => to(GROUP)(c) && /🔴 \[严重\]/.test(String(c.payload.text)));
    expect(String(ja.payload.text)).toMatch(new RegExp(`^🔴 \\[重大\\] <b>${n.id} オフライン</b>\\n発生：2026-01-01 21:0\\d:00 JST\\n最終確認：.* JST\\n最終状態：RAM \\d+%、ディスク \\d+%\\n原因：127\\.0\\.0\\.\\d+:\\d+ で SSH 接続が拒否されました — sshd は動いていますか？`));
    expect(String(ja.payload.text)).toContain('🔧 自動復旧：SSH に失敗 — マシンを現地で確認する必要があるかもしれません');
    expect(String(zh.payload.text)).toMatch(new RegExp(`^🔴 \\[严重\\] <b>${n.id} 离线</b>\\n开始于：2026-01-01 21:0\\d:00 JST\\n最后在线：.* JST\\n最后状态：内存 \\d+%，磁盘 \\d+%\\n原因：127\\.0\\.0\\.\\d+:\\d+ 拒绝了 SSH 连接`));
    expect(String(zh.payload.text)).toContain('🔧 自动恢复：SSH 连接失败 —— 机器可能需要现场检查');
    const labels = (c: ApiCall) => (c.payload.reply_markup as Keyboard).inline_keyboard[0]!.map((b) => b.text);
    expect(labels(ja)).toEqual(['🔌 SSH を再試行', '📜 ログ', '🔕 1 時間ミュート']);
    expect(labels(zh)).toEqual(['🔌 重试 SSH', '📜 日志', '🔕 静音 1 小时']);
    // the same buttons underneath: one action, whatever the language
    expect((ja.payload.reply_markup as Keyboard).inline_keyboard[0]!.map((b) => b.callback_data)).toEqual((zh.payload.reply_markup as Keyboard).inline_keyboard[0]!.map((b) => b.callback_data));
    // exactly one alert per chat, nothing in English
    expect(texts(OWNER).filter((x) => x.startsWith('🔴'))).toHaveLength(1);
    expect(texts(GROUP).filter((x) => x.startsWith('🔴'))).toHaveLength(1);
    expect([...texts(OWNER), ...texts(GROUP)].join('\n')).not.toMatch(/\[Critical\]|offline|Retry SSH/);

    await n.start();
    await cycle();
    await cycle();
    await tg.waitFor((c) => to(OWNER)(c) && /✅ \[復旧\]/.test(String(c.payload.text)));
    await tg.waitFor((c) => to(GROUP)(c) && /✅ \[已恢复\]/.test(String(c.payload.text)));
    const back = (chat: number) => tg.calls.find((c) => to(chat)(c) && /^✅/.test(String(c.payload.text)))!;
    expect(back(OWNER).payload).toMatchObject({ disable_notification: true });
    expect(String(back(OWNER).payload.text)).toMatch(new RegExp(`^✅ \\[復旧\\] <b>${n.id}</b> がオンラインに戻りました\\n停止時間：7 分（${n.id} オフライン）\\n復旧方法：SSH が再び応答（OCM は何もしていません）\\n現在：RAM \\d+%、ディスク \\d+%$`));
    expect(String(back(GROUP).payload.text)).toMatch(new RegExp(`^✅ \\[已恢复\\] <b>${n.id}</b> 重新上线\\n中断时长：7 分钟（${n.id} 离线）\\n恢复方式：SSH 恢复响应（OCM 未做任何操作）\\n当前：内存 \\d+%，磁盘 \\d+%$`));

    // the alert itself is edited to resolved, in the language it was sent in, buttons gone
    const jaEdit = await tg.waitFor((c) => to(OWNER, 'editMessageText')(c) && /^✅ \[解決済み\]/.test(String(c.payload.text)));
    const zhEdit = await tg.waitFor((c) => to(GROUP, 'editMessageText')(c) && /^✅ \[已解决\]/.test(String(c.payload.text)));
    const inc = app.store.incidents.recent(5).find((i) => i.nodeId === n.id && i.kind === 'offline')!;
    expect(Number(jaEdit.payload.message_id)).toBe(app.store.alerts.messageId(inc.groupId!, OWNER));
    expect(Number(zhEdit.payload.message_id)).toBe(app.store.alerts.messageId(inc.groupId!, GROUP));
    expect(String(jaEdit.payload.text)).toMatch(new RegExp(`^✅ \\[解決済み\\] <b>${n.id} オフライン</b>[\\s\\S]*✅ SSH が再び応答（OCM は何もしていません） — 2026-01-01 21:\\d\\d:00 JST、継続時間 7 分$`));
    expect(String(zhEdit.payload.text)).toMatch(new RegExp(`^✅ \\[已解决\\] <b>${n.id} 离线</b>[\\s\\S]*✅ SSH 恢复响应（OCM 未做任何操作） —— 2026-01-01 21:\\d\\d:00 JST，持续 7 分钟$`));
    expect(jaEdit.payload.reply_markup).toBeUndefined();
    expect(app.store.incidents.listOpen(n.id)).toEqual([]);
  }, 120_000);
});
