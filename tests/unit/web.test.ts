import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { Secret } from '../../src/secret.js';
import { isLoopbackHost, tokenMatches } from '../../src/web/auth.js';
import { renderScoreChart } from '../../src/web/chart.js';
import { translator } from '../../src/i18n/index.js';
import { renderErrorPage, renderPage } from '../../src/web/page.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 1, 10);

describe('score trend chart (inline SVG)', () => {
  it('draws nothing without data', () => {
    expect(renderScoreChart([])).toBe('');
    expect(renderScoreChart([{ label: 'g3s-01', points: [] }])).toBe('');
    expect(renderScoreChart([{ label: 'x', points: [{ at: NaN, score: 50 }] }])).toBe('');
  });

  it('maps time to x and score (0–100) to y, one polyline per series', () => {
    const svg = renderScoreChart([
      { label: 'g3s-01', points: [{ at: T0 + 3 * DAY, score: 95 }, { at: T0, score: 100 }, { at: T0 + DAY, score: 50 }] },
      { label: 'g3s-04', points: [{ at: T0 + 2 * DAY, score: 0 }] },
    ]);
    expect(svg.startsWith('<svg class="chart" viewBox="0 0 600 ')).toBe(true);
    // plot: x 34..590 over 3 days, y 8 (100) .. 168 (0)
    const poly = /<polyline fill="none" stroke="#2b7bd6" stroke-width="2" points="([^"]+)"\/>/.exec(svg);
    expect(poly?.[1]).toBe('34,8 219.3,88 590,16');
    // a single point is a dot without a line
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg).toContain('<circle cx="404.7" cy="168" r="3" fill="#d6572b"><title>g3s-04 2026-02-12 00:00Z: 0</title></circle>');
    expect(svg.match(/<circle/g)).toHaveLength(4);
    // axis: grid lines at 0, 50, 100 and the first and last day
    expect(svg).toContain('>100</text>');
    expect(svg).toContain('>02-10</text>');
    expect(svg).toContain('>02-13</text>');
    // legend
    expect(svg).toMatch(/<rect [^>]*fill="#2b7bd6"\/><text [^>]*>g3s-01<\/text>/);
    expect(svg).toMatch(/<rect [^>]*fill="#d6572b"\/><text [^>]*>g3s-04<\/text>/);
  });

  it('clamps scores outside 0–100, centres a single moment, and escapes labels', () => {
    const svg = renderScoreChart([{ label: '<b>"x"</b>', points: [{ at: T0, score: 140 }, { at: T0, score: -5 }] }]);
    expect(svg).toContain('cx="312" cy="8"');
    expect(svg).toContain('cx="312" cy="168"');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
  });

  it('wraps the legend of many series onto more rows (taller viewBox)', () => {
    const one = renderScoreChart([{ label: 'a', points: [{ at: T0, score: 1 }] }]);
    const many = renderScoreChart(Array.from({ length: 12 }, (_, i) => ({ label: `node-number-${i}`, points: [{ at: T0 + i, score: i }] })));
    const h = (svg: string) => Number(/viewBox="0 0 600 (\d+)"/.exec(svg)?.[1]);
    expect(h(many)).toBeGreaterThan(h(one));
  });
});

describe('status page in the reader language', () => {
  const empty = {
    cluster: { total_nodes: 0, online_nodes: 0, degraded_nodes: 0, offline_nodes: 0, unknown_nodes: 0, total_capacity: 0, available_capacity: 0, open_alerts: null, backups_today: null, average_score: null, last_offsite_copy: null, timestamp: new Date(T0).toISOString() },
    nodes: [],
    events: [],
    trend: [],
    refreshS: 30,
    now: T0,
  };

  it('renders the empty states and the footer from the catalog', () => {
    const zh = renderPage(empty, translator('zh'));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<p>还没有节点：在机器人中用 /newnode 添加。</p>');
    expect(zh).toContain('<p>暂无事件。</p>');
    expect(zh).toMatch(/<footer>只读 · 更新于 2026-02-1\d \d\d:\d\d:\d\d \S+ · 每 30 秒刷新 · JSON: <a href="api\/v1\/cluster\/health">集群<\/a>/);
    const ja = renderPage(empty, translator('ja'));
    expect(ja).toContain('<p>ノードはまだありません。ボットで /newnode を使って追加してください。</p>');
    expect(renderPage(empty, translator('en'))).toContain('<p>No nodes yet: add one with /newnode in the bot.</p>');
  });

  it('an error page escapes its message', () => {
    const page = renderErrorPage(401, 'send "Authorization: Bearer <token>"', translator('ja'));
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('ステータスページを表示できません (401)');
    expect(page).toContain('send &quot;Authorization: Bearer &lt;token&gt;&quot;');
  });
});

