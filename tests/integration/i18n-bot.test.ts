import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { listingCatalog } from '../../src/modules.js';
import { createConsoleAdapter } from '../../src/bot/console.js';
import { publishedCommands } from '../../src/bot/features/command-names.js';
import { planLang } from '../../src/bot/features/natural-language.js';
import { unknownKeysMsg, unknownKeysProblem } from '../../src/pipeline/params.js';
import { translator } from '../../src/i18n/index.js';
import { tempDir } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { startTelegramApp, type TelegramTestApp } from '../support/telegram-app.js';

const OWNER = 100;
const STRANGER = 666;
let tg: TelegramTestApp;
let app: App;
const text: TelegramTestApp['text'] = (...a) => tg.text(...a);
const tap: TelegramTestApp['tap'] = (...a) => tg.tap(...a);
const sent: TelegramTestApp['sent'] = (chat) => tg.sent(chat);
const answers = () => tg.answers();
const say: TelegramTestApp['say'] = (...a) => tg.say(...a);

describe('telegram bot in the reader language', () => {
  beforeEach(() => {
    tg = startTelegramApp({ owners: [OWNER] });
    app = tg.app;
  });

  afterEach(() => tg.close());

  // (each test stays within the rate limit of 5 updates per user in 3 s)
  it("answers /help in the client's language (ja), then in the language /lang chose (zh)", async () => {
    const ja = await say(OWNER, '/help', 'ja');
    expect(ja).toContain('<b>📊 参照 —— すぐに実行</b>');
    expect(ja).toContain('/help — 実行できるコマンドをリスク段階ごとに一覧表示');
    expect(ja).toContain('/cancel — ');
    expect(ja).not.toMatch(/runs at once/);

    expect(await say(OWNER, '/lang zh', 'ja')).toBe('🌐 语言已设置为 简体中文。');
    const zh = await say(OWNER, '/help', 'ja');
    expect(zh).toContain('<b>⚠️ 高风险 —— 点击确认后，还需输入 4 位安全码</b>');
    expect(zh).toContain('/start — 欢迎信息与集群概况');
    expect(zh).toContain('/cancel — 取消正在等待你回答的请求');
    expect(await say(OWNER, '/start', 'ja')).toMatch(/^👋 <b>OCM — OpenClaw 集群管理器<\/b>\n正在管理 \d+ 个节点/);
  });

  it('/lang en switches a chat back to English whatever its client says', async () => {
    expect(await say(OWNER, '/lang zh', 'ja')).toBe('🌐 语言已设置为 简体中文。');
    expect(await say(OWNER, '/lang en', 'ja')).toBe('🌐 Language set to English.');
    const en = await say(OWNER, '/help', 'ja');
    expect(en).toContain('<b>📊 Read — runs at once</b>');
    expect(en).toContain('/help — List the commands you may run, by risk tier');
    expect(en).toContain('/cancel — Cancel what is waiting for your answer');
  });

  it('refuses /lang xx with the invalid-language answer, in the chat language', async () => {
    expect(await say(OWNER, '/lang xx')).toBe('⚠️ lang: must be en, zh or ja\nUsage: /lang [en|zh|ja]');
    expect(await say(OWNER, '/lang xx', 'zh-hans')).toBe('⚠️ lang: 必须是 en、zh 或 ja\n用法：/lang [en|zh|ja]');
  });

  it("answers the bot's own lines (unknown command, plain text hint, /cancel, stale buttons) in the chat language", async () => {
    expect(await say(OWNER, '/stauts local', 'ja')).toBe('不明なコマンド /stauts です。/status のことですか？一覧は /help をご覧ください。');
    expect(await say(OWNER, '/zzzzzzzz', 'zh')).toBe('未知命令 /zzzzzzzz。请用 /help 查看命令列表。');
    expect(await say(OWNER, '/cancel', 'zh')).toBe('当前没有等待你回答的请求。');
    await app.bot.handleUpdate(tap(OWNER, 'a:nosuchaction', 'ja'));
    await app.bot.handleUpdate(tap(OWNER, 'zz:old', 'zh'));
    await app.bot.handleUpdate(tap(STRANGER, 'a:nodes', 'ja'));
    expect(answers()).toEqual(['このボタンはサポートされなくなりました。', '此按钮已失效。', '権限がありません']);
    // the stranger is told in their own language, and nothing of theirs is remembered
    expect(sent(STRANGER)).toEqual([`⛔ 権限がありません。あなたの Telegram id は ${STRANGER} です。`]);
    expect(app.store.kv.get(`chat.client-lang.${STRANGER}`)).toBeUndefined();
  });

  it('refuses a mistyped /newnode key in the chat language, naming the nearest key', async () => {
    const reply = await say(OWNER, '/newnode id=n1 hots=10.0.0.1', 'zh');
    expect(reply).toMatch(/^⚠️ 未知参数名 'hots' —— 你是不是想写 'host'？\n未开始任何操作。\n用法：\/newnode/);
  });

  it('answers the steps of a Chinese request in Chinese without switching the chat', async () => {
    // returns once the first step is in flight: its confirmation prompt is out
    await app.bot.handleUpdate(text(OWNER, '重启 local'));
    const [echo, prompt] = sent(OWNER).slice(-2);
    expect(echo).toMatch(/理解为/);
    expect(prompt).toMatch(/^⚠️ 请确认：<b>.*local.*<\/b>\n<i>仅 @user100 可以回答/);
    await app.pipeline.cancelPending('test');
    await app.pipeline.idle();
    // the chat itself still answers in its own language
    expect(await say(OWNER, '/cancel')).toBe('Nothing is waiting for your answer.');
    expect(app.store.kv.get(`chat.lang.${OWNER}`)).toBeUndefined();
  });

  it('maps a request language to the language its steps answer in', () => {
    expect(planLang('zh-Hans', 'en')).toBe('zh');
    expect(planLang('zh-Hant', 'en')).toBe('zh-Hant');
    expect(planLang('ja', 'zh')).toBe('ja');
    expect(planLang('en', 'ja')).toBe('ja');
  });
});

