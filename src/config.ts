import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { anthropicSection, intentSection } from './intents/config.js';
import { backupSection } from './backup/config.js';
import { watchdogSection } from './monitor/config.js';
import { fleetSection, sshSection } from './nodes/config.js';
import { statusSection } from './web/config.js';
import { logSection } from './log.js';
import { isTimeZone } from './i18n/time.js';
import './i18n/index.js';
import { englishOf, hasKey } from './core/messages.js';
import { defineSection, flatSettings, positiveSeconds, secretSetting, settingsTree, type ConfigSection, type SectionContext, type SectionValue, type Setting } from './config-schema.js';

export type { ConfigSection, SectionContext, SectionValue, SettingMeta } from './config-schema.js';
export { defineSection } from './config-schema.js';
export type { DeclaredNode } from './nodes/config.js';
export type { BackupConfig } from './backup/config.js';
export type { WatchdogConfig } from './monitor/config.js';
export { DEFAULT_INTENT_MODEL } from './intents/config.js';

export const telegramSection = defineSection({
  key: 'telegram',
  schema: z.object({
    token: secretSetting().optional().describe('bot token from @BotFather').meta({ env: 'TELEGRAM_BOT_TOKEN', defaultDoc: 'unset → console mode' }),
    apiRoot: z
      .url({ error: 'must be a URL such as http://127.0.0.1:8081' })
      .optional()
      .describe('a different Bot API server (a local `telegram-bot-api`, tests)')
      .meta({ env: 'TELEGRAM_API_ROOT', defaultDoc: '`https://api.telegram.org`' }),
    ownerIds: z
      .array(z.coerce.number().int().positive())
      .default([])
      .describe('comma-separated numeric Telegram user ids allowed to operate')
      .meta({ env: 'OCM_OWNER_IDS', defaultDoc: '— (required with a token)' }),
  }),
  check: (t) => (t.token && t.ownerIds.length === 0 ? ['OCM_OWNER_IDS: required when a Telegram bot token is set (comma-separated numeric Telegram user ids allowed to operate)'] : []),
});

/** Top-level keys of OCM itself. */
export const coreSection = defineSection({
  key: 'core',
  root: true,
  schema: z.object({
    dataDir: z.string().min(1).default('./data').describe('database (`ocm.db`), logs, outbox; one OCM per data dir').meta({ env: 'OCM_DATA_DIR' }),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('`fatal` `error` `warn` `info` `debug` `trace` `silent`').meta({ env: 'LOG_LEVEL' }),
  }),
  finish: (v, { cwd }) => ({ ...v, dataDir: resolve(cwd, v.dataDir) }),
});

/** Which language chats are answered in and which zone times are shown in (src/i18n). */
export const languageSection = defineSection({
  key: 'language',
  root: true,
  schema: z.object({
    defaultLanguage: z
      .enum(['en', 'zh', 'ja'])
      .optional()
      .describe('`en`, `zh` or `ja`: for a chat that chose none with /lang and whose Telegram client sends no language')
      .meta({ env: 'OCM_LANG', defaultDoc: '`en` (console mode: the terminal\'s `LANG`, else `en`)' }),
    chatLanguages: z
      .array(z.string().regex(/^-?\d+[:=](en|zh|ja)$/, { error: 'each entry is <chat id>:<en|zh|ja>, e.g. -1001234567890:zh' }))
      .default([])
      .describe('comma-separated `<chat id>:<en|zh|ja>` for chats nobody sets with /lang (an alert group)')
      .meta({ env: 'OCM_CHAT_LANGUAGES' }),
    timezone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Tokyo or UTC' })
      .optional()
      .describe('time zone of every time in a message, e.g. `Asia/Tokyo`')
      .meta({ env: 'OCM_TIMEZONE', defaultDoc: "the machine's" }),
  }),
  finish: (v) => ({
    ...v,
    chatLanguages: Object.fromEntries(v.chatLanguages.map((e) => [Number(e.split(/[:=]/)[0]), e.split(/[:=]/)[1] as 'en' | 'zh' | 'ja'])) as Record<number, 'en' | 'zh' | 'ja'>,
  }),
});

