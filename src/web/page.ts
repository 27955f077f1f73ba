import { formatBytes } from '../bot/render/html.js';
import { formatTime, type MsgArgs, type RenderLocale, type Translator } from '../i18n/index.js';
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

/** `<html lang>` of each locale (what the browser picks fonts by). */
const HTML_LANG: Record<RenderLocale, string> = { en: 'en', zh: 'zh-CN', ja: 'ja', 'zh-Hant': 'zh-TW' };

export function htmlLang(locale: RenderLocale): string {
  return HTML_LANG[locale];
}

/** A catalog text, escaped for HTML (the page's texts are plain: the markup stays here). */
function text(t: Translator, key: string, args?: MsgArgs): string {
  return e(t.text(key, args));
}

function versionFooter(d: PageData, t: Translator): string {
  if (!d.version) return '';
  const v = d.version;
  const parts = [
    `OCM ${e(v.version)}${v.commit ? ` (${e(v.commit)})` : ''}`,
    ...(d.startedAt === undefined ? [] : [text(t, 'status-page-uptime', { duration: t.duration(Math.max(0, d.now - d.startedAt)) })]),
    `Node ${e(v.node)}`,
    text(t, 'status-page-agent', { version: v.agent }),
    ...(v.schema ? [text(t, 'status-page-schema', { id: v.schema })] : []),
  ];
  return ` · <span data-cell="version">${parts.join(' · ')}</span>`;
}

const SEVERITY_ICON: Record<string, string> = { info: '·', warn: '⚠', critical: '●' };

const CSS = `
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--fg:#1b1d21;--dim:#666;--line:#d8dbe0}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--card:#1f2226;--fg:#e8e9eb;--dim:#9aa0a6;--line:#33373d}}
*{box-sizing:border-box}body{margin:0;padding:12px;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:1.2em;margin:0 0 8px}h2{font-size:1em;margin:16px 0 8px;color:var(--dim);font-weight:600}
.overview{display:flex;flex-wrap:wrap;gap:6px 18px;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.overview b{font-variant-numeric:tabular-nums}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:8px}
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

/** "5 min ago" from an ISO time, in the page's language, or "—". */
function agoIso(isoTime: string | null | undefined, now: number, t: Translator): string {
  if (!isoTime) return '—';
  return e(t.ago(Date.parse(isoTime), now));
}

/** "14:30" today, "11-20 14:30" before, in the configured time zone (as every time OCM shows). */
function hhmm(isoTime: string, now: number): string {
  const at = formatTime(Date.parse(isoTime));
  return at.slice(0, 10) === formatTime(now).slice(0, 10) ? at.slice(11, 16) : at.slice(5, 16);
}

function row(label: string, cell: string, value: string, title?: string): string {
  return `<dt>${label}</dt><dd data-cell="${cell}"${title ? ` title="${e(title)}"` : ''}>${value}</dd>`;
}

function stateKey(n: NodeJson): string {
  if (n.status === 'offline') return 'status-page-state-offline';
  if (n.status === 'unknown') return 'status-page-state-unknown';
  if (n.status === 'degraded') return n.openclaw && !n.openclaw.installed ? 'status-page-state-no-openclaw' : 'status-page-state-gateway-down';
  return 'status-page-state-online';
}

function nodeCard(n: NodeJson, now: number, t: Translator): string {
  const s = n.system;
  const oc = n.openclaw;
  const reachable = n.status === 'online' || n.status === 'degraded';
  const version = oc ? (oc.installed ? dash(oc.version) : text(t, 'status-page-not-installed')) : '—';
  const backup = n.last_backup ? agoIso(n.last_backup.at, now, t) : '—';
  const rows = [
    row(text(t, 'status-page-cpu'), 'cpu', reachable ? pct(s?.cpu_pct) : '—'),
    row(text(t, 'status-page-ram'), 'ram', reachable ? pct(s?.mem_used_pct) : '—'),
    row(text(t, 'status-page-disk'), 'disk', reachable ? pct(s?.disk_used_pct) : '—', s?.disk_available_bytes != null ? t.text('status-page-disk-free', { size: formatBytes(s.disk_available_bytes) }) : undefined),
    row(text(t, 'status-page-version'), 'version', version, t.text('status-page-openclaw-version')),
    row(text(t, 'status-page-backup'), 'backup', backup),
    row(text(t, 'status-page-score'), 'score', dash(n.score)),
    row(text(t, 'status-page-seen'), 'seen', agoIso(n.last_seen_at, now, t)),
  ];
  const busy = n.busy ? `<p class="busy">⏳ ${e(n.busy.action)}</p>` : '';
  return `<article class="node" data-node="${e(n.node_id)}" data-status="${e(n.status)}"><h3><span class="dot" title="${text(t, `status-page-status-${n.status}`)}"></span>${e(n.node_id)}</h3>${
    n.name !== n.node_id ? `<p class="name">${e(n.name)}</p>` : ''
  }<p class="state" data-cell="state">${text(t, stateKey(n))}</p><dl>${rows.join('')}</dl>${busy}</article>`;
}

function eventItem(ev: EventJson, now: number): string {
  return `<li class="sev-${e(ev.severity)}"><time datetime="${e(ev.created_at)}">${e(hhmm(ev.created_at, now))}</time>${SEVERITY_ICON[ev.severity] ?? ''} ${e(ev.message)}</li>`;
}

function head(t: Translator, title: string, extra = ''): string {
  return `<!doctype html>
