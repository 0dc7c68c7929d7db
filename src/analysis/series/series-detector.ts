// Anomalies in one metric series (CloudWatch CPU, bytes, request counts, 5-minute samples). Two tests
// against the series' own trailing week: a spike must reach well past the week's extreme distance from
// its median, and a level shift is an hour's (or four hours') median far outside the band of past such
// medians. Levels that recur at the same time of day widen the band; a shift that lasts becomes the new
// baseline; anomalous rows close together form one incident, flagged as one run.

import { coarsen, distinctSorted, rankIn, RollingMedian, RollingQuantiles } from './robust-statistics.js';
import { SeasonalEnvelope, type SeasonalBand } from './seasonal-envelope.js';

export interface SeriesPoint {
  /** Epoch milliseconds. */
  timestamp: number;
  value: number;
}

export interface ScoredPoint {
  timestamp: number;
  value: number;
  /** 0..1; 0.5 is exactly at the alerting threshold of the stronger of the two tests. */
  score: number;
  isAnomaly: boolean;
}

export interface SeriesDetectorOptions {
  /** Samples of history a sample is judged against. Default 2016: one week of 5-minute samples. */
  historyPoints: number;
  /** No judgement before this many samples of history. Default 288: one day of 5-minute samples. */
  warmupPoints: number;
  /**
   * The spike test's normal range is the [tail, 1 - tail] quantile band of the history. Default 0: the
   * band runs from the week's minimum to its maximum, so a burst the series produced before (a nightly
   * job, a busy hour) never alerts again, and only a new extreme does.
   */
  tailQuantile: number;
  /** The shift test's normal range is this quantile band of past recent medians. Default 0.01 (about 20 of a week's). */
  shiftTailQuantile: number;
  /**
   * A sample is a spike when it lies this many half-widths of the normal range from the median: by
   * default, 1.5 times further from the week's median than the week's most extreme sample was.
   */
  spikeFactor: number;
  /** Samples whose median is tested for a sustained level shift. Default 12: one hour. */
  shiftPoints: number;
  /**
   * The recent median has shifted when it lies this many half-widths of its own trailing band from that
   * band's median. Default 2: twice as far out as the week's 1%-rarest hourly levels.
   */
  shiftFactor: number;
  /** A second, slower level-shift test over this many samples; 0 turns it off. Default 48: four hours. */
  longShiftPoints: number;
  /** An incident stays open (and flagged) until this many samples in a row are normal. Default 36: three hours. */
  quietPoints: number;
  /** Half-widths never count as narrower than this fraction of |median|, so quantised flat series stay quiet. Default 0.05. */
  minRelativeSpread: number;
  /** Which side is anomalous. Default 'both'. */
  direction: 'both' | 'up' | 'down';
  /**
   * After the level-shift test has held for this many samples in a row, the shifted level is the new
   * normal: the baselines restart from the shift, so what follows is judged against it. 0 never restarts.
   * Default 36: three hours.
   */
  rebaselinePoints: number;
  /** Days back searched for the same time of day; 0 turns the daily-pattern allowance off. Default 7. */
  seasonalDays: number;
  /** How far from the same time of day a previous day's sample still counts. Default 60 minutes: cron jobs drift. */
  seasonalToleranceMinutes: number;
  /** A level counts as a daily pattern once reached near this time of day on this many previous days. Default 2. */
  seasonalRecurrence: number;
}

/** Defaults for 5-minute samples (CloudWatch's basic monitoring); counts of samples scale with the period. */
export const DEFAULT_SERIES_DETECTOR_OPTIONS: Readonly<SeriesDetectorOptions> = Object.freeze({
  historyPoints: 2016,
  warmupPoints: 288,
  tailQuantile: 0,
  shiftTailQuantile: 0.01,
  spikeFactor: 1.5,
  shiftPoints: 12,
  shiftFactor: 2,
  longShiftPoints: 48,
  quietPoints: 36,
  rebaselinePoints: 36,
  minRelativeSpread: 0.05,
  direction: 'both',
  seasonalDays: 7,
  seasonalToleranceMinutes: 60,
  seasonalRecurrence: 2,
});