export const pipelineSection = defineSection({
  key: 'pipeline',
  schema: z.object({
    confirmTimeoutS: positiveSeconds.default(60).describe('how long a confirmation or safety code waits for an answer').meta({ env: 'OCM_CONFIRM_TIMEOUT_S' }),
    operationTimeoutS: positiveSeconds.default(300).describe('an operation still running after this is marked failed').meta({ env: 'OCM_OPERATION_TIMEOUT_S' }),
  }),
});

/** The sections OCM is built with, in the order of the README table. A module adds its own by passing a longer list. */
export const builtinSections = [telegramSection, coreSection, languageSection, logSection, pipelineSection, sshSection, fleetSection, backupSection, statusSection, anthropicSection, intentSection, watchdogSection] as const;

/** The config file itself is chosen before any section is read. */
export const CONFIG_FILE_SETTING = { env: 'OCM_CONFIG', default: '`./ocm.yaml` if present', description: 'path of the YAML config file' } as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Entry<X> = X extends { root?: true } ? SectionValue<X> : X extends { key: infer K extends string } ? { [P in K]: SectionValue<X> } : never;
type Flatten<T> = { [K in keyof T]: T[K] };
/** The config object of a list of sections: nested sections under their key, root sections spread. */
export type ConfigOf<L extends readonly unknown[]> = Flatten<UnionToIntersection<Entry<L[number]>>>;

export type Config = Flatten<
  ConfigOf<typeof builtinSections> & {
    /** 'telegram' when a bot token is set, otherwise a console chat on the terminal. */
    mode: 'telegram' | 'console';
    configFile?: string;
  }
>;

/** Typed access to a section that was passed to createConfig beyond the built-in ones. */
export function configSection<const X extends ConfigSection>(config: Config, section: X): SectionValue<X> {
  const holder = config as unknown as Record<string, unknown>;
  if (section.root) return Object.fromEntries(Object.keys(section.schema.shape).map((k) => [k, holder[k]])) as SectionValue<X>;
  if (!(section.key in holder)) throw new Error(`config section '${section.key}' was not passed to createConfig`);
  return holder[section.key] as SectionValue<X>;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (!isMapping(cur[p])) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

function envValue(setting: Setting, raw: string): unknown {
  if (!setting.list) return raw;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^-?\d+$/.test(s) ? Number(s) : s));
}

/** YAML mapping (snake_case) → the schemas' input (camelCase); keys nobody declared are reported. */
function toInput(raw: Record<string, unknown>, keys: Map<string, Setting>, at: string, unknown: (key: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const s = keys.get(name);
    if (!s) {
      unknown(`${at ? `${at}.` : ''}${name}`);
      continue;
    }
    const here = `${at ? `${at}.` : ''}${name}`;
    const key = s.path[s.path.length - 1]!;
    if (s.children && s.list && Array.isArray(value)) out[key] = value.map((e, i) => (isMapping(e) ? toInput(e, s.children!, `${here}[${i}]`, unknown) : e));
    else if (s.children && !s.list && isMapping(value)) out[key] = toInput(value, s.children, here, unknown);
    else out[key] = value;
  }
  return out;
}

/** A zod issue path (camelCase) in YAML words, e.g. ['nodes', 0, 'keyPath'] → 'nodes[0].key_path'. */
function yamlKey(path: readonly PropertyKey[], top: Map<string, Setting>): string {
  let keys: Map<string, Setting> | undefined = top;
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') {
      out += `[${p}]`;
      continue;
    }
    const s: Setting | undefined = keys ? [...keys.values()].find((k) => k.path[k.path.length - 1] === p) : undefined;
    out += `${out ? '.' : ''}${s ? s.yaml.slice(s.yaml.lastIndexOf('.') + 1) : String(p)}`;
    keys = s?.children;
  }
  return out;
}

