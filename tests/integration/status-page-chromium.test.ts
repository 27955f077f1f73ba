import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asText, msg } from '../../src/i18n/index.js';
import type { WebSources } from '../../src/web/sources.js';
import { seedThreeNodes, startWebApp, type WebApp } from '../support/web-app.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`status page browser test skipped: ${CHROMIUM} is missing (apt-get install chromium; npm test installs it when run as root)`);

/** The bit of the DOM the test reads (the project compiles without the DOM library). */
interface StyledElement {
  ownerDocument: { defaultView: { getComputedStyle(el: StyledElement): { backgroundColor: string } } | null };
}

const T0 = Date.UTC(2026, 10, 21, 9, 30);
const DAY = 86_400_000;

describe.skipIf(!HAVE_CHROMIUM)('status page in a real headless Chromium', () => {
  let w: WebApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    const sources: WebSources = {
      alerts: { openCount: () => 1 },
      backups: { lastFor: (id) => (id === 'mini-02' ? null : { at: T0 - 40 * 60_000, ref: 'a1b2c3d', score: 93 }), countSince: () => 14 },
      scores: {
        trend: (id) => {
          const base = id === 'g3s-01' ? 90 : id === 'g3s-02' ? 80 : 60;
          return [0, 1, 2, 3, 4].map((d) => ({ at: T0 - (4 - d) * DAY, score: base + ((d * 7) % 9) - 4 }));
        },
      },
    };
    w = startWebApp({ localNode: false, now: () => T0, sources });
    seedThreeNodes(w.app);
    w.app.store.events.add({ nodeId: 'g3s-01', type: 'backup.created', message: msg('event-backup-created-auto', { node: 'g3s-01', commit: 'a1b2c3d', files: 14 }) });
    const noAnswer = msg('node-ssh-no-answer', { node: 'mini-02', where: '10.0.0.12:22', seconds: 10 });
    w.app.store.events.add({ nodeId: 'mini-02', type: 'node.state', severity: 'critical', message: msg('event-node-state-reason', { node: 'mini-02', from: msg('card-state-online'), to: msg('card-state-offline'), reason: asText(noAnswer, 'mini-02') }) });
    base = await w.app.web!.start();
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('renders the overview and the node grid on a desktop screen, with no script and one request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const res = await page.goto(base, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    const body = await res!.body();
    expect(body.length).toBeLessThan(50 * 1024);
    expect(requests.filter((p) => p !== '/favicon.ico')).toEqual(['/']);

    await expect.poll(() => page.title()).toBe('OCM · 2/3 online');
    expect(await page.locator('.overview').innerText()).toMatch(/Online 2\/3.*Backups today 14.*Average score .*Open alerts 1/s);

    const cards = page.locator('article.node');
    expect(await cards.count()).toBe(3);
    expect(await cards.locator('h3').allInnerTexts()).toEqual(['g3s-01', 'g3s-02', 'mini-02']);
    const cell = (node: string, name: string) => page.locator(`article[data-node="${node}"] [data-cell="${name}"]`).innerText();
    expect(await cell('g3s-01', 'state')).toBe('online');
    expect(await cell('g3s-01', 'cpu')).toBe('8%');
    expect(await cell('g3s-01', 'ram')).toBe('42%');
    expect(await cell('g3s-01', 'disk')).toBe('31%');
    expect(await page.locator('article[data-node="g3s-01"] [data-cell="disk"]').getAttribute('title')).toBe('69 GB free');
    const dotColors = await Promise.all([0, 1, 2].map((i) => cards.nth(i).locator('.dot').evaluate((el: StyledElement) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor)));
    expect(dotColors).toEqual(['rgb(43, 168, 74)', 'rgb(43, 168, 74)', 'rgb(214, 58, 43)']);
    expect(await cell('g3s-01', 'version')).toBe('2026.9.6');
    expect(await cell('g3s-01', 'backup')).toBe('40 min ago');
    expect(await cell('g3s-02', 'version')).toBe('2026.9.5');
    expect(await cell('mini-02', 'state')).toBe('OFFLINE');
    expect(await cell('mini-02', 'cpu')).toBe('—');
    expect(await cell('mini-02', 'backup')).toBe('—');
    expect(await cell('g3s-01', 'score')).toMatch(/^\d+$/);

    // the three cards sit side by side on a wide screen
    const boxes = await Promise.all([0, 1, 2].map((i) => cards.nth(i).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);

    expect(await page.locator('svg.chart g.series').count()).toBe(3);
    expect(await page.locator('ul.events li').allInnerTexts()).toEqual([expect.stringMatching(/mini-02: online → offline \(no SSH answer from 10\.0\.0\.12:22 within 10 s\)/), expect.stringMatching(/g3s-01: auto backup a1b2c3d \(14 files\)/)]);
    expect(await page.locator('meta[http-equiv="refresh"]').getAttribute('content')).toBe('30');
    expect(await page.locator('script, form, input, button').count()).toBe(0);
    await page.screenshot({ path: `${OUT}status-page-desktop.png`, fullPage: true });
    await context.close();
  });

  it.each([
    { lang: 'zh', header: 'zh-CN', htmlLang: 'zh-CN', title: 'OCM · 2/3 在线', heading: 'OCM — OpenClaw 集群', overview: /在线 2\/3.*今日备份 14.*平均评分 .*未处理告警 1/s, h2: ['节点', '评分趋势', '最近事件'], offline: '离线', ago: '40 分钟前', ram: '内存', events: [/mini-02：在线 → 离线（/, /g3s-01：自动备份 a1b2c3d（14 个文件）/] },
    { lang: 'ja', header: 'ja', htmlLang: 'ja', title: 'OCM · 2/3 オンライン', heading: 'OCM — OpenClaw クラスタ', overview: /オンライン 2\/3.*本日のバックアップ 14.*平均スコア .*未解決のアラート 1/s, h2: ['ノード', 'スコアの推移', '最近のイベント'], offline: 'オフライン', ago: '40 分前', ram: 'メモリ', events: [/mini-02：オンライン → オフライン（/, /g3s-01：自動バックアップ a1b2c3d（14 ファイル）/] },
  ])('follows Accept-Language: $header gets the page in its language, ?lang=en overrides (screenshot test-output/status-page-$lang)', async (c) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false, extraHTTPHeaders: { 'Accept-Language': c.header } });
    const page = await context.newPage();
    const sent: (string | undefined)[] = [];
    page.on('request', (r) => sent.push(r.headers()['accept-language']));
    const res = await page.goto(base, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(sent[0]).toBe(c.header);
    expect(await page.locator('html').getAttribute('lang')).toBe(c.htmlLang);
    await expect.poll(() => page.title()).toBe(c.title);
    expect(await page.locator('h1').innerText()).toBe(c.heading);
    expect(await page.locator('h2').allInnerTexts()).toEqual(c.h2);
    expect(await page.locator('.overview').innerText()).toMatch(c.overview);
    const cell = (node: string, name: string) => page.locator(`article[data-node="${node}"] [data-cell="${name}"]`).innerText();
    expect(await cell('mini-02', 'state')).toBe(c.offline);
    expect(await cell('g3s-01', 'backup')).toBe(c.ago);
    expect(await page.locator('article[data-node="g3s-01"] dt').nth(1).innerText()).toBe(c.ram);
    // the recent events too (the JSON API keeps them English)
    expect(await page.locator('ul.events li').allInnerTexts()).toEqual(c.events.map((re) => expect.stringMatching(re)));
    // the page reads as that language: no English heading or label is left
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Backups today|Recent events|Score trend|Average score|Open alerts|Read-only|refreshes every|OFFLINE/);
    await page.screenshot({ path: `${OUT}status-page-${c.lang}.png`, fullPage: true });
    expect(existsSync(`${OUT}status-page-${c.lang}.png`)).toBe(true);

    // ?lang= wins over the browser's language
    await page.goto(`${base}?lang=en`, { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('OCM — OpenClaw cluster');
    expect(await page.locator('.overview').innerText()).toMatch(/Online 2\/3.*Backups today 14/s);
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(base, { waitUntil: 'load' });
    const cards = page.locator('article.node');
    expect(await cards.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const b = (await cards.nth(i).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
    }
    const widths = await page.evaluate<{ scroll: number; view: number }>('({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })');
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: `${OUT}status-page-phone.png`, fullPage: true });
    expect(existsSync(`${OUT}status-page-phone.png`)).toBe(true);
    expect(existsSync(`${OUT}status-page-desktop.png`)).toBe(true);
    await context.close();
  });
});
