const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

export const MAX_SILENCE_MS = 30 * UNIT_MS.d;

/** "90s", "30m", "1h", "2h30m", "7d" → milliseconds; null when it is not such a duration. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/min$/, 'm');
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(t);
  if (!t || !m) return null;
  const [, d, h, mi, s] = m;
  const ms = Number(d ?? 0) * UNIT_MS.d + Number(h ?? 0) * UNIT_MS.h + Number(mi ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s;
  return ms > 0 ? ms : null;
}
