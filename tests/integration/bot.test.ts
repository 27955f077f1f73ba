import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../src/app.js';
import { MODULES } from '../../src/modules.js';
import { defineAction } from '../../src/core/action.js';
import { startTelegramApp, type TelegramTestApp } from '../support/telegram-app.js';

const OWNER = 100;
const STRANGER = 666;
let tg: TelegramTestApp;
let app: App;
const text: TelegramTestApp['text'] = (...a) => tg.text(...a);
const tap: TelegramTestApp['tap'] = (...a) => tg.tap(...a);
const sent: TelegramTestApp['sent'] = (chat) => tg.sent(chat);

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
  tg = startTelegramApp({ owners: [OWNER], modules: [...MODULES, { name: 'test', actions: () => [poke, syncConfig] }] });
  app = tg.app;
});

afterEach(() => tg.close());

describe('telegram bot', () => {
  it("answers an owner's /status local with the status card", async () => {
    await app.bot.handleUpdate(text(OWNER, '/status local'));
    await app.pipeline.idle();
    const card = sent(OWNER).at(-1)!;
    expect(card).toMatch(/<b>local<\/b>/);
    expect(card).toMatch(/CPU .* RAM/);
    expect(card).toMatch(/Disk \d+% used/);
    expect(card).toMatch(/OpenClaw/);
    expect(tg.calls.find((c) => c.method === 'sendMessage')!.payload.parse_mode).toBe('HTML');
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
    const prompt = tg.calls.filter((c) => c.method === 'sendMessage').at(-1)!;
    const kb = (prompt.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const yes = kb[0]![0]!.callback_data;
    await app.bot.handleUpdate(tap(STRANGER, yes));
    await app.bot.handleUpdate(tap(OWNER, yes));
    await app.bot.handleUpdate(tap(OWNER, yes));
    await app.pipeline.idle();
    const answers = tg.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
    expect(answers).toEqual(['Not authorized', 'Confirmed', 'This request was already answered or has expired.']);
    expect(sent(OWNER).filter((t) => t === 'poked a')).toHaveLength(1);
    expect(tg.calls.some((c) => c.method === 'editMessageText' && /Confirmed by @user100/.test(String(c.payload.text)))).toBe(true);
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