export function detectSeriesAnomalies(points: readonly SeriesPoint[], options: Partial<SeriesDetectorOptions> = {}): ScoredPoint[] {
  const o = resolveOptions(options);
  const n = points.length;
  const order = chronologicalOrder(points);
  const scores = new Float64Array(n);
  const anomalous = new Uint8Array(n);

  // The baselines work on ranks of values coarsened to 12 significant bits: rolling medians are lower
  // medians, so they are ranks too, and every window shares one small sorted universe.
  const coarse = new Float64Array(n);
  for (let i = 0; i < n; i += 1) coarse[i] = coarsen(points[i]!.value);
  const universe = distinctSorted(coarse);
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i += 1) ranks[i] = Number.isFinite(coarse[i]!) ? rankIn(universe, coarse[i]!) : -1;

  const samples = new TrailingBand(universe, o.historyPoints, o.tailQuantile);
  // Level shifts at two time scales: an hour's jump, and a smaller rise that lasts an afternoon.
  const scales = [o.shiftPoints, o.longShiftPoints].filter((k) => k > 0).map((k, s) => new ShiftScale(k, s + 1, universe, o, n));
  const seasonal = o.seasonalDays > 0;
  const days = new SeasonalEnvelope(seasonal ? n : 0, 1 + scales.length, o.seasonalDays, o.seasonalToleranceMinutes * 60_000);
  const dayValues = new Float64Array(1 + scales.length);
  const daily: SeasonalBand = { low: 0, high: 0 };
  const up = o.direction !== 'down';
  const down = o.direction !== 'up';

  // Ranks of every sample learned from, so samples held back during a shift can be learned late or
  // start a new history.
  const learnedRanks = new Int32Array(n);
  let learned = 0;
  // While the level is shifted its samples are held back: a shift must not become its own baseline.
  let shiftedFor = 0;
  const learn = (j: number): void => {
    samples.pushRank(learnedRanks[j]!);
    for (const scale of scales) scale.learn(j);
  };
  // A sample is learned from only once every row with its timestamp has been judged, so a repeated
  // row is judged against exactly the history its twin was.
  let pendingIndex = -1;
  let pendingShifted = false;
  const commit = (): void => {
    const index = pendingIndex;
    if (index < 0) return;
    if (seasonal) {
      dayValues[0] = points[index]!.value;
      for (const scale of scales) dayValues[scale.stream] = Number.isNaN(scale.current) ? dayValues[0] : scale.current;
      days.push(points[index]!.timestamp, dayValues);
    }
    learnedRanks[learned] = ranks[index]!;
    for (const scale of scales) scale.remember(learned);
    learned += 1;
    if (!pendingShifted) {
      // A shift that ended before it was accepted was an episode: its samples become history late.
      for (let j = learned - 1 - shiftedFor; j < learned; j += 1) learn(j);
      shiftedFor = 0;
    } else if (o.rebaselinePoints > 0 && (shiftedFor += 1) >= o.rebaselinePoints) {
      // The shifted level lasted: it is the new normal, and the history restarts at its onset.
      samples.clear();
      for (const scale of scales) scale.band.clear();
      for (let j = learned - shiftedFor; j < learned; j += 1) learn(j);
      shiftedFor = 0;
    }
  };
  let previousTimestamp = Number.NaN;

  for (let rank = 0; rank < n; rank += 1) {
    const index = order[rank]!;
    const { timestamp, value } = points[index]!;
    if (!Number.isFinite(value)) continue;
    // A repeated timestamp is the same sample reported twice: judge it, but learn from it once.
    const repeated = timestamp === previousTimestamp;
    previousTimestamp = timestamp;
    if (!repeated) {
      commit();
      for (const scale of scales) scale.see(ranks[index]!);
    }
    let shifted = false;

    if (samples.size >= o.warmupPoints) {
      const median = samples.median();
      const relativeFloor = o.minRelativeSpread * Math.abs(median);
      // Each side's tail costs a lookup: fetched only when a test looks at that side.
      let high = Number.NaN;
      let low = Number.NaN;
      let pointRatio = 0;
      if (value > median && up) {
        high = samples.high();
        pointRatio = (value - median) / Math.max(high - median, relativeFloor) / o.spikeFactor;
        // The daily allowance can only widen the band, so it is looked up only when it could matter.
        if (pointRatio > 1 && seasonal && days.query(timestamp, 0, o.seasonalRecurrence, daily)) {
          pointRatio = (value - median) / Math.max(Math.max(high, daily.high) - median, relativeFloor) / o.spikeFactor;
        }
      } else if (value < median && down) {
        low = samples.low();
        pointRatio = (median - value) / Math.max(median - low, relativeFloor) / o.spikeFactor;
        if (pointRatio > 1 && seasonal && days.query(timestamp, 0, o.seasonalRecurrence, daily)) {
          pointRatio = (median - value) / Math.max(median - Math.min(low, daily.low), relativeFloor) / o.spikeFactor;
        }
      }

      let shiftRatio = 0;
      for (const scale of scales) {
        if (!scale.warm(o.warmupPoints) || Number.isNaN(scale.current)) continue;
        const level = scale.current;
        const usual = scale.band.median();
        let r = 0;
        // Even independent noise moves a k-sample median by ~1.25/sqrt(k) of the samples' spread: a flat
        // run of medians (a mostly-zero series) must not make every busy hour look like a shift.
        if (level > usual && up) {
          if (Number.isNaN(high)) high = samples.high();
          const floor = Math.max(relativeFloor, (high - median) * scale.noise);
          const edge = scale.band.high();
          r = (level - usual) / Math.max(edge - usual, floor) / o.shiftFactor;
          if (r > 1 && seasonal && days.query(timestamp, scale.stream, o.seasonalRecurrence, daily)) {
            r = (level - usual) / Math.max(Math.max(edge, daily.high) - usual, floor) / o.shiftFactor;
          }
        } else if (level < usual && down) {
          if (Number.isNaN(low)) low = samples.low();
          const floor = Math.max(relativeFloor, (median - low) * scale.noise);
          const edge = scale.band.low();
          r = (usual - level) / Math.max(usual - edge, floor) / o.shiftFactor;
          if (r > 1 && seasonal && days.query(timestamp, scale.stream, o.seasonalRecurrence, daily)) {
            r = (usual - level) / Math.max(usual - Math.min(edge, daily.low), floor) / o.shiftFactor;
          }
        }
        if (r > shiftRatio) shiftRatio = r;
      }
      shifted = shiftRatio > 1;
      const ratio = Math.max(pointRatio, shiftRatio);
      // 0.5 at the threshold; a zero-width band (a constant series that moved) scores 1.
      scores[index] = ratio === Infinity || Number.isNaN(ratio) ? 1 : ratio / (1 + ratio);
      anomalous[index] = ratio > 1 || Number.isNaN(ratio) ? 1 : 0;
    }
    if (repeated) continue;
    pendingIndex = index;
    pendingShifted = shifted;
  }

  const flagged = incidentRuns(order, anomalous, o.quietPoints);
  const out: ScoredPoint[] = new Array<ScoredPoint>(n);
  for (let i = 0; i < n; i += 1) {
    const p = points[i]!;
    out[i] = { timestamp: p.timestamp, value: p.value, score: scores[i]!, isAnomaly: flagged[i] === 1 };
  }
  return out;
}

