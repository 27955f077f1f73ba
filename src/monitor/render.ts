import { pre } from '../bot/render/html.js';
import { asText, hasKey, html, isAsText, isMsg, msg, type Msg, type MsgReply } from '../core/messages.js';
import type { Reply } from '../core/types.js';
import { durationMsg, renderReply, renderText, type RenderLocale } from '../i18n/index.js';
import type { NodeRecord } from '../nodes/model.js';
import type { Incident, IncidentKind } from '../store/incidents-repo.js';
import type { Silence } from '../store/silences-repo.js';

/** An inline button whose label is rendered in each recipient chat's language. */
export interface MsgButton {
  text: Msg;
  data: string;
}

/** Builds an inline button that runs an action through the pipeline (the bot's actionButton, with a catalog label). */
export type ButtonMaker = (text: Msg, action: string, args?: string) => MsgButton;

/**
 * What the renderer may look up; every message depends only on stored facts (no "5 min ago"), so
 * re-rendering is stable. Messages are catalog keys and arguments (MsgReply): the outbox renders
 * them in each alert chat's language when it delivers them.
 */
export interface RenderContext {
  node(id: string): NodeRecord | undefined;
  silence(nodeId: string | null): Silence | undefined;
  /** What the watchdog saw last on a node it reached: "RAM 42%, disk 55%". */
  state(nodeId: string): Msg | null;
  button: ButtonMaker;
}

type JoinKey = 'watchdog-lines' | 'watchdog-paragraphs' | 'watchdog-list' | 'watchdog-list-semicolon';

/** Messages joined as lines, paragraphs or a list, in the catalog's way for each language. */
export function joinMsgs(parts: readonly Msg[], key: JoinKey): Msg {
  if (!parts.length) return { key: 'watchdog-text', args: { text: '' } };
  return parts.slice(0, -1).reduceRight<Msg>((rest, first) => ({ key, args: { first, rest } }), parts[parts.length - 1]!);
}

/**
 * A sentence written as plain text (an error, a reason): when the outbox renders an alert it turns
 * this into text first and escapes it, so that no character of it is read as Telegram HTML.
 */
export function plain(m: Msg, without?: string): Msg {
  return m.key === 'watchdog-plain' ? m : { key: 'watchdog-plain', args: { text: asText(m, without) } };
}

/** Stored English text (an event's message) as a message argument. */
export function textMsg(text: string): Msg {
  return { key: 'watchdog-text', args: { text } };
}

export function isAvailability(i: Incident): boolean {
  return i.kind === 'offline' || i.kind === 'gateway';
}

/** "n1 offline", "n2: OpenClaw gateway down". */
export function title(i: Incident): Msg {
  return i.summary;
}

const at = (ts: number) => new Date(ts);

function head(i: Incident): Msg {
  if (i.state === 'resolved') return msg('watchdog-head-resolved');
  if (i.level >= 3) return msg('watchdog-head-hardware');
  if (i.level === 2) return msg('watchdog-head-escalated');
  return msg(`watchdog-head-${i.severity}`);
}

function silenceLine(s: Silence | undefined): Msg | null {
  if (!s) return null;
  const until = at(s.untilAt);
  if (s.kind === 'maintenance') return s.reason ? msg('watchdog-silence-maintenance-reason', { until, reason: s.reason }) : msg('watchdog-silence-maintenance', { until });
  return s.createdBy ? msg('watchdog-silence-muted-by', { until, who: s.createdBy }) : msg('watchdog-silence-muted', { until });
}

export function nodeButtons(ctx: RenderContext, nodeId: string): MsgButton[][] {
  return [[ctx.button(msg('watchdog-button-retry'), 'retryssh', nodeId), ctx.button(msg('watchdog-button-logs'), 'logs', nodeId), ctx.button(msg('watchdog-button-mute'), 'mute', `${nodeId} 1h`)]];
}

function allButtons(ctx: RenderContext): MsgButton[][] {
  return [[ctx.button(msg('watchdog-button-retry-all'), 'retryssh', 'all'), ctx.button(msg('watchdog-button-mute-all'), 'mute', 'all 1h')]];
}

function outFor(i: Incident): Msg {
  return durationMsg((i.resolvedAt ?? i.updatedAt) - i.startedAt);
}

const HARDWARE_NOTE = 'watchdog-note-hardware';

