import type { Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp, type App } from '../../src/app.js';
import { MODULES } from '../../src/modules.js';
import { defineAction } from '../../src/core/action.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { tempDir } from '../support/capture.js';

const OWNER = 100;
const STRANGER = 666;
const botInfo = { id: 999, is_bot: true, first_name: 'OCM', username: 'ocm_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } as UserFromGetMe;

let dir: ReturnType<typeof tempDir>;
let app: App;
let calls: { method: string; payload: Record<string, unknown> }[];
let updateId = 1;
let messageId = 1000;

const capture: Transformer = async (_prev, method, payload) => {
  calls.push({ method, payload: payload as Record<string, unknown> });
  const p = payload as Record<string, unknown>;
  const result = method === 'sendMessage' || method === 'editMessageText' || method === 'sendDocument'
    ? { message_id: Number(p.message_id ?? messageId++), date: 0, chat: { id: Number(p.chat_id), type: 'private' }, text: p.text }
    : true;
  return { ok: true, result } as never;
};

function text(from: number, t: string): Update {
  const entities = t.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: t.split(' ')[0]!.length }] : undefined;
  return { update_id: updateId++, message: { message_id: messageId++, date: 0, chat: { id: from, type: 'private', first_name: 'u' }, from: { id: from, is_bot: false, first_name: 'u', username: `user${from}` }, text: t, ...(entities ? { entities } : {}) } };
}

function tap(from: number, data: string): Update {
  return { update_id: updateId++, callback_query: { id: String(updateId), chat_instance: 'x', from: { id: from, is_bot: false, first_name: 'u', username: `user${from}` }, data, message: { message_id: 1, date: 0, chat: { id: from, type: 'private', first_name: 'u' }, text: '' } } };
}

const sent = (chat: number) => calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chat).map((c) => String(c.payload.text));

const poke = defineAction({
  name: 'poke', group: 't', description: 'Poke a node', usage: '/poke <node>', tier: 'medium', args: ['node'],
  params: z.object({ node: z.string() }), target: (p) => p.node, locks: (p) => ({ kind: 'nodes', nodes: [p.node] }),
  async run(p) { return { html: `poked ${p.node}` }; },
});

const syncConfig = defineAction({
  name: 'syncconfig', group: 't', description: 'Sync a config', usage: '/sync_config <node>', tier: 'read', command: 'sync_config', args: ['node'],
  params: z.object({ node: z.string() }), locks: () => ({ kind: 'none' }),
  async run(p) { return { html: `synced ${p.node}` }; },
});

beforeEach(() => {
  dir = tempDir();
  calls = [];
  const cfg = createConfig({ TELEGRAM_BOT_TOKEN: '123:test', OCM_OWNER_IDS: String(OWNER), OCM_DATA_DIR: dir.path });
  if (!cfg.ok) throw new Error(cfg.errors.join());
  app = createApp(cfg.config, { log: silentLogger(), botInfo, apiTransformers: [capture], modules: [...MODULES, { name: 'test', actions: () => [poke, syncConfig] }] });
});

afterEach(async () => {
  await app.stop();
  dir.remove();
});

describe('telegram bot', () => {
  it("answers an owner's /status local with the status card", async () => {
    await app.bot.handleUpdate(text(OWNER, '/status local'));
    await app.pipeline.idle();
    const card = sent(OWNER).at(-1)!;
    expect(card).toMatch(/<b>local<\/b>/);
    expect(card).toMatch(/CPU .* RAM/);
    expect(card).toMatch(/Disk \d+% used/);
    expect(card).toMatch(/OpenClaw/);
    expect(calls.find((c) => c.method === 'sendMessage')!.payload.parse_mode).toBe('HTML');
  });

  it('does nothing for a stranger except one short reply per hour and denied audit rows', async () => {
    await app.bot.handleUpdate(text(STRANGER, '/status local'));
    await app.bot.handleUpdate(text(STRANGER, '/nodes'));
    await app.bot.handleUpdate(text(STRANGER, 'hello'));
    await app.pipeline.idle();
    expect(sent(STRANGER)).toEqual([`⛔ Not authorized; your Telegram id is ${STRANGER}.`]);
    const rows = app.store.audit.recent(10).reverse();
    expect(rows.map((r) => [r.action, r.result])).toEqual([['status', 'denied'], ['nodes', 'denied'], ['message', 'denied']]);
    expect(app.store.nodes.get('local')!.lastSeenAt).toBeNull(); // nothing was probed
  });

  it('lists only commands from the catalog in /help, grouped by tier', async () => {
    await app.bot.handleUpdate(text(OWNER, '/help'));
    await app.pipeline.idle();
    const help = sent(OWNER).at(-1)!;
    expect(help).toMatch(/Read — runs at once/);
    expect(help).toMatch(/Medium risk — one confirmation tap[\s\S]*\/poke &lt;node&gt;/);
    expect(help).toMatch(/High risk — confirmation tap, then a 4-digit safety code[\s\S]*\/removenode &lt;node&gt;/);
    expect(help).not.toMatch(/scanhost/); // internal actions have no slash command
  });

  it('points an unknown command at the closest one and /help', async () => {
    await app.bot.handleUpdate(text(OWNER, '/stauts local'));
    expect(sent(OWNER).at(-1)).toBe('Unknown command /stauts. Did you mean /status? See /help for the list.');
    await app.bot.handleUpdate(text(OWNER, '/events many'));
    await app.pipeline.idle();
    expect(sent(OWNER).at(-1)).toMatch(/n: must be a number\nUsage: \/events \[n\]/);
  });

  it('runs a medium action once through the inline buttons; other taps are refused', async () => {
    await app.bot.handleUpdate(text(OWNER, '/poke a'));
    const prompt = calls.filter((c) => c.method === 'sendMessage').at(-1)!;
    const kb = (prompt.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const yes = kb[0]![0]!.callback_data;
    await app.bot.handleUpdate(tap(STRANGER, yes));
    await app.bot.handleUpdate(tap(OWNER, yes));
    await app.bot.handleUpdate(tap(OWNER, yes));
    await app.pipeline.idle();
    const answers = calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
    expect(answers).toEqual(['Not authorized', 'Confirmed', 'This request was already answered or has expired.']);
    expect(sent(OWNER).filter((t) => t === 'poked a')).toHaveLength(1);
    expect(calls.some((c) => c.method === 'editMessageText' && /Confirmed by @user100/.test(String(c.payload.text)))).toBe(true);
  });

  it('a command typed with - instead of _ reaches it (/sync-config a → /sync_config a)', async () => {
    const u = text(OWNER, '/sync-config a');
    u.message!.entities = [{ type: 'bot_command', offset: 0, length: '/sync'.length }]; // Telegram ends the command at '-'
    await app.bot.handleUpdate(u);
    await app.pipeline.idle();
    expect(sent(OWNER).at(-1)).toBe('synced a');
    expect(app.store.audit.recent(1)[0]).toMatchObject({ action: 'syncconfig', result: 'succeeded' });
  });

  it('/cancel drops an open confirmation', async () => {
    await app.bot.handleUpdate(text(OWNER, '/poke a'));
    await app.bot.handleUpdate(text(OWNER, '/cancel'));
    await app.pipeline.idle();
    expect(app.store.audit.recent(1)[0]).toMatchObject({ action: 'poke', result: 'cancelled' });
    await app.bot.handleUpdate(text(OWNER, '/cancel'));
    expect(sent(OWNER).at(-1)).toBe('Nothing is waiting for your answer.');
  });
});
