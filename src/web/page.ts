import { formatBytes, formatDuration } from '../bot/render/html.js';
import { renderScoreChart, xmlEsc as e, type ChartSeries } from './chart.js';
import type { ClusterHealthJson, EventJson, NodeJson, OcmVersionJson } from './view.js';

export interface PageData {
  cluster: ClusterHealthJson;
  nodes: NodeJson[];
  events: EventJson[];
  /** Score trend per node (empty series are left out of the chart). */
  trend: ChartSeries[];
  refreshS: number;
  now: number;
  startedAt?: number;
  version?: OcmVersionJson;
}

function versionFooter(d: PageData): string {
  if (!d.version) return '';
  const v = d.version;
  const up = d.startedAt === undefined ? '' : ` · up ${formatDuration(Math.max(0, d.now - d.startedAt))}`;
  return ` · <span data-cell="version">OCM ${e(v.version)}${v.commit ? ` (${e(v.commit)})` : ''}${up} · Node ${e(v.node)} · agent ${e(v.agent)}${v.schema ? ` · schema ${e(v.schema)}` : ''}</span>`;
}

const SEVERITY_ICON: Record<string, string> = { info: '·', warn: '⚠', critical: '●' };

const CSS = `
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--fg:#1b1d21;--dim:#666;--line:#d8dbe0}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--card:#1f2226;--fg:#e8e9eb;--dim:#9aa0a6;--line:#33373d}}
*{box-sizing:border-box}body{margin:0;padding:12px;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:1.2em;margin:0 0 8px}h2{font-size:1em;margin:16px 0 8px;color:var(--dim);font-weight:600}
.overview{display:flex;flex-wrap:wrap;gap:6px 18px;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.overview b{font-variant-numeric:tabular-nums}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:8px}
.node{background:var(--card);border:1px solid var(--line);border-left:4px solid #999;border-radius:8px;padding:8px 10px;min-width:0}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;background:#999;margin-right:6px}
.node[data-status=online]{border-left-color:#2ba84a}.node[data-status=degraded]{border-left-color:#d6a82b}.node[data-status=offline]{border-left-color:#d63a2b}
[data-status=online] .dot{background:#2ba84a}[data-status=degraded] .dot{background:#d6a82b}[data-status=offline] .dot{background:#d63a2b}
.node h3{font-size:1em;margin:0 0 2px;overflow-wrap:anywhere}.node .name{color:var(--dim);font-size:.85em;margin:0 0 4px;overflow-wrap:anywhere}
.node dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:0;font-size:.9em}.node dt{color:var(--dim)}.node dd{margin:0;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.node .state{font-weight:600;margin:2px 0 4px}.busy{color:#b07a00}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:12px}@media (max-width:760px){.cols{grid-template-columns:1fr}}.cols.single{grid-template-columns:1fr}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 10px}
.events{list-style:none;margin:0;padding:0;font-size:.9em}.events li{padding:3px 0;border-bottom:1px solid var(--line);overflow-wrap:anywhere}.events li:last-child{border:0}
.events time{color:var(--dim);font-variant-numeric:tabular-nums;margin-right:6px}.sev-warn{color:#b07a00}.sev-critical{color:#d63a2b}
.chart{display:block;max-width:100%;height:auto}footer{margin-top:16px;color:var(--dim);font-size:.8em}footer a{color:inherit}
`.replace(/\n/g, '');