function resolveOptions(options: Partial<SeriesDetectorOptions>): SeriesDetectorOptions {
  const o: SeriesDetectorOptions = { ...DEFAULT_SERIES_DETECTOR_OPTIONS, ...options };
  for (const key of ['historyPoints', 'warmupPoints', 'shiftPoints', 'longShiftPoints', 'quietPoints', 'rebaselinePoints', 'seasonalDays', 'seasonalRecurrence'] as const) {
    const least = key === 'warmupPoints' || key === 'quietPoints' || key === 'longShiftPoints' || key === 'rebaselinePoints' || key === 'seasonalDays' ? 0 : 1;
    if (!Number.isInteger(o[key]) || o[key] < least) throw new RangeError(`${key} must be a positive integer, got ${o[key]}`);
  }
  for (const key of ['tailQuantile', 'shiftTailQuantile'] as const) {
    if (!(o[key] >= 0 && o[key] < 0.5)) throw new RangeError(`${key} must be in [0, 0.5), got ${o[key]}`);
  }
  if (!(o.spikeFactor > 0) || !(o.shiftFactor > 0)) throw new RangeError('spikeFactor and shiftFactor must be positive');
  // Judging before the baseline holds a sample would divide by nothing.
  o.warmupPoints = Math.max(1, Math.min(o.warmupPoints, o.historyPoints));
  return o;
}

