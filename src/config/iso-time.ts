// ISO-8601 times as people type them into flags and config, parsed strictly: a real calendar date
// (2025-02-30 is refused, not rolled into March), a time with an explicit zone (a bare 10:00 is
// somebody's local time, and a runner's clock is UTC), and nothing `new Date()` would guess at.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export type IsoTime = { date: Date } | { problem: string };

/** `date only` allows 2026-11-20 (midnight UTC); otherwise a time and a zone are required. */
export function parseIsoTime(text: string, options: { dateOnly: boolean }): IsoTime {
  const example = options.dateOnly ? '2026-11-20 or 2026-11-20T08:00:00Z' : '2026-11-20T08:00:00Z';
  const match = ISO.exec(text.trim());
  if (!match) return { problem: `is not an ISO-8601 time such as ${example}` };
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return { problem: `has no such day: ${y}-${mo}-${d} is not a calendar date` };
  if (h === undefined) {
    if (!options.dateOnly) return { problem: `needs a time and a zone, e.g. ${y}-${mo}-${d}T10:00:00Z` };
    return { date: new Date(Date.UTC(year, month - 1, day)) };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return { problem: `has no such time of day: ${h}:${mi}${s ? `:${s}` : ''}` };
  if (!zone) return { problem: `has no time zone: add Z for UTC (${y}-${mo}-${d}T${h}:${mi}${s ? `:${s}` : ''}Z) or an offset such as +02:00` };
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return { problem: `has no such time zone offset: ${zone}` };
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? fraction.slice(0, 4) : ''}${offset}`);
  return Number.isNaN(date.getTime()) ? { problem: `is not an ISO-8601 time such as ${example}` } : { date };
}
