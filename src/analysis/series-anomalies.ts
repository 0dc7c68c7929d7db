// Streaming anomaly scoring for one metric series with default settings: each point, and the
// median of the last hour, against a robust baseline of the days before; one alert per incident.
// Pure; O(n * baseline) time, memory bounded by the baseline.

export interface SeriesAnomalyOptions {
  /** Points of history each point is judged against (288 = one day of 5-minute data). */
  baselinePoints: number;
  /** No judgement before this much history. */
  warmupPoints: number;
  /** Robust z-score (median/MAD) at which a point is anomalous. */
  threshold: number;
  /** After an alert, quiet until this many points in a row are ordinary again: one incident, one alert. */
  cooldownPoints: number;
  /** Points in the recent median that detects a level shift a single-point test would miss. */
  shiftPoints: number;
  /** Robust z-score of that recent median at which the level has shifted. */
  shiftThreshold: number;
}

export const DEFAULT_SERIES_OPTIONS: SeriesAnomalyOptions = {
  // About three and a half days of 5-minute data: long enough that a daily peak is ordinary.
  baselinePoints: 1000,
  warmupPoints: 96,
  threshold: 14,
  cooldownPoints: 288,
  // An hour of 5-minute data.
  shiftPoints: 12,
  shiftThreshold: 7,
};

export interface SeriesScores {
  /** 0..1, rising with the robust z-score; 0.5 at the threshold. */
  scores: Float64Array;
  anomalies: Uint8Array;
}

export function scoreSeries(values: ArrayLike<number>, options: Partial<SeriesAnomalyOptions> = {}): SeriesScores {
  const o = { ...DEFAULT_SERIES_OPTIONS, ...options };
  const n = values.length;
  const scores = new Float64Array(n);
  const anomalies = new Uint8Array(n);
  const window = new SortedWindow(o.baselinePoints);
  let armed = true;
  let ordinaryRun = 0;
  const recent = new Float64Array(o.shiftPoints);
  const scratch = new Float64Array(o.shiftPoints);
  for (let i = 0; i < n; i += 1) {
    const x = values[i]!;
    recent[i % o.shiftPoints] = x;
    if (window.size >= o.warmupPoints) {
      const pointZ = window.robustZ(x);
      let shiftZ = 0;
      if (i + 1 >= o.shiftPoints) {
        scratch.set(recent);
        scratch.sort();
        const mid = o.shiftPoints >> 1;
        const recentMedian = o.shiftPoints % 2 ? scratch[mid]! : (scratch[mid - 1]! + scratch[mid]!) / 2;
        shiftZ = window.robustZ(recentMedian);
      }
      // Both tests on one scale: 1 at either threshold.
      const z = Math.max(pointZ / o.threshold, shiftZ / o.shiftThreshold) * o.threshold;
      scores[i] = z / (z + o.threshold);
      if (z >= o.threshold) {
        ordinaryRun = 0;
        if (armed) {
          anomalies[i] = 1;
          armed = false;
        }
      } else if (!armed && (ordinaryRun += 1) >= o.cooldownPoints) {
        armed = true;
      }
    }
    window.push(x);
  }
  return { scores, anomalies };
}

/** The last `capacity` values, kept sorted for medians; insertion and removal by binary search. */
class SortedWindow {
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private readonly deviations: Float64Array;
  private head = 0;
  private pushesSinceStats = Infinity;
  private centre = 0;
  private spread = 1;
  size = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Float64Array(capacity);
    this.sorted = new Float64Array(capacity);
    this.deviations = new Float64Array(capacity);
  }

  push(x: number): void {
    if (this.size === this.capacity) {
      const old = this.ring[this.head]!;
      const at = this.indexOf(old);
      this.sorted.copyWithin(at, at + 1, this.size);
      this.size -= 1;
    }
    const at = this.insertionPoint(x);
    this.sorted.copyWithin(at + 1, at, this.size);
    this.sorted[at] = x;
    this.size += 1;
    this.ring[this.head] = x;
    this.head = (this.head + 1) % this.capacity;
    this.pushesSinceStats += 1;
  }

  /** |x - median| in robust standard deviations; a floor on the spread keeps flat series sane. */
  robustZ(x: number): number {
    // A long baseline moves slowly: refreshing its median and spread every few points is enough.
    if (this.pushesSinceStats >= Math.max(1, this.size >> 6)) this.refreshStats();
    return Math.abs(x - this.centre) / this.spread;
  }

  private refreshStats(): void {
    this.pushesSinceStats = 0;
    const median = this.median(this.sorted, this.size);
    // Deviations from the median of a sorted array, merged outward from the middle: already sorted.
    let lo = this.lowerMiddle(median);
    let hi = lo + 1;
    for (let k = 0; k < this.size; k += 1) {
      const left = lo >= 0 ? median - this.sorted[lo]! : Infinity;
      const right = hi < this.size ? this.sorted[hi]! - median : Infinity;
      if (left <= right) {
        this.deviations[k] = left;
        lo -= 1;
      } else {
        this.deviations[k] = right;
        hi += 1;
      }
    }
    const mad = this.median(this.deviations, this.size);
    const range = this.sorted[this.size - 1]! - this.sorted[0]!;
    // Quantised or flat baselines have a MAD of 0: fall back to a share of the range, then of the level.
    this.centre = median;
    this.spread = Math.max(1.4826 * mad, 0.1 * range, 0.01 * Math.abs(median), 1e-9);
  }

  private median(array: Float64Array, size: number): number {
    const mid = size >> 1;
    return size % 2 ? array[mid]! : (array[mid - 1]! + array[mid]!) / 2;
  }

  private lowerMiddle(median: number): number {
    let i = this.insertionPoint(median) - 1;
    if (i < 0) i = 0;
    return Math.min(i, this.size - 1);
  }

  private insertionPoint(x: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(x: number): number {
    return this.insertionPoint(x);
  }
}