describe('unknown keys of one-line forms', () => {
  it('says every unknown key in the reader language, English by default', () => {
    const keys = ['id', 'host', 'port'];
    expect(unknownKeysProblem(['hots', 'colour'], keys)).toBe("unknown key 'hots' — did you mean 'host'?; unknown key 'colour' — the keys are id, host, port");
    expect(unknownKeysProblem(['hots', 'colour'], keys, translator('ja'))).toBe("不明なキー 'hots' です —— 'host' のことですか？；不明なキー 'colour' です —— 使えるキー：id, host, port");
    expect(translator('zh').msgText(unknownKeysMsg(['prot'], keys)!)).toBe("未知参数名 'prot' —— 你是不是想写 'port'？");
    expect(unknownKeysMsg(['id'], keys)).toBeNull();
  });
});

describe('published command lists', () => {
  it('publishes the built-in commands with descriptions in each language', () => {
    // (other areas' action lines reach zh and ja as they are moved: only the help module's are asserted)
    const desc = (locale: 'en' | 'zh' | 'ja') => Object.fromEntries(publishedCommands(listingCatalog(), locale).map((c) => [c.command, c.description]));
    expect(desc('zh')).toMatchObject({ help: '按风险等级列出你可以使用的命令', start: '欢迎信息与集群概况', lang: '选择 OCM 在本聊天中使用的语言（en、zh、ja）', cancel: '取消正在等待你回答的请求' });
    expect(desc('ja')).toMatchObject({ help: '実行できるコマンドをリスク段階ごとに一覧表示', cancel: translator('ja').text('command-cancel') });
    expect(desc('en')).toMatchObject({ help: 'List the commands you may run, by risk tier', start: 'Welcome and a short overview of the fleet', cancel: 'Cancel what is waiting for your answer' });
  });
});

describe('console in the terminal language', () => {
  let c: ConsoleApp | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('answers /help in Chinese under LANG=zh_CN.UTF-8, and /lang en switches the session to English', async () => {
    c = startConsoleApp({ terminalLang: 'zh_CN.UTF-8' });
    c.mark();
    await c.type('/help');
    await c.app.pipeline.idle();
    expect(c.since()).toContain('📊 只读 —— 立即执行');
    expect(c.since()).toContain('/cancel — 取消正在等待你回答的请求');
    c.mark();
    await c.type('/lang en');
    await c.app.pipeline.idle();
    expect(c.since()).toContain('🌐 Language set to English.');
    c.mark();
    await c.type('/help');
    await c.app.pipeline.idle();
    expect(c.since()).toContain('📊 Read — runs at once');
    expect(c.since()).not.toContain('只读');
  });

  it("prints the adapter's own lines in the console chat's language", async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d: Buffer) => (printed += d.toString()));
    const outbox = tempDir('ocm-outbox-');
    try {
      let lang: 'zh' | 'ja' = 'zh';
      const adapter = createConsoleAdapter({ output: out, outboxDir: outbox.path, userName: 'tester', t: () => translator(lang) });
      const send = (method: string, payload: Record<string, unknown>) => (adapter.transformer as unknown as (...a: unknown[]) => Promise<unknown>)(undefined, method, payload);
      await send('sendDocument', { chat_id: 1, document: { fileData: Buffer.from('hello'), filename: 'a.log' } });
      expect(printed).toMatch(/📎 a\.log（5 字节）已保存到 \S+a\.log/);
      lang = 'ja';
      await send('sendMessage', { chat_id: 1, text: 'quiet', disable_notification: true });
      expect(printed).toContain('quiet  [通知なし]');
    } finally {
      outbox.remove();
    }
  });
});
