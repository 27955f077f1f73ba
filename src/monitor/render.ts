import type { Button, Reply } from '../core/types.js';
import { b, esc, formatDuration, formatTime, pre } from '../bot/render/html.js';
import type { NodeRecord } from '../nodes/model.js';
import type { Incident } from '../store/incidents-repo.js';
import type { Silence } from '../store/silences-repo.js';

/** Builds an inline button that runs an action through the pipeline (the bot's actionButton). */
export type ButtonMaker = (text: string, action: string, args?: string) => Button;

/** What the renderer may look up; every text depends only on stored facts (no "5 min ago"), so re-rendering is stable. */
export interface RenderContext {
  node(id: string): NodeRecord | undefined;
  silence(nodeId: string | null): Silence | undefined;
  /** What the watchdog saw last on a node it reached: "RAM 42%, disk 55%". */
  state(nodeId: string): string | null;
  button: ButtonMaker;
}

const SEVERITY_HEAD = { info: '🟡 [Info]', warn: '🟠 [Warning]', critical: '🔴 [Critical]' } as const;

export function isAvailability(i: Incident): boolean {
  return i.kind === 'offline' || i.kind === 'gateway';
}

/** "n1 offline", "n2: OpenClaw gateway down". */
export function title(i: Incident): string {
  return i.summary;
}

function head(i: Incident): string {
  if (i.state === 'resolved') return '✅ [Resolved]';
  if (i.level >= 3) return '🚨 [Critical — check the hardware]';
  if (i.level === 2) return '⬆️ [Escalated]';
  return SEVERITY_HEAD[i.severity];
}

function silenceLine(s: Silence | undefined): string | null {
  if (!s) return null;
  return s.kind === 'maintenance' ? `🛠 maintenance window until ${formatTime(s.untilAt)}${s.reason ? ` (${esc(s.reason)})` : ''}` : `🔕 muted until ${formatTime(s.untilAt)}${s.createdBy ? ` by ${esc(s.createdBy)}` : ''}`;
}

export function nodeButtons(ctx: RenderContext, nodeId: string): Button[][] {
  return [[ctx.button('🔌 Retry SSH', 'retryssh', nodeId), ctx.button('📜 Logs', 'logs', nodeId), ctx.button('🔕 Mute 1h', 'mute', `${nodeId} 1h`)]];
}

function allButtons(ctx: RenderContext): Button[][] {
  return [[ctx.button('🔌 Retry SSH (all)', 'retryssh', 'all'), ctx.button('🔕 Mute all 1h', 'mute', 'all 1h')]];
}

/** The alert message of one incident, as it stands now (edited as the incident evolves). */
export function renderIncident(i: Incident, ctx: RenderContext): Reply {
  const lines = [`${head(i)} ${b(title(i))}`, `Since: ${formatTime(i.startedAt)}`];
  if (i.lastSeenAt) lines.push(`Last seen: ${formatTime(i.lastSeenAt)}`);
  if (i.lastState) lines.push(`Last state: ${esc(i.lastState)}`);
  if (i.detail) lines.push(`Cause: ${esc(i.detail)}`);
  if (i.recovery) lines.push(`🔧 ${esc(i.recovery)}`);
  if (i.level >= 2) lines.push(i.level >= 3 ? '🚨 Out for a long time: check the hardware (power, network cable, disk).' : '⬆️ Escalated: still not back.');
  if (i.state === 'resolved') {
    lines.push(`✅ ${esc(i.resolution ?? 'resolved')} — ${formatTime(i.resolvedAt ?? i.updatedAt)}, after ${formatDuration((i.resolvedAt ?? i.updatedAt) - i.startedAt)}`);
    return { html: lines.join('\n') };
  }
  const sl = silenceLine(ctx.silence(i.nodeId));
  if (sl) lines.push(sl);
  return { html: lines.join('\n'), ...(i.nodeId ? { buttons: nodeButtons(ctx, i.nodeId) } : {}) };
}

function kindWord(i: Incident): string {
  return i.kind === 'offline' ? 'offline' : i.kind === 'gateway' ? 'gateway down' : i.kind;
}

