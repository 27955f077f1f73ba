import { createHash, generateKeyPairSync, randomBytes, verify, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Google Drive v3 and Google's OAuth token endpoint, speaking their wire
 * formats: the service-account JWT grant (RS256, checked against the key the test made),
 * files.get (metadata, `alt=media`), files.list (`q`, `pageSize`, `pageToken`, `fields`),
 * files.create (metadata, `uploadType=multipart` multipart/related, `uploadType=resumable` with
 * its session URI, `Content-Range` chunks, 308 + `Range`, status queries), files.delete, and
 * Google's JSON error bodies. Point OCM at it with `offsite.drive.root_url` (per-call `rootUrl`)
 * and a key file whose `token_uri` is `tokenUri`.
 *
 * Test controls: the server's clock (`setNow`, stamps createdTime), who a folder is shared with,
 * a storage quota, revoked keys, scripted failures (`failNext`) and a resumable upload cut after a
 * number of bytes (`cutResumableAfter`).
 */

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  createdTime: string;
  modifiedTime: string;
  appProperties: Record<string, string>;
  trashed: boolean;
  owner: string;
  content: Buffer;
  sharedWith: Set<string>;
}

export interface DriveCall {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
}

interface Session {
  meta: Record<string, unknown>;
  owner: string;
  parts: Buffer[];
  received: number;
}

function jsonError(res: ServerResponse, code: number, message: string, reason: string, extra: Record<string, unknown> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, errors: [{ message, domain: 'global', reason, ...extra }] } }));
}

function b64url(s: string): Buffer {
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Keeps the listed fields: `id,name`, `files(id,name,size),nextPageToken`. */
function pick(obj: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  if (!fields || fields === '*') return obj;
  const out: Record<string, unknown> = {};
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fields) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  for (const p of parts) {
    const m = /^(\w+)\((.*)\)$/.exec(p);
    if (m) {
      const v = obj[m[1]!];
      out[m[1]!] = Array.isArray(v) ? v.map((e) => pick(e as Record<string, unknown>, m[2]!)) : v;
    } else if (p in obj) out[p] = obj[p];
  }
  return out;
}