/** Rows in time order (stable for equal timestamps); the identity when already sorted. */
function chronologicalOrder(points: readonly SeriesPoint[]): Uint32Array {
  const n = points.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    if (i > 0 && points[i]!.timestamp < points[i - 1]!.timestamp) sorted = false;
  }
  if (!sorted) order.sort((a, b) => points[a]!.timestamp - points[b]!.timestamp || a - b);
  return order;
}

/**
 * One incident, one run of flagged rows: anomalous rows less than `quietPoints` apart join into one
 * run, and the normal rows between them are flagged too.
 */
function incidentRuns(order: Uint32Array, anomalous: Uint8Array, quietPoints: number): Uint8Array {
  const flagged = new Uint8Array(anomalous.length);
  let last = -Infinity;
  for (let rank = 0; rank < order.length; rank += 1) {
    if (anomalous[order[rank]!] !== 1) continue;
    const from = rank - last <= quietPoints ? last + 1 : rank;
    for (let r = from; r <= rank; r += 1) flagged[order[r]!] = 1;
    last = rank;
  }
  return flagged;
}

/** The normal band of the last `capacity` values: its median and its tail quantiles, on demand. */
class TrailingBand {
  private readonly window: RollingQuantiles;

  constructor(
    universe: Float64Array,
    capacity: number,
    private readonly tail: number,
  ) {
    this.window = new RollingQuantiles(universe, capacity);
  }

  get size(): number {
    return this.window.size;
  }

  pushRank(rank: number): void {
    this.window.pushRank(rank);
  }

  clear(): void {
    this.window.clear();
  }

  median(): number {
    return this.window.quantile(0.5);
  }

  high(): number {
    return this.window.quantile(1 - this.tail);
  }

  low(): number {
    return this.window.quantile(this.tail);
  }
}

// A shift test's median looks at no more than about this many samples however long its span (longer
// spans take every n-th sample), so a day-long test costs what the default four-hour one does.
const SHIFT_MEDIAN_SAMPLES = 48;

/** One level-shift test: the median over the last `span` samples against the band of its own past. */
class ShiftScale {
  private readonly recent: RollingMedian;
  readonly band: TrailingBand;
  private readonly stride: number;
  private seen = 0;
  private fresh = false;
  /** Rank of the rolling median each learned sample produced, or -1 where it produced none. */
  private readonly medianRanks: Int32Array;
  private currentRank = -1;
  /** The rolling median's value now; NaN until the window first fills. */
  current = Number.NaN;
  /** How far independent noise alone moves this median, as a fraction of the samples' spread. */
  readonly noise: number;

  constructor(
    span: number,
    readonly stream: number,
    private readonly universe: Float64Array,
    o: SeriesDetectorOptions,
    capacity: number,
  ) {
    this.stride = Math.max(1, Math.round(span / SHIFT_MEDIAN_SAMPLES));
    const size = Math.ceil(span / this.stride);
    this.recent = new RollingMedian(size);
    this.band = new TrailingBand(universe, Math.ceil(o.historyPoints / this.stride), o.shiftTailQuantile);
    this.medianRanks = new Int32Array(capacity);
    this.noise = 1.25 / Math.sqrt(size);
  }

  see(rank: number): void {
    this.fresh = this.seen % this.stride === 0;
    this.seen += 1;
    if (!this.fresh) return;
    this.recent.push(rank);
    this.currentRank = this.recent.size === this.recent.capacity ? this.recent.lowerMedian() : -1;
    this.current = this.currentRank < 0 ? Number.NaN : this.universe[this.currentRank]!;
  }

  /** Whether the band holds medians from at least `samples` samples' worth of history. */
  warm(samples: number): boolean {
    return this.band.size * this.stride >= samples;
  }

  remember(j: number): void {
    this.medianRanks[j] = this.fresh ? this.currentRank : -1;
  }

  learn(j: number): void {
    const rank = this.medianRanks[j]!;
    if (rank >= 0) this.band.pushRank(rank);
  }
}
