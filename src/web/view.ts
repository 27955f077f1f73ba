import { z } from 'zod';
import type { BusyInfo } from '../core/types.js';
import { en, type Translator } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { agentStatusSchema, shortAgentVersion, type AgentStatus } from '../nodes/agent.js';
import type { NodeRecord, NodeStatus } from '../nodes/model.js';
import type { Store } from '../store/store.js';
import { eventText } from '../store/events-repo.js';
import { WATCHDOG_LAST_CYCLE_KEY, type ScorePoint, type WebSources } from './sources.js';

/** What the JSON endpoints and the page are built from. */
export interface WebContext {
  store: Store;
  log: Logger;
  now(): number;
  /** When this OCM process started (ms epoch). */
  startedAt: number;
  /** The operation running on a node now, if any (the pipeline's queue). */
  busy?(nodeId: string): BusyInfo | undefined;
  sources: WebSources;
  /** OCM's own version, for /health and the page footer. */
  version?: OcmVersionJson;
}

/** What /health and the page footer say about this OCM (src/doctor/version.ts). */
export interface OcmVersionJson {
  version: string;
  commit: string | null;
  node: string;
  agent: string;
  /** The last applied migration id. */
  schema: string | null;
}

export interface SkillJson {
  name: string;
  eligible: boolean | null;
  disabled: boolean | null;
}

/** One node as `/api/v1/nodes` shows it. Connection secrets (key paths, host keys) never appear. */
export interface NodeJson {
  node_id: string;
  name: string;
  status: NodeStatus;
  online: boolean;
  transport: 'local' | 'ssh';
  host: string | null;
  last_seen_at: string | null;
  last_error: string | null;
  system: {
    hostname: string | null;
    os: string | null;
    arch: string | null;
    uptime_s: number | null;
    cpu_pct: number | null;
    load: number[] | null;
    mem_used_pct: number | null;
    mem_total_bytes: number | null;
    disk_used_pct: number | null;
    disk_available_bytes: number | null;
    reported_at: string | null;
  } | null;
  openclaw: {
    installed: boolean;
    version: string | null;
    service_manager: string | null;
    gateway_running: boolean | null;
    gateway_healthy: boolean | null;
    gateway_port: number | null;
  } | null;
  /** Skills OpenClaw reports as usable on the node (eligible and not disabled). */
  available_skills: string[];
  skills: SkillJson[] | null;
  busy: { action: string; since: string } | null;
  last_backup: { at: string; ref: string; score: number | null } | null;
  score: number | null;
  /** Short form (12 hex characters of the agent's SHA-256). */
  agent_version: string | null;
}

const skillsSchema = z.array(z.looseObject({ name: z.string(), eligible: z.boolean().nullable().optional(), disabled: z.boolean().nullable().optional() }));

export function iso(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString();
}

/** Calls an optional source; a failing one is logged and shown as unknown, never breaks the page. */
function safe<T>(ctx: WebContext, what: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (err) {
    ctx.log.warn({ err, source: what }, 'status page source failed');
    return null;
  }
}