/** The alert message of one incident, as it stands now (edited as the incident evolves). */
export function renderIncident(i: Incident, ctx: RenderContext): MsgReply {
  const lines: Msg[] = [msg('watchdog-alert-title', { head: head(i), title: title(i) }), msg('watchdog-since', { time: at(i.startedAt) })];
  if (i.lastSeenAt) lines.push(msg('watchdog-last-seen', { time: at(i.lastSeenAt) }));
  if (i.lastState) lines.push(msg('watchdog-last-state', { state: i.lastState }));
  if (i.detail) lines.push(msg('watchdog-cause', { cause: withoutNode(i.detail, i.nodeId) }));
  if (i.recovery) lines.push(msg('watchdog-recovery', { recovery: i.recovery }));
  if (i.level >= 2) lines.push(msg(i.level >= 3 ? HARDWARE_NOTE : 'watchdog-note-escalated'));
  if (i.state === 'resolved') {
    lines.push(msg('watchdog-resolved-line', { resolution: i.resolution ?? msg('watchdog-resolved'), time: at(i.resolvedAt ?? i.updatedAt), duration: outFor(i) }));
    return { msg: joinMsgs(lines, 'watchdog-lines') };
  }
  const sl = silenceLine(ctx.silence(i.nodeId));
  if (sl) lines.push(sl);
  return { msg: joinMsgs(lines, 'watchdog-lines'), ...(i.nodeId ? { buttons: nodeButtons(ctx, i.nodeId) } : {}) };
}

function kindMsg(kind: IncidentKind): Msg {
  return msg(`watchdog-kind-${kind.replace('_', '-')}`);
}

const worstHead = (open: Incident[]): Msg =>
  open.some((i) => i.level >= 3)
    ? msg('watchdog-head-hardware')
    : open.some((i) => i.level === 2)
      ? msg('watchdog-head-escalated')
      : open.length
        ? msg(open.some((i) => i.severity === 'critical') ? 'watchdog-head-critical' : 'watchdog-head-warn')
        : msg('watchdog-head-resolved');

const idsOf = (list: Incident[]) => list.map((i) => i.nodeId ?? 'OCM').join(', ');

/** Several incidents that started together, as one message ("5 nodes offline: …"). */
export function renderDigest(incidents: Incident[], ctx: RenderContext): MsgReply {
  const open = incidents.filter((i) => i.state === 'open');
  const byKind = new Map<IncidentKind, Incident[]>();
  for (const i of incidents) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  const kinds = [...byKind.entries()];
  const common = { head: worstHead(open), count: incidents.length, ids: idsOf(incidents) };
  const first =
    kinds.length === 1
      ? msg('watchdog-digest-title', { ...common, kind: kindMsg(kinds[0]![0]) })
      : msg('watchdog-digest-title-mixed', { ...common, what: joinMsgs(kinds.map(([k, list]) => msg('watchdog-kind-count', { count: list.length, kind: kindMsg(k) })), 'watchdog-list') });
  const lines: Msg[] = [first, msg('watchdog-since', { time: at(Math.min(...incidents.map((i) => i.startedAt))) })];
  for (const i of incidents) {
    const node = i.nodeId ?? 'OCM';
    const what = i.state === 'resolved' ? msg('watchdog-digest-back', { duration: outFor(i) }) : i.detail ? withoutNode(i.detail, i.nodeId) : kindMsg(i.kind);
    lines.push(i.state === 'open' && i.recovery ? msg('watchdog-digest-line-recovery', { node, what, recovery: i.recovery }) : msg('watchdog-digest-line', { node, what }));
  }
  const sl = silenceLine(ctx.silence(null));
  if (sl && open.length) lines.push(sl);
  return { msg: joinMsgs(lines, 'watchdog-lines'), ...(open.length ? { buttons: allButtons(ctx) } : {}) };
}

/**
 * "n2: SSH connection refused…" → "SSH connection refused…" where the node is named already.
 * Works on text an older OCM stored and on errors whose sentence is still their key.
 */
export function withoutNode(m: Msg, nodeId: string | null): Msg {
  if (!nodeId) return m;
  const prefix = `${nodeId}: `;
  const inner = m.args?.text;
  if (m.key === 'watchdog-plain' && isAsText(inner)) return plain(withoutNode(inner.__text, nodeId), nodeId);
  if (m.key === 'watchdog-text' && typeof inner === 'string') return inner.startsWith(prefix) ? textMsg(inner.slice(prefix.length)) : m;
  const error = m.args?.error;
  if (m.key === 'error-with-hint' && isMsg(error)) return { ...m, args: { ...m.args, error: withoutNode(error, nodeId) } };
  if (!hasKey(m.key) && m.key.startsWith(prefix)) return { ...m, key: m.key.slice(prefix.length) };
  // a catalog error that names its node first ("{ $node }: …"): the prefix goes when it is rendered
  if (m.args?.node === nodeId) return plain(m, nodeId);
  return m;
}

