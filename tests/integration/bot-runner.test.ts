import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { message, startFakeClaude, toolUse, type FakeClaude } from '../harness/fake-claude.js';
import { startFakeTelegram, type FakeTelegram } from '../harness/fake-telegram.js';
import { tempDir, until } from '../support/capture.js';

// Telegram mode in-process: the real runner long-polls the loopback Bot API server over HTTP, and
// natural language goes to the loopback Messages API.
const TOKEN = '42:RUNNER';
const KEY = 'sk-ant-test-0123456789abcdefghijklmnop';
const A = 100;
const B = 200;
const SLOW_MS = 5000;

let tg: FakeTelegram;
let claude: FakeClaude;
let dir: ReturnType<typeof tempDir>;
let app: App;
let polling: Promise<void>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sentTo = (chat: number, re: RegExp) => (c: { method: string; payload: Record<string, unknown> }) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chat && re.test(String(c.payload.text));

beforeEach(async () => {
  tg = await startFakeTelegram({ token: TOKEN });
  claude = await startFakeClaude({ apiKey: KEY });
  dir = tempDir();
  const cfg = createConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OCM_OWNER_IDS: `${A},${B}`,
    OCM_DATA_DIR: dir.path,
    ANTHROPIC_API_KEY: KEY,
    ANTHROPIC_BASE_URL: claude.url,
    OCM_INTENT_MODEL: 'claude-test-model',
  });
  if (!cfg.ok) throw new Error(cfg.errors.join());
  app = createApp(cfg.config, { log: silentLogger() });
  polling = app.startPolling();
  await tg.waitFor((c) => c.method === 'setMyCommands');
});

afterEach(async () => {
  await app.stop();
  await polling;
  await tg.close();
  await claude.close();
  dir.remove();
});

describe('concurrent bot (runner, sequentialized per chat)', () => {
  it("while chat A waits on a slow Claude answer, chat B's /nodes is answered in under 1 s and A's /cancel stops A's request", async () => {
    claude.respond(() => ({ ...message([toolUse('restart', { target: 'local' })]), delayMs: SLOW_MS }));
    const t0 = Date.now();
    tg.sendText({ id: A, username: 'alice' }, 'please restart the local machine');
    await until(() => claude.calls.length === 1, 5000, 'the Claude request of chat A');

    const tB = Date.now();
    tg.sendText({ id: B, username: 'bob' }, '/nodes');
    await tg.waitFor(sentTo(B, /Nodes \(1\)/), 3000);
    expect(Date.now() - tB).toBeLessThan(1000);

    const tC = Date.now();
    tg.sendText({ id: A, username: 'alice' }, '/cancel');
    await tg.waitFor(sentTo(A, /Cancelled/), 3000);
    expect(Date.now() - tC).toBeLessThan(1000);
    expect(Date.now() - t0).toBeLessThan(SLOW_MS);

    // past the moment Claude would have answered: nothing of the request reached chat A or ran
    await sleep(SLOW_MS - (Date.now() - t0) + 1000);
    expect(tg.messagesTo(A)).toEqual(['⏹ Cancelled: your request was not carried out.']);
    expect(app.store.audit.recent(20).map((r) => r.action)).toEqual(['nodes']);
    expect(app.store.llm.recentTurns(A, 10)).toEqual([]);
  }, 20_000);

  it("a button tap in chat A is answered while A's slow request runs; the slow reply comes after", async () => {
    claude.respond(() => ({ ...message([toolUse('nodes', {})]), delayMs: SLOW_MS }));
    const t0 = Date.now();
    tg.sendText({ id: A }, 'which machines do I have?');
    await until(() => claude.calls.length === 1, 5000, 'the Claude request of chat A');
    const tTap = Date.now();
    tg.sendCallback({ id: A }, 'a:nodes');
    await tg.waitFor(sentTo(A, /Nodes \(1\)/), 3000);
    expect(Date.now() - tTap).toBeLessThan(1000);
    expect(tg.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    const slow = await tg.waitFor(sentTo(A, /Understood as/), SLOW_MS + 5000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(SLOW_MS);
    expect(String(slow.payload.text)).toContain('/nodes');
    // the plan's own /nodes card follows the tap's
    await until(() => tg.calls.filter(sentTo(A, /Nodes \(1\)/)).length === 2, 3000, 'the /nodes card of the slow request');
  }, 20_000);

  it("the /newnode conversation's API calls are retried like the bot's (a 429 on its first message)", async () => {
    tg.failMethod('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, 1);
    tg.sendText({ id: A }, '/newnode');
    await tg.waitFor(sentTo(A, /1\/7 Node id\?/), 10_000);
    const intros = tg.calls.filter(sentTo(A, /Add a node/));
    expect(intros).toHaveLength(2); // the refused one and the retry
  }, 20_000);

  it('inside the /newnode conversation, /cancel still goes to the conversation (in the chat\'s order)', async () => {
    tg.sendText({ id: A }, '/newnode');
    await tg.waitFor(sentTo(A, /1\/7 Node id\?/), 10_000);
    tg.sendText({ id: A }, 'g3s-09');
    tg.sendText({ id: A }, '/cancel');
    await tg.waitFor(sentTo(A, /Cancelled — no node was added\./), 10_000);
    expect(tg.messagesTo(A).filter((t) => /^2\/7 /.test(t))).toHaveLength(1); // the answer was read before /cancel
    expect(tg.messagesTo(A)).not.toContain('Nothing is waiting for your answer.');
    // the conversation's state is dropped once its handler returns (just after the reply)
    await until(() => app.store.kv.get(`conversation.${A}`) === undefined, 3000, 'the conversation state to be dropped');
  }, 20_000);

  it('stop ends polling and waits for the handlers; a slow request is told OCM stopped', async () => {
    claude.respond(() => ({ ...message([toolUse('nodes', {})]), delayMs: SLOW_MS }));
    tg.sendText({ id: A }, 'which machines do I have?');
    await until(() => claude.calls.length === 1, 5000, 'the Claude request of chat A');
    const t0 = Date.now();
    await app.stop('OCM is restarting');
    await polling;
    expect(Date.now() - t0).toBeLessThan(SLOW_MS);
    // the reason given to stop() is English for the audit; the chat reads the catalog's sentence in its language
    expect(tg.messagesTo(A)).toEqual(['⏹ OCM is stopping: your request was not carried out; send it again later.']);
  }, 20_000);
});
