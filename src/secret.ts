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
