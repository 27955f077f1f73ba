import type { ScorePoint } from './sources.js';

export interface ChartSeries {
  label: string;
  points: ScorePoint[];
}

/** Escapes text for HTML and SVG (element content and quoted attributes). */
export function xmlEsc(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const PALETTE = ['#2b7bd6', '#d6572b', '#2ba84a', '#a22bd6', '#d6a82b', '#2bbfd6', '#d62b7b', '#6b6b6b'];
const W = 600;
const PLOT_H = 160;
const LEFT = 34;
const RIGHT = 10;
const TOP = 8;
const AXIS_H = 20;
const LEGEND_ROW = 18;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(5, 10);
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Score trend (0–100 over time) as inline SVG: one line per series, a dot per score with its
 * value as a tooltip, a legend below. Returns '' when no series has a point (the page then shows
 * no chart at all). `label` names the chart for screen readers, in the page's language.
 */
export function renderScoreChart(series: ChartSeries[], label?: string): string {
  const used = series.map((s) => ({ ...s, points: s.points.filter((p) => Number.isFinite(p.at) && Number.isFinite(p.score)).sort((a, b) => a.at - b.at) })).filter((s) => s.points.length > 0);
  if (!used.length) return '';
  const all = used.flatMap((s) => s.points);
  const t0 = Math.min(...all.map((p) => p.at));
  const t1 = Math.max(...all.map((p) => p.at));
  const plotW = W - LEFT - RIGHT;
  const x = (t: number) => r1(t1 === t0 ? LEFT + plotW / 2 : LEFT + ((t - t0) / (t1 - t0)) * plotW);
  const y = (score: number) => r1(TOP + PLOT_H - (Math.max(0, Math.min(100, score)) / 100) * PLOT_H);

  // legend layout: items flow left to right and wrap
  const legend: string[] = [];
  let lx = LEFT;
  let row = 0;
  used.forEach((s, i) => {
    const w = 18 + Math.min(s.label.length, 24) * 7 + 12;
    if (lx + w > W && lx > LEFT) {
      lx = LEFT;
      row++;
    }
    const ly = TOP + PLOT_H + AXIS_H + 6 + row * LEGEND_ROW;
    legend.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="${lx + 16}" y="${ly + 10}">${xmlEsc(s.label.slice(0, 24))}</text>`);
    lx += w;
  });
  const height = TOP + PLOT_H + AXIS_H + 6 + (row + 1) * LEGEND_ROW;

  const grid = [0, 50, 100]
    .map((v) => `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${y(v)}" y2="${y(v)}" stroke="#8884"/><text x="${LEFT - 4}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
    .join('');
  const axis = `<text x="${LEFT}" y="${TOP + PLOT_H + 15}">${day(t0)}</text>${t1 !== t0 ? `<text x="${W - RIGHT}" y="${TOP + PLOT_H + 15}" text-anchor="end">${day(t1)}</text>` : ''}`;
  const lines = used
    .map((s, i) => {
      const color = PALETTE[i % PALETTE.length]!;
      const pts = s.points.map((p) => `${x(p.at)},${y(p.score)}`);
      const line = pts.length > 1 ? `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.join(' ')}"/>` : '';
      const dots = s.points
        .map((p) => `<circle cx="${x(p.at)}" cy="${y(p.score)}" r="3" fill="${color}"><title>${xmlEsc(s.label)} ${xmlEsc(new Date(p.at).toISOString().slice(0, 16).replace('T', ' '))}Z: ${r1(p.score)}</title></circle>`)
        .join('');
      return `<g class="series" data-label="${xmlEsc(s.label)}">${line}${dots}</g>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${height}" width="100%" role="img"${label ? ` aria-label="${xmlEsc(label)}"` : ''} font-size="11" fill="currentColor">${grid}${axis}${lines}${legend.join('')}</svg>`;
}
