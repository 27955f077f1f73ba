import Anthropic from '@anthropic-ai/sdk';
import { ExternalError } from '../errors.js';
import { formatDuration } from '../bot/render/html.js';
import { redactText, type Secret } from '../secret.js';
import type { ToolDef } from './tools.js';

export type ContentBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: unknown } | { type: 'other' };

export interface LlmRequest {
  system: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  tools: ToolDef[];
  maxTokens: number;
  /** Aborts the call (the operator's /cancel). */
  signal?: AbortSignal;
}

export interface LlmResponse {
  model: string;
  content: ContentBlock[];
  stopReason: string | null;
  usage: { inputTokens: number; outputTokens: number };
}

/** The one call the intent layer makes; tests point the real client at a loopback server. */
export interface LlmClient {
  readonly model: string;
  complete(req: LlmRequest): Promise<LlmResponse>;
}

export interface ClaudeOpts {
  apiKey: Secret;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  /** Retries of 429/5xx/overloaded by the SDK (it honours retry-after). */
  maxRetries?: number;
}

/** Raw SDK errors become one sentence the operator can act on. */
export function translateClaudeError(err: unknown, opts: { baseUrl: string; timeoutMs: number }): ExternalError {
  const waited = formatDuration(opts.timeoutMs);
  if (err instanceof Anthropic.APIUserAbortError || err instanceof Anthropic.APIConnectionTimeoutError) {
    return new ExternalError('Claude', `no answer within ${waited}; try again in a moment`, err);
  }
  if (err instanceof Anthropic.APIConnectionError) return new ExternalError('Claude', `cannot reach the API at ${opts.baseUrl} (check ANTHROPIC_BASE_URL and the network)`, err);
  if (err instanceof Anthropic.APIError) {
    const body = err.error as { error?: { type?: string; message?: string } } | undefined;
    const type = body?.error?.type;
    const detail = body?.error?.message ? `: ${redactText(body.error.message).slice(0, 200)}` : '';
    if (err.status === 529 || type === 'overloaded_error') return new ExternalError('Claude', 'the API is overloaded right now (529); try again in a minute', err);
    if (err.status === 429) return new ExternalError('Claude', 'the API rate limit was reached (429); wait a minute and try again', err);
    if (err.status === 401 || err.status === 403) return new ExternalError('Claude', `the API key was refused (${err.status}); check ANTHROPIC_API_KEY`, err);
    if (err.status !== undefined && err.status >= 500) return new ExternalError('Claude', `the API failed (${err.status}${type ? ` ${type}` : ''}); try again later`, err);
    return new ExternalError('Claude', `the API refused the request (${err.status ?? '?'}${detail})`, err);
  }
  return new ExternalError('Claude', 'the request failed unexpectedly (details are in the OCM log)', err);
}

export function createClaudeClient(opts: ClaudeOpts): LlmClient {
  // every option explicit, so the SDK reads nothing from the environment
  const client = new Anthropic({ apiKey: opts.apiKey.reveal(), baseURL: opts.baseUrl, timeout: opts.timeoutMs, maxRetries: opts.maxRetries ?? 2, webhookKey: null });
  return {
    model: opts.model,
    async complete(req) {
      const ac = new AbortController();
      // one limit for the whole call, retries included
      const timer = setTimeout(() => ac.abort(), opts.timeoutMs);
      try {
        const r = await client.messages.create(
          { model: opts.model, max_tokens: req.maxTokens, system: req.system, messages: req.messages, tools: req.tools },
          { signal: req.signal ? AbortSignal.any([ac.signal, req.signal]) : ac.signal },
        );
        return {
          model: r.model,
          stopReason: r.stop_reason ?? null,
          usage: { inputTokens: r.usage.input_tokens, outputTokens: r.usage.output_tokens },
          content: r.content.map((c): ContentBlock => (c.type === 'text' ? { type: 'text', text: c.text } : c.type === 'tool_use' ? { type: 'tool_use', id: c.id, name: c.name, input: c.input } : { type: 'other' })),
        };
      } catch (err) {
        throw translateClaudeError(err, opts);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
