import { inspect } from 'node:util';

/** A value that must never be printed: every string conversion yields a mask. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '***';
  }
  toJSON(): string {
    return '***';
  }
  [inspect.custom](): string {
    return 'Secret(***)';
  }
}

const SECRET_KEY = /(api[-_]?key|token|secret|password|passwd|passphrase|private[-_]?key|credential|auth)/i;

/** Deep copy with the values of secret-looking keys replaced (for audit params and logs). */
export function redactObject(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[deep]';
  if (value instanceof Secret) return '***';
  if (Array.isArray(value)) return value.map((v) => redactObject(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEY.test(k) && v !== null && v !== undefined && v !== '' ? '***REDACTED***' : redactObject(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** Known secret formats, redacted wherever they appear in text (logs, config files). */
export const SECRET_PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'anthropic', re: /sk-ant-[A-Za-z0-9_-]{20,}/g },
  { name: 'openai', re: /sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}/g },
  { name: 'telegram-bot-token', re: /\b\d{6,12}:AA[A-Za-z0-9_-]{30,}/g },
  { name: 'github', re: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { name: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}/g },
  { name: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'slack', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { name: 'bearer', re: /\b(Bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/g },
  { name: 'private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g },
];

const KV_SECRET = /((?:api[-_]?key|token|secret|password|passwd|bot[-_]?token|access[-_]?key)["']?\s*[:=]\s*["']?)([^\s"',}]{6,})/gi;

export const REDACTED = '***REDACTED***';

/** Replaces every known secret format and `key=value` secrets in free text. */
export function redactText(text: string): string {
  let out = text;
  for (const { name, re } of SECRET_PATTERNS) out = out.replace(re, (m, prefix: unknown) => (name === 'bearer' && typeof prefix === 'string' ? `${prefix}${REDACTED}` : REDACTED));
  return out.replace(KV_SECRET, (_m, k: string, v: string) => (v === REDACTED ? `${k}${v}` : `${k}${REDACTED}`));
}
