import { statSync } from 'node:fs';
import type { Config } from '../config.js';
import { errorMsg } from '../core/errors.js';
import { msg, type Msg } from '../core/messages.js';
import { durationMsg } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { SlowCheck } from '../monitor/checks.js';
import type { Store } from '../store/store.js';
import { offsiteConfig, offsiteEnabled } from './config.js';
import { createCopiesRepo } from './copies.js';
import { openDrive } from './drive.js';
import { CONFIGURED_SINCE_KEY, FULL_KINDS } from './service.js';

/**
 * What other parts show about offsite copies: /status and the status page (the last full copy
 * and its age), the watchdog (an info incident when it is older than offsite.stale_after_h) and
 * `npm run doctor` (what is missing or refused). Read from the store only, except the doctor.
 */

export interface LastOffsiteCopy {
  /** ms epoch */
  at: number;
  name: string;
  kind: 'daily' | 'manual';
  size: number;
  ageMs: number;
  encrypted: boolean;
  /** ms epoch of the last successful /offsite verify of it, if any. */
  verifiedAt: number | null;
}

/** The newest full copy on Drive (daily or manual), or null when there is none or offsite copies are off. */
export function lastOffsiteCopy(store: Pick<Store, 'db'>, now: number): LastOffsiteCopy | null {
  const c = createCopiesRepo(store.db).latest(FULL_KINDS);
  if (!c) return null;
  return { at: c.createdAt, name: c.name, kind: c.kind as 'daily' | 'manual', size: c.size, ageMs: Math.max(0, now - c.createdAt), encrypted: c.encrypted, verifiedAt: c.verifiedAt };
}

/** One line for /status: "☁️ Last offsite copy: 2026-02-15 03:31 (5 h ago)", or null when offsite copies are off. */
export function offsiteStatusLine(config: Config, store: Store, now: number): Msg | null {
  if (!offsiteEnabled(offsiteConfig(config))) return null;
  const last = lastOffsiteCopy(store, now);
  if (!last) return msg('offsite-status-line-none');
  return msg(last.ageMs > offsiteConfig(config).staleAfterH * 3600_000 ? 'offsite-status-line-stale' : 'offsite-status-line', { time: new Date(last.at), age: durationMsg(last.ageMs) });
}

/** For the status page (src/web/sources.ts: `offsite?: OffsiteSource`, not read by the page yet). */
export interface OffsiteSource {
  last(): LastOffsiteCopy | null;
  /** Older than offsite.stale_after_h (the watchdog's info incident is open). */
  stale(): boolean;
}

export function offsiteSource(config: Config, store: Store, now: () => number): OffsiteSource {
  return {
    last: () => (offsiteEnabled(offsiteConfig(config)) ? lastOffsiteCopy(store, now()) : null),
    stale: () => {
      const last = lastOffsiteCopy(store, now());
      return offsiteEnabled(offsiteConfig(config)) && (!last || last.ageMs > offsiteConfig(config).staleAfterH * 3600_000);
    },
  };
}

/** The watchdog's slow check: an info incident (no message) while the last full copy is older than offsite.stale_after_h. */
export function offsiteStaleCheck(deps: { config: Config; now(): number }): SlowCheck {
  return async ({ store }) => {
    const c = offsiteConfig(deps.config);
    if (!offsiteEnabled(c)) return { kind: 'offsite', checked: [null], findings: [] };
    const t = deps.now();
    const last = lastOffsiteCopy(store, t);
    const since = last?.at ?? store.kv.get<number>(CONFIGURED_SINCE_KEY) ?? t;
    const age = t - since;
    if (age <= c.staleAfterH * 3600_000) return { kind: 'offsite', checked: [null], findings: [] };
    // messages: the watchdog renders them in each alert chat's language
    const summary = msg('offsite-incident-summary', { age: durationMsg(age) });
    const detail = last ? msg('offsite-incident-detail', { name: last.name, time: new Date(last.at) }) : msg('offsite-incident-detail-none');
    return { kind: 'offsite', checked: [null], findings: [{ nodeId: null, kind: 'offsite', severity: 'info', summary, detail }] };
  };
}

export type DoctorMark = 'ok' | 'warn' | 'fail';

/** What `npm run doctor` / `/doctor` should print about offsite copies, one line each, with the next step. */
export async function offsiteDoctorLines(config: Config, store: Pick<Store, 'db'> | null, log: Logger, now: number): Promise<{ mark: DoctorMark; msg: Msg; next?: Msg }[]> {
  const c = offsiteConfig(config);
  const missing = [...(c.drive.credentialsFile ? [] : ['offsite.drive.credentials_file']), ...(c.drive.folderId ? [] : ['offsite.drive.folder_id'])];
  // an optional capability left off is not a warning: the set-up is complete without it
  if (missing.length === 2) return [{ mark: 'ok', msg: msg('offsite-doctor-off') }];
  if (missing.length) return [{ mark: 'fail', msg: msg('offsite-not-configured', { missing: missing.join(', ') }), next: msg('offsite-not-configured.hint') }];
  const out: { mark: DoctorMark; msg: Msg; next?: Msg }[] = [];
  try {
    if (statSync(c.drive.credentialsFile!).mode & 0o077) out.push({ mark: 'warn', msg: msg('offsite-doctor-key-mode', { file: c.drive.credentialsFile! }), next: msg('offsite-doctor-key-mode.hint', { file: c.drive.credentialsFile! }) });
  } catch {
    // unreadable: openDrive says so
  }
  try {
    const drive = await openDrive({ credentialsFile: c.drive.credentialsFile!, folderId: c.drive.folderId!, rootUrl: c.drive.rootUrl, attempts: 2, chunkBytes: c.uploadChunkBytes, log });
    const folder = await drive.checkFolder();
    out.unshift({ mark: 'ok', msg: msg('offsite-doctor-ok', { folder: folder.name, email: drive.email }) });
  } catch (err) {
    const m = errorMsg(err);
    out.unshift({ mark: 'fail', msg: m });
  }
  if (!c.passphrase) out.push({ mark: 'warn', msg: msg('offsite-doctor-not-encrypted'), next: msg('offsite-doctor-not-encrypted.hint') });
  const last = store ? lastOffsiteCopy(store, now) : null;
  if (store && (!last || last.ageMs > c.staleAfterH * 3600_000)) out.push({ mark: 'warn', msg: last ? msg('offsite-incident-detail', { name: last.name, time: new Date(last.at) }) : msg('offsite-incident-detail-none'), next: msg('offsite-doctor-stale.hint') });
  return out;
}
