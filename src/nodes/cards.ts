import type { BusyInfo } from '../core/types.js';
import type { Translate } from '../core/action.js';
import { asText, msg, type Msg } from '../core/messages.js';
import { b, code, esc, formatBytes } from '../bot/render/html.js';
import { STATUS_ICON, type NodeRecord, type NodeStatus } from './model.js';
import type { ProbeResult } from './service.js';
import { actorLabel } from '../pipeline/invocation.js';

function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '?' : `${Math.round(n)}%`;
}

/** A node state in words ("online", "在线", "オンライン"). */
export function stateMsg(state: NodeStatus): Msg {
  return msg(`card-state-${state}`);
}

export function busyLine(busy: BusyInfo | undefined, now: number, t: Translate): string | null {
  if (!busy) return null;
  return t('card-busy', { action: busy.action, actor: actorLabel(busy.actor), ago: t.ago(busy.since, now) });
}

/** How OCM reaches a node, plain text: "this machine" or user@host:port. */
export function where(node: NodeRecord, t: Translate): string {
  return node.transport === 'local' ? t.text('card-where-local') : `${node.sshUser ?? '?'}@${node.host ?? '?'}:${node.port ?? 22}`;
}

/** A problem the service reports: a catalog message, or (until it sends one) its own text. */
/** Problems and errors are plain-text messages: rendered as text, then escaped; the card names the node already. */
function problemText(p: Msg, t: Translate, node: string): string {
  return t('card-problem', { problem: asText(p, node) });
}

/** The status card of one node, in `t`'s language. */
export function statusCard(r: ProbeResult, busy: BusyInfo | undefined, now: number, t: Translate): string {
  const n = r.node;
  const s = r.status;
  const lines = [t('card-head', { icon: STATUS_ICON[r.state], node: n.id, host: s?.hostname ?? n.name, state: stateMsg(r.state) })];
  if (s) {
    const os = [s.os_version ?? s.os, s.arch].filter(Boolean).join(', ');
    lines.push(t('card-os', { os, uptime: s.uptime_s != null ? t.duration(s.uptime_s * 1000) : '?' }));
    const load = s.load?.length ? s.load.map((x) => x.toFixed(2)).join(' ') : '?';
    lines.push(t('card-resources', { cpu: pct(s.cpu_pct), load, ram: pct(s.mem?.used_pct), used: formatBytes(s.mem?.used_bytes), total: formatBytes(s.mem?.total_bytes) }));
    if (s.disk) lines.push(t('card-disk', { used: pct(s.disk.used_pct), free: formatBytes(s.disk.available_bytes), path: s.disk.path ?? '?' }));
    const oc = s.openclaw;
    if (!oc.installed) {
      lines.push(t('card-openclaw-missing'));
    } else {
      lines.push(t('card-openclaw', { version: oc.version ?? '?', manager: oc.service_manager ?? msg('card-service-none') }));
      const g = oc.gateway;
      const port = g?.port ?? n.gatewayPort;
      const pid = g?.pid ?? 0;
      if (g?.healthy) lines.push(t('card-gateway-healthy', { port, pid }));
      else if (g?.running) lines.push(t('card-gateway-unhealthy', { port, pid }));
      else lines.push(t('card-gateway-down', { port }));
    }
  } else {
    lines.push(esc(where(n, t)));
    for (const p of r.problems) lines.push(problemText(p, t, n.id));
    if (n.lastSeenAt) lines.push(t('card-last-seen', { ago: t.ago(n.lastSeenAt, now) }));
  }
  const busyText = busyLine(busy, now, t);
  if (busyText) lines.push(busyText);
  return lines.join('\n');
}

/** "🟡 3/4 online · 1 degraded". */
export function summaryLine(states: NodeStatus[], t: Translate): string {
  const online = states.filter((s) => s === 'online').length;
  const offline = states.filter((s) => s === 'offline').length;
  const unknown = states.filter((s) => s === 'unknown').length;
  const icon = online === states.length ? '🟢' : unknown === states.length ? '⚪' : online === 0 && offline > 0 ? '🔴' : '🟡';
  const extra = (['degraded', 'offline', 'unknown'] as const)
    .map((k) => [k, states.filter((s) => s === k).length] as const)
    .filter(([, c]) => c > 0)
    .map(([k, count]) => t('card-summary-part', { count, state: stateMsg(k) }));
  const head = t('card-summary', { icon, online, total: states.length });
  return extra.length ? `${head} · ${extra.join(t('card-summary-sep'))}` : head;
}

/** One line per node for /nodes, from what OCM last saw (no probing). */
export function nodeLine(n: NodeRecord, busy: BusyInfo | undefined, now: number, t: Translate): string {
  const parts = [`${STATUS_ICON[n.status]} ${b(n.id)} ${code(where(n, t))}`, t.msg(stateMsg(n.status))];
  parts.push(n.lastSeenAt ? t('nodes-seen', { ago: t.ago(n.lastSeenAt, now) }) : t('nodes-never-seen'));
  if (n.hostKeyState === 'mismatch') parts.push(t('nodes-hostkey-changed'));
  else if (n.hostKeyState === 'pending') parts.push(t('nodes-hostkey-pending'));
  if (n.undeclared) parts.push(t('nodes-undeclared', { node: n.id }));
  if (busy) parts.push(`⏳ ${esc(busy.action)}`);
  return parts.join(' · ');
}
