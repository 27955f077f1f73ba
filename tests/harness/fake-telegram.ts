import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call the bot made to the Bot API. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

interface Waiter {
  offset: number;
  resolve: (updates: unknown[]) => void;
  timer: NodeJS.Timeout;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
  if (type.includes('multipart/form-data')) {
    // enough of multipart for tests: text fields by name, files as their byte size and file name
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
    const b = boundary?.[1] ?? boundary?.[2] ?? '';
    const out: Record<string, unknown> = {};
    for (const part of raw.toString('latin1').split(`--${b}`)) {
      const m = /name="([^"]+)"(?:; filename="([^"]*)")?[\s\S]*?\r\n\r\n([\s\S]*)\r\n$/.exec(part);
      if (!m) continue;
      if (m[2] !== undefined) out[m[1]!] = { filename: m[2], content: Buffer.from(m[3]!, 'latin1').toString('utf8') };
      else out[m[1]!] = Buffer.from(m[3]!, 'latin1').toString('utf8');
    }
    for (const [k, v] of Object.entries(out)) {
      if (typeof v === 'string' && /^attach:\/\//.test(v)) out[k] = out[v.slice('attach://'.length)] ?? v;
      else if (typeof v === 'string' && /^[[{]/.test(v)) {
        try {
          out[k] = JSON.parse(v);
        } catch {
          /* plain text */
        }
      }
    }
    return out;
  }
  return {};
}

/**
 * A Bot API server on loopback: getUpdates long-polls for real, every other method is recorded
 * and answered with realistic objects. Tests push updates and read the calls.
 */
export async function startFakeTelegram(opts: { token: string; botUsername?: string }) {
  const calls: ApiCall[] = [];
  const updates: { update_id: number }[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 100;
  let waiters: Waiter[] = [];
  const listeners = new Set<() => void>();
  /** Scripted Bot API errors: method → the error and how many more calls get it. */
  const failures = new Map<string, { error_code: number; description: string; parameters?: Record<string, unknown>; left: number }>();

  function pending(offset: number): unknown[] {
    return updates.filter((u) => u.update_id >= offset);
  }

  function notify(): void {
    for (const w of waiters) {
      const list = pending(w.offset);
      if (list.length) {
        clearTimeout(w.timer);
        w.resolve(list);
      }
    }
    waiters = waiters.filter((w) => !pending(w.offset).length);
  }

  function message(payload: Record<string, unknown>, id = nextMessageId++) {
    return { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: Number(payload.chat_id), type: 'private' }, text: payload.text ?? '' };
  }

  const server: Server = createServer(async (req, res) => {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url?.split('?')[0] ?? '');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!m) return send(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== opts.token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    const payload = await readBody(req);
    if (method === 'getUpdates') {
      const offset = Number(payload.offset ?? 0);
      for (let i = updates.length - 1; i >= 0; i--) if (updates[i]!.update_id < offset) updates.splice(i, 1);
      const list = pending(offset);
      if (list.length) return send(200, { ok: true, result: list });
      const timeoutS = Math.min(Number(payload.timeout ?? 0), 30);
      const w: Waiter = { offset, resolve: (l) => send(200, { ok: true, result: l }), timer: setTimeout(() => {}, 0) };
      w.timer = setTimeout(() => {
        waiters = waiters.filter((x) => x !== w);
        send(200, { ok: true, result: [] });
      }, timeoutS * 1000);
      waiters.push(w);
      req.on('close', () => {
        clearTimeout(w.timer);
        waiters = waiters.filter((x) => x !== w);
      });
      return;
    }
    calls.push({ method, payload });
    for (const l of listeners) l();
    const failure = failures.get(method);
    if (failure && failure.left > 0) {
      failure.left--;
      const { left: _left, ...error } = failure;
      return send(error.error_code, { ok: false, ...error });
    }
    switch (method) {
      case 'getMe':
        return send(200, { ok: true, result: { id: 999, is_bot: true, first_name: 'OCM', username: opts.botUsername ?? 'ocm_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } });
      case 'sendMessage':
      case 'sendDocument':
        return send(200, { ok: true, result: message(payload) });
      case 'editMessageText':
        return send(200, { ok: true, result: message(payload, Number(payload.message_id)) });
      default:
        return send(200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const api = {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /**
     * The next `times` calls of `method` are answered with this Bot API error (e.g. 404 for a
     * method an emulator lacks, or 429 with parameters.retry_after); still recorded in `calls`.
     */
    failMethod(method: string, error: { error_code: number; description: string; parameters?: Record<string, unknown> }, times = Number.POSITIVE_INFINITY): void {
      failures.set(method, { ...error, left: times });
    },
    /** Queues a text message from a user, as Telegram would deliver it. */
    sendText(from: { id: number; username?: string }, text: string, chatId = from.id): void {
      const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
      updates.push({
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private' },
          from: { id: from.id, is_bot: false, first_name: from.username ?? 'user', ...(from.username ? { username: from.username } : {}) },
          text,
          ...(entities ? { entities } : {}),
        },
      } as { update_id: number });
      notify();
    },
    /** Queues a tap on an inline button (callback_query) under a message in the user's chat. */
    sendCallback(from: { id: number; username?: string }, data: string, chatId = from.id): void {
      const user = { id: from.id, is_bot: false, first_name: from.username ?? 'user', ...(from.username ? { username: from.username } : {}) };
      updates.push({
        update_id: nextUpdateId++,
        callback_query: { id: String(nextUpdateId), chat_instance: String(chatId), from: user, data, message: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: '' } },
      } as { update_id: number });
      notify();
    },
    /** Resolves when a recorded call satisfies `pred` (checked on every new call), or rejects after `timeoutMs`. */
    waitFor(pred: (c: ApiCall) => boolean, timeoutMs = 10_000): Promise<ApiCall> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = calls.find(pred);
          if (hit) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    messagesTo(chatId: number): string[] {
      return calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId).map((c) => String(c.payload.text));
    },
    async close(): Promise<void> {
      for (const w of waiters) clearTimeout(w.timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
