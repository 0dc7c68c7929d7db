import { parseIsoTime } from '../../src/config/iso-time.js';

const date = (text: string, dateOnly = false) => {
  const parsed = parseIsoTime(text, { dateOnly });
  return 'date' in parsed ? parsed.date.toISOString() : parsed.problem;
};

describe('ISO-8601 times as typed', () => {
  it('reads a time with Z or an offset, with or without seconds and fractions', () => {
    expect(date('2026-11-25T10:00:00Z')).toBe('2026-11-25T10:00:00.000Z');
    expect(date('2026-11-25T10:00Z')).toBe('2026-11-25T10:00:00.000Z');
    expect(date('2026-11-25T12:00:00.5+02:00')).toBe('2026-11-25T10:00:00.500Z');
    expect(date('2026-11-25 12:00:00+0200')).toBe('2026-11-25T10:00:00.000Z');
  });

  it('refuses what new Date() would guess at: a bare number, a local time, a date that does not exist', () => {
    expect(date('12')).toBe('is not an ISO-8601 time such as 2026-11-20T08:00:00Z');
    expect(date('Nov 25 2026')).toBe('is not an ISO-8601 time such as 2026-11-20T08:00:00Z');
    expect(date('2026-11-25T10:00:00')).toBe('has no time zone: add Z for UTC (2026-11-25T10:00:00Z) or an offset such as +02:00');
    expect(date('2025-02-30T10:00:00Z')).toBe('has no such day: 2025-02-30 is not a calendar date');
    expect(date('2026-11-25T24:00:00Z')).toBe('has no such time of day: 24:00:00');
    expect(date('2026-11-25')).toBe('needs a time and a zone, e.g. 2026-11-25T10:00:00Z');
  });

  it('takes a date alone as midnight UTC where a date is enough', () => {
    expect(date('2026-11-25', true)).toBe('2026-11-25T00:00:00.000Z');
    expect(date('2024-02-29', true)).toBe('2024-02-29T00:00:00.000Z');
    expect(date('2023-02-29', true)).toBe('has no such day: 2023-02-29 is not a calendar date');
  });
});
