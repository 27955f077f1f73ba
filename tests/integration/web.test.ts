import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeError, UserError } from '../../src/errors.js';
import { CONSOLE_CHAT_ID } from '../../src/bot/console.js';
import { formatTime, msg, translator } from '../../src/i18n/index.js';
import type { WebSources } from '../../src/web/sources.js';
import { seedThreeNodes, startWebApp, type WebApp } from '../support/web-app.js';

const T0 = Date.UTC(2026, 10, 21, 12, 0, 0);
const TOKEN = 'a3f1c9e07b5d42e8a6c1f0d9b8e7a6c5';

async function get(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(new URL(path, base), init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as any };
}

describe('status page and JSON API (no token, loopback)', () => {
  let w: WebApp;
  let base: string;
  let clock = T0;
  const bodies: string[] = [];
  const call = async (path: string, init?: RequestInit) => {
    const r = await get(base, path, init);
    bodies.push(r.text);
    return r;
  };

  beforeAll(async () => {
    w = startWebApp({ localNode: false, now: () => clock });
    seedThreeNodes(w.app);
    // a row an older OCM wrote: English text, no catalog message in its data
    w.app.store.db.prepare("INSERT INTO events (node_id, type, severity, message, data, created_at) VALUES ('g3s-02', 'backup', 'info', 'g3s-02: written by an older OCM', NULL, ?)").run(T0);
    w.app.store.events.add({ nodeId: 'g3s-01', type: 'backup.created', message: msg('event-backup-created', { node: 'g3s-01', commit: 'a1b2c3d', files: 14 }) });
    w.app.store.events.add({ nodeId: 'mini-02', type: 'node.state', severity: 'critical', message: msg('event-node-state', { node: 'mini-02', from: msg('card-state-online'), to: msg('card-state-offline') }) });
    // a secret quoted in an argument: redacted in every language the page renders it in
    w.app.store.events.add({ nodeId: null, type: 'backup.push_failed', severity: 'warn', message: msg('event-backup-push-failed', { error: 'remote said token=sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123 is bad' }) });
    base = await w.app.web!.start();
  });
  afterAll(async () => w?.close());

  it('prints a loopback URL on the chosen port', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(w.app.web!.url()).toBe(base);
  });

  it('/api/v1/cluster/health counts the nodes as the deploy guide names them', async () => {
    const r = await call('/api/v1/cluster/health');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json).toEqual({
      total_nodes: 3,
      online_nodes: 2,
      degraded_nodes: 0,
      offline_nodes: 1,
      unknown_nodes: 0,
      total_capacity: 3,
      available_capacity: 2,
      open_alerts: 0,
      backups_today: 0,
      average_score: null,
      last_offsite_copy: null,
      timestamp: new Date(T0).toISOString(),
    });
  });

  it('/api/v1/nodes lists every node with state, resources, version and skills', async () => {
    const r = await call('/api/v1/nodes');
    expect(r.status).toBe(200);
    expect(r.json.map((n: { node_id: string }) => n.node_id)).toEqual(['g3s-01', 'g3s-02', 'mini-02']);
    const g1 = r.json[0];
    expect(g1).toMatchObject({ node_id: 'g3s-01', name: 'Living room', status: 'online', online: true, transport: 'ssh', host: '10.0.0.11', last_seen_at: new Date(T0).toISOString() });
    expect(g1.system).toMatchObject({ hostname: 'g3s-01', cpu_pct: 8, mem_used_pct: 42, disk_used_pct: 31 });
    expect(g1.openclaw).toMatchObject({ installed: true, version: '2026.9.6', gateway_healthy: true, gateway_port: 18789 });
    // eligible and not disabled only
    expect(g1.available_skills).toEqual(['healthcheck', 'python']);
    expect(g1.skills).toHaveLength(4);
    expect(g1).toMatchObject({ busy: null, last_backup: null, score: null, agent_version: 'b18e30d4274f' });
    const mini = r.json[2];
    expect(mini).toMatchObject({ status: 'offline', online: false, last_error: expect.stringMatching(/no SSH answer/), available_skills: [] });
    expect(Object.keys(g1)).not.toEqual(expect.arrayContaining(['key_path']));
  });

  it('/api/v1/nodes/online, /api/v1/nodes/:id and /api/v1/nodes/:id/health', async () => {
    const online = await call('/api/v1/nodes/online');
    expect(online.json.map((n: { node_id: string }) => n.node_id)).toEqual(['g3s-01', 'g3s-02']);
    const one = await call('/api/v1/nodes/g3s-02');
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ node_id: 'g3s-02', name: 'Study', openclaw: { version: '2026.9.5' } });
    const health = await call('/api/v1/nodes/mini-02/health');
    expect(health.json).toMatchObject({ node_id: 'mini-02', status: 'offline', online: false, healthy: true, last_error: expect.stringMatching(/mini-02/) });
    const missing = await call('/api/v1/nodes/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: "unknown node 'nope'", status: 404 });
  });

  it('/api/v1/nodes/skills/:skill finds nodes where OpenClaw reports the skill usable', async () => {
    const py = await call('/api/v1/nodes/skills/python');
    expect(py.json.map((n: { node_id: string }) => n.node_id)).toEqual(['g3s-01', 'g3s-02']);
    expect((await call('/api/v1/nodes/skills/healthcheck')).json.map((n: { node_id: string }) => n.node_id)).toEqual(['g3s-01']);
    expect((await call('/api/v1/nodes/skills/weather')).json).toEqual([]); // disabled
    expect((await call('/api/v1/nodes/skills/1password')).json).toEqual([]); // not eligible
    expect((await call('/api/v1/nodes/skills/no%20such')).json).toEqual([]);
  });

  it('/api/v1/events?limit= returns the newest first and validates the limit', async () => {
    const two = await call('/api/v1/events?limit=2');
    expect(two.status).toBe(200);
    expect(two.json).toHaveLength(2);
    expect(two.json[0]).toMatchObject({ node_id: null, type: 'backup.push_failed', severity: 'warn', created_at: new Date(T0).toISOString() });
    expect(two.json[1]).toMatchObject({ node_id: 'mini-02', message: 'mini-02: online → offline' });
    const all = await call('/api/v1/events');
    expect(all.json.length).toBeGreaterThanOrEqual(4);
    expect(all.json.map((e: { message: string }) => e.message)).toEqual([
      'push of the backup repository failed (remote said token=***REDACTED*** is bad); local commits are kept and the push is retried',
      'mini-02: online → offline',
      'g3s-01: manual backup a1b2c3d (14 files)',
      'g3s-02: written by an older OCM',
    ]);
    for (const bad of ['0', 'abc', '501', '-1', '2.5']) {
      const r = await call(`/api/v1/events?limit=${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.json.error).toMatch(/limit must be a whole number from 1 to 500/);
    }
  });

  it('GET /health reports OCM itself: uptime, database, last watchdog cycle', async () => {
    const before = await call('/health');
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ ok: true, db: { ok: true }, watchdog: { last_cycle_at: null, age_s: null }, started_at: new Date(T0).toISOString() });
    clock = T0 + 90_000;
    w.app.store.kv.set('watchdog.last_cycle_at', String(T0 + 60_000));
    const after = await call('/health');
    expect(after.json).toMatchObject({ ok: true, uptime_s: 90, watchdog: { last_cycle_at: new Date(T0 + 60_000).toISOString(), age_s: 30 } });
    w.app.store.kv.delete('watchdog.last_cycle_at');
    clock = T0;
  });

  it('answers 405 with an Allow header to every other method', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const path of ['/', '/api/v1/nodes', '/api/v1/nodes/g3s-01']) {
        const r = await call(path, { method });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.get('allow')).toBe('GET, HEAD');
        expect(r.json.error).toMatch(/read-only/);
      }
    }
  });

  it('HEAD works for GET routes and sends no body', async () => {
    const r = await call('/api/v1/cluster/health', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    expect(Number(r.headers.get('content-length'))).toBeGreaterThan(20);
  });

  it('unknown paths get a JSON 404', async () => {
    for (const path of ['/nope', '/api/v2/nodes', '/api/v1/nodes/g3s-01/extra', '/favicon.ico', '/api/v1/nodes/skills']) {
      const r = await call(path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.json.status).toBe(404);
    }
    const broken = await call('/api/v1/nodes/%E0%A4%A');
    expect(broken.status).toBe(400);
  });

  it('/ renders the overview, the node grid and recent events as plain HTML under 50 KB', async () => {
    const r = await call('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(Buffer.byteLength(r.text)).toBeLessThan(50 * 1024);
    expect(r.text).toMatch(/<meta http-equiv="refresh" content="30">/);
    expect(r.text).toMatch(/<meta name="viewport"/);
    expect(r.text).not.toMatch(/<script/i);
    expect(r.text).toMatch(/Online <b>2\/3<\/b>/);
    expect(r.text).toMatch(/Backups today <b>0<\/b>/);
    // a redacted event stays one list item: redaction happens on the data, not on the markup
    expect(r.text).toMatch(/push of the backup repository failed \(remote said token=\*\*\*REDACTED\*\*\* is bad\); local commits are kept and the push is retried<\/li><li class="sev-critical">/);
    expect(r.text).toMatch(/Average score <b>—<\/b>/);
    expect(r.text).toMatch(/Open alerts <b>0<\/b>/);
    expect(r.text.match(/<article class="node"/g)).toHaveLength(3);
    expect(r.text).toMatch(/data-node="mini-02" data-status="offline">.*OFFLINE/);
    expect(r.text).toMatch(/data-cell="cpu">8%/);
    expect(r.text).toMatch(/mini-02: online → offline/);
    expect(r.text).not.toMatch(/<svg/); // no scores: no chart
    expect(r.text).not.toMatch(/<form|method="post"/i);
  });

  it('without a token it answers only requests addressed to this machine (no DNS rebinding)', async () => {
    const port = new URL(base).port;
    const withHost = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/v1/nodes', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const host of ['evil.example', `evil.example:${port}`, `10.0.0.5:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const r = await withHost(host);
      expect(r.status, host).toBe(403);
      expect(JSON.parse(r.body).error).toMatch(/OCM_STATUS_TOKEN/);
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) expect((await withHost(host)).status, host).toBe(200);
  });

  it('the page follows Accept-Language (zh, ja, en), ?lang= overrides it, <html lang> says which', async () => {
    const zh = await call('/', { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
    expect(zh.status).toBe(200);
    expect(zh.text).toMatch(/<html lang="zh-CN">/);
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    expect(zh.headers.get('vary')).toBe('Accept-Language');
    expect(zh.text).toContain('<title>OCM · 2/3 在线</title>');
    expect(zh.text).toContain('<h1>OCM — OpenClaw 集群</h1>');
    expect(zh.text).toMatch(/在线 <b>2\/3<\/b>/);
    expect(zh.text).toMatch(/今日备份 <b>0<\/b>/);
    expect(zh.text).toContain('<h2>节点</h2>');
    expect(zh.text).toContain('<h2>最近事件</h2>');
    expect(zh.text).toMatch(/data-node="mini-02" data-status="offline">.*离线/);
    expect(zh.text).toMatch(/<dt>内存<\/dt>/);
    expect(zh.text).toMatch(/<footer>只读 · 更新于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ · 每 30 秒刷新/);
    // events in the reader's language; a row of an older OCM as it was recorded
    expect(zh.text).toContain('mini-02：在线 → 离线');
    expect(zh.text).toContain('g3s-01：手动备份 a1b2c3d（14 个文件）');
    expect(zh.text).toContain('g3s-02: written by an older OCM');
    expect(zh.text).toMatch(/备份仓库推送失败（remote said token=\*\*\*REDACTED\*\*\*/);
    expect(zh.text).not.toMatch(/Backups today|Recent events|OFFLINE/);

    const ja = await call('/', { headers: { 'accept-language': 'ja' } });
    expect(ja.text).toMatch(/<html lang="ja">/);
    expect(ja.text).toContain('<h1>OCM — OpenClaw クラスタ</h1>');
    expect(ja.text).toMatch(/本日のバックアップ <b>0<\/b>/);
    expect(ja.text).toMatch(/data-node="mini-02" data-status="offline">.*オフライン/);
    expect(ja.text).toContain('mini-02：オンライン → オフライン');

    // ?lang= wins over the header; weights are honoured; other languages get OCM's default (English)
    const en = await call('/?lang=en', { headers: { 'accept-language': 'zh-CN' } });
    expect(en.text).toMatch(/<html lang="en">/);
    expect(en.text).toMatch(/Backups today <b>0<\/b>/);
    expect((await call('/?lang=ja', { headers: { 'accept-language': 'zh-CN' } })).text).toMatch(/<html lang="ja">/);
    expect((await call('/', { headers: { 'accept-language': 'fr-FR,ja;q=0.5,zh;q=0.4' } })).text).toMatch(/<html lang="ja">/);
    expect((await call('/', { headers: { 'accept-language': 'fr-FR,de;q=0.5' } })).text).toMatch(/<html lang="en">/);
    expect((await call('/?lang=xx', { headers: { 'accept-language': 'ja' } })).text).toMatch(/<html lang="ja">/);
  });

  it('the JSON API stays English whatever the Accept-Language (keys and messages)', async () => {
    const zh = { headers: { 'accept-language': 'zh-CN', accept: 'text/html,application/json' } };
    const missing = await call('/api/v1/nodes/nope?lang=zh', zh);
    expect(missing.json).toEqual({ error: "unknown node 'nope'", status: 404 });
    expect((await call('/api/v1/events?limit=0', zh)).json.error).toBe('limit must be a whole number from 1 to 500');
    expect(Object.keys((await call('/api/v1/cluster/health', zh)).json)).toContain('online_nodes');
    expect((await call('/api/v1/nodes/g3s-01', zh)).json).toMatchObject({ status: 'online', node_id: 'g3s-01' });
    expect((await call('/api/v1/events?lang=zh', zh)).json.map((e: { message: string }) => e.message)).toContain('mini-02: online → offline');
    // a script asking the page path for JSON still gets JSON errors
    const post = await call('/', { method: 'POST', headers: { 'accept-language': 'ja' } });
    expect(post.json).toEqual({ error: 'POST is not allowed: this is a read-only page (GET or HEAD)', status: 405 });
  });

  it('a browser asking for the page gets a refusal as a page in its language', async () => {
    const r = await call('/', { method: 'POST', headers: { 'accept-language': 'ja', accept: 'text/html,application/xhtml+xml' } });
    expect(r.status).toBe(405);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('allow')).toBe('GET, HEAD');
    expect(r.text).toMatch(/<html lang="ja">/);
    expect(r.text).toContain('ステータスページを表示できません (405)');
    expect(r.text).toContain('POST は使えません：読み取り専用のページです（GET または HEAD のみ）');
  });

  it('no secret or connection detail leaves OCM in any response', async () => {
    await call('/');
    await call('/api/v1/events?limit=500');
    const all = bodies.join('\n');
    expect(all).not.toContain('secret-g3s-01');
    expect(all).not.toContain('/etc/ocm/');
    expect(all).not.toContain('hostkeyfingerprint');
    expect(all).not.toContain('sk-ant-api03');
    expect(all).toContain('token=***REDACTED***');
  });
});

