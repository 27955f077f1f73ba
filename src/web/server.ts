import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExternalError, UserError } from '../errors.js';
import { redactObject, redactText, type Secret } from '../secret.js';
import { isLoopbackHost, requestToken, tokenMatches } from './auth.js';
import { renderPage } from './page.js';
import { clusterHealthJson, eventsJson, healthJson, nodeJson, nodesJson, nodesWithSkill, type WebContext } from './view.js';

export interface StatusServerOpts extends WebContext {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  /** Required from every request when set; config insists on one off loopback. */
  token?: Secret;
  refreshS: number;
}

export interface StatusServer {
  /** Starts listening; resolves with the page's URL. Errors are UserErrors naming the setting to change. */
  start(): Promise<string>;
  stop(): Promise<void>;
  /** The URL once listening. */
  url(): string | undefined;
}

/** Every string in a JSON-like value through redactText (known secret formats, key=value secrets). */
function redactStrings(v: unknown): unknown {
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map(redactStrings);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactStrings(x)]));
  return v;
}

type Body = { kind: 'json'; value: unknown } | { kind: 'html'; value: string };

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const ALLOW = 'GET, HEAD';
const EVENTS_DEFAULT = 50;
const EVENTS_MAX = 500;
const PAGE_EVENTS = 15;

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function segment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, 'the path is not valid URL encoding');
  }
}

/** The Host header names this machine (`localhost`, 127.x.y.z, [::1]), with or without a port. */
function loopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return isLoopbackHost(name);
}

function eventsLimit(url: URL): number {
  const raw = url.searchParams.get('limit');
  if (raw === null || raw === '') return EVENTS_DEFAULT;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > EVENTS_MAX) throw new HttpError(400, `limit must be a whole number from 1 to ${EVENTS_MAX}`);
  return n;
}

