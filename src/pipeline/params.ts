import type { z } from 'zod';
import type { AnyAction } from '../core/action.js';

/** Turns zod issues into plain words: "count: must be a whole number". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const key = i.path.map(String).join('.');
      return key ? `${key}: ${i.message}` : i.message;
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
