import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import { esc } from '../bot/render/html.js';
import { errorMsg } from '../core/errors.js';
import { formatTime } from './time.js';
import { setMessageRenderer, type Msg, type MsgArg, type MsgArgs, type MsgReply } from '../core/messages.js';
import type { Reply } from '../core/types.js';
import type { Translate } from '../core/action.js';

export type { Msg, MsgArg, MsgArgs, MsgReply } from '../core/messages.js';
export { asText, html, isAsText, isMsg, msg } from '../core/messages.js';
export { currentTimeZone, formatTime, isTimeZone, setTimeZone } from './time.js';

/**
 * The catalog of every sentence OCM shows a person: `locales/<locale>.ftl` (Fluent). A chat picks
 * one of LOCALES; `zh-Hant` is a partial overlay on `zh` for the natural-language layer, which
 * answers traditional-Chinese requests in traditional characters. Missing keys fall back to `en`.
 */
export const LOCALES = ['en', 'zh', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
/** What a message can be rendered in: a chat's locale, or the traditional-Chinese overlay. */
export type RenderLocale = Locale | 'zh-Hant';

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

const FILES: Record<RenderLocale, string> = { en: 'en.ftl', zh: 'zh.ftl', ja: 'ja.ftl', 'zh-Hant': 'zh-Hant.ftl' };
/** Which bundles a locale reads, first hit wins. */
const CHAIN: Record<RenderLocale, RenderLocale[]> = { en: ['en'], zh: ['zh', 'en'], ja: ['ja', 'en'], 'zh-Hant': ['zh-Hant', 'zh', 'en'] };
/** The Intl locale behind each (plural rules). */
const INTL: Record<RenderLocale, string> = { en: 'en', zh: 'zh-CN', ja: 'ja', 'zh-Hant': 'zh-TW' };

const bundles = new Map<RenderLocale, FluentBundle>();

function bundle(locale: RenderLocale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    b = new FluentBundle(INTL[locale], { useIsolating: false });
    const errors = b.addResource(new FluentResource(readFileSync(join(LOCALES_DIR, FILES[locale]), 'utf8')));
    if (errors.length) throw new Error(`locales/${FILES[locale]}: ${errors.map((e) => e.message).join('; ')}`);
    bundles.set(locale, b);
  }
  return b;
}

/** A locale from a tag such as "zh-CN", "zh_TW.UTF-8", "ja", "en-US"; undefined when it is none of OCM's. */
export function localeOf(tag: string | undefined | null): Locale | undefined {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (/^zh(\b|-)/.test(t)) return 'zh';
  if (/^ja(\b|-)/.test(t)) return 'ja';
  if (/^en(\b|-)/.test(t)) return 'en';
  return undefined;
}

/** Telegram's rule: a user whose client says zh-* or ja gets that, anyone else with a language gets English. */
export function localeOfTelegram(languageCode: string | undefined): Locale | undefined {
  if (!languageCode) return undefined;
  return localeOf(languageCode) ?? 'en';
}

/** The first of OCM's locales in an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"), by weight. */
export function localeOfAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const l = localeOf(r.tag);
    if (l) return l;
  }
  return undefined;
}

// ---- rendering ---------------------------------------------------------------------------------

type Mode = 'html' | 'text';

function toFluent(locale: RenderLocale, v: NonNullable<MsgArg>, mode: Mode): FluentVariable {
  if (typeof v === 'number') return new FluentNumber(v, { useGrouping: false, maximumFractionDigits: 2 });
  if (typeof v === 'string') return mode === 'html' ? esc(v) : v;
  if (v instanceof Date) return formatTime(v);
  if ('__html' in v) return v.__html;
  if ('__text' in v) {
    let text = render(locale, v.__text, 'text');
    if (v.without) text = withoutPrefix(text, v.without);
    return mode === 'html' ? esc(text) : text;
  }
  return render(locale, v, mode);
}

function render(locale: RenderLocale, m: Msg, mode: Mode): string {
  const [id, attr] = m.key.split('.', 2) as [string, string | undefined];
  for (const l of CHAIN[locale]) {
    const b = bundle(l);
    const message = b.getMessage(id);
    const pattern = attr ? message?.attributes[attr] : message?.value;
    if (!pattern) continue;
    const args: Record<string, FluentVariable> = {};
    for (const [k, v] of Object.entries(m.args ?? {})) if (v !== undefined && v !== null) args[k] = toFluent(locale, v, mode);
    const errors: Error[] = [];
    const out = b.formatPattern(pattern, args, errors);
    return out;
  }
  // a key missing everywhere: visible, never an exception (the locale tests catch it first)
  return mode === 'html' ? esc(m.key) : m.key;
}

