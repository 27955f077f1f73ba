import { Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listingCatalog } from '../../src/modules.js';
import { defineAction } from '../../src/core/action.js';
import { COMMAND_NAME, hyphenatedCommands, publishedCommands } from '../../src/bot/features/command-names.js';

const botInfo = { id: 1, is_bot: true, first_name: 'OCM', username: 'ocm_test_bot' } as UserFromGetMe;
const synthetic = (command: string) =>
  defineAction({ name: 'syncconfig', group: 't', description: 'Sync the config', usage: `/${command}`, tier: 'read', command, params: z.object({}), locks: () => ({ kind: 'none' }), async run() { return { html: 'ok' }; } });

/** A message as Telegram delivers it: the bot_command entity ends at the first character not in [A-Za-z0-9_]. */
function textUpdate(text: string): Update {
  const cmd = /^\/[A-Za-z0-9_]+/.exec(text)?.[0];
  return { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 5, type: 'private', first_name: 'u' }, from: { id: 5, is_bot: false, first_name: 'u' }, text, ...(cmd ? { entities: [{ type: 'bot_command' as const, offset: 0, length: cmd.length }] } : {}) } };
}

describe('command names', () => {
  it('every command of the catalog (and /cancel) is a valid Telegram command name', () => {
    const names = publishedCommands(listingCatalog()).map((c) => c.command);
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(n).toMatch(COMMAND_NAME);
  });

  it('the check refuses a name Telegram would refuse', () => {
    expect(() => publishedCommands([...listingCatalog(), synthetic('sync-config')])).toThrow(/invalid Telegram command names .*sync-config/);
    expect(() => publishedCommands([synthetic('Sync')])).toThrow(/Sync/);
    expect(() => publishedCommands([synthetic('a'.repeat(33))])).toThrow(/invalid/);
    expect(publishedCommands([synthetic('sync_config')]).map((c) => c.command)).toEqual(['sync_config', 'cancel']);
  });

  it('typing the hyphenated form reaches the command, with its arguments; other text is untouched', async () => {
    const bot = new Bot('1:test', { botInfo });
    const hits: string[] = [];
    const rest: string[] = [];
    bot.use(hyphenatedCommands(new Set(['sync_config'])));
    bot.command('sync_config', (ctx) => void hits.push(`${ctx.message?.text} | ${ctx.match}`));
    bot.on('message:text', (ctx) => void rest.push(ctx.message.text));
    await bot.handleUpdate(textUpdate('/sync-config g3s-01 all'));
    await bot.handleUpdate(textUpdate('/sync_config'));
    await bot.handleUpdate(textUpdate('/sync-config@ocm_test_bot x'));
    await bot.handleUpdate(textUpdate('/sync-other x'));
    await bot.handleUpdate(textUpdate('sync-config'));
    expect(hits).toEqual(['/sync_config g3s-01 all | g3s-01 all', '/sync_config | ', '/sync_config@ocm_test_bot x | x']);
    expect(rest).toEqual(['/sync-other x', 'sync-config']);
  });
});
