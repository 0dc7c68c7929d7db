import { ShapeDiscord } from '../../../src/analysis/series/shape-discord.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A day with a busy afternoon: 10 at night, 50 from 12:00 to 18:00. */
const workday = (minute: number) => (minute % 1440 >= 720 && minute % 1440 < 1080 ? 50 : 10);

/** Feeds `days` of a shape every `stepMinutes` and returns the distance after each sample. */
function distances(days: number, stepMinutes: number, value: (minute: number) => number, discord = new ShapeDiscord(2 * HOUR, 12, 7 * DAY)): number[] {
  const out: number[] = [];
  for (let m = 0; m < days * 1440; m += stepMinutes) {
    discord.push(m * MINUTE, value(m));
    out.push(discord.distance);
  }
  return out;
}

describe('shape discord', () => {
  it('has no distance until a whole day has an earlier whole day to compare with', () => {
    const d = distances(3, 5, workday);
    // The second day's last segment closes with the first sample after it.
    const third = (2 * 1440) / 5;
    expect(d.slice(0, third).every(Number.isNaN)).toBe(true);
    expect(d[third]).toBe(0);
  });

  it('finds nothing new in a day like the ones before it', () => {
    const d = distances(8, 5, workday);
    expect(Math.max(...d.filter((x) => !Number.isNaN(x)))).toBe(0);
  });

  it('measures a missing afternoon peak, though every value stays within the usual range', () => {
    const holiday = (m: number) => (m >= 6 * 1440 && m < 7 * 1440 ? 10 : workday(m));
    const d = distances(7, 5, holiday);
    // Once the afternoon that did not come has closed its segments, the last day is like no earlier day.
    const evening = (6 * 1440 + 1080) / 5;
    expect(d[evening]!).toBeGreaterThan(15);
    expect(d[(6 * 1440 + 600) / 5]!).toBe(0);
  });

  it('gives the same distance at 1-minute and 5-minute cadence: segments are wall-clock means', () => {
    const holiday = (m: number) => (m >= 5 * 1440 + 720 && m < 5 * 1440 + 900 ? 10 : workday(m));
    const fine = distances(6, 1, holiday);
    const coarse = distances(6, 5, holiday);
    expect(coarse.at(-1)!).toBeCloseTo(fine.at(-1)!, 6);
  });

  it('carries the last mean across a gap: missing samples are not a new shape', () => {
    const discord = new ShapeDiscord(2 * HOUR, 12, 7 * DAY);
    const gappy = (m: number) => workday(m);
    for (let m = 0; m < 4 * 1440; m += 5) if (!(m >= 3 * 1440 && m < 3 * 1440 + 90)) discord.push(m * MINUTE, gappy(m));
    expect(discord.distance).toBe(0);
  });

  it('holds a bounded history: a month of samples keeps one ring of segment means', () => {
    const discord = new ShapeDiscord(2 * HOUR, 12, 7 * DAY);
    distances(30, 5, workday, discord);
    expect((discord as unknown as { ring: Float64Array }).ring.length).toBe(7 * 12 + 12);
  });

  it('rejects a shape it cannot compute', () => {
    expect(() => new ShapeDiscord(0, 12, DAY)).toThrow(/segment length/);
    expect(() => new ShapeDiscord(HOUR, 1, DAY)).toThrow(/at least 2 segments/);
  });
});