/** Several incidents that started together, as one message ("5 nodes offline: …"). */
export function renderDigest(incidents: Incident[], ctx: RenderContext): Reply {
  const open = incidents.filter((i) => i.state === 'open');
  const byKind = new Map<string, Incident[]>();
  for (const i of incidents) byKind.set(kindWord(i), [...(byKind.get(kindWord(i)) ?? []), i]);
  const what = [...byKind.entries()].map(([k, list]) => `${list.length} ${k}`).join(', ');
  const ids = incidents.map((i) => i.nodeId ?? 'OCM').join(', ');
  const worst = open.some((i) => i.level >= 3) ? '🚨 [Critical — check the hardware]' : open.some((i) => i.level === 2) ? '⬆️ [Escalated]' : open.length ? SEVERITY_HEAD[open.some((i) => i.severity === 'critical') ? 'critical' : 'warn'] : '✅ [Resolved]';
  const lines = [`${worst} ${b(`${incidents.length} nodes ${byKind.size === 1 ? [...byKind.keys()][0] : `need attention (${what})`}: ${ids}`)}`, `Since: ${formatTime(Math.min(...incidents.map((i) => i.startedAt)))}`];
  for (const i of incidents) {
    const mark = i.state === 'resolved' ? `✅ back after ${formatDuration((i.resolvedAt ?? i.updatedAt) - i.startedAt)}` : esc(withoutNode(i.detail ?? kindWord(i), i.nodeId));
    lines.push(`• ${b(i.nodeId ?? 'OCM')}: ${mark}${i.state === 'open' && i.recovery ? ` · 🔧 ${esc(i.recovery)}` : ''}`);
  }
  const sl = silenceLine(ctx.silence(null));
  if (sl && open.length) lines.push(sl);
  return { html: lines.join('\n'), ...(open.length ? { buttons: allButtons(ctx) } : {}) };
}

/** "n2: SSH connection refused…" → "SSH connection refused…" where the node is named already. */
export function withoutNode(text: string, nodeId: string | null): string {
  return nodeId && text.startsWith(`${nodeId}: `) ? text.slice(nodeId.length + 2) : text;
}

export function renderGroup(incidents: Incident[], ctx: RenderContext): Reply {
  return incidents.length === 1 ? renderIncident(incidents[0]!, ctx) : renderDigest(incidents, ctx);
}

/** A new message when an incident escalates (15 min: escalated; 60 min: critical, check the hardware). */
export function renderEscalation(list: Incident[], ctx: RenderContext): Reply {
  const critical = list.some((i) => i.level >= 3);
  const headLine = critical ? '🚨 [Critical — check the hardware]' : '⬆️ [Escalated]';
  if (list.length === 1) {
    const i = list[0]!;
    const lines = [`${headLine} ${b(i.summary)} for ${formatDuration(escalatedAfter(i))}`, `Since: ${formatTime(i.startedAt)}`];
    if (i.detail) lines.push(`Cause: ${esc(i.detail)}`);
    if (i.recovery) lines.push(`🔧 ${esc(i.recovery)}`);
    lines.push(critical ? 'Out for a long time: check the hardware (power, network cable, disk).' : 'Still not back; OCM keeps checking.');
    return { html: lines.join('\n'), ...(i.nodeId ? { buttons: nodeButtons(ctx, i.nodeId) } : {}) };
  }
  const lines = [`${headLine} ${b(`${list.length} nodes still down: ${list.map((i) => i.nodeId ?? 'OCM').join(', ')}`)}`];
  for (const i of list) lines.push(`• ${b(i.nodeId ?? 'OCM')}: ${esc(i.summary)} since ${formatTime(i.startedAt)}`);
  if (critical) lines.push('Out for a long time: check the hardware (power, network cable, disk).');
  return { html: lines.join('\n'), buttons: allButtons(ctx) };
}

function escalatedAfter(i: Incident): number {
  return Math.max(0, i.updatedAt - i.startedAt);
}

/** Sent without a notification sound when nodes come back. */
export function renderRecovery(list: Incident[], ctx: RenderContext): Reply {
  const fixedBy = (i: Incident) => i.resolution ?? 'came back by itself';
  if (list.length === 1) {
    const i = list[0]!;
    const node = i.nodeId ? ctx.node(i.nodeId) : undefined;
    const lines = [`✅ [Recovered] ${b(i.nodeId ?? 'OCM')} back online`, `Out for: ${formatDuration((i.resolvedAt ?? i.updatedAt) - i.startedAt)} (${esc(i.summary)})`, `Fixed by: ${esc(fixedBy(i))}`];
    const now = node ? ctx.state(node.id) : null;
    if (now) lines.push(`Now: ${esc(now)}`);
    return { html: lines.join('\n'), silent: true };
  }
  const lines = [`✅ [Recovered] ${b(`${list.length} nodes back online`)}`];
  for (const i of list) lines.push(`• ${b(i.nodeId ?? 'OCM')}: out ${formatDuration((i.resolvedAt ?? i.updatedAt) - i.startedAt)} — ${esc(fixedBy(i))}`);
  return { html: lines.join('\n'), silent: true };
}

/** At most one per node per log_digest_every_s: keyword counts and a few (redacted) sample lines. */
export function renderLogDigest(nodeId: string, counts: Record<string, number>, samples: string[], since: number, ctx: RenderContext): Reply {
  const c = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${esc(k)} ×${n}`)
    .join(', ');
  const lines = [`📜 [Log keywords] ${b(nodeId)}: ${c} since ${formatTime(since)}`];
  if (samples.length) lines.push(pre(samples.join('\n')));
  return { html: lines.join('\n'), silent: true, buttons: [[ctx.button('📜 Logs', 'logs', nodeId), ctx.button('🔕 Mute 1h', 'mute', `${nodeId} 1h`)]] };
}