export async function startFakeDrive() {
  let now = Date.now();
  const files = new Map<string, DriveFileRecord>();
  const keys = new Map<string, { publicKey: KeyObject; email: string; revoked: boolean }>();
  const tokens = new Map<string, string>();
  const sessions = new Map<string, Session>();
  const calls: DriveCall[] = [];
  const failures: { status: number; match?: (method: string, path: string, query: URLSearchParams) => boolean; reason?: string }[] = [];
  let cut: { afterBytes: number } | undefined;
  let quotaBytes = Infinity;
  let pageLimit = 1000;
  const newId = () => randomBytes(12).toString('base64url');

  const meta = (f: DriveFileRecord) => ({
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: f.parents,
    createdTime: f.createdTime,
    modifiedTime: f.modifiedTime,
    appProperties: f.appProperties,
    trashed: f.trashed,
    ...(f.mimeType === FOLDER_MIME ? {} : { size: String(f.content.length), md5Checksum: createHash('md5').update(f.content).digest('hex') }),
  });

  function canSee(email: string, f: DriveFileRecord | undefined, depth = 0): boolean {
    if (!f || depth > 20) return false;
    if (f.owner === email || f.sharedWith.has(email)) return true;
    return f.parents.some((p) => canSee(email, files.get(p), depth + 1));
  }

  function used(email: string): number {
    let n = 0;
    for (const f of files.values()) if (f.owner === email) n += f.content.length;
    return n;
  }

  function create(owner: string, m: Record<string, unknown>, content: Buffer): DriveFileRecord {
    const t = new Date(now).toISOString();
    const f: DriveFileRecord = {
      id: newId(),
      name: String(m.name ?? 'Untitled'),
      mimeType: String(m.mimeType ?? 'application/octet-stream'),
      parents: Array.isArray(m.parents) ? (m.parents as string[]) : [],
      createdTime: t,
      modifiedTime: t,
      appProperties: (m.appProperties as Record<string, string> | undefined) ?? {},
      trashed: false,
      owner,
      content,
      sharedWith: new Set(),
    };
    files.set(f.id, f);
    return f;
  }

  /** The `q` clauses OCM uses, joined by `and`. */
  function matches(f: DriveFileRecord, q: string): boolean {
    const clauses = q.split(/\s+and\s+(?![^{]*\})/i).map((c) => c.trim()).filter(Boolean);
    return clauses.every((c) => {
      let m: RegExpExecArray | null;
      if ((m = /^'([^']+)' in parents$/.exec(c))) return f.parents.includes(m[1]!);
      if ((m = /^trashed\s*=\s*(true|false)$/.exec(c))) return f.trashed === (m[1] === 'true');
      if ((m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(c))) return f.name === m[1]!.replace(/\\(.)/g, '$1');
      if ((m = /^name contains '((?:[^'\\]|\\.)*)'$/.exec(c))) return f.name.includes(m[1]!.replace(/\\(.)/g, '$1'));
      if ((m = /^mimeType\s*(=|!=)\s*'([^']+)'$/.exec(c))) return (f.mimeType === m[2]) === (m[1] === '=');
      if ((m = /^appProperties has \{\s*key\s*=\s*'([^']+)'\s+and\s+value\s*=\s*'([^']*)'\s*\}$/.exec(c))) return f.appProperties[m[1]!] === m[2];
      if ((m = /^createdTime\s*(<|>)\s*'([^']+)'$/.exec(c))) return m[1] === '<' ? f.createdTime < m[2]! : f.createdTime > m[2]!;
      throw new Error(`Invalid Value: q clause ${c}`);
    });
  }

  async function body(req: IncomingMessage): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of req as AsyncIterable<Buffer>) parts.push(c);
    return Buffer.concat(parts);
  }

  function parseMultipart(contentType: string, raw: Buffer): { meta: Record<string, unknown>; content: Buffer } | null {
    const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
    if (!boundary) return null;
    const sep = Buffer.from(`--${boundary}`);
    const chunks: Buffer[] = [];
    let at = raw.indexOf(sep);
    while (at >= 0) {
      const next = raw.indexOf(sep, at + sep.length);
      if (next < 0) break;
      chunks.push(raw.subarray(at + sep.length, next));
      at = next;
    }
    const parts = chunks.map((c) => {
      const headEnd = c.indexOf('\r\n\r\n');
      return c.subarray(headEnd + 4, c.length - 2);
    });
    if (parts.length < 2) return null;
    return { meta: JSON.parse(parts[0]!.toString('utf8')) as Record<string, unknown>, content: parts[1]! };
  }

  function whoIs(req: IncomingMessage): string | undefined {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return token ? tokens.get(token) : undefined;
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await body(req)).toString('utf8'));
    const bad = (desc: string) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_grant', error_description: desc }));
    };
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return bad('Invalid grant_type');
    const [h, p, s] = (form.get('assertion') ?? '').split('.');
    if (!h || !p || !s) return bad('Invalid JWT');
    const header = JSON.parse(b64url(h).toString()) as { alg: string; kid?: string };
    const claims = JSON.parse(b64url(p).toString()) as { iss: string; scope?: string; aud: string; exp: number; iat: number };
    const key = keys.get(header.kid ?? '') ?? [...keys.values()].find((k) => k.email === claims.iss);
    if (!key || key.email !== claims.iss) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ error: 'invalid_client', error_description: 'The OAuth client was not found.' }));
    }
    if (header.alg !== 'RS256' || !verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key.publicKey, b64url(s))) return bad('Invalid JWT Signature.');
    if (key.revoked) return bad('Invalid JWT Signature.');
    if (!/auth\/drive/.test(claims.scope ?? '')) return bad('Invalid scope');
    const token = `ya29.fake-${randomBytes(16).toString('hex')}`;
    tokens.set(token, key.email);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: token, expires_in: 3599, token_type: 'Bearer' }));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const q = url.searchParams;
    if (req.method === 'POST' && path === '/token') return handleToken(req, res);
    const failure = failures.findIndex((f) => !f.match || f.match(req.method ?? '', path, q));
    if (failure >= 0) {
      const f = failures.splice(failure, 1)[0]!;
      await body(req).catch(() => undefined);
      if (f.status === 0) return void req.socket.destroy();
      return jsonError(res, f.status, f.status === 403 ? 'User rate limit exceeded.' : 'Internal Error', f.reason ?? (f.status === 403 ? 'userRateLimitExceeded' : 'internalError'));
    }
    const email = whoIs(req);
    if (!email) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' });
      return void res.end(JSON.stringify({ error: { code: 401, message: 'Request is missing required authentication credential.', status: 'UNAUTHENTICATED' } }));
    }
    let m: RegExpExecArray | null;
    // resumable upload: session start, chunks, status queries
    if (path === '/upload/drive/v3/files' && q.get('uploadType') === 'resumable') {
      if (req.method === 'POST') {
        const metaIn = JSON.parse((await body(req)).toString('utf8') || '{}') as Record<string, unknown>;
        const parent = (metaIn.parents as string[] | undefined)?.[0];
        if (parent && !canSee(email, files.get(parent))) return jsonError(res, 404, `File not found: ${parent}.`, 'notFound', { location: 'fileId', locationType: 'parameter' });
        const id = randomBytes(16).toString('hex');
        sessions.set(id, { meta: metaIn, owner: email, parts: [], received: 0 });
        res.writeHead(200, { location: `http://${req.headers.host}/upload/drive/v3/files?uploadType=resumable&upload_id=${id}` });
        return void res.end();
      }
      if (req.method === 'PUT') {
        const s = sessions.get(q.get('upload_id') ?? '');
        if (!s) return jsonError(res, 404, 'Upload session not found.', 'notFound');
        const range = /^bytes (?:(\d+)-(\d+)|\*)\/(\d+|\*)$/.exec(String(req.headers['content-range'] ?? ''));
        if (!range) return jsonError(res, 400, 'Invalid Content-Range.', 'badContent');
        const total = range[3] === '*' ? null : Number(range[3]);
        if (range[1] !== undefined) {
          const start = Number(range[1]);
          if (start !== s.received) {
            await body(req).catch(() => undefined);
            return jsonError(res, 400, `Invalid Content-Range start ${start}; expected ${s.received}.`, 'badContent');
          }
          // the body is stored as it arrives: a cut connection keeps what came before the cut
          for await (const c of req as AsyncIterable<Buffer>) {
            let chunk = c;
            if (cut && s.received + chunk.length >= cut.afterBytes) {
              chunk = chunk.subarray(0, Math.max(0, cut.afterBytes - s.received));
              s.parts.push(chunk);
              s.received += chunk.length;
              cut = undefined;
              calls.push({ method: 'PUT', path, query: q, status: 0 });
              return void req.socket.destroy();
            }
            s.parts.push(chunk);
            s.received += chunk.length;
          }
        } else await body(req);
        if (total !== null && s.received === total) {
          const content = Buffer.concat(s.parts);
          if (used(s.owner) + content.length > quotaBytes) return jsonError(res, 403, "The user's Drive storage quota has been exceeded.", 'storageQuotaExceeded');
          const f = create(s.owner, s.meta, content);
          sessions.delete(q.get('upload_id')!);
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end(JSON.stringify(pick(meta(f), q.get('fields'))));
        }
        res.writeHead(308, s.received ? { range: `bytes=0-${s.received - 1}` } : {});
        return void res.end();
      }
    }
    if (req.method === 'POST' && path === '/upload/drive/v3/files' && q.get('uploadType') === 'multipart') {
      const parsed = parseMultipart(String(req.headers['content-type'] ?? ''), await body(req));
      if (!parsed) return jsonError(res, 400, 'Malformed multipart body.', 'badContent');
      const parent = (parsed.meta.parents as string[] | undefined)?.[0];
      if (parent && !canSee(email, files.get(parent))) return jsonError(res, 404, `File not found: ${parent}.`, 'notFound', { location: 'fileId', locationType: 'parameter' });
      if (used(email) + parsed.content.length > quotaBytes) return jsonError(res, 403, "The user's Drive storage quota has been exceeded.", 'storageQuotaExceeded');
      const f = create(email, parsed.meta, parsed.content);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(pick(meta(f), q.get('fields'))));
    }
    if (req.method === 'POST' && path === '/drive/v3/files') {
      const metaIn = JSON.parse((await body(req)).toString('utf8') || '{}') as Record<string, unknown>;
      const parent = (metaIn.parents as string[] | undefined)?.[0];
      if (parent && !canSee(email, files.get(parent))) return jsonError(res, 404, `File not found: ${parent}.`, 'notFound', { location: 'fileId', locationType: 'parameter' });
      const f = create(email, metaIn, Buffer.alloc(0));
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(pick(meta(f), q.get('fields'))));
    }
    if (req.method === 'GET' && path === '/drive/v3/files') {
      let list: DriveFileRecord[];
      try {
        list = [...files.values()].filter((f) => canSee(email, f) && matches(f, q.get('q') ?? ''));
      } catch (err) {
        return jsonError(res, 400, (err as Error).message, 'invalid', { location: 'q', locationType: 'parameter' });
      }
      list.sort((a, b) => (q.get('orderBy') === 'createdTime desc' ? b.createdTime.localeCompare(a.createdTime) : a.createdTime.localeCompare(b.createdTime)) || a.id.localeCompare(b.id));
      const size = Math.min(Number(q.get('pageSize') ?? 100), pageLimit);
      const from = Number(q.get('pageToken') ?? 0);
      const page = list.slice(from, from + size);
      const out: Record<string, unknown> = { kind: 'drive#fileList', incompleteSearch: false, files: page.map(meta) };
      if (from + size < list.length) out.nextPageToken = String(from + size);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(pick(out, q.get('fields'))));
    }
    if ((m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path))) {
      const f = files.get(m[1]!);
      if (!f || !canSee(email, f)) return jsonError(res, 404, `File not found: ${m[1]}.`, 'notFound', { location: 'fileId', locationType: 'parameter' });
      if (req.method === 'DELETE') {
        if (f.owner !== email) return jsonError(res, 403, 'The user does not have sufficient permissions for this file.', 'insufficientFilePermissions');
        files.delete(f.id);
        res.writeHead(204);
        return void res.end();
      }
      if (req.method === 'GET' && q.get('alt') === 'media') {
        res.writeHead(200, { 'content-type': f.mimeType, 'content-length': String(f.content.length) });
        return void res.end(f.content);
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify(pick(meta(f), q.get('fields'))));
      }
    }
    jsonError(res, 404, `Not Found: ${req.method} ${path}`, 'notFound');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const record = (status: number) => calls.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, status });
    res.on('finish', () => record(res.statusCode));
    handle(req, res, url).catch((err: unknown) => {
      if (!res.headersSent) jsonError(res, 500, (err as Error).message, 'internalError');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** `offsite.drive.root_url` (ends with a slash, as googleapis' rootUrl). */
    rootUrl: `${base}/`,
    tokenUri: `${base}/token`,
    calls,
    files,
    /** A service account and its JSON key file (token_uri pointing here). */
    serviceAccount(path: string, name = 'ocm-backup'): { email: string; keyId: string } {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const email = `${name}@ocm-test.iam.gserviceaccount.com`;
      const keyId = randomBytes(20).toString('hex');
      keys.set(keyId, { publicKey, email, revoked: false });
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      writeFileSync(
        path,
        JSON.stringify({ type: 'service_account', project_id: 'ocm-test', private_key_id: keyId, private_key: pem, client_email: email, client_id: '1234567890', auth_uri: `${base}/auth`, token_uri: `${base}/token` }, null, 2),
        { mode: 0o600 },
      );
      return { email, keyId };
    },
    revoke(keyId: string): void {
      keys.get(keyId)!.revoked = true;
      for (const [t, e] of tokens) if (e === keys.get(keyId)!.email) tokens.delete(t);
    },
    /** A folder owned by a person, shared (or not) with the service account. */
    folder(name: string, shareWith: string[] = []): string {
      const f = create('owner@example.com', { name, mimeType: FOLDER_MIME }, Buffer.alloc(0));
      for (const e of shareWith) f.sharedWith.add(e);
      return f.id;
    },
    share(id: string, email: string): void {
      files.get(id)!.sharedWith.add(email);
    },
    setNow(ms: number): void {
      now = ms;
    },
    setQuota(bytes: number): void {
      quotaBytes = bytes;
    },
    setPageLimit(n: number): void {
      pageLimit = n;
    },
    /** The next matching request answers `status` (0: the connection is dropped). */
    failNext(status: number, match?: (method: string, path: string, query: URLSearchParams) => boolean, count = 1): void {
      for (let i = 0; i < count; i++) failures.push({ status, ...(match ? { match } : {}) });
    },
    clearFailures(): void {
      failures.splice(0);
    },
    /** The next resumable chunk that would take the session past `afterBytes` is cut there (connection dropped). */
    cutResumableAfter(afterBytes: number): void {
      cut = { afterBytes };
    },
    /** Files under a folder (by its name under the root folder, e.g. 'daily'). */
    inFolder(rootId: string, name: string): DriveFileRecord[] {
      const sub = [...files.values()].find((f) => f.parents.includes(rootId) && f.name === name && f.mimeType === FOLDER_MIME);
      return sub ? [...files.values()].filter((f) => f.parents.includes(sub.id)).sort((a, b) => a.createdTime.localeCompare(b.createdTime)) : [];
    },
    openSessions: () => sessions.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type FakeDrive = Awaited<ReturnType<typeof startFakeDrive>>;
