import type { AnyAction } from '../core/action.js';
import { esc } from '../bot/render/html.js';
import type { Config } from '../config.js';
import { describeError, errorMsg, ExternalError } from '../errors.js';
import { translator, type Translator } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { LlmOutcome } from '../store/llm-repo.js';
import { createClaudeClient, type LlmClient, type LlmResponse } from './claude.js';
import { parseFallback } from './fallback.js';
import { detectLang, localeOfLang, type Lang } from './lang.js';
import { checkSteps, needsPreview, renderPlan, type RawStep, type Step } from './plan.js';
import { loadPrompt, renderPrompt } from './prompts.js';
import { ASK_TOOL, buildTools } from './tools.js';

export type IntentResult =
  | { kind: 'plan'; steps: Step[]; lang: Lang; source: 'claude' | 'fallback'; /** numbered plan (HTML) when several nodes or steps are touched */ preview: string | null; /** "Understood as: /restart g3s-02" (HTML) */ echo: string }
  | { kind: 'reply'; tone: 'clarify' | 'answer' | 'unsupported' | 'rejected' | 'error'; html: string; lang: Lang };

export interface IntentDeps {
  catalog: readonly AnyAction[];
  store: Store;
  log: Logger;
  now(): number;
  anthropic: Config['anthropic'];
  intent: Config['intent'];
  /** Replaces the Claude client built from `anthropic` (tests). */
  llm?: LlmClient;
}

/** Who asks: the chat (its history), the actor (rate limit), and an optional signal that cancels the request. */
export interface IntentWho {
  chatId: number;
  actor: string;
  signal?: AbortSignal;
}