export function renderGroup(incidents: Incident[], ctx: RenderContext): MsgReply {
  return incidents.length === 1 ? renderIncident(incidents[0]!, ctx) : renderDigest(incidents, ctx);
}

/** A new message when an incident escalates (15 min: escalated; 60 min: critical, check the hardware). */
export function renderEscalation(list: Incident[], ctx: RenderContext): MsgReply {
  const critical = list.some((i) => i.level >= 3);
  const headMsg = msg(critical ? 'watchdog-head-hardware' : 'watchdog-head-escalated');
  if (list.length === 1) {
    const i = list[0]!;
    const lines: Msg[] = [msg('watchdog-escalation-title', { head: headMsg, summary: i.summary, duration: durationMsg(escalatedAfter(i)) }), msg('watchdog-since', { time: at(i.startedAt) })];
    if (i.detail) lines.push(msg('watchdog-cause', { cause: withoutNode(i.detail, i.nodeId) }));
    if (i.recovery) lines.push(msg('watchdog-recovery', { recovery: i.recovery }));
    lines.push(msg(critical ? 'watchdog-escalation-hardware' : 'watchdog-escalation-still-down'));
    return { msg: joinMsgs(lines, 'watchdog-lines'), ...(i.nodeId ? { buttons: nodeButtons(ctx, i.nodeId) } : {}) };
  }
  const lines: Msg[] = [msg('watchdog-escalation-many', { head: headMsg, count: list.length, ids: idsOf(list) })];
  for (const i of list) lines.push(msg('watchdog-escalation-line', { node: i.nodeId ?? 'OCM', summary: i.summary, time: at(i.startedAt) }));
  if (critical) lines.push(msg('watchdog-escalation-hardware'));
  return { msg: joinMsgs(lines, 'watchdog-lines'), buttons: allButtons(ctx) };
}

function escalatedAfter(i: Incident): number {
  return Math.max(0, i.updatedAt - i.startedAt);
}

/** Sent without a notification sound when nodes come back. */
export function renderRecovery(list: Incident[], ctx: RenderContext): MsgReply {
  const fixedBy = (i: Incident) => i.resolution ?? msg('watchdog-fixed-by-itself');
  if (list.length === 1) {
    const i = list[0]!;
    const node = i.nodeId ? ctx.node(i.nodeId) : undefined;
    const lines: Msg[] = [
      msg('watchdog-recovered-title', { node: i.nodeId ?? 'OCM' }),
      msg('watchdog-recovered-out', { duration: outFor(i), summary: i.summary }),
      msg('watchdog-recovered-fixed-by', { fix: fixedBy(i) }),
    ];
    const now = node ? ctx.state(node.id) : null;
    if (now) lines.push(msg('watchdog-recovered-now', { state: now }));
    return { msg: joinMsgs(lines, 'watchdog-lines'), silent: true };
  }
  const lines: Msg[] = [msg('watchdog-recovered-many', { count: list.length })];
  for (const i of list) lines.push(msg('watchdog-recovered-line', { node: i.nodeId ?? 'OCM', duration: outFor(i), fix: fixedBy(i) }));
  return { msg: joinMsgs(lines, 'watchdog-lines'), silent: true };
}

/** At most one per node per log_digest_every_s: keyword counts and a few (redacted) sample lines. */
export function renderLogDigest(nodeId: string, counts: Record<string, number>, samples: string[], since: number, ctx: RenderContext): MsgReply {
  // the configured patterns and their counts read the same in every language
  const c = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  const lines: Msg[] = [msg('watchdog-log-digest', { node: nodeId, counts: c, since: at(since) })];
  if (samples.length) lines.push(msg('watchdog-text', { text: html(pre(samples.join('\n'))) }));
  return { msg: joinMsgs(lines, 'watchdog-lines'), silent: true, buttons: [[ctx.button(msg('watchdog-button-logs'), 'logs', nodeId), ctx.button(msg('watchdog-button-mute'), 'mute', `${nodeId} 1h`)]] };
}

