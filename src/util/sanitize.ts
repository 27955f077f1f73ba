/**
 * Text that came from a node (agent output, stderr, hostnames, log lines) is untrusted: it may hold
 * terminal escape sequences, bidi overrides, forged line breaks or megabytes of filler. These
 * helpers make it safe to store, print and show.
 */

/** Default length of one node-supplied string in events, audit rows, messages and logs. */
export const MAX_NODE_TEXT = 300;

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC/SOS (ESC ] … BEL or ST), and two-byte escapes
const ESC_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]?)/g;
// C1 control sequences written as single code points (CSI U+009B, OSC U+009D …) and their parameters
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\x07\u009c]*(?:\x07|\u009c)?/g;
// every C0 control but tab and newline, DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators, BOM
const CONTROL_MULTI = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
const CONTROL_SINGLE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

export interface CleanOpts {
  /** Keep line breaks and tabs (log output); default false: everything on one line. */
  multiline?: boolean;
  /** Longest result in characters, ellipsis included (default 300). */
  max?: number;
}

/** Cuts `text` to at most `max` characters, ending in an ellipsis when anything was cut. */
export function truncate(text: string, max = MAX_NODE_TEXT): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // never leave half of a surrogate pair
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Strips escape sequences and control characters and bounds the length. Single-line (the default):
 * line breaks and tabs become spaces and runs of spaces collapse. Multi-line: \n and \t stay, \r\n
 * becomes \n and a lone \r is dropped.
 */
export function cleanText(input: unknown, opts: CleanOpts = {}): string {
  const max = opts.max ?? MAX_NODE_TEXT;
  let s = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  // work on a bounded prefix: a 2 MB line is never scanned whole by the regexes below
  if (s.length > max * 4 + 256) s = s.slice(0, max * 4 + 256) + '\u2026';
  s = s.replace(ESC_SEQUENCE, '').replace(C1_SEQUENCE, '');
  if (opts.multiline) {
    s = s.replace(/\r\n?/g, '\n').replace(CONTROL_MULTI, '');
  } else {
    s = s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(CONTROL_SINGLE, '').replace(/ {2,}/g, ' ').trim();
  }
  return truncate(s, max);
}

/** A single-line field from a node (hostname, OS, version, arch, path): no line breaks, ~300 chars. */
export function cleanLine(input: unknown, max = MAX_NODE_TEXT): string {
  return cleanText(input, { max });
}

/** Every string inside a JSON-like value cleaned as a single line (keys too); numbers and booleans unchanged. */
export function cleanDeep<T>(value: T, max = MAX_NODE_TEXT, depth = 0): T {
  if (typeof value === 'string') return cleanLine(value, max) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => cleanDeep(v, max, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, 200)) out[cleanLine(k, 80)] = cleanDeep(v, max, depth + 1);
  return out as T;
}

/** For the terminal: strips escape sequences and control characters but keeps \n and \t, with no length cap. */
export function cleanForTerminal(text: string): string {
  return text.replace(ESC_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL_MULTI, '');
}
