// What a series did at this time of day on previous days: a nightly backup or cron spike recurs
// daily and is normal however large, so the detector widens its band by it.

const DAY_MS = 86_400_000;

export interface SeasonalBand {
  low: number;
  high: number;
}

/**
 * Highs and lows near the same time of day on each of the last `days` days, for several streams
 * sampled at the same times (raw samples and rolling medians). Nothing is precomputed per sample:
 * a query binary-searches each day's neighbourhood and scans it, and the detector only asks for the
 * few samples its trailing band would flag.
 */
export class SeasonalEnvelope {
  private readonly times: Float64Array;
  private readonly streams: Float64Array[];
  private count = 0;
  private readonly highs: Float64Array;
  private readonly lows: Float64Array;

  constructor(
    capacity: number,
    streamCount: number,
    private readonly days: number,
    private readonly toleranceMs: number,
    private readonly periodMs = DAY_MS,
  ) {
    this.times = new Float64Array(capacity);
    this.streams = Array.from({ length: streamCount }, () => new Float64Array(capacity));
    this.highs = new Float64Array(days);
    this.lows = new Float64Array(days);
  }

  /** Appends one sample per stream (`values[s]` for stream s) at `time`; times must not decrease. */
  push(time: number, values: ArrayLike<number>): void {
    const j = this.count;
    this.times[j] = time;
    for (let s = 0; s < this.streams.length; s += 1) this.streams[s]![j] = values[s]!;
    this.count += 1;
  }

  /**
   * Writes into `band` the range stream `stream` reached near this time of day on at least
   * `recurrence` of the previous days (the recurrence-th highest daily high and lowest daily low).
   * Returns false, leaving `band` alone, while fewer than `recurrence` days have samples near this time.
   */
  query(time: number, stream: number, recurrence: number, band: SeasonalBand): boolean {
    const values = this.streams[stream]!;
    let found = 0;
    for (let k = 1; k <= this.days; k += 1) {
      const centre = time - k * this.periodMs;
      let i = this.firstAtOrAfter(centre - this.toleranceMs);
      const last = centre + this.toleranceMs;
      // No sample within the tolerance of that time: before the series began, or a gap.
      if (i >= this.count || this.times[i]! > last) continue;
      let high = -Infinity;
      let low = Infinity;
      for (; i < this.count && this.times[i]! <= last; i += 1) {
        const v = values[i]!;
        if (v > high) high = v;
        if (v < low) low = v;
      }
      this.highs[found] = high;
      this.lows[found] = -low;
      found += 1;
    }
    if (found < recurrence) return false;
    band.high = rankedLargest(this.highs, found, recurrence);
    band.low = -rankedLargest(this.lows, found, recurrence);
    return true;
  }

  private firstAtOrAfter(time: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The rank-th largest (from 1) of values[0..n), reordering them: days are few, a partial selection sort. */
function rankedLargest(values: Float64Array, n: number, rank: number): number {
  for (let r = 0; r < rank; r += 1) {
    let best = r;
    for (let i = r + 1; i < n; i += 1) if (values[i]! > values[best]!) best = i;
    const t = values[r]!;
    values[r] = values[best]!;
    values[best] = t;
  }
  return values[rank - 1]!;
}
