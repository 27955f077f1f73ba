import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';
import { Secret } from './secret.js';
import { fingerprintSchema, hostSchema, nodeConnectionShape, portSchema } from './nodes/model.js';
import type { LogLevel } from './log.js';
import { isLoopbackHost, MIN_TOKEN_LENGTH } from './web/auth.js';

export interface Config {
  /** 'telegram' when a bot token is set, otherwise a console chat on the terminal. */
  mode: 'telegram' | 'console';
  telegram: { token?: Secret; apiRoot?: string; ownerIds: number[] };
  dataDir: string;
  logLevel: LogLevel;
  pipeline: { confirmTimeoutS: number; operationTimeoutS: number };
  ssh: { handshakeTimeoutS: number; commandTimeoutS: number; keepaliveS: number; fanout: number };
  /** Register this machine as node `local`. */
  localNode: boolean;
  backup: BackupConfig;
  /** Nodes declared in the config file; their host keys still need an owner's trust. */
  nodes: DeclaredNode[];
  /** The read-only status page and JSON API (src/web). */
  status: { enabled: boolean; host: string; port: number; token?: Secret; refreshS: number };
  /** Claude API access; without a key natural language uses the deterministic fallback parser. */
  anthropic: { apiKey?: Secret; baseUrl: string };
  intent: { model: string; ratePerMinute: number; timeoutS: number; historyTurns: number };
  watchdog: WatchdogConfig;
  configFile?: string;
}

/** Default model for natural-language requests: the current Sonnet (fast, reliable tool use). */
export const DEFAULT_INTENT_MODEL = 'claude-sonnet-5-5';

export interface WatchdogConfig {
  enabled: boolean;
  /** Seconds between two checks of every node (SSH, agent health). */
  intervalS: number;
  /** Seconds between the slower checks (backup push health, OCM itself, clock skew). */
  slowIntervalS: number;
  /** Identical results in a row needed before a node's state changes. */
  consecutive: number;
  /** First alert and automatic recovery; then escalated; then critical ("check the hardware"). */
  alertAfterS: number;
  escalateAfterS: number;
  criticalAfterS: number;
  diskWarnPct: number;
  memWarnPct: number;
  clockSkewS: number;
  /** Restart a node's gateway by itself when it stays down past alertAfterS. */
  autoRestart: boolean;
  /** This many alerts (or recoveries) at once fold into one digest message. */
  digestMin: number;
  /** Extended regular expressions searched in the gateway log. */
  logPatterns: string[];
  /** At most one log-keyword digest per node per this many seconds. */
  logDigestEveryS: number;
  /** Where alerts go; empty: the owners (or the console). */
  alertChatIds: number[];
}

export interface DeclaredNode {
  id: string;
  name: string;
  host: string;
  port: number;
  user: string;
  home: string;
  keyPath?: string;
  gatewayPort: number;
  restartCmd?: string;
  hostKey?: string;
}

export interface BackupConfig {
  /** Cron expression for automatic backups of every node and of OCM itself, or null (off). */
  schedule: string | null;
  /** Seconds between the starts of consecutive nodes' scheduled backups. */
  staggerS: number;
  remote?: string;
  deployKey?: string;
  /** How long a restore waits for the gateway's /health before putting the old files back. */
  healthWaitS: number;
  packTimeoutS: number;
  snapshotRetentionDays: number;
  /** How often a failed push is retried. */
  pushRetryS: number;
  /** Caps on one node's backup pack, checked while it streams in: total unpacked bytes, entries, one file's size. */
  maxPackBytes: number;
  maxPackFiles: number;
  maxFileBytes: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const positiveSeconds = z.coerce.number({ error: 'must be a number of seconds' }).positive({ error: 'must be more than 0' });

const booleanSetting = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v))], { error: 'must be true or false' });