describe('the event log in the reader language', () => {
  let w: WebApp;
  let base: string;
  const actor = { kind: 'console' as const, id: 'tester', name: 'tester' };
  const run = (action: string, params: Record<string, unknown>, lang: string) => w.app.pipeline.dispatch({ action, params, actor, chatId: CONSOLE_CHAT_ID, via: 'command', lang }).done;

  beforeAll(async () => {
    w = startWebApp({ localNode: false, now: () => T0 });
    seedThreeNodes(w.app);
    base = await w.app.web!.start();
  });
  afterAll(async () => w?.close());

  it('an event /mute writes: /events in zh and the page in ja translate it, GET /api/v1/events keeps the English message', async () => {
    expect((await run('mute', { target: 'all', duration: '2h' }, 'zh')).result).toBe('succeeded');
    const until = formatTime(T0 + 2 * 3600_000);
    const english = `alerts of all nodes muted for 2 h by tester (until ${until})`;
    const stored = w.app.store.events.recent(1)[0]!;
    expect(stored).toMatchObject({ type: 'silence.added', message: english });
    expect((stored.data as { silence: number; msg: { key: string } }).msg.key).toBe('event-silence-added');

    const zh = await run('events', { n: 5 }, 'zh');
    expect(zh.reply!.html).toContain(`所有节点 的告警已由 tester 静音 2 小时（至 ${until}）`);
    expect(zh.reply!.html).not.toContain('muted for');
    const en = await run('events', { n: 5 }, 'en');
    expect(en.reply!.html).toContain(english);

    const ja = await get(base, '/', { headers: { 'accept-language': 'ja' } });
    expect(ja.text).toContain(`tester が 全ノード のアラートを 2 時間 ミュートしました（${until} まで）`);
    expect(ja.text).not.toContain('muted for');

    const api = await get(base, '/api/v1/events', { headers: { 'accept-language': 'ja' } });
    expect(api.json[0]).toMatchObject({ type: 'silence.added', message: english });
    expect(Object.keys(api.json[0]).sort()).toEqual(['created_at', 'id', 'message', 'node_id', 'severity', 'type']);
  });

  it('a node-quoted argument stays bounded and one line in every language', async () => {
    const huge = `x\u001b[31m${'e'.repeat(50_000)}\nnext`;
    w.app.store.events.add({ nodeId: 'g3s-01', type: 'backup.failed', severity: 'warn', message: msg('event-backup-failed', { node: 'g3s-01', error: huge }) });
    const e = w.app.store.events.recent(1)[0]!;
    expect(e.message.length).toBeLessThanOrEqual(1000);
    const error = (e.data as { msg: { args: { error: string } } }).msg.args.error;
    expect(error.length).toBeLessThanOrEqual(1000);
    expect(error).not.toMatch(/[\u001b\n]/);
    const zh = await run('events', { n: 1 }, 'zh');
    expect(zh.reply!.html).toContain('g3s-01：备份失败：x');
    expect(zh.reply!.html.length).toBeLessThan(1300);
  });
});