/** "g3s-01: SSH connection refused" → "SSH connection refused", where g3s-01 is named already ("：" too). */
export function withoutPrefix(text: string, name: string): string {
  if (!text.startsWith(name)) return text;
  const m = /^\s*[:：]\s*/.exec(text.slice(name.length));
  return m && text.length > name.length + m[0].length ? text.slice(name.length + m[0].length) : text;
}

/** Whether a key (or key.attribute) exists in English, the complete locale. */
export function hasKey(key: string): boolean {
  const [id, attr] = key.split('.', 2) as [string, string | undefined];
  const message = bundle('en').getMessage(id);
  return Boolean(attr ? message?.attributes[attr] : message?.value);
}

/** Telegram HTML: string arguments are escaped, `html()` fragments are not, nested messages render in the same locale. */
export function renderHtml(locale: RenderLocale, m: Msg): string {
  return render(locale, m, 'html');
}

/** Plain text (errors, button labels, callback answers, command descriptions): nothing is escaped. */
export function renderText(locale: RenderLocale, m: Msg): string {
  return render(locale, m, 'text');
}

/** Renders messages in one locale; what actions, features and the outbox use. */
/** `Translate` (src/core/action.ts, what actions see) with the locale narrowed to OCM's. */
export interface Translator extends Translate {
  readonly locale: RenderLocale;
}

const translators = new Map<RenderLocale, Translator>();

export function translator(locale: RenderLocale): Translator {
  let tr = translators.get(locale);
  if (tr) return tr;
  const fn = ((key: string, args?: MsgArgs) => renderHtml(locale, { key, ...(args ? { args } : {}) })) as Translator;
  Object.defineProperty(fn, 'locale', { value: locale });
  fn.text = (key, args) => renderText(locale, { key, ...(args ? { args } : {}) });
  fn.msg = (m) => renderHtml(locale, m);
  fn.msgText = (m) => renderText(locale, m);
  fn.error = (err) => renderText(locale, errorMsg(err));
  fn.duration = (ms) => renderText(locale, durationMsg(ms));
  fn.ago = (ts, now) => renderText(locale, { key: 'time-ago', args: { duration: durationMsg(Math.max(0, now - ts)) } });
  fn.time = (ts) => formatTime(ts);
  translators.set(locale, fn);
  return fn;
}

/** A duration as a message: seconds under a minute, minutes under an hour, hours under two days, else days. */
export function durationMsg(ms: number): Msg {
  const s = Math.round(ms / 1000);
  if (s < 60) return { key: 'duration-s', args: { s } };
  const m = Math.floor(s / 60);
  if (m < 60) return { key: 'duration-min', args: { m } };
  const h = Math.floor(m / 60);
  if (h < 48) return { key: 'duration-h', args: { h, m: m % 60 } };
  return { key: 'duration-d', args: { d: Math.floor(h / 24), h: h % 24 } };
}

/** English, for logs, the audit log and error `.message`. */
export const en = translator('en');

setMessageRenderer((m) => renderText('en', m), hasKey);

let defaultLocale: Locale = 'en';

/** OCM's default language (config `default_language`, env OCM_LANG): for chats that chose none and have no hint. */
export function setDefaultLocale(locale: Locale): void {
  defaultLocale = locale;
}

export function getDefaultLocale(): Locale {
  return defaultLocale;
}

/** The render locale for an invocation's `lang` ("zh", "ja", "zh-Hant"…), else `fallback`, else OCM's default. */
export function localeFor(lang: string | undefined, fallback?: Locale): RenderLocale {
  if (lang === 'zh-Hant') return 'zh-Hant';
  return localeOf(lang) ?? fallback ?? defaultLocale;
}

/** An action's one line (help, command menus, confirmations): the catalog's `action-<name>`, else its own description. */
export function actionLine(t: Pick<Translator, 'text'> | Translator, action: { name: string; description?: string }): string {
  const key = `action-${action.name}`;
  return hasKey(key) ? t.text(key) : (action.description ?? action.name);
}

/** A stored message (alert, notice) as the Reply one chat receives, in that chat's language. */
export function renderReply(locale: RenderLocale, r: MsgReply): Reply {
  return {
    html: renderHtml(locale, r.msg),
    ...(r.buttons ? { buttons: r.buttons.map((row) => row.map((b) => ({ text: renderText(locale, b.text), data: b.data }))) } : {}),
    ...(r.silent ? { silent: true } : {}),
  };
}
