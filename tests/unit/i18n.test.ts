import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Entry, type Message, type Pattern, type Term } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALES_DIR, asText, formatTime, localeOf, localeOfAcceptLanguage, localeOfTelegram, translator } from '../../src/i18n/index.js';
import { UserError, describeError } from '../../src/errors.js';
import { scan, scanSource } from '../support/english-scan.js';
import { listingCatalog } from '../../src/modules.js';
import { withoutNode } from '../../src/monitor/render.js';

type Entries = Map<string, { vars: Set<string>; attrs: Set<string>; refs: Set<string> }>;

function collect(pattern: Pattern | null, vars: Set<string>, refs: Set<string>): void {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; id?: { name: string }; attribute?: { name: string } | null };
    if (n.type === 'VariableReference' && n.id) vars.add(n.id.name);
    if (n.type === 'MessageReference' && n.id) refs.add(n.attribute ? `${n.id.name}.${n.attribute.name}` : n.id.name);
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') walk(v);
    }
  };
  walk(pattern);
}

function load(file: string): Entries {
  const res = parse(readFileSync(join(LOCALES_DIR, file), 'utf8'), {});
  const junk = res.body.filter((e: Entry) => e.type === 'Junk');
  if (junk.length) throw new Error(`${file}: cannot parse: ${junk.map((j) => ('content' in j ? String(j.content).slice(0, 80) : '')).join(' | ')}`);
  const out: Entries = new Map();
  for (const e of res.body) {
    if (e.type !== 'Message' && e.type !== 'Term') continue;
    const m = e as Message | Term;
    const vars = new Set<string>();
    const refs = new Set<string>();
    collect(m.value, vars, refs);
    for (const a of m.attributes) collect(a.value, vars, refs);
    out.set(m.id.name, { vars, attrs: new Set(m.attributes.map((a) => a.id.name)), refs });
  }
  return out;
}