const fileSchema = z
  .object({
    telegram: z
      .object({
        token: z.string().min(1).optional(),
        api_root: z.url({ error: 'must be a URL such as http://127.0.0.1:8081' }).optional(),
        owner_ids: z.array(z.coerce.number().int().positive()).optional(),
      })
      .strict()
      .optional(),
    data_dir: z.string().min(1).optional(),
    log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    pipeline: z
      .object({ confirm_timeout_s: positiveSeconds.optional(), operation_timeout_s: positiveSeconds.optional() })
      .strict()
      .optional(),
    ssh: z
      .object({
        handshake_timeout_s: positiveSeconds.optional(),
        command_timeout_s: positiveSeconds.optional(),
        keepalive_s: positiveSeconds.optional(),
        fanout: z.coerce.number().int().min(1).max(100).optional(),
      })
      .strict()
      .optional(),
    local_node: z.boolean().optional(),
    backup: z
      .object({
        schedule: z
          .string()
          .refine((v) => v === 'off' || validateCron(v), { error: "must be a cron expression such as '0 */6 * * *', or 'off'" })
          .optional(),
        stagger_s: z.coerce.number().min(0).max(3600).optional(),
        remote: z.string().min(1).optional(),
        deploy_key: z.string().min(1).optional(),
        health_wait_s: z.coerce.number().int().min(1).max(600).optional(),
        pack_timeout_s: positiveSeconds.optional(),
        snapshot_retention_days: z.coerce.number().int().min(1).optional(),
        push_retry_s: positiveSeconds.optional(),
        max_pack_bytes: z.coerce.number().int().min(1024 * 1024, { error: 'must be at least 1048576 (1 MB)' }).optional(),
        max_pack_files: z.coerce.number().int().min(10).optional(),
        max_file_bytes: z.coerce.number().int().min(1024, { error: 'must be at least 1024' }).optional(),
      })
      .strict()
      .optional(),
    status: z
      .object({
        enabled: booleanSetting.optional(),
        host: hostSchema.optional(),
        port: z.coerce.number({ error: 'a port is a number' }).int({ error: 'a port is a whole number' }).min(0, { error: 'a port is 0–65535 (0: any free port)' }).max(65535, { error: 'a port is 0–65535 (0: any free port)' }).optional(),
        token: z.string().min(MIN_TOKEN_LENGTH, { error: `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. the output of: openssl rand -hex 16)` }).optional(),
        refresh_s: z.coerce.number({ error: 'must be a number of seconds' }).int().min(5, { error: 'must be at least 5 seconds' }).max(3600).optional(),
      })
      .strict()
      .optional(),
    anthropic: z
      .object({
        api_key: z.string().min(1).optional(),
        base_url: z.url({ error: 'must be a URL such as https://api.anthropic.com' }).optional(),
      })
      .strict()
      .optional(),
    intent: z
      .object({
        model: z.string().trim().min(1).optional(),
        rate_limit_per_min: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).optional(),
        timeout_s: positiveSeconds.optional(),
        history_turns: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0).max(40, { error: 'at most 40' }).optional(),
      })
      .strict()
      .optional(),
    watchdog: z
      .object({
        enabled: z.boolean().optional(),
        interval_s: positiveSeconds.optional(),
        slow_interval_s: positiveSeconds.optional(),
        consecutive: z.coerce.number().int().min(1).max(20).optional(),
        alert_after_s: z.coerce.number({ error: 'must be a number of seconds' }).min(0, { error: 'must be 0 or more' }).optional(),
        escalate_after_s: positiveSeconds.optional(),
        critical_after_s: positiveSeconds.optional(),
        disk_warn_pct: z.coerce.number().min(1).max(100).optional(),
        mem_warn_pct: z.coerce.number().min(1).max(100).optional(),
        clock_skew_s: positiveSeconds.optional(),
        auto_restart: z.boolean().optional(),
        digest_min: z.coerce.number().int().min(2).max(1000).optional(),
        log_patterns: z
          .array(z.string().min(1).max(200).regex(/^[^\0\n']+$/, { error: "a pattern has no line breaks or single quotes" }))
          .max(20)
          .optional(),
        log_digest_every_s: positiveSeconds.optional(),
        alert_chat_ids: z.array(z.coerce.number({ error: 'must be numeric Telegram chat ids' }).int()).optional(),
      })
      .strict()
      .optional(),
    nodes: z
      .array(
        z
          .object({
            ...nodeConnectionShape,
            key_path: z.string().min(1).optional(),
            gateway_port: portSchema.default(18789),
            restart_cmd: z.string().min(1).optional(),
            host_key: fingerprintSchema.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

type FileConfig = z.infer<typeof fileSchema>;

/** Environment variables and the config-file key each one overrides. */
export const ENV_KEYS = {
  TELEGRAM_BOT_TOKEN: 'telegram.token',
  TELEGRAM_API_ROOT: 'telegram.api_root',
  OCM_OWNER_IDS: 'telegram.owner_ids',
  OCM_DATA_DIR: 'data_dir',
  LOG_LEVEL: 'log_level',
  OCM_CONFIRM_TIMEOUT_S: 'pipeline.confirm_timeout_s',
  OCM_OPERATION_TIMEOUT_S: 'pipeline.operation_timeout_s',
  OCM_BACKUP_SCHEDULE: 'backup.schedule',
  OCM_BACKUP_REMOTE: 'backup.remote',
  OCM_BACKUP_DEPLOY_KEY: 'backup.deploy_key',
  OCM_BACKUP_MAX_PACK_BYTES: 'backup.max_pack_bytes',
  OCM_BACKUP_MAX_PACK_FILES: 'backup.max_pack_files',
  OCM_BACKUP_MAX_FILE_BYTES: 'backup.max_file_bytes',
  OCM_STATUS_ENABLED: 'status.enabled',
  OCM_STATUS_HOST: 'status.host',
  OCM_STATUS_PORT: 'status.port',
  OCM_STATUS_TOKEN: 'status.token',
  ANTHROPIC_API_KEY: 'anthropic.api_key',
  ANTHROPIC_BASE_URL: 'anthropic.base_url',
  OCM_INTENT_MODEL: 'intent.model',
  OCM_INTENT_RATE_PER_MIN: 'intent.rate_limit_per_min',
  OCM_INTENT_TIMEOUT_S: 'intent.timeout_s',
  OCM_WATCHDOG_INTERVAL_S: 'watchdog.interval_s',
  OCM_ALERT_AFTER_S: 'watchdog.alert_after_s',
  OCM_ALERT_CHAT_IDS: 'watchdog.alert_chat_ids',
} as const;

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    const next = cur[p];
    if (!next || typeof next !== 'object' || Array.isArray(next)) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

function envValue(name: string, raw: string): unknown {
  if (name === 'OCM_OWNER_IDS' || name === 'OCM_ALERT_CHAT_IDS') {
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (/^-?\d+$/.test(s) ? Number(s) : s));
  }
  return raw;
}

/**
 * Pure: builds the configuration from the environment and the text of the optional YAML file.
 * Environment variables win over the file. Every problem is one line naming the key.
 */
export function createConfig(env: Record<string, string | undefined>, file?: { path: string; text: string }, cwd = process.cwd()): ConfigResult {
  const errors: string[] = [];
  let raw: Record<string, unknown> = {};
  if (file) {
    try {
      const parsed: unknown = parseYaml(file.text);
      if (parsed !== null && parsed !== undefined) {
        if (typeof parsed !== 'object' || Array.isArray(parsed)) errors.push(`${file.path}: must be a YAML mapping of keys`);
        else raw = parsed as Record<string, unknown>;
      }
    } catch (err) {
      errors.push(`${file.path}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
    }
  }
  const source = new Map<string, string>();
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    setPath(raw, key, envValue(name, v));
    source.set(key, name);
  }
  if (errors.length) return { ok: false, errors };

  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) errors.push(`${key ? `${key}.` : ''}${k}: unknown setting${file ? ` in ${file.path}` : ''}`);
        continue;
      }
      const envName = source.get(key.replace(/\[\d+\]$/, ''));
      errors.push(`${envName ?? key}: ${issue.message}`);
    }
    return { ok: false, errors };
  }
  const f: FileConfig = parsed.data;
  const ids = (f.nodes ?? []).map((n) => n.id);
  for (const dup of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) errors.push(`nodes: node id '${dup}' is declared twice`);
  if (ids.includes('local')) errors.push("nodes: 'local' is the built-in node; give the declared node another id");
  const token = f.telegram?.token;
  const ownerIds = f.telegram?.owner_ids ?? [];
  if (token && ownerIds.length === 0) {
    errors.push('OCM_OWNER_IDS: required when a Telegram bot token is set (comma-separated numeric Telegram user ids allowed to operate)');
  }
  const status = {
    enabled: f.status?.enabled ?? true,
    host: f.status?.host ?? '127.0.0.1',
    port: f.status?.port ?? 3001,
    refreshS: f.status?.refresh_s ?? 30,
  };
  if (status.enabled && !f.status?.token && !isLoopbackHost(status.host)) {
    errors.push(
      `OCM_STATUS_TOKEN: required when the status page listens on ${status.host}, an address other machines can reach (status.token, at least ${MIN_TOKEN_LENGTH} characters, e.g. from: openssl rand -hex 16); or set OCM_STATUS_HOST=127.0.0.1`,
    );
  }
  if (errors.length) return { ok: false, errors };

  const w = f.watchdog ?? {};
  const alertAfterS = w.alert_after_s ?? 300;
  // OCM_ALERT_AFTER_S scales the whole ladder (5/15/60 min) so that a demo runs in seconds
  const scaled = source.has('watchdog.alert_after_s');
  const config: Config = {
    mode: token ? 'telegram' : 'console',
    telegram: { ownerIds },
    dataDir: resolve(cwd, f.data_dir ?? './data'),
    logLevel: f.log_level ?? 'info',
    pipeline: {
      confirmTimeoutS: f.pipeline?.confirm_timeout_s ?? 60,
      operationTimeoutS: f.pipeline?.operation_timeout_s ?? 300,
    },
    ssh: {
      handshakeTimeoutS: f.ssh?.handshake_timeout_s ?? 10,
      commandTimeoutS: f.ssh?.command_timeout_s ?? 60,
      keepaliveS: f.ssh?.keepalive_s ?? 15,
      fanout: f.ssh?.fanout ?? 10,
    },
    localNode: f.local_node ?? true,
    backup: {
      schedule: f.backup?.schedule === 'off' ? null : (f.backup?.schedule ?? '0 */6 * * *'),
      staggerS: f.backup?.stagger_s ?? 20,
      ...(f.backup?.remote ? { remote: f.backup.remote } : {}),
      ...(f.backup?.deploy_key ? { deployKey: resolve(cwd, f.backup.deploy_key) } : {}),
      healthWaitS: f.backup?.health_wait_s ?? 30,
      packTimeoutS: f.backup?.pack_timeout_s ?? 600,
      snapshotRetentionDays: f.backup?.snapshot_retention_days ?? 30,
      pushRetryS: f.backup?.push_retry_s ?? 300,
      maxPackBytes: f.backup?.max_pack_bytes ?? 1_073_741_824,
      maxPackFiles: f.backup?.max_pack_files ?? 20_000,
      maxFileBytes: f.backup?.max_file_bytes ?? 104_857_600,
    },
    anthropic: { baseUrl: f.anthropic?.base_url ?? 'https://api.anthropic.com' },
    intent: {
      model: f.intent?.model ?? DEFAULT_INTENT_MODEL,
      ratePerMinute: f.intent?.rate_limit_per_min ?? 10,
      timeoutS: f.intent?.timeout_s ?? 30,
      historyTurns: f.intent?.history_turns ?? 6,
    },
    watchdog: {
      enabled: w.enabled ?? true,
      intervalS: w.interval_s ?? 60,
      slowIntervalS: w.slow_interval_s ?? 300,
      consecutive: w.consecutive ?? 2,
      alertAfterS,
      escalateAfterS: (scaled ? undefined : w.escalate_after_s) ?? alertAfterS * 3,
      criticalAfterS: (scaled ? undefined : w.critical_after_s) ?? alertAfterS * 12,
      diskWarnPct: w.disk_warn_pct ?? 80,
      memWarnPct: w.mem_warn_pct ?? 90,
      clockSkewS: w.clock_skew_s ?? 60,
      autoRestart: w.auto_restart ?? true,
      digestMin: w.digest_min ?? 3,
      logPatterns: w.log_patterns ?? ['ERROR', 'CRITICAL', 'FAIL'],
      logDigestEveryS: w.log_digest_every_s ?? 900,
      alertChatIds: w.alert_chat_ids ?? [],
    },
    nodes: (f.nodes ?? []).map((n) => ({
      id: n.id,
      name: n.name ?? n.id,
      host: n.host,
      port: n.port,
      user: n.user,
      home: n.home,
      gatewayPort: n.gateway_port,
      ...(n.key_path ? { keyPath: resolve(cwd, n.key_path) } : {}),
      ...(n.restart_cmd ? { restartCmd: n.restart_cmd } : {}),
      ...(n.host_key ? { hostKey: n.host_key } : {}),
    })),
    status: { ...status, ...(f.status?.token ? { token: new Secret(f.status.token) } : {}) },
  };
  if (token) config.telegram.token = new Secret(token);
  if (f.anthropic?.api_key) config.anthropic.apiKey = new Secret(f.anthropic.api_key);
  if (f.telegram?.api_root) config.telegram.apiRoot = f.telegram.api_root;
  if (file) config.configFile = file.path;
  return { ok: true, config };
}

/** Reads OCM_CONFIG (or ./ocm.yaml when present) and the environment. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  const explicit = env.OCM_CONFIG;
  const path = resolve(cwd, explicit ?? 'ocm.yaml');
  if (explicit && !existsSync(path)) return { ok: false, errors: [`OCM_CONFIG: file not found: ${path}`] };
  if (!existsSync(path)) return createConfig(env, undefined, cwd);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`OCM_CONFIG: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return createConfig(env, { path, text }, cwd);
}
