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

/** Exact names that hold credentials in OpenClaw's auth profiles and OAuth files. */
const SECRET_EXACT = /^(key|access|refresh|authorization|cookie|session[-_]?key)$/i;

function secretKey(key: string): boolean {
  return SECRET_EXACT.test(key) || (SECRET_KEY_NAME.test(key) && !NOT_SECRET_KEY.test(key));
}

/**
 * The longest run a binary mask may cover. A mask never contains NUL either: in an SQLite file
 * page headers, cell counts, overflow pointers and rowid columns hold NUL bytes, so a match that
 * starts in one value (say a hostname shaped like a PEM header) cannot run on into the page
 * structure and corrupt the database.
 */
export const MAX_BINARY_MATCH = 16 * 1024;
/** PEM private keys in binary files: a bounded run of printable ASCII (JSON escapes included) between the markers. */
const BINARY_PRIVATE_KEY = new RegExp(`-----BEGIN [A-Z ]{0,64}PRIVATE KEY-----[\\t\\n\\r\\x20-\\x7E]{0,${MAX_BINARY_MATCH - 256}}?-----END [A-Z ]{0,64}PRIVATE KEY-----`, 'g');

function binaryPattern(name: string, re: RegExp): RegExp {
  return name === 'private-key' ? BINARY_PRIVATE_KEY : re;
}

/** Known secret formats: replaced in text, masked byte for byte (same length) in binary files such as SQLite copies. */
function redactPatterns(text: string, binary: boolean): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const { name, re } of SECRET_PATTERNS) {
    out = out.replace(binary ? binaryPattern(name, re) : re, (m: string, prefix: unknown) => {
      if (m.includes(REDACTED)) return m;
      // an unbounded match is left as it is: findSecrets then refuses the file rather than corrupt it
      if (binary && (m.length > MAX_BINARY_MATCH || m.includes('\0'))) return m;
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
      } else if (secretKey(k) && Array.isArray(x) && x.every((y) => typeof y === 'string')) {
        // e.g. "apiKeys": ["…", "…"]
        x.forEach((y, i) => {
          if (y !== '' && y !== REDACTED) {
            x[i] = REDACTED;
            n++;
          }
        });
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
  const copy = structuredClone(obj);
  const count = redactJsonValue(copy);
  if (count === 0) return { text, count: 0 };
  let out = text;
  const pairs: [string, string][] = [];
  (function collect(a: Json, b: Json) {
    if (Array.isArray(a) && Array.isArray(b)) a.forEach((x, i) => (typeof x === 'string' && b[i] === REDACTED && x !== REDACTED ? pairs.push(['', x]) : collect(x, b[i]!)));
    else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      for (const k of Object.keys(a)) {
        if (typeof a[k] === 'string' && b[k] === REDACTED && a[k] !== REDACTED) pairs.push([k, a[k]]);
        else collect(a[k]!, b[k]!);
      }
    }
  })(obj, copy);
  for (const [key, value] of pairs) {
    out = out.replace(new RegExp(`(${key ? ':' : '[\\[,]'}\\s*)${esc(JSON.stringify(value))}`, 'g'), `$1"${REDACTED}"`);
  }
  try {
    if (JSON.stringify(JSON.parse(out)) === JSON.stringify(copy)) return { text: out, count };
  } catch {
    /* fall back below */
  }
  return { text: `${JSON.stringify(copy, null, 2)}\n`, count };
}

/** `KEY=value`, `key: value`, `"key": "value",` lines of env, YAML, TOML and JSON5 files. */
const LINE_SECRET = /^(\s*(?:export\s+)?(["']?)([A-Za-z0-9_.-]+)\2\s*[:=]\s*)(["']?)(.*?)\4(\s*,?(?:\s+#.*)?)$/;

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
  return mergeJson(restored, current) ?? mergeLines(restored, current);
}

/** A REDACTED string (or one with REDACTED parts) matched against the node's current value. */
function fill(v: string, cur: unknown): string | undefined {
  if (typeof cur !== 'string') return undefined;
  return new RegExp(`^${v.split(REDACTED).map(esc).join('([\\s\\S]+?)')}$`).test(cur) ? cur : undefined;
}

/**
 * JSON: by key path, so reordered or added providers never swap keys. The restored text keeps its
 * bytes except for the string literals that held REDACTED, replaced in document order.
 */
function mergeJson(restored: string, current: string): { text: string; missing: number } | undefined {
  let r: Json;
  let c: Json;
  try {
    r = JSON.parse(restored) as Json;
    c = JSON.parse(current) as Json;
  } catch {
    return undefined;
  }
  const values: string[] = [];
  let missing = 0;
  const visit = (v: string, cur: unknown) => {
    if (!v.includes(REDACTED)) return;
    const got = fill(v, cur);
    if (got === undefined) missing += v.split(REDACTED).length - 1;
    values.push(got ?? v);
  };
  (function walk(x: Json, y: unknown) {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        const cur = Array.isArray(y) ? (y as unknown[])[i] : undefined;
        if (typeof v === 'string') visit(v, cur);
        else walk(v, cur);
      });
    } else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        const cur = y && typeof y === 'object' && !Array.isArray(y) ? (y as Record<string, unknown>)[k] : undefined;
        if (typeof v === 'string') visit(v, cur);
        else walk(v, cur);
      }
    }
  })(r, c);
  const literals = restored.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
  if (literals.filter((l) => l.includes(REDACTED)).length !== values.length) return undefined;
  let i = 0;
  const text = restored.replace(/"(?:[^"\\]|\\.)*"/g, (lit) => (lit.includes(REDACTED) ? JSON.stringify(values[i++]) : lit));
  return { text, missing };
}

/** Other text: a line with REDACTED takes the node's line of the same shape (same line number first, else a unique match). */
function mergeLines(restored: string, current: string): { text: string; missing: number } {
  const curLines = current.split('\n');
  const used = new Set<number>();
  let missing = 0;
  const lines = restored.split('\n').map((line, idx) => {
    if (!line.includes(REDACTED)) return line;
    const parts = line.split(REDACTED);
    const re = new RegExp(`^${parts.map(esc).join('(.+?)')}$`);
    // the same line number first; elsewhere only an unambiguous match (two providers' "apiKey" lines
    // look alike: guessing could hand one provider's key to another)
    if (idx < curLines.length && !used.has(idx) && re.test(curLines[idx]!)) {
      used.add(idx);
      return curLines[idx]!;
    }
    const candidates = [...curLines.keys()].filter((i) => !used.has(i) && re.test(curLines[i]!));
    if (candidates.length === 1) {
      used.add(candidates[0]!);
      return curLines[candidates[0]!]!;
    }
    missing += parts.length - 1;
    return line;
  });
  return { text: lines.join('\n'), missing };
}
