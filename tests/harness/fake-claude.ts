import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Anthropic Messages API (POST /v1/messages), speaking its wire format:
 * message objects with text / tool_use content blocks, stop_reason and usage, and error bodies
 * {"type":"error","error":{"type":…,"message":…}} with their HTTP statuses. Point the SDK at it with
 * baseURL (OCM: ANTHROPIC_BASE_URL). Each test scripts the answers with `respond`.
 */

export interface ClaudeCall {
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    max_tokens: number;
    system?: string;
    messages: { role: string; content: unknown }[];
    tools?: { name: string; description: string; input_schema: { type: string; properties: Record<string, unknown>; required?: string[] } }[];
  };
}

export interface FakeReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Never answer (a hung API, for timeouts). */
  hang?: boolean;
  /** Answer only after this many ms (a slow model); a client that gives up first just closes the socket. */
  delayMs?: number;
}

export type Block = { type: 'text'; text: string } | { type: 'tool_use'; name: string; input: unknown };

/** A successful message; stop_reason follows the blocks (tool_use when a tool is called). */
export function message(blocks: Block[], usage = { input_tokens: 1234, output_tokens: 56 }): FakeReply {
  const content = blocks.map((b) => (b.type === 'tool_use' ? { type: 'tool_use', id: `toolu_${randomBytes(8).toString('hex')}`, name: b.name, input: b.input } : b));
  return {
    status: 200,
    body: {
      id: `msg_${randomBytes(8).toString('hex')}`,
      type: 'message',
      role: 'assistant',
      model: 'claude-test-model',
      content,
      stop_reason: blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { ...usage, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    },
  };
}

export const toolUse = (name: string, input: unknown): Block => ({ type: 'tool_use', name, input });
export const text = (t: string): Block => ({ type: 'text', text: t });

/** An API error as Anthropic sends it; retry-after-ms keeps the SDK's retries quick. */
export function apiError(status: number, type: string, msg: string): FakeReply {
  return { status, body: { type: 'error', error: { type, message: msg } }, headers: { 'retry-after-ms': '5', 'request-id': `req_${randomBytes(6).toString('hex')}` } };
}

export async function startFakeClaude(opts: { apiKey: string }) {
  const calls: ClaudeCall[] = [];
  let responder: (call: ClaudeCall, n: number) => FakeReply = () => apiError(500, 'api_error', 'no answer scripted');
  const hung: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (r: FakeReply) => {
        res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
        res.end(JSON.stringify(r.body));
      };
      if (req.method !== 'POST' || req.url !== '/v1/messages') return send(apiError(404, 'not_found_error', `${req.method} ${req.url} not found`));
      const key = req.headers['x-api-key'] ?? req.headers.authorization?.replace(/^Bearer /, '');
      if (key !== opts.apiKey) return send(apiError(401, 'authentication_error', 'invalid x-api-key'));
      if (!req.headers['anthropic-version']) return send(apiError(400, 'invalid_request_error', 'anthropic-version header is required'));
      let body: ClaudeCall['body'];
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ClaudeCall['body'];
      } catch {
        return send(apiError(400, 'invalid_request_error', 'body is not JSON'));
      }
      if (!body.model || !body.max_tokens || !Array.isArray(body.messages) || body.messages[0]?.role !== 'user') {
        return send(apiError(400, 'invalid_request_error', 'model, max_tokens and messages starting with a user turn are required'));
      }
      const call = { headers: req.headers, body };
      calls.push(call);
      const r = responder(call, calls.length);
      if (r.hang) {
        hung.push(() => res.destroy());
        return;
      }
      if (r.delayMs) {
        const timer = setTimeout(() => {
          if (!res.destroyed) send(r);
        }, r.delayMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      send(r);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Scripts the answers: called for each accepted request with its number (1-based). */
    respond(fn: (call: ClaudeCall, n: number) => FakeReply) {
      responder = fn;
    },
    /** The text of the last user turn of a request. */
    lastUserText(call: ClaudeCall): string {
      const c = call.body.messages[call.body.messages.length - 1]?.content;
      return typeof c === 'string' ? c : JSON.stringify(c);
    },
    async close() {
      for (const h of hung) h();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeClaude = Awaited<ReturnType<typeof startFakeClaude>>;