<html lang="${htmlLang(t.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${extra}<meta name="referrer" content="no-referrer">
<title>${title}</title><style>${CSS}</style></head>`;
}

/** The whole status page in `t`'s language: plain HTML and CSS, no script, refreshes itself. */
export function renderPage(d: PageData, t: Translator): string {
  const c = d.cluster;
  const overview = [
    `<span data-cell="online">${text(t, 'status-page-online')} <b>${c.online_nodes}/${c.total_nodes}</b></span>`,
    `<span data-cell="backups-today">${text(t, 'status-page-backups-today')} <b>${dash(c.backups_today)}</b></span>`,
    `<span data-cell="average-score">${text(t, 'status-page-average-score')} <b>${dash(c.average_score)}</b></span>`,
    `<span data-cell="open-alerts">${text(t, 'status-page-open-alerts')} <b>${dash(c.open_alerts)}</b></span>`,
    ...(c.last_offsite_copy ? [`<span data-cell="offsite">${text(t, 'status-page-offsite')} <b>${e(t.ago(Date.parse(c.last_offsite_copy), d.now))}</b></span>`] : []),
  ].join('');
  const chart = renderScoreChart(d.trend, t.text('status-page-score-trend'));
  const events = d.events.length ? `<ul class="events">${d.events.map((ev) => eventItem(ev, d.now)).join('')}</ul>` : `<p>${text(t, 'status-page-no-events')}</p>`;
  const grid = d.nodes.length ? `<div class="grid">${d.nodes.map((n) => nodeCard(n, d.now, t)).join('')}</div>` : `<p>${text(t, 'status-page-no-nodes')}</p>`;
  const links = [
    ['api/v1/cluster/health', 'status-page-link-cluster'],
    ['api/v1/nodes', 'status-page-link-nodes'],
    ['api/v1/events', 'status-page-link-events'],
    ['health', 'status-page-link-health'],
  ].map(([href, key]) => `<a href="${href}">${text(t, key!)}</a>`);
  return `${head(t, text(t, 'status-page-title', { online: c.online_nodes, total: c.total_nodes }), `<meta http-equiv="refresh" content="${d.refreshS}">`)}
<body><h1>${text(t, 'status-page-heading')}</h1>
<section class="overview" aria-label="${text(t, 'status-page-overview')}">${overview}</section>
<h2>${text(t, 'status-page-nodes')}</h2>${grid}
<div class="cols${chart ? '' : ' single'}">${chart ? `<section><h2>${text(t, 'status-page-score-trend')}</h2><div class="panel">${chart}</div></section>` : ''}<section><h2>${text(t, 'status-page-recent-events')}</h2><div class="panel">${events}</div></section></div>
<footer>${text(t, 'status-page-read-only')} · ${text(t, 'status-page-updated', { time: t.time(d.now) })} · ${text(t, 'status-page-refreshes', { s: d.refreshS })} · JSON: ${links.join(' · ')}${versionFooter(d, t)}</footer>
</body></html>
`;
}

/** What a browser gets instead of the page when a request is refused (401, 403, 405, 500), in its language. */
export function renderErrorPage(status: number, message: string, t: Translator): string {
  return `${head(t, `OCM · ${status}`)}
<body><h1>${text(t, 'status-page-heading')}</h1>
<section class="panel" data-cell="error"><h2>${text(t, 'status-page-error-heading')} (${status})</h2><p>${e(message)}</p></section>
</body></html>
`;
}
