// How unlike anything in its recent history the last span of a series is: the distance from the
// span just ended to its nearest neighbour among the earlier spans of the same length (a "discord",
// in the time-series literature). It sees what a level test cannot: a daily peak that did not come,
// a holiday shaped like no other day, spikes grown denser within the usual range, a swell at an hour
// when the series is always quiet. Each of those stays within the series' usual extremes, so only
// its shape is new.
//
// The series is cut into segments of fixed wall-clock length (their means, so any cadence gives the
// same shape) and the span is a run of consecutive segments. The distance is computed once per
// closed segment, against every earlier span in the history (one per segment offset), with early
// abandoning: a few hundred candidates of a dozen numbers, so it costs a small fraction of the
// per-sample work. Memory is the ring of segment means: bounded by the history, not the series.

/** Nearest-neighbour distance of the last span of segment means to the earlier spans of a bounded history. */
export class ShapeDiscord {
  private readonly ring: Float64Array;
  private readonly candidates: number;
  // Segments closed so far (absolute count); the ring holds the last `ring.length` of them.
  private closed = 0;
  private origin = Number.NaN;
  private current = 0;
  private sum = 0;
  private count = 0;
  private lastMean = Number.NaN;
  private latest = Number.NaN;
  private latestLast = Number.NaN;

  /**
   * @param segmentMs wall-clock length of one segment
   * @param segments segments in one span (the shape compared)
   * @param historyMs how far back candidate spans may end
   */
  constructor(
    readonly segmentMs: number,
    readonly segments: number,
    historyMs: number,
  ) {
    if (!(segmentMs > 0) || !Number.isInteger(segments) || segments < 2) throw new RangeError('a shape needs a positive segment length and at least 2 segments');
    this.candidates = Math.max(1, Math.round(historyMs / segmentMs));
    this.ring = new Float64Array(this.candidates + segments);
  }

  /**
   * The distance (root mean square difference of segment means) from the last closed span to its
   * nearest earlier span; NaN until a full span has an earlier one to compare with.
   */
  get distance(): number {
    return this.latest;
  }

  /**
   * The last closed segment minus the same segment of that nearest span: the side the shape went
   * to now, and whether the difference is still happening (it is near zero once the odd part of the
   * span lies in the past). NaN when the distance is.
   */
  get lastDifference(): number {
    return this.latestLast;
  }

  /** Adds a sample (timestamps only grow; the caller drops late ones). */
  push(timestamp: number, value: number): void {
    if (Number.isNaN(this.origin)) this.origin = timestamp;
    const index = Math.floor((timestamp - this.origin) / this.segmentMs);
    if (index > this.current) {
      // A gap leaves its segments at the last mean seen: a missing sample is not a change of shape.
      // Past a whole ring of them, more would only write the same value again.
      const steps = Math.min(index - this.current, this.ring.length);
      for (let s = 0; s < steps; s += 1) {
        if (s === 0 && this.count > 0) this.lastMean = this.sum / this.count;
        this.ring[this.closed % this.ring.length] = this.lastMean;
        this.closed += 1;
      }
      this.current = index;
      this.sum = 0;
      this.count = 0;
      this.latest = this.nearest();
    }
    this.sum += value;
    this.count += 1;
  }

  private at(segment: number): number {
    return this.ring[segment % this.ring.length]!;
  }

  private nearest(): number {
    const n = this.segments;
    const end = this.closed - 1;
    const oldest = Math.max(n - 1, end - this.candidates);
    this.latestLast = Number.NaN;
    if (end - n < oldest || Number.isNaN(this.at(end - n + 1))) return Number.NaN;
    let best = Infinity;
    let bestAt = -1;
    for (let c = end - n; c >= oldest; c -= 1) {
      let d = 0;
      for (let j = 0; j < n && d < best; j += 1) {
        const x = this.at(end - j) - this.at(c - j);
        d += x * x;
      }
      if (d < best) {
        best = d;
        bestAt = c;
      }
    }
    if (bestAt < 0) return Number.NaN;
    this.latestLast = this.at(end) - this.at(bestAt);
    return Math.sqrt(best / n);
  }
}
