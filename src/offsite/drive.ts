import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { ExternalError, UserError } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * Google Drive v3 for OCM's offsite copies, through a service account's JSON key. The client
 * (`@googleapis/drive`, ~0.1 s to load) is imported only when a copy is made or checked. Every call
 * passes `rootUrl` (a client-level one does not redirect uploads). Small archives go up as one
 * multipart request; larger ones through Drive's resumable protocol in chunks, so that a dropped
 * connection resumes where the server stopped. Errors become UserErrors naming the next step
 * (`offsite-drive-not-shared`, `-quota`, `-key-refused`…) or a retryable ExternalError.
 */

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const SCOPE = 'https://www.googleapis.com/auth/drive';
/** Drive wants resumable chunks in multiples of 256 KiB (except the last). */
export const CHUNK_UNIT = 256 * 1024;
const FILE_FIELDS = 'id,name,createdTime,size,appProperties';
const SERVICE = 'Google Drive'; // i18n-exempt: a product name, shown as is

export interface DriveFile {
  id: string;
  name: string;
  createdTime: number;
  size: number;
  appProperties: Record<string, string>;
}

export interface DriveOpts {
  credentialsFile: string;
  folderId: string;
  rootUrl: string;
  /** Tries per request for errors worth retrying (5xx, 429, rate limits, dropped connections). */
  attempts: number;
  chunkBytes: number;
  log: Logger;
  /** First backoff delay; doubled per try. */
  backoffMs?: number;
}

interface ServiceKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
}

/** A failed HTTP answer from Drive or the token endpoint, as the mapping below reads it. */
interface HttpFailure {
  status: number;
  data: unknown;
  code?: string;
}

function failureOf(err: unknown): HttpFailure | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as { status?: number; code?: string | number; response?: { status?: number; data?: unknown }; cause?: { code?: string } };
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  if (status) return { status, data: e.response?.data };
  const code = typeof e.code === 'string' ? e.code : e.cause?.code;
  return code ? { status: 0, data: null, code } : null;
}

function reasonOf(data: unknown): string | undefined {
  const d = data as { error?: { errors?: { reason?: string }[] } | string } | null;
  if (typeof d?.error === 'string') return d.error;
  return d?.error?.errors?.[0]?.reason;
}