/** The read-only status page and JSON API. Nothing it serves changes anything. */
export function createStatusServer(opts: StatusServerOpts): StatusServer {
  const ctx: WebContext = opts;
  let server: Server | undefined;
  let url: string | undefined;

  function page(): string {
    const nodes = nodesJson(ctx);
    const scores = ctx.sources.scores;
    const trend = scores
      ? nodes.map((n) => {
          try {
            return { label: n.node_id, points: scores.trend(n.node_id) };
          } catch {
            return { label: n.node_id, points: [] };
          }
        })
      : [];
    // redacted as data, before it becomes HTML (a regex over markup could swallow tags)
    const data = redactStrings(redactObject({ cluster: clusterHealthJson(ctx, nodes), nodes, events: eventsJson(ctx, PAGE_EVENTS), trend })) as Pick<Parameters<typeof renderPage>[0], 'cluster' | 'nodes' | 'events' | 'trend'>;
    return renderPage({ ...data, refreshS: opts.refreshS, now: ctx.now(), startedAt: ctx.startedAt, ...(ctx.version ? { version: ctx.version } : {}) });
  }

  function node(id: string) {
    const record = ctx.store.nodes.get(id);
    if (!record) throw new HttpError(404, `unknown node '${id}'`);
    return nodeJson(ctx, record);
  }

  function route(path: string, url: URL): { status?: number; body: Body } {
    if (path === '/') return { body: { kind: 'html', value: page() } };
    if (path === '/health') {
      const h = healthJson(ctx);
      return { status: h.ok ? 200 : 503, body: { kind: 'json', value: h } };
    }
    if (path === '/api/v1/cluster/health') return { body: { kind: 'json', value: clusterHealthJson(ctx) } };
    if (path === '/api/v1/events') return { body: { kind: 'json', value: eventsJson(ctx, eventsLimit(url)) } };
    if (path === '/api/v1/nodes') return { body: { kind: 'json', value: nodesJson(ctx) } };
    if (path === '/api/v1/nodes/online') return { body: { kind: 'json', value: nodesJson(ctx).filter((n) => n.online) } };
    const parts = path.split('/').slice(1); // ['api','v1','nodes',…]
    if (parts.length >= 4 && parts[0] === 'api' && parts[1] === 'v1' && parts[2] === 'nodes') {
      if (parts.length === 5 && parts[3] === 'skills') return { body: { kind: 'json', value: nodesWithSkill(ctx, segment(parts[4]!)) } };
      if (parts.length === 4) return { body: { kind: 'json', value: node(segment(parts[3]!)) } };
      if (parts.length === 5 && parts[4] === 'health') {
        const n = node(segment(parts[3]!));
        return {
          body: {
            kind: 'json',
            value: { node_id: n.node_id, status: n.status, online: n.online, healthy: n.openclaw?.gateway_healthy ?? null, last_seen_at: n.last_seen_at, last_error: n.last_error, timestamp: new Date(ctx.now()).toISOString() },
          },
        };
      }
    }
    throw new HttpError(404, 'not found');
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: Body, headers: Record<string, string> = {}): void {
    // last guard: whatever reaches a response passes the same redaction as logs and audit rows
    const text = body.kind === 'json' ? `${JSON.stringify(redactStrings(redactObject(body.value)))}\n` : body.value;
    const type = body.kind === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(status, {
      ...COMMON_HEADERS,
      ...(body.kind === 'html' ? { 'Content-Security-Policy': PAGE_CSP } : {}),
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    let status = 500;
    try {
      const url = new URL(req.url ?? '/', 'http://status.invalid');
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      if (opts.token) {
        const given = requestToken(req, url);
        if (given === undefined) throw new HttpError(401, 'a token is required: send the header "Authorization: Bearer <token>" or add ?token=… to the URL', { 'WWW-Authenticate': 'Bearer realm="ocm"' });
        if (!tokenMatches(given, opts.token)) throw new HttpError(401, 'wrong token', { 'WWW-Authenticate': 'Bearer realm="ocm", error="invalid_token"' });
      } else if (!loopbackHostHeader(req.headers.host)) {
        // without a token only this machine may read the page: a web page elsewhere must not reach it through DNS rebinding
        throw new HttpError(403, 'this status page answers only to localhost / 127.0.0.1 addresses; set OCM_STATUS_TOKEN to reach it under another name');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method ?? '?'} is not allowed: this is a read-only page (GET or HEAD)`, { Allow: ALLOW });
      const r = route(path, url);
      status = r.status ?? 200;
      send(req, res, status, r.body);
    } catch (err) {
      if (err instanceof HttpError) {
        status = err.status;
        send(req, res, err.status, { kind: 'json', value: { error: err.message, status: err.status } }, err.headers);
      } else {
        ctx.log.error({ err, path: req.url?.split('?')[0] }, 'status page request failed');
        send(req, res, 500, { kind: 'json', value: { error: 'internal error (details are in the OCM log)', status: 500 } });
      }
    } finally {
      ctx.log.debug({ method: req.method, path: req.url?.split('?')[0], status }, 'status page request');
    }
  }

  function listenError(err: NodeJS.ErrnoException): Error {
    const where = `${opts.host}:${opts.port}`;
    switch (err.code) {
      case 'EADDRINUSE':
        return new UserError(`status page: ${where} is already in use (another OCM or another program)`, 'set OCM_STATUS_PORT (status.port) to a free port, or OCM_STATUS_ENABLED=false (status.enabled) to turn the page off');
      case 'EADDRNOTAVAIL':
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return new UserError(`status page: cannot listen on ${opts.host}: this machine has no such address`, 'set OCM_STATUS_HOST (status.host) to one of its addresses, e.g. 127.0.0.1');
      case 'EACCES':
        return new UserError(`status page: no permission to listen on ${where}`, 'ports below 1024 need root; set OCM_STATUS_PORT (status.port) to 1024 or more');
      default:
        return new ExternalError('status page', `cannot listen on ${where} (${err.code ?? err.message})`, err);
    }
  }

  return {
    start() {
      if (server) return Promise.resolve(url!);
      const s = createServer(handle);
      s.keepAliveTimeout = 5000;
      return new Promise((resolve, reject) => {
        s.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err)));
        s.listen({ port: opts.port, host: opts.host }, () => {
          server = s;
          const { port } = s.address() as AddressInfo;
          const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
          url = `http://${host}:${port}/`;
          s.on('error', (err) => ctx.log.error({ err }, 'status page server error'));
          ctx.log.info({ url, access: opts.token ? 'token required' : isLoopbackHost(opts.host) ? 'loopback, no token' : 'no token' }, 'status page listening');
          resolve(url);
        });
      });
    },
    async stop() {
      const s = server;
      server = undefined;
      url = undefined;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
    url: () => url,
  };
}