/**
 * Pure: builds the configuration from the environment and the text of the optional YAML file.
 * Environment variables win over the file. Every problem is one line naming the key.
 * `sections` is the list of sections to read (the built-in ones unless a caller adds its own).
 */
export function createConfig(
  env: Record<string, string | undefined>,
  file?: { path: string; text: string },
  cwd = process.cwd(),
  sections: readonly ConfigSection[] = builtinSections,
): ConfigResult {
  const errors: string[] = [];
  let raw: Record<string, unknown> = {};
  if (file) {
    try {
      const parsed: unknown = parseYaml(file.text);
      if (parsed !== null && parsed !== undefined) {
        if (!isMapping(parsed)) errors.push(`${file.path}: must be a YAML mapping of keys`);
        else raw = parsed;
      }
    } catch (err) {
      errors.push(`${file.path}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
    }
  }
  const tree = settingsTree(sections);
  const envOf = new Map<string, string>();
  const fromEnv = new Set<string>();
  for (const s of flatSettings(tree)) {
    const name = s.meta.env;
    const v = name === undefined ? undefined : env[name];
    if (name === undefined || v === undefined || v === '') continue;
    setPath(raw, s.yaml, envValue(s, v));
    envOf.set(s.yaml, name);
    fromEnv.add(s.path.join('.'));
  }
  if (errors.length) return { ok: false, errors };

  const input = toInput(raw, tree, '', (key) => errors.push(`${key}: unknown setting${file ? ` in ${file.path}` : ''}`));
  const shape: Record<string, z.ZodType> = {};
  for (const section of sections) {
    if (section.root) Object.assign(shape, section.schema.shape);
    else {
      shape[section.key] = section.schema;
      if (input[section.key] === undefined) input[section.key] = {};
    }
  }
  const parsed = z.object(shape).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = yamlKey(issue.path, tree);
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) errors.push(`${key ? `${key}.` : ''}${k}: unknown setting${file ? ` in ${file.path}` : ''}`);
        continue;
      }
      // a schema shared with the chat (hosts, ports) carries catalog keys: English here, like the rest
      errors.push(`${envOf.get(key.replace(/\[\d+\]$/, '')) ?? key}: ${hasKey(issue.message) ? englishOf({ key: issue.message }) : issue.message}`);
    }
  }
  if (errors.length) return { ok: false, errors };

  const data = parsed.data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const section of sections) {
    const fields = Object.keys(section.schema.shape);
    const ctx: SectionContext = { cwd, fromEnv: (key) => fromEnv.has(section.root ? key : `${section.key}.${key}`) };
    const value = section.root ? Object.fromEntries(fields.map((k) => [k, data[k]])) : data[section.key];
    const finished = section.finish ? section.finish(value as never, ctx) : value;
    errors.push(...(section.check?.(finished as never, ctx) ?? []));
    if (section.root) Object.assign(out, finished);
    else out[section.key] = finished;
  }
  if (errors.length) return { ok: false, errors };
  const config = out as Config;
  config.mode = config.telegram.token ? 'telegram' : 'console';
  if (file) config.configFile = file.path;
  return { ok: true, config };
}

/** Reads OCM_CONFIG (or ./ocm.yaml when present) and the environment. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd(), sections: readonly ConfigSection[] = builtinSections): ConfigResult {
  const explicit = env.OCM_CONFIG;
  const path = resolve(cwd, explicit ?? 'ocm.yaml');
  if (explicit && !existsSync(path)) return { ok: false, errors: [`OCM_CONFIG: file not found: ${path}`] };
  if (!existsSync(path)) return createConfig(env, undefined, cwd, sections);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`OCM_CONFIG: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return createConfig(env, { path, text }, cwd, sections);
}
