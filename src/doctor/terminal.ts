import { localeOf, type Locale, type Translator } from '../i18n/index.js';
import { configLines, doctorVerdict, formatDoctor, type DoctorLine } from './checks.js';
import { versionLabel, type VersionInfo } from './version.js';

/** What `npm run doctor` prints, in the terminal's language (the chat's /doctor renders the same lines in its own). */
type T = Pick<Translator, 'text' | 'msgText'>;

/** The terminal's language: OCM_LANG, else the locale of LC_ALL, LC_MESSAGES or LANG, else English. */
export function terminalLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return localeOf(env.OCM_LANG) ?? localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'en';
}

export function terminalHeader(t: T, v: VersionInfo): string {
  return t.text('doctor-cli-header', { version: versionLabel(v), node: v.node });
}

/** The config does not load: its problems, and why nothing else was checked. */
export function terminalConfigBlocked(t: T, errors: readonly string[]): string {
  return `${formatDoctor(configLines(errors), t)}\n\n${t.text('doctor-cli-config-blocked')}`;
}

/** Every line, then the verdict (the same as /doctor's headline). */
export function terminalReport(t: T, lines: readonly DoctorLine[]): string {
  return `${formatDoctor(lines, t)}\n\n${t.text(`doctor-cli-${doctorVerdict(lines)}`)}`;
}

/** A bug in the doctor itself: its raw message, on stderr. */
export function terminalCrash(t: T, err: unknown): string {
  return t.text('doctor-cli-crashed', { error: (err as Error | undefined)?.message ?? String(err) });
}