describe('status page data from backups, alerts and scores', () => {
  let w: WebApp;
  let base: string;
  const day = 86_400_000;
  const backups = [
    { node: 'g3s-01', at: T0 - 2 * day, ref: 'old1234', score: 90 },
    { node: 'g3s-01', at: T0 - 60_000, ref: 'abc1234', score: 95 },
    { node: 'g3s-02', at: T0 - 120_000, ref: 'def5678', score: null },
  ];
  const sources: WebSources = {
    alerts: { openCount: () => 2 },
    backups: {
      lastFor: (id) => backups.filter((b) => b.node === id).sort((a, b) => b.at - a.at)[0] ?? null,
      countSince: (ms) => backups.filter((b) => b.at >= ms).length,
    },
    scores: {
      trend: (id) =>
        id === 'g3s-01'
          ? [{ at: T0 - 2 * day, score: 90 }, { at: T0 - day, score: 80 }, { at: T0, score: 95 }]
          : id === 'g3s-02'
            ? [{ at: T0 - day, score: 70 }, { at: T0, score: 88 }]
            : id === 'mini-02'
              ? (() => {
                  throw new Error('scores table locked');
                })()
              : [],
    },
  };

  beforeAll(async () => {
    w = startWebApp({ localNode: false, now: () => T0, sources });
    seedThreeNodes(w.app);
    base = await w.app.web!.start();
  });
  afterAll(async () => w?.close());

  it('cluster health and nodes carry open alerts, backups today, scores and last backups', async () => {
    const c = await get(base, '/api/v1/cluster/health');
    const startOfDay = new Date(T0);
    startOfDay.setHours(0, 0, 0, 0);
    expect(c.json).toMatchObject({ open_alerts: 2, backups_today: backups.filter((b) => b.at >= startOfDay.getTime()).length, average_score: 91.5 });
    const g1 = (await get(base, '/api/v1/nodes/g3s-01')).json;
    expect(g1).toMatchObject({ score: 95, last_backup: { at: new Date(T0 - 60_000).toISOString(), ref: 'abc1234', score: 95 } });
    // a failing source is shown as unknown, not as an error
    expect((await get(base, '/api/v1/nodes/mini-02')).json).toMatchObject({ status: 'offline', score: null, last_backup: null });
  });

  it('the page shows the figures and a score trend chart', async () => {
    const r = await get(base, '/');
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/Open alerts <b>2<\/b>/);
    expect(r.text).toMatch(/Average score <b>91.5<\/b>/);
    expect(r.text).toMatch(/data-node="g3s-01"[^]*?data-cell="score">95</);
    expect(r.text).toMatch(/data-node="g3s-01"[^]*?data-cell="backup">1 min ago</);
    expect(r.text).toMatch(/<svg class="chart"/);
    expect(r.text.match(/<g class="series"/g)).toHaveLength(2);
    expect(Buffer.byteLength(r.text)).toBeLessThan(50 * 1024);
  });
});

