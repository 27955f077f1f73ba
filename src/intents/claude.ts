import Anthropic from '@anthropic-ai/sdk';
import { ExternalError } from '../errors.js';
import { durationMsg } from '../i18n/index.js';
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

/** Raw SDK errors become one sentence the operator can act on (a catalog key, rendered in the reader's language). */
export function translateClaudeError(err: unknown, opts: { baseUrl: string; timeoutMs: number }): ExternalError {
  if (err instanceof Anthropic.APIUserAbortError || err instanceof Anthropic.APIConnectionTimeoutError) {
    return new ExternalError('Claude', 'nl-claude-timeout', { waited: durationMsg(opts.timeoutMs) }, err);
  }
  if (err instanceof Anthropic.APIConnectionError) return new ExternalError('Claude', 'nl-claude-unreachable', { url: opts.baseUrl }, err);
  if (err instanceof Anthropic.APIError) {
    const body = err.error as { error?: { type?: string; message?: string } } | undefined;
    const type = body?.error?.type;
    const detail = body?.error?.message ? `: ${redactText(body.error.message).slice(0, 200)}` : '';
    if (err.status === 529 || type === 'overloaded_error') return new ExternalError('Claude', 'nl-claude-overloaded', {}, err);
    if (err.status === 429) return new ExternalError('Claude', 'nl-claude-rate-limited', {}, err);
    if (err.status === 401 || err.status === 403) return new ExternalError('Claude', 'nl-claude-key-refused', { status: String(err.status) }, err);
    if (err.status !== undefined && err.status >= 500) return new ExternalError('Claude', 'nl-claude-server-error', { code: `${err.status}${type ? ` ${type}` : ''}` }, err);
    return new ExternalError('Claude', 'nl-claude-refused', { code: `${err.status ?? '?'}${detail}` }, err);
  }
  return new ExternalError('Claude', 'nl-claude-unexpected', {}, err);
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
