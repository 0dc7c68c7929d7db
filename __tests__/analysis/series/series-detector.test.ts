import { detectSeriesAnomalies, type ScoredPoint, type SeriesPoint } from '../../../src/analysis/series/series-detector.js';

// Five-minute samples, as CloudWatch returns them.
const STEP_MS = 300_000;
const PER_DAY = 288;
const START = Date.UTC(2026, 0, 5);

/** Deterministic uniform noise in [-1, 1), so every test sees the same series. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state / 2147483648) * 2 - 1;
  };
}

/** `days` of samples at `level` with +-`jitter` noise; `shape` adds a deterministic pattern per index. */
function aSeries(days: number, level: number, jitter: number, shape: (i: number) => number = () => 0, seed = 7): SeriesPoint[] {
  const next = noise(seed);
  return Array.from({ length: days * PER_DAY }, (_, i) => ({ timestamp: START + i * STEP_MS, value: level + shape(i) + jitter * next() }));
}

function withValue(series: SeriesPoint[], at: number, value: number): SeriesPoint[] {
  return series.map((p, i) => (i === at ? { ...p, value } : p));
}

function flaggedRows(scored: ScoredPoint[]): number[] {
  return scored.flatMap((p, i) => (p.isAnomaly ? [i] : []));
}

/** Maximal runs of consecutive flagged rows, as [first, last] row indexes. */
function runs(scored: ScoredPoint[]): [number, number][] {
  const out: [number, number][] = [];
  scored.forEach((p, i) => {
    if (!p.isAnomaly) return;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

const dailyWave = (i: number): number => 20 * Math.sin((2 * Math.PI * i) / PER_DAY);

describe('series detector', () => {
  it('flags a 5x spike on a noisy flat series', () => {
    const at = 4 * PER_DAY + 100;
    const scored = detectSeriesAnomalies(withValue(aSeries(6, 20, 2), at, 100));
    expect(scored[at]!.isAnomaly).toBe(true);
    expect(scored[at]!.score).toBeGreaterThan(0.5);
  });

  it('flags one spike as one run of rows', () => {
    const at = 4 * PER_DAY + 100;
    const scored = detectSeriesAnomalies(withValue(aSeries(6, 20, 2), at, 100));
    expect(runs(scored)).toHaveLength(1);
    expect(runs(scored)[0]![0]).toBe(at);
  });

  it('stays quiet on a noisy flat series with nothing wrong', () => {
    expect(flaggedRows(detectSeriesAnomalies(aSeries(8, 20, 2)))).toEqual([]);
  });

  it('leaves a spike no larger than the week already saw unflagged', () => {
    const series = withValue(withValue(aSeries(6, 20, 2), 2 * PER_DAY, 100), 4 * PER_DAY, 95);
    expect(detectSeriesAnomalies(series)[4 * PER_DAY]!.isAnomaly).toBe(false);
  });

  it('flags a sustained level shift within the hour, as a single incident', () => {
    const shiftAt = 4 * PER_DAY;
    const series = aSeries(7, 20, 2, (i) => (i >= shiftAt ? 15 : 0));
    const scored = detectSeriesAnomalies(series);
    const incidents = runs(scored);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]![0]).toBeGreaterThanOrEqual(shiftAt);
    expect(incidents[0]![0]).toBeLessThan(shiftAt + 12);
  });

  it('accepts a lasting shift as the new normal and judges later spikes against it', () => {
    const shiftAt = 3 * PER_DAY;
    const spikeAt = 5 * PER_DAY;
    // Against the old baseline everything after the rise looks shifted; against the new one only the spike stands out.
    const series = withValue(aSeries(7, 20, 2, (i) => (i >= shiftAt ? 40 : 0)), spikeAt, 110);
    const scored = detectSeriesAnomalies(series);
    expect(scored[spikeAt]!.isAnomaly).toBe(true);
    expect(runs(scored)).toHaveLength(2);
  });

  it('does not flag the normal peaks of a daily-seasonal series', () => {
    expect(flaggedRows(detectSeriesAnomalies(aSeries(10, 100, 3, dailyWave)))).toEqual([]);
  });

  it('flags a spike far above the daily peaks of a seasonal series', () => {
    const at = 6 * PER_DAY + 50;
    const scored = detectSeriesAnomalies(withValue(aSeries(8, 100, 3, dailyWave), at, 200));
    expect(flaggedRows(scored)).toContain(at);
  });

  it('does not flag a nightly job that spikes at the same time every day', () => {
    const nightly = (i: number): number => (i % PER_DAY === 36 ? 30 : 0);
    expect(flaggedRows(detectSeriesAnomalies(aSeries(8, 5, 0.5, nightly)))).toEqual([]);
  });

  it('with a quantile band, lets a daily spike through once it has recurred on two days, at its usual time only', () => {
    const nightly = (i: number): number => (i % PER_DAY === 36 ? 30 : 0);
    const options = { tailQuantile: 0.01, spikeFactor: 3 };
    const usual = aSeries(8, 5, 0.5, nightly);
    expect(flaggedRows(detectSeriesAnomalies(usual, options)).filter((i) => i >= 2 * PER_DAY)).toEqual([]);
    const offHours = 6 * PER_DAY + 180;
    expect(flaggedRows(detectSeriesAnomalies(withValue(usual, offHours, 35), options))).toContain(offHours);
  });

  it('stays quiet on a quantised, nearly flat series', () => {
    // CPU idling at 0.066 with the occasional 0.068: the median absolute deviation is 0.
    const series = aSeries(6, 0.066, 0).map((p, i) => ({ ...p, value: i % 97 === 0 ? 0.068 : 0.066 }));
    expect(flaggedRows(detectSeriesAnomalies(series))).toEqual([]);
  });

  it('flags the first departure of a series that has been exactly constant', () => {
    const at = 3 * PER_DAY;
    const scored = detectSeriesAnomalies(withValue(aSeries(5, 0, 0), at, 5));
    expect(scored[at]!.isAnomaly).toBe(true);
    expect(scored[at]!.score).toBe(1);
  });

  it('judges nothing during the warm-up', () => {
    const scored = detectSeriesAnomalies(withValue(aSeries(3, 20, 2), 100, 1000), { warmupPoints: 288 });
    expect(scored[100]!.isAnomaly).toBe(false);
    expect(scored.slice(0, 288).every((p) => p.score === 0)).toBe(true);
  });

  it('returns one scored point per row when timestamps repeat, twins sharing the verdict', () => {
    const at = 4 * PER_DAY + 10;
    const base = withValue(aSeries(6, 20, 2), at, 100);
    const doubled = base.flatMap((p, i) => (i === at || i === at - 50 ? [p, { ...p }] : [p]));
    const scored = detectSeriesAnomalies(doubled);
    expect(scored).toHaveLength(base.length + 2);
    // Row at + 1 is the spike's twin (one extra row was inserted before it, at at - 50).
    expect(scored[at + 1]!.isAnomaly).toBe(true);
    expect(scored[at + 2]!.isAnomaly).toBe(true);
    expect(runs(scored)).toHaveLength(1);
  });

  it('judges repeated timestamps as the series without the repeats', () => {
    const base = aSeries(6, 20, 2);
    const doubled = base.flatMap((p, i) => (i % 40 === 0 ? [p, { ...p }] : [p]));
    const withoutRepeats = detectSeriesAnomalies(doubled).filter((_, i) => i === 0 || doubled[i]!.timestamp !== doubled[i - 1]!.timestamp);
    expect(withoutRepeats.map((p) => p.score)).toEqual(detectSeriesAnomalies(base).map((p) => p.score));
  });

  it('stays quiet across a gap in the samples', () => {
    const series = aSeries(6, 20, 2).filter((_, i) => i < 3 * PER_DAY || i >= 3 * PER_DAY + 12);
    expect(flaggedRows(detectSeriesAnomalies(series))).toEqual([]);
  });

  it('gives each input row its own result when rows arrive out of order', () => {
    const at = 4 * PER_DAY + 100;
    const sorted = withValue(aSeries(6, 20, 2), at, 100);
    const shuffled = [...sorted].reverse();
    const fromShuffled = detectSeriesAnomalies(shuffled).reverse();
    expect(fromShuffled).toEqual(detectSeriesAnomalies(sorted));
  });

  it('keeps scores between 0 and 1, above one half exactly where a test fires', () => {
    const series = withValue(aSeries(6, 20, 2, (i) => (i >= 5 * PER_DAY ? 15 : 0)), 4 * PER_DAY, 100);
    const scored = detectSeriesAnomalies(series, { quietPoints: 0 });
    expect(scored.every((p) => p.score >= 0 && p.score <= 1)).toBe(true);
    expect(scored.every((p) => p.isAnomaly === p.score > 0.5)).toBe(true);
  });

  it("ignores drops when told to watch the upper side only", () => {
    const shiftAt = 4 * PER_DAY;
    const series = aSeries(6, 20, 2, (i) => (i >= shiftAt ? -15 : 0));
    expect(flaggedRows(detectSeriesAnomalies(series, { direction: 'up' }))).toEqual([]);
    expect(flaggedRows(detectSeriesAnomalies(series))).not.toEqual([]);
  });

  it('rejects options it cannot honour', () => {
    expect(() => detectSeriesAnomalies(aSeries(1, 1, 1), { historyPoints: 0 })).toThrow(RangeError);
    expect(() => detectSeriesAnomalies(aSeries(1, 1, 1), { tailQuantile: 0.7 })).toThrow(/tailQuantile/);
  });

  it('returns nothing for no points', () => {
    expect(detectSeriesAnomalies([])).toEqual([]);
  });
});