function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v)}%`;
}

function dash(v: unknown): string {
  return v === null || v === undefined || v === '' ? '—' : e(v);
}

/** "5 min ago" from an ISO time, or "—". */
function agoIso(isoTime: string | null | undefined, now: number): string {
  if (!isoTime) return '—';
  return `${e(formatDuration(Math.max(0, now - Date.parse(isoTime))))} ago`;
}

function hhmm(isoTime: string, now: number): string {
  const t = new Date(isoTime);
  const sameDay = t.toISOString().slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  return sameDay ? isoTime.slice(11, 16) : isoTime.slice(5, 16).replace('T', ' ');
}

function row(label: string, cell: string, value: string, title?: string): string {
  return `<dt>${label}</dt><dd data-cell="${cell}"${title ? ` title="${e(title)}"` : ''}>${value}</dd>`;
}

function nodeCard(n: NodeJson, now: number): string {
  const s = n.system;
  const oc = n.openclaw;
  const reachable = n.status === 'online' || n.status === 'degraded';
  const state =
    n.status === 'offline' ? 'OFFLINE' : n.status === 'unknown' ? 'not checked yet' : n.status === 'degraded' ? (oc && !oc.installed ? 'OpenClaw not installed' : 'gateway down') : 'online';
  const version = oc ? (oc.installed ? dash(oc.version) : 'not installed') : '—';
  const backup = n.last_backup ? `${agoIso(n.last_backup.at, now)}` : '—';
  const rows = [
    row('CPU', 'cpu', reachable ? pct(s?.cpu_pct) : '—'),
    row('RAM', 'ram', reachable ? pct(s?.mem_used_pct) : '—'),
    row('Disk', 'disk', reachable ? pct(s?.disk_used_pct) : '—', s?.disk_available_bytes != null ? `${formatBytes(s.disk_available_bytes)} free` : undefined),
    row('Version', 'version', version, 'OpenClaw version'),
    row('Backup', 'backup', backup),
    row('Score', 'score', dash(n.score)),
    row('Seen', 'seen', agoIso(n.last_seen_at, now)),
  ];
  const busy = n.busy ? `<p class="busy">⏳ ${e(n.busy.action)}</p>` : '';
  return `<article class="node" data-node="${e(n.node_id)}" data-status="${n.status}"><h3><span class="dot" title="${n.status}"></span>${e(n.node_id)}</h3>${
    n.name !== n.node_id ? `<p class="name">${e(n.name)}</p>` : ''
  }<p class="state" data-cell="state">${state}</p><dl>${rows.join('')}</dl>${busy}</article>`;
}

function eventItem(ev: EventJson, now: number): string {
  return `<li class="sev-${e(ev.severity)}"><time datetime="${e(ev.created_at)}">${e(hhmm(ev.created_at, now))}</time>${SEVERITY_ICON[ev.severity] ?? ''} ${e(ev.message)}</li>`;
}

/** The whole status page: plain HTML and CSS, no script, refreshes itself. */
export function renderPage(d: PageData): string {
  const c = d.cluster;
  const overview = [
    `<span data-cell="online">Online <b>${c.online_nodes}/${c.total_nodes}</b></span>`,
    `<span data-cell="backups-today">Backups today <b>${dash(c.backups_today)}</b></span>`,
    `<span data-cell="average-score">Average score <b>${dash(c.average_score)}</b></span>`,
    `<span data-cell="open-alerts">Open alerts <b>${dash(c.open_alerts)}</b></span>`,
  ].join('');
  const chart = renderScoreChart(d.trend);
  const events = d.events.length ? `<ul class="events">${d.events.map((ev) => eventItem(ev, d.now)).join('')}</ul>` : '<p>No events yet.</p>';
  const grid = d.nodes.length ? `<div class="grid">${d.nodes.map((n) => nodeCard(n, d.now)).join('')}</div>` : '<p>No nodes yet: add one with /newnode in the bot.</p>';
  const stamp = new Date(d.now).toISOString().slice(0, 19).replace('T', ' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="${d.refreshS}"><meta name="referrer" content="no-referrer">
<title>OCM · ${c.online_nodes}/${c.total_nodes} online</title><style>${CSS}</style></head>
<body><h1>OCM — OpenClaw cluster</h1>
<section class="overview" aria-label="Overview">${overview}</section>
<h2>Nodes</h2>${grid}
<div class="cols${chart ? '' : ' single'}">${chart ? `<section><h2>Score trend</h2><div class="panel">${chart}</div></section>` : ''}<section><h2>Recent events</h2><div class="panel">${events}</div></section></div>
<footer>Read-only · updated ${e(stamp)} UTC · refreshes every ${d.refreshS} s · JSON: <a href="api/v1/cluster/health">cluster</a> · <a href="api/v1/nodes">nodes</a> · <a href="api/v1/events">events</a> · <a href="health">OCM health</a>${versionFooter(d)}</footer>
</body></html>
`;
}
