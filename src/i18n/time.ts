/** Times in messages: one format, in the configured zone (config `timezone`). Leaf. */

let timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Zones whose usual abbreviation Intl only gives as "GMT+9" in English. */
const ZONE_ABBR: Record<string, string> = {
  'Asia/Tokyo': 'JST',
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Harbin': 'CST',
  'Asia/Taipei': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Macau': 'CST',
  'Asia/Seoul': 'KST',
  'Asia/Singapore': 'SGT',
  'Asia/Kolkata': 'IST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

/** True when Intl knows the zone ("Asia/Tokyo"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone every time in a message is shown in (config `timezone`). */
export function setTimeZone(zone: string | undefined): void {
  if (zone && isTimeZone(zone)) timeZone = zone;
}

export function currentTimeZone(): string {
  return timeZone;
}

/** "2026-02-15 14:30:25 JST": the same digits in every locale, in the configured zone. */
export function formatTime(ts: number | Date, zone = timeZone): string {
  const d = typeof ts === 'number' ? new Date(ts) : ts;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(d);
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  const abbr = ZONE_ABBR[zone] ?? p('timeZoneName');
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${abbr}`;
}

