import type { IntentResult } from './service.js';

/** One utterance of the eval set (tests/fixtures/intents.json). */
export interface EvalCase {
  text: string;
  lang: string;
  /** The deterministic fallback parser is meant to cover it. */
  fallback: boolean;
  expect: { steps: { action: string; params: Record<string, unknown> }[] } | { kind: 'clarify' | 'none' };
}

export interface EvalSet {
  nodes: { id: string; name: string }[];
  cases: EvalCase[];
}

/** What the result was, in one line (for the printed report). */
export function describeResult(r: IntentResult): string {
  if (r.kind === 'plan') return r.steps.map((s) => s.command).join(' ; ');
  return `${r.tone}: ${r.html.replace(/<[^>]+>/g, '').slice(0, 80)}`;
}

/** True when the result matches the expectation: same actions in order, expected params equal after validation. */
export function matches(c: EvalCase, r: IntentResult): boolean {
  if ('kind' in c.expect) {
    if (c.expect.kind === 'clarify') return r.kind === 'reply' && r.tone === 'clarify';
    return r.kind === 'reply' && r.tone !== 'clarify' && r.tone !== 'error';
  }
  if (r.kind !== 'plan' || r.steps.length !== c.expect.steps.length) return false;
  return c.expect.steps.every((e, i) => {
    const s = r.steps[i]!;
    if (s.action.name !== e.action) return false;
    const parsed = s.action.params.safeParse(s.input);
    if (!parsed.success) return false;
    const data = parsed.data as Record<string, unknown>;
    return Object.entries(e.params).every(([k, v]) => data[k] === v);
  });
}