export class IntentCancelled extends Error {
  constructor() {
    super('the request was cancelled'); // i18n-exempt: a control-flow signal, never shown (the bot catches it)
    this.name = 'IntentCancelled';
  }
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-Hans': '简体中文 (Simplified Chinese)', 'zh-Hant': '繁體中文 (Traditional Chinese)', ja: '日本語 (Japanese)' };
const WINDOW_MS = 60_000;

/** Natural language → checked steps, a question back, or a reply. Never runs anything itself. */
export function createIntentService(deps: IntentDeps) {
  const { store, log, now } = deps;
  const llm: LlmClient | undefined =
    deps.llm ??
    (deps.anthropic.apiKey
      ? createClaudeClient({ apiKey: deps.anthropic.apiKey, baseUrl: deps.anthropic.baseUrl, model: deps.intent.model, timeoutMs: deps.intent.timeoutS * 1000 })
      : undefined);
  const calls = new Map<string, number[]>();

  /** Seconds to wait, or 0 when this actor may call Claude now (sliding one-minute window). */
  function rateLimited(actor: string): number {
    const t = now();
    const recent = (calls.get(actor) ?? []).filter((x) => t - x < WINDOW_MS);
    calls.set(actor, recent);
    if (recent.length >= deps.intent.ratePerMinute) return Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - t) / 1000));
    recent.push(t);
    return 0;
  }

  /** Every reply is in the language of the request. */
  const tr = (lang: Lang): Translator => translator(localeOfLang(lang));

  function planOf(steps: Step[], lang: Lang, source: 'claude' | 'fallback'): IntentResult {
    return {
      kind: 'plan',
      steps,
      lang,
      source,
      preview: needsPreview(steps) ? renderPlan(steps, lang) : null,
      echo: tr(lang)('nl-understood', { commands: steps.map((s) => s.command).join(' ; ') }),
    };
  }

  function check(raw: RawStep[], lang: Lang, source: 'claude' | 'fallback'): IntentResult {
    const t = tr(lang);
    const checked = checkSteps(raw, deps.catalog, store.nodes.list().map((n) => n.id), t);
    if (!checked.ok) return { kind: 'reply', tone: 'rejected', lang, html: t('nl-rejected', { problem: checked.problem }) };
    return planOf(checked.steps, lang, source);
  }

  function fallback(text: string, lang: Lang): IntentResult {
    const r = parseFallback(text, store.nodes.list(), deps.catalog);
    if (r.kind === 'steps') return check(r.steps, lang, 'fallback');
    return { kind: 'reply', tone: r.kind === 'reject' ? 'rejected' : r.kind, lang, html: tr(lang).msg(r.msg) };
  }

  function systemPrompt(lang: Lang): string {
    const nodes = store.nodes.list();
    const lines = nodes.map((n) => `- ${n.id} · ${n.name} · ${n.status}${n.lastError ? ` (${n.lastError.slice(0, 80)})` : ''}`);
    return renderPrompt(loadPrompt('intent-system.md'), { lang: LANG_NAMES[lang], now: new Date(now()).toISOString(), nodes: lines.join('\n') || '(no nodes yet)' }); // i18n-exempt: part of the system prompt Claude reads
  }

  function messages(chatId: number, text: string): { role: 'user' | 'assistant'; content: string }[] {
    const out: { role: 'user' | 'assistant'; content: string }[] = [];
    for (const t of [...store.llm.recentTurns(chatId, deps.intent.historyTurns), { role: 'user' as const, text }]) {
      const last = out[out.length - 1];
      if (last?.role === t.role) last.content += `\n${t.text}`;
      else if (out.length || t.role === 'user') out.push({ role: t.role, content: t.text });
    }
    return out;
  }

  function fromResponse(r: LlmResponse, lang: Lang): IntentResult {
    const uses = r.content.filter((c) => c.type === 'tool_use');
    const ask = uses.find((u) => u.name === ASK_TOOL);
    if (ask) {
      const q = (ask.input as { question?: unknown } | null)?.question;
      if (typeof q === 'string' && q.trim()) return { kind: 'reply', tone: 'clarify', lang, html: `❓ ${esc(q.trim())}` };
    }
    if (uses.length) {
      const raw: RawStep[] = [];
      for (const u of uses) {
        if (u.name === ASK_TOOL) continue;
        if (!u.input || typeof u.input !== 'object' || Array.isArray(u.input)) return { kind: 'reply', tone: 'rejected', lang, html: tr(lang)('nl-rejected', { problem: { key: 'nl-params-not-object', args: { tool: u.name } } }) };
        raw.push({ action: u.name, input: u.input as Record<string, unknown> });
      }
      return check(raw, lang, 'claude');
    }
    const text = r.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join('\n').trim();
    if (!text) {
      const empty = new ExternalError('Claude', 'nl-claude-empty', { reason: r.stopReason ?? { key: 'nl-claude-no-stop-reason' } });
      return { kind: 'reply', tone: 'error', lang, html: tr(lang)('nl-claude-failed', { error: errorMsg(empty) }) };
    }
    return { kind: 'reply', tone: 'answer', lang, html: `💬 ${esc(text)}` };
  }

  async function viaClaude(client: LlmClient, text: string, who: IntentWho, lang: Lang): Promise<IntentResult> {
    const wait = rateLimited(who.actor);
    if (wait) return { kind: 'reply', tone: 'error', lang, html: tr(lang)('nl-rate-limited', { s: wait }) };
    const started = now();
    const record = (outcome: LlmOutcome, usage: { inputTokens: number; outputTokens: number } | null, error: string | null, model = client.model) =>
      store.llm.recordCall({ purpose: 'intent', model, chatId: who.chatId, actor: who.actor, inputTokens: usage?.inputTokens ?? null, outputTokens: usage?.outputTokens ?? null, latencyMs: now() - started, outcome, errorMessage: error });
    let r: LlmResponse;
    try {
      r = await client.complete({ system: systemPrompt(lang), messages: messages(who.chatId, text), tools: buildTools(deps.catalog), maxTokens: 1024, ...(who.signal ? { signal: who.signal } : {}) });
    } catch (err) {
      if (who.signal?.aborted) {
        record('error', null, 'cancelled by the operator'); // i18n-exempt: the llm_calls record (English, like the audit log)
        throw new IntentCancelled();
      }
      const why = describeError(err);
      log.warn({ err, chatId: who.chatId }, 'claude intent call failed');
      record('error', null, why);
      return { kind: 'reply', tone: 'error', lang, html: tr(lang)('nl-claude-failed', { error: errorMsg(err) }) };
    }
    const result = fromResponse(r, lang);
    record(result.kind === 'reply' && (result.tone === 'rejected' || result.tone === 'error') ? 'rejected' : 'ok', r.usage, result.kind === 'reply' && result.tone === 'rejected' ? result.html : null, r.model);
    return result;
  }

  function summary(r: IntentResult): string {
    // i18n-exempt: the assistant turn of the chat history Claude reads
    if (r.kind === 'plan') return `OCM will run: ${r.steps.map((s) => s.command).join(' ; ')}`;
    return r.html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  return {
    /** True when requests go to Claude, false with the deterministic fallback parser. */
    usesClaude: llm !== undefined,
    /** Throws IntentCancelled when `who.signal` aborts the request (nothing is recorded in the chat's history then). */
    async interpret(text: string, who: IntentWho): Promise<IntentResult> {
      const lang = detectLang(text);
      const result = llm ? await viaClaude(llm, text, who, lang) : fallback(text, lang);
      if (who.signal?.aborted) throw new IntentCancelled();
      store.llm.addTurn(who.chatId, 'user', text);
      store.llm.addTurn(who.chatId, 'assistant', summary(result));
      return result;
    },
  };
}

export type IntentService = ReturnType<typeof createIntentService>;