export function parseStatus(json: string | null): AgentStatus | null {
  if (!json) return null;
  try {
    const parsed = agentStatusSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function skillsOf(s: AgentStatus | null): SkillJson[] | null {
  const parsed = skillsSchema.safeParse(s?.openclaw.skills);
  return parsed.success ? parsed.data.map((k) => ({ name: k.name, eligible: k.eligible ?? null, disabled: k.disabled ?? null })) : null;
}

const n = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function latestScore(points: ScorePoint[] | null): number | null {
  return points?.length ? points[points.length - 1]!.score : null;
}

export function nodeJson(ctx: WebContext, node: NodeRecord): NodeJson {
  const s = parseStatus(node.statusJson);
  const skills = skillsOf(s);
  const busy = ctx.busy?.(node.id);
  const backup = ctx.sources.backups ? safe(ctx, 'backups', () => ctx.sources.backups!.lastFor(node.id)) : null;
  const trend = ctx.sources.scores ? safe(ctx, 'scores', () => ctx.sources.scores!.trend(node.id)) : null;
  const oc = s?.openclaw;
  return {
    node_id: node.id,
    name: node.name,
    status: node.status,
    online: node.status === 'online',
    transport: node.transport,
    host: node.transport === 'local' ? null : node.host,
    last_seen_at: iso(node.lastSeenAt),
    last_error: node.lastError,
    system: s
      ? {
          hostname: s.hostname ?? null,
          os: s.os_version ?? s.os ?? null,
          arch: s.arch ?? null,
          uptime_s: n(s.uptime_s),
          cpu_pct: n(s.cpu_pct),
          load: s.load ?? null,
          mem_used_pct: n(s.mem?.used_pct),
          mem_total_bytes: n(s.mem?.total_bytes),
          disk_used_pct: n(s.disk?.used_pct),
          disk_available_bytes: n(s.disk?.available_bytes),
          reported_at: iso(s.time_unix != null ? s.time_unix * 1000 : node.lastSeenAt),
        }
      : null,
    openclaw: oc
      ? {
          installed: oc.installed,
          version: oc.version ?? null,
          service_manager: oc.service_manager ?? null,
          gateway_running: oc.gateway?.running ?? null,
          gateway_healthy: oc.gateway?.healthy ?? null,
          gateway_port: n(oc.gateway?.port) ?? node.gatewayPort,
        }
      : null,
    available_skills: (skills ?? []).filter((k) => k.eligible !== false && k.disabled !== true).map((k) => k.name),
    skills,
    busy: busy ? { action: busy.action, since: iso(busy.since)! } : null,
    last_backup: backup ? { at: iso(backup.at)!, ref: backup.ref, score: backup.score } : null,
    score: latestScore(trend),
    agent_version: s?.agent_version ? shortAgentVersion(s.agent_version) : null,
  };
}

export function nodesJson(ctx: WebContext): NodeJson[] {
  return ctx.store.nodes.list().map((node) => nodeJson(ctx, node));
}

/** Nodes on which OpenClaw reports the skill as usable (name compared case-insensitively). */
export function nodesWithSkill(ctx: WebContext, skill: string): NodeJson[] {
  const want = skill.toLowerCase();
  return nodesJson(ctx).filter((node) => node.available_skills.some((k) => k.toLowerCase() === want));
}

function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export interface ClusterHealthJson {
  total_nodes: number;
  online_nodes: number;
  degraded_nodes: number;
  offline_nodes: number;
  unknown_nodes: number;
  /** OCM runs one operation per node at a time: capacity is one per node… */
  total_capacity: number;
  /** …and a node is available when it is online and nothing runs on it. */
  available_capacity: number;
  open_alerts: number | null;
  backups_today: number | null;
  average_score: number | null;
  /** The newest offsite copy (ISO), null when there is none or offsite copies are off. */
  last_offsite_copy: string | null;
  timestamp: string;
}

export function clusterHealthJson(ctx: WebContext, nodes: NodeJson[] = nodesJson(ctx)): ClusterHealthJson {
  const count = (s: NodeStatus) => nodes.filter((x) => x.status === s).length;
  const scores = nodes.map((x) => x.score).filter((x): x is number => x !== null);
  const now = ctx.now();
  const { alerts, backups, offsite } = ctx.sources;
  const lastOffsite = offsite ? safe(ctx, 'offsite', () => offsite.last()?.at ?? null) : null;
  return {
    total_nodes: nodes.length,
    online_nodes: count('online'),
    degraded_nodes: count('degraded'),
    offline_nodes: count('offline'),
    unknown_nodes: count('unknown'),
    total_capacity: nodes.length,
    available_capacity: nodes.filter((x) => x.online && !x.busy).length,
    open_alerts: alerts ? safe(ctx, 'alerts', () => alerts.openCount()) : null,
    backups_today: backups ? safe(ctx, 'backups', () => backups.countSince(startOfLocalDay(now))) : null,
    average_score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
    last_offsite_copy: lastOffsite === null ? null : iso(lastOffsite),
    timestamp: iso(now)!,
  };
}

export interface HealthJson {
  ok: boolean;
  uptime_s: number;
  started_at: string;
  db: { ok: boolean; error?: string };
  watchdog: { last_cycle_at: string | null; age_s: number | null };
  version?: OcmVersionJson;
  timestamp: string;
}

/** OCM itself: is the process serving, can it read its database, when did the watchdog last run. */
export function healthJson(ctx: WebContext): HealthJson {
  const now = ctx.now();
  let db: HealthJson['db'] = { ok: true };
  let lastCycle: number | null = null;
  try {
    ctx.store.db.prepare('SELECT count(*) FROM nodes').get();
    const raw = ctx.store.kv.get<unknown>(WATCHDOG_LAST_CYCLE_KEY);
    const ms = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
    lastCycle = Number.isFinite(ms) && ms > 0 ? ms : null;
  } catch (err) {
    // the JSON API is English whatever the reader's language
    db = { ok: false, error: en.text('status-page-db-unreadable') };
    ctx.log.error({ err }, 'status page: database check failed');
  }
  return {
    ok: db.ok,
    uptime_s: Math.max(0, Math.round((now - ctx.startedAt) / 1000)),
    started_at: iso(ctx.startedAt)!,
    db,
    watchdog: { last_cycle_at: iso(lastCycle), age_s: lastCycle === null ? null : Math.max(0, Math.round((now - lastCycle) / 1000)) },
    ...(ctx.version ? { version: ctx.version } : {}),
    timestamp: iso(now)!,
  };
}

export interface EventJson {
  id: number;
  node_id: string | null;
  type: string;
  severity: string;
  message: string;
  created_at: string;
}

/**
 * The recent events. The JSON API gives each `message` in English, as stored; the page passes its
 * translator, and a message written through the catalog is then in the reader's language.
 */
export function eventsJson(ctx: WebContext, limit: number, t?: Pick<Translator, 'msgText'>): EventJson[] {
  return ctx.store.events.recent(limit).map((e) => ({ id: e.id, node_id: e.nodeId, type: e.type, severity: e.severity, message: t ? eventText(e, t.msgText) : e.message, created_at: iso(e.createdAt)! }));
}