describe('status page access', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.0.0.2', '127.255.0.9', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', '128.0.0.1', '::ffff:10.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('compares tokens exactly', () => {
    const t = new Secret('a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5');
    expect(tokenMatches('a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5', t)).toBe(true);
    expect(tokenMatches('a3f1c9e07b5d42e8a6c1f0d9b8e7a6c', t)).toBe(false);
    expect(tokenMatches('', t)).toBe(false);
    expect(tokenMatches('A3F1C9E07B5D42E8A6C1F0D9B8E7A6C5', t)).toBe(false);
  });

  it('config: defaults to 127.0.0.1:3001 without a token, env overrides the file', () => {
    const r = createConfig({});
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.status).toEqual({ enabled: true, host: '127.0.0.1', port: 3001, refreshS: 30 });
    const f = createConfig({ OCM_STATUS_PORT: '8080' }, { path: 'ocm.yaml', text: 'status:\n  host: 127.0.0.5\n  port: 9000\n  refresh_s: 60\n  enabled: true\n' });
    if (!f.ok) throw new Error(f.errors.join());
    expect(f.config.status).toEqual({ enabled: true, host: '127.0.0.5', port: 8080, refreshS: 60 });
    const off = createConfig({ OCM_STATUS_ENABLED: 'false', OCM_STATUS_HOST: '0.0.0.0' });
    expect(off.ok && off.config.status.enabled).toBe(false);
  });

  it('config: refuses a non-loopback address without a token, in one line naming OCM_STATUS_TOKEN', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5']) {
      const r = createConfig({ OCM_STATUS_HOST: host });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(new RegExp(`^OCM_STATUS_TOKEN: required when the status page listens on ${host.replace(/\./g, '\\.')}, an address other machines can reach`));
      expect(r.errors[0]).toMatch(/OCM_STATUS_HOST=127\.0\.0\.1/);
    }
    const yaml = createConfig({}, { path: 'ocm.yaml', text: 'status:\n  host: 0.0.0.0\n' });
    expect(yaml.ok).toBe(false);
  });

  it('config: accepts a non-loopback address with a token and keeps the token secret', () => {
    const r = createConfig({ OCM_STATUS_HOST: '0.0.0.0', OCM_STATUS_TOKEN: 'a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5' });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.status.token?.reveal()).toBe('a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5');
    expect(JSON.stringify(r.config)).not.toContain('a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5');
  });

  it('config: one line per bad status setting', () => {
    const r = createConfig({ OCM_STATUS_PORT: '70000', OCM_STATUS_TOKEN: 'short', OCM_STATUS_HOST: 'not a host', OCM_STATUS_ENABLED: 'maybe' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(4);
    expect(r.errors.find((e) => e.startsWith('OCM_STATUS_PORT:'))).toMatch(/0–65535/);
    expect(r.errors.find((e) => e.startsWith('OCM_STATUS_TOKEN:'))).toMatch(/at least 16 characters/);
    expect(r.errors.find((e) => e.startsWith('OCM_STATUS_HOST:'))).toBeDefined();
    expect(r.errors.find((e) => e.startsWith('OCM_STATUS_ENABLED:'))).toMatch(/true or false/);
    expect(r.errors.join('\n')).not.toContain('short');
  });
});
