import { Bot, type Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { sequentializeUpdates, updateConstraint } from '../../src/bot/update-queues.js';
import { commandOf } from '../../src/bot/context.js';

const msg = (chat: number, text: string) => ({ chat: { id: chat }, from: { id: chat }, message: { text } }) as unknown as Context;
const tap = (chat: number | undefined, user: number) => ({ chat: chat === undefined ? undefined : { id: chat }, from: { id: user }, callbackQuery: { data: 'x' } }) as unknown as Context;

describe('which queue an update waits in', () => {
  const none = () => false;
  it('messages wait in their chat; /cancel and taps have their own queues', () => {
    expect(updateConstraint(msg(1, 'restart g3s-01'), none)).toBe('chat:1');
    expect(updateConstraint(msg(1, '/nodes'), none)).toBe('chat:1');
    expect(updateConstraint(msg(1, '/cancel'), none)).toBe('cancel:1');
    expect(updateConstraint(msg(1, '/cancel@ocm_bot'), none)).toBe('cancel:1');
    expect(updateConstraint(msg(1, '/cancelled'), none)).toBe('chat:1');
    expect(updateConstraint(tap(-50, 7), none)).toBe('tap:7');
    expect(updateConstraint(tap(undefined, 7), none)).toBe('user:7');
  });
  it('while a conversation is open in the chat, /cancel and taps stay in the chat queue', () => {
    const open = (chat: number) => chat === 1;
    expect(updateConstraint(msg(1, '/cancel'), open)).toBe('chat:1');
    expect(updateConstraint(tap(1, 1), open)).toBe('chat:1');
    expect(updateConstraint(msg(2, '/cancel'), open)).toBe('cancel:2');
  });
});

describe('sequentializeUpdates with concurrent handling (as the runner does)', () => {
  const botInfo = { id: 1, is_bot: true, first_name: 'OCM', username: 'ocm_test_bot' } as UserFromGetMe;
  let id = 1;
  const update = (chat: number, text: string): Update => ({
    update_id: id++,
    message: { message_id: id, date: 0, chat: { id: chat, type: 'private', first_name: 'u' }, from: { id: chat, is_bot: false, first_name: 'u' }, text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] } : {}) },
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  function bot() {
    const log: string[] = [];
    const b = new Bot('1:test', { botInfo });
    b.use(sequentializeUpdates({ inConversation: () => false, entersConversation: (ctx) => commandOf(ctx.message?.text) === 'newnode' }));
    b.on('message:text', async (ctx) => {
      const t = ctx.message.text;
      if (t !== '/cancel' && t !== '/nodes') await sleep(300);
      log.push(`${ctx.chat.id} ${t}`);
    });
    return { b, log };
  }

  it('/cancel overtakes a slow request of its chat; other chats never wait', async () => {
    const { b, log } = bot();
    await Promise.all([b.handleUpdate(update(1, 'slow question')), b.handleUpdate(update(1, '/cancel')), b.handleUpdate(update(2, '/nodes'))]);
    expect(log).toEqual(['1 /cancel', '2 /nodes', '1 slow question']);
  });

  it('/cancel right after /newnode waits for it (the conversation state is not stored yet)', async () => {
    const { b, log } = bot();
    await Promise.all([b.handleUpdate(update(1, '/newnode')), b.handleUpdate(update(1, '/cancel'))]);
    expect(log).toEqual(['1 /newnode', '1 /cancel']);
  });
});
