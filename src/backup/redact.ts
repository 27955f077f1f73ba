import { REDACTED, SECRET_PATTERNS } from '../secret.js';

/** Keys whose values are secrets wherever they appear (apiKey, token, botToken, password, client_secret…). */
export const SECRET_KEY_NAME = /(api[-_]?key|token|secret|password|passwd|passphrase|private[-_]?key|credential|access[-_]?key)/i;
/** Keys that merely talk about tokens (limits and counters), never secrets. */
const NOT_SECRET_KEY = /^(max|min)[-_]?(\w*[-_])?tokens?$|tokens?[-_]?(limit|count|budget|usage|used)s?$|^(input|output|cache\w*|total|reasoning)[-_]?tokens?$/i;

export interface RedactResult {
  content: Buffer;
  count: number;
  /** Binary file (secrets masked byte for byte: the file no longer works as it was). */
  binary: boolean;
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8192).includes(0);
}

function secretKey(key: string): boolean {
  return SECRET_KEY_NAME.test(key) && !NOT_SECRET_KEY.test(key);
}

/** Known secret formats: replaced in text, masked byte for byte (same length) in binary files such as SQLite copies. */
function redactPatterns(text: string, binary: boolean): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const { name, re } of SECRET_PATTERNS) {
    out = out.replace(re, (m: string, prefix: unknown) => {
      if (m.includes(REDACTED)) return m;
      count++;
      if (binary) return '*'.repeat(m.length);
      return name === 'bearer' && typeof prefix === 'string' ? `${prefix}${REDACTED}` : REDACTED;
    });
  }
  return { text: out, count };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values of secret keys at any depth, replaced in place; returns how many. */
function redactJsonValue(v: Json): number {
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += redactJsonValue(x);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (secretKey(k) && typeof x === 'string' && x !== '' && x !== REDACTED) {
        v[k] = REDACTED;
        n++;
      } else if (secretKey(k) && x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((y) => typeof y === 'string')) {
        // e.g. "apiKeys": {"anthropic": "…"}: every string under a secret key
        for (const kk of Object.keys(x)) {
          if (x[kk] !== '' && x[kk] !== REDACTED) {
            x[kk] = REDACTED;
            n++;
          }
        }
      } else n += redactJsonValue(x);
    }
  }
  return n;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * JSON: secret values are replaced where they stand, so the rest of the file keeps its bytes
 * (a restore can then be byte for byte). When a value cannot be found textually the file is
 * re-serialized from the redacted object instead.
 */
function redactJsonText(text: string): { text: string; count: number } | undefined {
  let obj: Json;
  try {
    obj = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  const copy = JSON.parse(text) as Json;
  const count = redactJsonValue(copy);
  if (count === 0) return { text, count: 0 };
  let out = text;
  const pairs: [string, string][] = [];
  (function collect(a: Json, b: Json) {
    if (Array.isArray(a) && Array.isArray(b)) a.forEach((x, i) => collect(x, b[i]!));
    else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      for (const k of Object.keys(a)) {
        if (typeof a[k] === 'string' && b[k] === REDACTED && a[k] !== REDACTED) pairs.push([k, a[k]]);
        else collect(a[k]!, b[k]!);
      }
    }
  })(obj, copy);
  for (const [, value] of pairs) {
    out = out.replace(new RegExp(`(:\\s*)${esc(JSON.stringify(value))}`, 'g'), `$1"${REDACTED}"`);
  }
  try {
    if (JSON.stringify(JSON.parse(out)) === JSON.stringify(copy)) return { text: out, count };
  } catch {
    /* fall back below */
  }
  return { text: `${JSON.stringify(copy, null, 2)}\n`, count };
}

/** `KEY=value`, `key: value`, `"key": "value",` lines of env, YAML, TOML and JSON5 files. */
const LINE_SECRET = /^(\s*(?:export\s+)?(["']?)([A-Za-z0-9_.-]+)\2\s*[:=]\s*)(["']?)(.*?)\4(\s*,?\s*(?:#.*)?)$/;

function redactLines(text: string): { text: string; count: number } {
  let count = 0;
  const lines = text.split('\n').map((line) => {
    const m = LINE_SECRET.exec(line);
    if (!m) return line;
    const [, head, , key, q, value, tail] = m as unknown as [string, string, string, string, string, string, string];
    if (!secretKey(key) || value === '' || value === REDACTED || /^(true|false|null|~|\d+(\.\d+)?|[{[|>].*)$/i.test(value)) return line;
    count++;
    return `${head}${q}${REDACTED}${q}${tail}`;
  });
  return { text: lines.join('\n'), count };
}

/** Redacts one file of a backup: secret keys at any depth and known secret formats anywhere. */
export function redactFile(content: Buffer): RedactResult {
  if (isBinary(content)) {
    const r = redactPatterns(content.toString('latin1'), true);
    return { content: r.count ? Buffer.from(r.text, 'latin1') : content, count: r.count, binary: true };
  }
  const text = content.toString('utf8');
  const keyed = redactJsonText(text) ?? redactLines(text);
  const pat = redactPatterns(keyed.text, false);
  const count = keyed.count + pat.count;
  return { content: count ? Buffer.from(pat.text, 'utf8') : content, count, binary: false };
}

/** Names of the known secret formats still present (the last check before a commit). */
export function findSecrets(content: Buffer): string[] {
  const text = content.toString(isBinary(content) ? 'latin1' : 'utf8');
  return SECRET_PATTERNS.filter(({ re }) => {
    re.lastIndex = 0;
    const found = [...text.matchAll(re)].some((m) => !m[0].includes(REDACTED));
    re.lastIndex = 0;
    return found;
  }).map((p) => p.name);
}

/**
 * Restore: every REDACTED in `restored` takes the value the target node has now. Lines are
 * matched with the REDACTED parts as wildcards; a line with no counterpart keeps REDACTED and is
 * counted in `missing`.
 */
export function mergeSecrets(restored: string, current: string): { text: string; missing: number } {
  if (!restored.includes(REDACTED)) return { text: restored, missing: 0 };
  const curLines = current.split('\n');
  const used = new Set<number>();
  let missing = 0;
  const lines = restored.split('\n').map((line, idx) => {
    if (!line.includes(REDACTED)) return line;
    const parts = line.split(REDACTED);
    const re = new RegExp(`^${parts.map(esc).join('(.+?)')}$`);
    const order = [idx, ...curLines.keys()].filter((i, k, a) => i < curLines.length && a.indexOf(i) === k);
    for (const i of order) {
      if (used.has(i)) continue;
      const m = re.exec(curLines[i]!);
      if (!m) continue;
      used.add(i);
      // a value that is REDACTED on the node too stays as it is
      return curLines[i]!;
    }
    missing += parts.length - 1;
    return line;
  });
  return { text: lines.join('\n'), missing };
}