describe('status page token', () => {
  let w: WebApp;
  let base: string;
  beforeAll(async () => {
    w = startWebApp({ env: { OCM_STATUS_TOKEN: TOKEN, OCM_STATUS_HOST: '0.0.0.0' }, localNode: false });
    seedThreeNodes(w.app);
    const url = await w.app.web!.start();
    base = url.replace('0.0.0.0', '127.0.0.1');
  });
  afterAll(async () => w?.close());

  it('listens on a non-loopback address when a token is set', () => {
    expect(w.app.web!.url()).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
  });

  it('refuses requests without the token, or with a wrong one (header or query)', async () => {
    const cases: [string, RequestInit?][] = [
      ['/api/v1/cluster/health'],
      ['/'],
      ['/health'],
      ['/api/v1/nodes', { headers: { authorization: 'Bearer wrong-token-wrong-token' } }],
      ['/api/v1/nodes', { headers: { authorization: `Bearer ${TOKEN}x` } }],
      ['/api/v1/nodes', { headers: { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` } }],
      ['/api/v1/nodes?token=wrong'],
      [`/api/v1/nodes?token=${TOKEN.slice(0, -1)}`],
      ['/api/v1/nodes?token='],
      ['/api/v1/nodes', { method: 'POST' }],
    ];
    for (const [path, init] of cases) {
      const r = await get(base, path, init);
      expect(r.status, `${path} ${JSON.stringify(init ?? {})}`).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer realm="ocm"/);
      expect(r.json.error).toMatch(/token/);
      expect(r.text).not.toContain(TOKEN);
    }
    expect((await get(base, '/')).json.error).toBe('a token is required: send the header "Authorization: Bearer <token>" or add ?token=… to the URL');
  });

  it('a browser without the token sees "token required" in its language (no token in the page)', async () => {
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const zh = await get(base, '/', { headers: { ...html, 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(zh.status).toBe(401);
    expect(zh.headers.get('www-authenticate')).toMatch(/^Bearer realm="ocm"/);
    expect(zh.text).toMatch(/<html lang="zh-CN">/);
    expect(zh.text).toContain('无法显示状态页 (401)');
    expect(zh.text).toContain('需要令牌：请发送请求头 &quot;Authorization: Bearer &lt;token&gt;&quot;，或在 URL 后加上 ?token=…');
    const ja = await get(base, '/?token=wrong', { headers: { ...html, 'accept-language': 'ja' } });
    expect(ja.status).toBe(401);
    expect(ja.text).toContain('トークンが違います');
    expect(ja.text).not.toContain('wrong');
    const en = await get(base, '/?lang=en', { headers: { ...html, 'accept-language': 'ja' } });
    expect(en.text).toContain('a token is required');
  });

  it('accepts the token as a bearer header or as ?token=, and never echoes it', async () => {
    const header = await get(base, '/api/v1/cluster/health', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(header.status).toBe(200);
    expect(header.json.total_nodes).toBe(3);
    const query = await get(base, `/api/v1/nodes/online?token=${TOKEN}`);
    expect(query.status).toBe(200);
    expect(query.json).toHaveLength(2);
    const page = await get(base, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.text.match(/<article class="node"/g)).toHaveLength(3);
    expect(page.text).not.toContain(TOKEN);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const lower = await get(base, '/health', { headers: { authorization: `bearer ${TOKEN}` } });
    expect(lower.status).toBe(200);
    const wrongMethod = await get(base, '/api/v1/nodes', { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(wrongMethod.status).toBe(405);
  });
});

describe('status page start-up problems', () => {
  let blocker: Server | undefined;
  let w: WebApp | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
    await new Promise<void>((r) => (blocker ? blocker.close(() => r()) : r()));
    blocker = undefined;
  });

  it('a port already in use is a one-line UserError naming the setting to change', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    w = startWebApp({ env: { OCM_STATUS_PORT: String(port) }, localNode: false });
    const err = await w.app.web!.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`status page: 127.0.0.1:${port} is already in use (another OCM or another program)`);
    expect(describeError(err)).toMatch(/ — set OCM_STATUS_PORT \(status\.port\) to a free port/);
    // the same start-up error for a Chinese or Japanese reader
    expect(translator('zh').error(err)).toBe(`状态页：127.0.0.1:${port} 已被占用（另一个 OCM 或其他程序） —— 将 OCM_STATUS_PORT (status.port) 设为空闲端口，或设置 OCM_STATUS_ENABLED=false (status.enabled) 关闭状态页`);
    expect(translator('ja').error(err)).toMatch(/^ステータスページ：127\.0\.0\.1:\d+ はすでに使われています/);
  });

  it('status.enabled false: no server at all', () => {
    w = startWebApp({ env: { OCM_STATUS_ENABLED: 'false' }, localNode: false });
    expect(w.app.web).toBeUndefined();
  });
});
