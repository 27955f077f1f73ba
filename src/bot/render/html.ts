/** Helpers for Telegram's HTML parse mode. Every piece of data goes through esc(). */
export function esc(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function b(s: unknown): string {
  return `<b>${esc(s)}</b>`;
}

export function i(s: unknown): string {
  return `<i>${esc(s)}</i>`;
}

export function code(s: unknown): string {
  return `<code>${esc(s)}</code>`;
}

export function pre(s: unknown): string {
  return `<pre>${esc(s)}</pre>`;
}

/** Plain text of an HTML reply (console output, documents). */
export function toPlain(html: string): string {
  return html
    .replace(/<a\s+href="([^"]*)">([^<]*)<\/a>/g, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '?';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 10 || u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`; // i18n-exempt: English durations for logs; people read t.duration
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** "3 min ago" for a past timestamp. */
export function ago(ts: number, now: number): string {
  return `${formatDuration(Math.max(0, now - ts))} ago`;
}

export function formatTime(ts: number): string {
  return new Date(ts).toISOString().replace('T', ' ').slice(0, 19) + 'Z';
}
