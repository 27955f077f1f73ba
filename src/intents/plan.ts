import type { AnyAction } from '../core/action.js';
import type { Tier } from '../core/types.js';
import { TIER_ORDER } from '../core/types.js';
import { esc } from '../bot/render/html.js';
import { actionLine, en, translator, type Msg, type Translator } from '../i18n/index.js';
import { describeIssues } from '../pipeline/params.js';
import { typoDistance } from '../util/typo.js';
import { localeOfLang, type Lang } from './lang.js';

/** An operation as the parser or the model proposed it: untrusted until checked. */
export interface RawStep {
  action: string;
  input: Record<string, unknown>;
}

/** A checked step: a known action, valid params, known nodes. */
export interface Step {
  action: AnyAction;
  /** What goes to the pipeline (which validates it again, like a slash command's words). */
  input: Record<string, unknown>;
  tier: Tier;
  /** The equivalent slash command, shown to the operator. */
  command: string;
  /** Node ids the step touches ("all" expanded). */
  nodes: string[];
}

/** A refused step's problem is a message, rendered in the language of the request (inside `nl-rejected`). */
export type Checked = { ok: true; steps: Step[] } | { ok: false; problem: Msg };

/** Parameters that name nodes, by convention across the catalog. */
const NODE_KEYS = ['node', 'target'] as const;

/**
 * Actions offered to natural language. Left out: actions without a slash command (internal steps
 * such as `scanhost`, whose result a conversation consumes), interactive ones (`/newnode` needs a
 * guided conversation and a host-key trust decision a model must not make) and `start` (a greeting).
 */
export function isNlAction(a: AnyAction): boolean {
  return a.command !== null && !a.interactive && a.name !== 'start';
}

function nodeHint(nodeIds: readonly string[]): Msg {
  return nodeIds.length ? { key: 'nl-known-nodes', args: { nodes: nodeIds.join(', ') } } : { key: 'nl-no-nodes' };
}

/** The known node an unknown id was probably meant to be (one typo), if exactly one fits. */
export function nearNode(id: string, nodeIds: readonly string[]): string | undefined {
  const compact = (s: string) => s.replace(/[-_\s]/g, '');
  const close = nodeIds.filter((n) => typoDistance(compact(id), compact(n)) <= 1);
  return close.length === 1 ? close[0] : undefined;
}

export function unknownNodeProblem(id: string, nodeIds: readonly string[]): Msg {
  const near = nearNode(id, nodeIds);
  const known = nodeHint(nodeIds);
  return near ? { key: 'nl-unknown-node-near', args: { node: id, near, known } } : { key: 'nl-unknown-node', args: { node: id, known } };
}

function slashCommand(a: AnyAction, input: Record<string, unknown>, parsed: Record<string, unknown>): string {
  const words = [`/${a.command ?? a.name}`];
  const quote = (v: unknown) => (/[\s"]/.test(String(v)) ? `"${String(v).replace(/"/g, "'")}"` : String(v));
  const args = [...(a.args ?? [])];
  const named: string[] = [];
  let positional = true;
  for (const k of args) {
    if (input[k] === undefined) {
      positional = false;
      continue;
    }
    if (positional) words.push(quote(parsed[k]));
    else named.push(`${k}=${quote(parsed[k])}`);
  }
  for (const k of Object.keys(input)) if (!args.includes(k) && input[k] !== undefined) named.push(`${k}=${quote(parsed[k] ?? input[k])}`);
  return [...words, ...named].join(' ');
}

/**
 * Checks proposed steps against the catalog, the action's zod schema and the node list. `t` is the
 * language of the request (the schema's own messages are catalog keys rendered in it).
 */
export function checkSteps(raw: readonly RawStep[], catalog: readonly AnyAction[], nodeIds: readonly string[], t: Pick<Translator, 'text'> = en): Checked {
  const steps: Step[] = [];
  for (const r of raw) {
    const action = catalog.find((a) => a.name === r.action);
    if (!action) return { ok: false, problem: { key: 'nl-no-such-operation', args: { action: r.action } } };
    if (!isNlAction(action)) {
      return {
        ok: false,
        problem: action.interactive ? { key: 'nl-guided-conversation', args: { usage: action.usage, command: action.command ?? action.name } } : { key: 'nl-not-in-plain-words', args: { action: action.name } },
      };
    }
    const parsed = action.params.safeParse(r.input);
    if (!parsed.success) return { ok: false, problem: { key: 'nl-invalid-params', args: { problem: describeIssues(parsed.error, t), usage: action.usage } } };
    const data = parsed.data as Record<string, unknown>;
    const touched: string[] = [];
    for (const k of NODE_KEYS) {
      const v = data[k];
      if (typeof v !== 'string') continue;
      if (v === 'all') {
        touched.push(...nodeIds);
        continue;
      }
      if (!nodeIds.includes(v)) return { ok: false, problem: unknownNodeProblem(v, nodeIds) };
      touched.push(v);
    }
    steps.push({ action, input: r.input, tier: action.tierFor?.(data) ?? action.tier, command: slashCommand(action, r.input, data), nodes: touched });
  }
  return { ok: true, steps };
}

export function highestTier(steps: readonly Step[]): Tier {
  return steps.reduce<Tier>((t, s) => (TIER_ORDER[s.tier] > TIER_ORDER[t] ? s.tier : t), 'read');
}

/** A plan preview is shown when a request touches several nodes or several steps. */
export function needsPreview(steps: readonly Step[]): boolean {
  return steps.length > 1 || steps.some((s) => s.nodes.length > 1);
}

/** The numbered plan with the confirmation its highest tier needs (HTML), in the language of the request. */
export function renderPlan(steps: readonly Step[], lang: Lang): string {
  const t = translator(localeOfLang(lang));
  const lines: string[] = [];
  if (steps.length === 1) {
    const s = steps[0]!;
    const verb = s.command.split(' ')[0]!;
    lines.push(t('nl-plan-one', { command: s.command, line: actionLine(t, s.action), count: s.nodes.length }));
    s.nodes.forEach((n, i) => lines.push(`${i + 1}. ${esc(verb)} ${esc(n)}`));
  } else {
    lines.push(t('nl-plan'));
    steps.forEach((s, i) => lines.push(`${i + 1}. ${esc(s.command)} — ${esc(actionLine(t, s.action))}`));
  }
  lines.push('', t(`nl-needs-${highestTier(steps)}`));
  if (steps.length > 1) lines.push(t('nl-step-by-step'));
  return lines.join('\n');
}
