import type { BusyInfo } from '../core/types.js';
import { ago, b, code, esc, formatBytes, formatDuration, i } from '../bot/render/html.js';
import { STATUS_ICON, type NodeRecord, type NodeStatus } from './model.js';
import type { ProbeResult } from './service.js';
import { actorLabel } from '../pipeline/invocation.js';

function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '?' : `${Math.round(n)}%`;
}

export function busyLine(busy: BusyInfo | undefined, now: number): string | null {
  if (!busy) return null;
  return `⏳ busy: ${b(busy.action)} for ${esc(actorLabel(busy.actor))} since ${esc(ago(busy.since, now))}`;
}

export function where(node: NodeRecord): string {
  return node.transport === 'local' ? 'this machine' : `${node.sshUser ?? '?'}@${node.host ?? '?'}:${node.port ?? 22}`;
}

/** The status card of one node. */
export function statusCard(r: ProbeResult, busy: BusyInfo | undefined, now: number): string {
  const n = r.node;
  const s = r.status;
  const lines = [`${STATUS_ICON[r.state]} ${b(n.id)} · ${esc(s?.hostname ?? n.name)} · ${esc(r.state)}`];
  if (s) {
    const osLine = [s.os_version ?? s.os, s.arch].filter(Boolean).join(', ');
    lines.push(`${esc(osLine)} · up ${s.uptime_s != null ? esc(formatDuration(s.uptime_s * 1000)) : '?'}`);
    const load = s.load?.length ? s.load.map((x) => x.toFixed(2)).join(' ') : '?';
    lines.push(`CPU ${pct(s.cpu_pct)} · load ${esc(load)} · RAM ${pct(s.mem?.used_pct)} (${formatBytes(s.mem?.used_bytes)} / ${formatBytes(s.mem?.total_bytes)})`);
    if (s.disk) lines.push(`Disk ${pct(s.disk.used_pct)} used, ${formatBytes(s.disk.available_bytes)} free (${esc(s.disk.path ?? '?')})`);
    const oc = s.openclaw;
    if (!oc.installed) {
      lines.push('OpenClaw: not installed');
    } else {
      lines.push(`OpenClaw ${esc(oc.version ?? '?')} · service ${esc(oc.service_manager ?? 'none')}`);
      const g = oc.gateway;
      const port = g?.port ?? n.gatewayPort;
      if (g?.healthy) lines.push(`Gateway 🟢 healthy on :${port}${g.pid ? ` (pid ${g.pid})` : ''}`);
      else if (g?.running) lines.push(`Gateway 🟡 running${g.pid ? ` (pid ${g.pid})` : ''} but /health does not answer on :${port}`);
      else lines.push(`Gateway 🔴 not running (nothing answers on 127.0.0.1:${port}/health)`);
    }
  } else {
    lines.push(`${esc(where(n))}`);
    for (const p of r.problems) lines.push(`❗ ${esc(p)}`);
    if (n.lastSeenAt) lines.push(i(`last seen ${ago(n.lastSeenAt, now)}`));
  }
  const busyText = busyLine(busy, now);
  if (busyText) lines.push(busyText);
  return lines.join('\n');
}

export function summaryLine(states: NodeStatus[]): string {
  const online = states.filter((s) => s === 'online').length;
  const offline = states.filter((s) => s === 'offline').length;
  const unknown = states.filter((s) => s === 'unknown').length;
  const icon = online === states.length ? '🟢' : unknown === states.length ? '⚪' : online === 0 && offline > 0 ? '🔴' : '🟡';
  const extra = (['degraded', 'offline', 'unknown'] as const)
    .map((k) => [k, states.filter((s) => s === k).length] as const)
    .filter(([, c]) => c > 0)
    .map(([k, c]) => `${c} ${k}`);
  return `${icon} ${online}/${states.length} online${extra.length ? ` · ${extra.join(', ')}` : ''}`;
}

/** One line per node for /nodes, from what OCM last saw (no probing). */
export function nodeLine(n: NodeRecord, busy: BusyInfo | undefined, now: number): string {
  const seen = n.lastSeenAt ? `seen ${ago(n.lastSeenAt, now)}` : 'never seen';
  const key = n.hostKeyState === 'mismatch' ? ' · ⚠️ host key changed' : n.hostKeyState === 'pending' ? ' · host key not trusted yet' : '';
  const busyText = busy ? ` · ⏳ ${esc(busy.action)}` : '';
  const undeclared = n.undeclared ? ` · not declared (gone from the config file; /removenode ${esc(n.id)} removes it)` : '';
  return `${STATUS_ICON[n.status]} ${b(n.id)} ${code(where(n))} · ${esc(n.status)} · ${esc(seen)}${key}${undeclared}${busyText}`;
}