export function readServiceKey(file: string): ServiceKey {
  let text: string;
  try {
    if (statSync(file).size > 64 * 1024) throw new Error('too large');
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError('offsite-credentials-unreadable', { file });
  }
  let key: Partial<ServiceKey> & { type?: string };
  try {
    key = JSON.parse(text) as typeof key;
  } catch {
    throw new UserError('offsite-credentials-invalid', { file });
  }
  if (key.type !== 'service_account' || typeof key.client_email !== 'string' || typeof key.private_key !== 'string') throw new UserError('offsite-credentials-invalid', { file });
  if (key.token_uri !== undefined && !/^https?:\/\//.test(key.token_uri)) throw new UserError('offsite-credentials-invalid', { file });
  return key as ServiceKey;
}

export type DriveClient = Awaited<ReturnType<typeof openDrive>>;

export async function openDrive(opts: DriveOpts) {
  const key = readServiceKey(opts.credentialsFile);
  const email = key.client_email;
  const { drive, auth } = await import('@googleapis/drive');
  const jwt = new auth.JWT({ email, key: key.private_key, ...(key.private_key_id ? { keyId: key.private_key_id } : {}), scopes: [SCOPE] });
  // the token request goes where the key file says (gtoken always asks Google's default endpoint)
  const tokenUri = key.token_uri;
  if (tokenUri && tokenUri !== GOOGLE_TOKEN_URL) {
    jwt.transporter.interceptors.request.add({
      resolved: async (c) => {
        if (String(c.url) === GOOGLE_TOKEN_URL) c.url = new URL(tokenUri);
        return c;
      },
    });
  }
  const api = drive({ version: 'v3', auth: jwt });
  const call = { rootUrl: opts.rootUrl, retry: false } as const;
  const backoff = opts.backoffMs ?? 1000;
  const folderArg = { folder: opts.folderId, email };

  /** The operator's sentence for a Drive or token failure; `retry` says whether trying again may help. */
  function translate(err: unknown, on: 'folder' | 'file' = 'file'): { error: Error; retry: boolean } {
    if (err instanceof UserError || err instanceof ExternalError) return { error: err, retry: false };
    const f = failureOf(err);
    const reason = reasonOf(f?.data);
    const msg = err instanceof Error ? err.message : '';
    // the raw error carries the request (with its bearer token): only a summary travels on as the cause
    const cause = new Error(`drive ${f?.status ?? '?'} ${reason ?? f?.code ?? (err instanceof Error ? err.name : 'error')}`);
    if (reason === 'invalid_grant' || reason === 'invalid_client' || reason === 'unauthorized_client' || /invalid_grant|invalid_client/.test(msg) || f?.status === 401) {
      return { error: new UserError('offsite-drive-key-refused', { email }), retry: false };
    }
    if (!f) return { error: new ExternalError(SERVICE, 'offsite-drive-failed', { status: '?' }, cause), retry: false };
    if (f.status === 0) return { error: new ExternalError(SERVICE, 'offsite-drive-unreachable', { url: opts.rootUrl, code: f.code ?? 'error' }, cause), retry: true };
    if (f.status === 403 && reason === 'storageQuotaExceeded') return { error: new UserError('offsite-drive-quota', { email }), retry: false };
    if (f.status === 429 || (f.status === 403 && /rateLimitExceeded|userRateLimitExceeded/.test(reason ?? '')) || f.status >= 500) {
      return { error: new ExternalError(SERVICE, 'offsite-drive-unavailable', { status: f.status }, cause), retry: true };
    }
    if (f.status === 404 && on === 'folder') return { error: new UserError('offsite-drive-not-shared', folderArg), retry: false };
    if (f.status === 403) return { error: new UserError('offsite-drive-forbidden', folderArg), retry: false };
    return { error: new ExternalError(SERVICE, 'offsite-drive-failed', { status: f.status }, cause), retry: false };
  }

  async function pause(what: string, attempt: number, error: Error): Promise<void> {
    opts.log.warn({ what, attempt, err: error.message }, 'google drive request failed, retrying');
    await sleep(backoff * 2 ** (attempt - 1));
  }

  async function retrying<T>(what: string, fn: () => Promise<T>, on: 'folder' | 'file' = 'file'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const t = translate(err, on);
        if (!t.retry || attempt >= opts.attempts) throw t.error;
        await pause(what, attempt, t.error);
      }
    }
  }

  const toFile = (f: { id?: string | null; name?: string | null; createdTime?: string | null; size?: string | null; appProperties?: Record<string, string> | null }): DriveFile => ({
    id: f.id ?? '',
    name: f.name ?? '',
    createdTime: Date.parse(f.createdTime ?? '') || 0,
    size: Number(f.size ?? 0),
    appProperties: f.appProperties ?? {},
  });
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

  async function list(q: string): Promise<DriveFile[]> {
    const out: DriveFile[] = [];
    let pageToken: string | undefined;
    do {
      const res = await retrying('files.list', () => api.files.list({ q, pageSize: 100, fields: `nextPageToken,files(${FILE_FIELDS})`, orderBy: 'createdTime', ...(pageToken ? { pageToken } : {}) }, call), 'folder');
      out.push(...(res.data.files ?? []).map(toFile));
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    return out;
  }

  const folders = new Map<string, string>();

  /** The subfolder `daily`, `stable` or `manual` of the configured folder (made on first use unless `find`). */
  async function subfolder(name: string, find = false): Promise<string | null> {
    const known = folders.get(name);
    if (known) return known;
    // i18n-exempt: a Drive query
    const found = await list(`${quote(opts.folderId)} in parents and name = ${quote(name)} and mimeType = ${quote(FOLDER_MIME)} and trashed = false`);
    if (!found[0] && find) return null;
    const id =
      found[0]?.id ??
      (await retrying('files.create', () => api.files.create({ requestBody: { name, mimeType: FOLDER_MIME, parents: [opts.folderId], appProperties: { ocm: '1' } }, fields: 'id' }, call), 'folder')).data.id ??
      '';
    folders.set(name, id);
    return id;
  }

  async function uploadMultipart(meta: Record<string, unknown>, mimeType: string, content: Buffer, uploadId: string, parent: string): Promise<DriveFile> {
    for (let attempt = 1; ; attempt++) {
      // a retry after a lost answer must not make a second copy: look for this upload's id first
      if (attempt > 1) {
        // i18n-exempt: a Drive query
        const found = await list(`${quote(parent)} in parents and appProperties has { key='ocmUpload' and value=${quote(uploadId)} }`);
        if (found[0]) return found[0];
      }
      try {
        return toFile((await api.files.create({ requestBody: meta, media: { mimeType, body: Readable.from([content]) }, fields: FILE_FIELDS }, call)).data);
      } catch (err) {
        const t = translate(err, 'folder');
        if (!t.retry || attempt >= opts.attempts) throw t.error;
        await pause('files.create multipart', attempt, t.error);
      }
    }
  }

  async function bearer(): Promise<string> {
    try {
      const t = await jwt.getAccessToken();
      if (!t.token) throw new Error('no token');
      return t.token;
    } catch (err) {
      throw translate(err).error;
    }
  }

  async function http(url: string, init: { method: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(url, { method: init.method, headers: { authorization: `Bearer ${await bearer()}`, ...init.headers }, ...(init.body !== undefined ? { body: init.body } : {}), redirect: 'manual' });
    } catch (err) {
      if (err instanceof UserError || err instanceof ExternalError) throw err;
      throw Object.assign(new Error('fetch failed'), { code: (err as { cause?: { code?: string } }).cause?.code ?? 'ECONNRESET' });
    }
    if (res.status >= 400) {
      const text = await res.text().catch(() => '');
      let data: unknown = null;
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
      throw Object.assign(new Error(`HTTP ${res.status}`), { response: { status: res.status, data } });
    }
    return res;
  }

  /** The next byte a resumable session wants, from a 308's Range (none: nothing arrived yet). */
  function nextByte(res: Response): number {
    const range = /bytes=0-(\d+)/.exec(res.headers.get('range') ?? '');
    return range ? Number(range[1]) + 1 : 0;
  }

  async function uploadResumable(meta: Record<string, unknown>, mimeType: string, first: Buffer, rest: AsyncIterator<Buffer>, onBytes?: (n: number) => void): Promise<DriveFile> {
    const session = await retrying(
      'resumable session',
      async () => {
        const res = await http(`${opts.rootUrl}upload/drive/v3/files?uploadType=resumable&fields=${encodeURIComponent(FILE_FIELDS)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=UTF-8', 'x-upload-content-type': mimeType },
          body: JSON.stringify(meta),
        });
        const loc = res.headers.get('location');
        if (!loc) throw Object.assign(new Error('no session'), { response: { status: 502, data: null } });
        return loc;
      },
      'folder',
    );
    // `held`: the bytes the server has not acknowledged yet, starting at byte `offset` of the file
    let held = first;
    let offset = 0;
    let ended = false;
    let stalled = 0;
    const advance = (next: number) => {
      if (next < offset || next > offset + held.length) throw new ExternalError(SERVICE, 'offsite-drive-failed', { status: 308 });
      onBytes?.(next - offset);
      held = held.subarray(next - offset);
      offset = next;
    };
    for (;;) {
      while (!ended && held.length <= opts.chunkBytes) {
        const r = await rest.next();
        if (r.done) ended = true;
        else held = Buffer.concat([held, r.value]);
      }
      // a chunk is sent as the last one only when no byte follows it
      const last = ended && held.length <= opts.chunkBytes;
      const piece = last ? held : held.subarray(0, opts.chunkBytes);
      const total = last ? String(offset + held.length) : '*';
      try {
        const res = await http(session, { method: 'PUT', headers: { 'content-range': piece.length ? `bytes ${offset}-${offset + piece.length - 1}/${total}` : `bytes */${total}`, 'content-type': mimeType }, body: piece });
        if (res.status !== 308) return toFile((await res.json()) as Record<string, string>);
        advance(nextByte(res));
        stalled = 0;
      } catch (err) {
        const t = translate(err);
        if (!t.retry || ++stalled >= opts.attempts) throw t.error;
        await pause('resumable chunk', stalled, t.error);
        // after a dropped connection or a 5xx: ask how much arrived, and go on from there
        try {
          const res = await http(session, { method: 'PUT', headers: { 'content-range': `bytes */${total}` } });
          if (res.status !== 308) return toFile((await res.json()) as Record<string, string>);
          advance(nextByte(res));
        } catch (err2) {
          const t2 = translate(err2);
          if (!t2.retry) throw t2.error;
        }
      }
    }
  }

  return {
    email,
    /** The configured folder is there and shared with the service account (and the key works). */
    async checkFolder(): Promise<{ name: string }> {
      const res = await retrying('files.get folder', () => api.files.get({ fileId: opts.folderId, fields: 'id,name,mimeType' }, call), 'folder');
      if (res.data.mimeType !== FOLDER_MIME) throw new UserError('offsite-drive-not-folder', folderArg);
      return { name: res.data.name ?? opts.folderId };
    },
    subfolder,
    /** OCM's own files (appProperties ocm=1) in a subfolder, oldest first. */
    async listOwn(sub: string): Promise<DriveFile[]> {
      const id = await subfolder(sub, true);
      if (!id) return [];
      // i18n-exempt: a Drive query
      return list(`${quote(id)} in parents and trashed = false and appProperties has { key='ocm' and value='1' }`);
    },
    /**
     * Uploads a stream as `name` into a subfolder: one multipart request when it ends within the
     * first chunk, else a resumable session. Nothing is created unless every byte arrived.
     */
    async upload(sub: string, name: string, props: Record<string, string>, mimeType: string, stream: Readable, onBytes?: (n: number) => void): Promise<DriveFile> {
      const parent = (await subfolder(sub))!;
      const uploadId = randomUUID();
      const meta = { name, parents: [parent], mimeType, appProperties: { ...props, ocm: '1', ocmUpload: uploadId } };
      const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      let first = Buffer.alloc(0);
      let ended = false;
      while (first.length <= opts.chunkBytes) {
        const r = await it.next();
        if (r.done) {
          ended = true;
          break;
        }
        first = Buffer.concat([first, r.value]);
      }
      if (ended) {
        const f = await uploadMultipart(meta, mimeType, first, uploadId, parent);
        onBytes?.(first.length);
        return f;
      }
      return uploadResumable(meta, mimeType, first, it, onBytes);
    },
    /** The file's bytes (files.get alt=media). */
    async download(fileId: string): Promise<Readable> {
      const res = await retrying('files.get media', () => api.files.get({ fileId, alt: 'media' }, { ...call, responseType: 'stream' }));
      return res.data as unknown as Readable;
    },
    async remove(fileId: string): Promise<void> {
      await retrying('files.delete', () => api.files.delete({ fileId }, call));
    },
  };
}