function srcText(dir: string): string {
  return readdirSync(dir)
    .map((e) => join(dir, e))
    .map((p) => (statSync(p).isDirectory() ? srcText(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : ''))
    .join('\n');
}

const en = load('en.ftl');

describe('locale catalog', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key and attribute, and uses no variable English does not pass', (locale) => {
    const other = load(`${locale}.ftl`);
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    const problems: string[] = [];
    for (const [k, e] of en) {
      const o = other.get(k);
      if (!o) continue;
      for (const a of e.attrs) if (!o.attrs.has(a)) problems.push(`${k}.${a} missing`);
      for (const v of o.vars) if (!e.vars.has(v)) problems.push(`${k} uses $${v}, which the English message does not have`);
    }
    expect({ missing, extra, problems }).toEqual({ missing: [], extra: [], problems: [] });
  });

  it('the traditional-Chinese overlay only holds keys English has', () => {
    const hant = load('zh-Hant.ftl');
    expect([...hant.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('every English key is used by the code or by another message', () => {
    const code = srcText(join(LOCALES_DIR, '..', 'src'));
    // keys built at run time: `action-${name}`, `lang-name-${locale}` … (a template literal ending in "-${")
    const prefixes = [...code.matchAll(/`([a-z][a-z0-9-]*-)\$\{/g)].map((m) => m[1]!);
    const referenced = new Set([...en.values()].flatMap((e) => [...e.refs].map((r) => r.split('.')[0]!)));
    const quoted = (k: string) => new RegExp(`['"\`]${k.replace(/[-]/g, '\\-')}(\\.[a-z-]+)?['"\`]`).test(code);
    const unused = [...en.keys()].filter((k) => !quoted(k) && !referenced.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('every action has its one line in the catalog, and every action line belongs to an action', () => {
    const names = listingCatalog().map((a) => a.name);
    expect(names.filter((n) => !en.has(`action-${n}`))).toEqual([]);
    expect([...en.keys()].filter((k) => k.startsWith('action-') && !names.includes(k.slice('action-'.length)))).toEqual([]);
  });
});

describe('rendering', () => {
  it('escapes string arguments in HTML, keeps them raw in plain text, and picks plurals per language', () => {
    const t = translator('en');
    expect(t('pipeline-failed', { op: 'backup', error: 'a <b> & c' })).toBe('❌ <b>backup</b>: a &lt;b&gt; &amp; c');
    expect(t.text('confirm-code-wrong', { left: 1 })).toBe('✖ Wrong code — 1 try left.');
    expect(t.text('confirm-code-wrong', { left: 2 })).toBe('✖ Wrong code — 2 tries left.');
    expect(translator('zh').text('confirm-code-wrong', { left: 2 })).toBe('✖ 安全码错误 —— 还可尝试 2 次。');
    expect(translator('ja').duration(3 * 3600_000 + 120_000)).toBe('3 時間 2 分');
  });

  it('renders an error in the reader language and in English for its message', () => {
    const err = new UserError('lang-invalid');
    expect(err.message).toBe('must be en, zh or ja');
    expect(describeError(err)).toBe('must be en, zh or ja');
    expect(translator('zh').error(err)).toBe('必须是 en、zh 或 ja');
    expect(translator('ja').error(new Error('boom'))).toBe('内部エラー（詳細は OCM のログにあります）');
  });

  it('puts a plain-text error inside an HTML message escaped, without the node prefix where the node is named already', () => {
    const err = { key: 'node-ssh-refused', args: { node: 'n2', where: '<10.0.0.2>:22' } };
    expect(translator('en')('watchdog-cause', { cause: asText(err) })).toBe('Cause: n2: SSH connection refused on &lt;10.0.0.2&gt;:22');
    expect(translator('zh')('watchdog-cause', { cause: asText(err, 'n2') })).toBe('原因：&lt;10.0.0.2&gt;:22 拒绝了 SSH 连接');
    expect(translator('ja').text('watchdog-cause', { cause: withoutNode(err, 'n2') })).toBe('原因：<10.0.0.2>:22 で SSH 接続が拒否されました');
  });

  it('shows times in the configured zone with its usual abbreviation', () => {
    const ts = Date.UTC(2026, 1, 15, 5, 30, 25);
    expect(formatTime(ts, 'Asia/Tokyo')).toBe('2026-02-15 14:30:25 JST');
    expect(formatTime(ts, 'UTC')).toBe('2026-02-15 05:30:25 UTC');
    expect(formatTime(ts, 'America/New_York')).toBe('2026-02-15 00:30:25 EST');
  });

  it('maps language tags, Telegram codes and Accept-Language to OCM locales', () => {
    expect(localeOf('zh_CN.UTF-8')).toBe('zh');
    expect(localeOf('ja_JP.UTF-8')).toBe('ja');
    expect(localeOf('C.UTF-8')).toBeUndefined();
    expect(localeOfTelegram('zh-hans')).toBe('zh');
    expect(localeOfTelegram('de')).toBe('en');
    expect(localeOfTelegram(undefined)).toBeUndefined();
    expect(localeOfAcceptLanguage('de-DE,ja;q=0.8,zh-CN;q=0.9')).toBe('zh');
    expect(localeOfAcceptLanguage('fr')).toBeUndefined();
  });
});

describe('no English outside locales/en.ftl', () => {
  it('flags prose and spares log calls, Error, SQL and marked lines', () => {
    const found = scanSource(
      'x.ts',
      [
        "reply('the node is not reachable now');",
        "log.warn({ err }, 'the node is not reachable now');",
        "throw new Error('this is a bug in the code');",
        "db.prepare('SELECT id FROM nodes WHERE id = ?');",
        "run('systemctl --user restart openclaw-gateway'); // i18n-exempt: a shell command",
        "const k = t('node-unreachable', { node });",
      ].join('\n'),
    );
    expect(found.map((f) => f.line)).toEqual([1]);
  });

  it('src has no English sentence left in TypeScript', () => {
    expect(scan(['src']).map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
