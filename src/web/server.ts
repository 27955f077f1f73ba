import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../errors.js';
import { en, getDefaultLocale, localeOf, localeOfAcceptLanguage, translator, type Locale, type Msg } from '../i18n/index.js';
import { redactObject, redactText, type Secret } from '../secret.js';
import { isLoopbackHost, requestToken, tokenMatches } from './auth.js';
import { htmlLang, renderErrorPage, renderPage } from './page.js';
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

type Body = { kind: 'json'; value: unknown } | { kind: 'html'; value: string; locale: Locale };

/** A refused request: JSON in English (the API's contract), or an error page in the browser's language. */
class HttpError extends Error {
  constructor(readonly status: number, readonly msg: Msg, readonly headers: Record<string, string> = {}) {
    super(en.msgText(msg));
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
    throw new HttpError(400, { key: 'status-page-error-bad-encoding' });
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
  if (!/^\d+$/.test(raw) || n < 1 || n > EVENTS_MAX) throw new HttpError(400, { key: 'status-page-error-limit', args: { max: EVENTS_MAX } });
  return n;
}

/** The page's language: `?lang=en|zh|ja`, else the browser's Accept-Language, else OCM's default. */
export function pageLocale(url: URL, acceptLanguage: string | undefined): Locale {
  return localeOf(url.searchParams.get('lang')) ?? localeOfAcceptLanguage(acceptLanguage) ?? getDefaultLocale();
}

/** A browser asking for the page (not a script asking the API) gets errors as a page too. */
function wantsHtml(req: IncomingMessage, path: string): boolean {
  return path === '/' && /\btext\/html\b/.test(req.headers.accept ?? '');
}

/** The read-only status page and JSON API. Nothing it serves changes anything. */
export function createStatusServer(opts: StatusServerOpts): StatusServer {
  const ctx: WebContext = opts;
  let server: Server | undefined;
  let url: string | undefined;

  function page(locale: Locale): string {
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
    const t = translator(locale);
    const data = redactStrings(redactObject({ cluster: clusterHealthJson(ctx, nodes), nodes, events: eventsJson(ctx, PAGE_EVENTS, t), trend })) as Pick<Parameters<typeof renderPage>[0], 'cluster' | 'nodes' | 'events' | 'trend'>;
    return renderPage({ ...data, refreshS: opts.refreshS, now: ctx.now(), startedAt: ctx.startedAt, ...(ctx.version ? { version: ctx.version } : {}) }, t);
  }

  function node(id: string) {
    const record = ctx.store.nodes.get(id);
    if (!record) throw new HttpError(404, { key: 'status-page-error-unknown-node', args: { node: id } });
    return nodeJson(ctx, record);
  }

  function route(path: string, url: URL, locale: Locale): { status?: number; body: Body } {
    if (path === '/') return { body: { kind: 'html', value: page(locale), locale } };
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
    throw new HttpError(404, { key: 'status-page-error-not-found' });
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: Body, headers: Record<string, string> = {}): void {
    // last guard: whatever reaches a response passes the same redaction as logs and audit rows
    const text = body.kind === 'json' ? `${JSON.stringify(redactStrings(redactObject(body.value)))}\n` : body.value;
    const type = body.kind === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(status, {
      ...COMMON_HEADERS,
      ...(body.kind === 'html' ? { 'Content-Security-Policy': PAGE_CSP, 'Content-Language': htmlLang(body.locale), Vary: 'Accept-Language' } : {}),
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    let status = 500;
    let html = false;
    let locale: Locale = getDefaultLocale();
    try {
      const url = new URL(req.url ?? '/', 'http://status.invalid');
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      html = wantsHtml(req, path);
      locale = pageLocale(url, req.headers['accept-language']);
      if (opts.token) {
        const given = requestToken(req, url);
        if (given === undefined) throw new HttpError(401, { key: 'status-page-error-token-required' }, { 'WWW-Authenticate': 'Bearer realm="ocm"' });
        if (!tokenMatches(given, opts.token)) throw new HttpError(401, { key: 'status-page-error-wrong-token' }, { 'WWW-Authenticate': 'Bearer realm="ocm", error="invalid_token"' });
      } else if (!loopbackHostHeader(req.headers.host)) {
        // without a token only this machine may read the page: a web page elsewhere must not reach it through DNS rebinding
        throw new HttpError(403, { key: 'status-page-error-loopback-only' });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { key: 'status-page-error-method', args: { method: req.method ?? '?' } }, { Allow: ALLOW });
      const r = route(path, url, locale);
      status = r.status ?? 200;
      send(req, res, status, r.body);
    } catch (err) {
      const known = err instanceof HttpError;
      if (!known) ctx.log.error({ err, path: req.url?.split('?')[0] }, 'status page request failed');
      status = known ? err.status : 500;
      const why: Msg = known ? err.msg : { key: 'error-internal' };
      // the JSON API answers in English whatever the browser's language; a browser asking for the page gets a page
      const body: Body = html ? { kind: 'html', value: renderErrorPage(status, translator(locale).msgText(why), translator(locale)), locale } : { kind: 'json', value: { error: en.msgText(why), status } };
      send(req, res, status, body, known ? err.headers : {});
    } finally {
      ctx.log.debug({ method: req.method, path: req.url?.split('?')[0], status }, 'status page request');
    }
  }

  function listenError(err: NodeJS.ErrnoException): Error {
    const where = `${opts.host}:${opts.port}`;
    switch (err.code) {
      case 'EADDRINUSE':
        return new UserError('status-page-port-in-use', { where });
      case 'EADDRNOTAVAIL':
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return new UserError('status-page-no-such-address', { host: opts.host });
      case 'EACCES':
        return new UserError('status-page-no-permission', { where });
      default:
        // a start-up error like the others: one line naming what failed, not a crash
        return new UserError('status-page-listen-failed', { where, code: err.code ?? err.message });
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
