import { z } from 'zod';
import type { AnyAction, Translate } from '../core/action.js';
import { englishOf, hasKey, type Msg } from '../core/messages.js';

/** zod's own sentences (wrong type, too short) in the reader's language; the schemas' own are catalog keys. */
const ZOD_LOCALES = { zh: z.locales.zhCN(), 'zh-Hant': z.locales.zhTW(), ja: z.locales.ja() } as const;
export function zodLocale(locale: string): { error: NonNullable<z.core.ParseContext<z.core.$ZodIssue>['error']> } | undefined {
  const l = ZOD_LOCALES[locale as keyof typeof ZOD_LOCALES];
  return l ? { error: l.localeError } : undefined;
}

/**
 * Turns zod issues into plain words: "count: must be a whole number". A schema's own message is a
 * catalog key (`.min(1, 'param-required')`) rendered in `t`'s language; zod's defaults stay English.
 */
export function describeIssues(error: z.ZodError, t?: Pick<Translate, 'text'>): string {
  return error.issues
    .map((i) => {
      const key = i.path.map(String).join('.');
      const text = hasKey(i.message) ? (t ? t.text(i.message) : englishOf({ key: i.message })) : i.message;
      return key ? `${key}: ${text}` : text;
    })
    .join('; ');
}

/**
 * Splits a slash command's argument text into params: `key=value` pairs by name, other words
 * positionally in the order of `action.args`. Quotes group words: name="Living room".
 */
export function parseCommandArgs(action: AnyAction, text: string): { params: Record<string, unknown>; extra: string[] } {
  const words = tokenize(text);
  const params: Record<string, unknown> = {};
  const extra: string[] = [];
  const positional = [...(action.args ?? [])];
  for (const w of words) {
    const m = /^([a-zA-Z_][\w-]*)=(.*)$/s.exec(w);
    if (m && m[1]) {
      params[m[1].replace(/-/g, '_')] = m[2];
      const idx = positional.indexOf(m[1]);
      if (idx >= 0) positional.splice(idx, 1);
      continue;
    }
    const name = positional.shift();
    if (name) params[name] = w;
    else extra.push(w);
  }
  return { params, extra };
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /(?:[^\s"']+|"[^"]*"|'[^']*')+/g;
  for (const m of text.matchAll(re)) out.push(m[0].replace(/"([^"]*)"|'([^']*)'/g, (_s, a: string | undefined, b: string | undefined) => a ?? b ?? ''));
  return out;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The valid key closest to a mistyped one ("hots" → "host"), if any is close enough. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * "unknown key 'hots' — did you mean 'host'?" for the keys not in `known`, as a message (several
 * problems nest: "…; …"), or null when all are known.
 */
export function unknownKeysMsg(keys: readonly string[], known: readonly string[]): Msg | null {
  const problems: Msg[] = keys
    .filter((k) => !known.includes(k))
    .map((k) => {
      const near = nearestKey(k, known);
      return near ? { key: 'params-unknown-key-near', args: { key: k, near } } : { key: 'params-unknown-key', args: { key: k, keys: known.join(', ') } };
    });
  if (!problems.length) return null;
  return problems.reduceRight((rest, first) => ({ key: 'params-problems', args: { first, rest } }));
}

/** `unknownKeysMsg` as plain text in `t`'s language (English when no `t` is given: logs, zod messages). */
export function unknownKeysProblem(keys: readonly string[], known: readonly string[], t?: Pick<Translate, 'msgText'>): string | null {
  const m = unknownKeysMsg(keys, known);
  if (!m) return null;
  return t ? t.msgText(m) : englishOf(m);
}
