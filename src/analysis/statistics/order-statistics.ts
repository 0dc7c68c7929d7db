// Order statistics without full sorts: quickselect for one-off medians and quantiles, a sorted ring
// for short rolling medians, and a Fenwick tree over value ranks for week-long rolling quantiles.
// Every median and quantile of the project is computed here (the anomaly engine, the metric
// detectors, the gate's judge and the HTML chart's band), so two parts never disagree on one.

/**
 * Rearranges `buf[lo..hi]` in place so that `buf[k]` holds the value a full sort would put there,
 * everything before it is <= and everything after it is >=. Expected O(hi - lo).
 */
export function selectInPlace(buf: Float64Array, k: number, lo = 0, hi = buf.length - 1): number {
  let left = lo;
  let right = hi;
  while (right > left) {
    // Median of three pivot: already-sorted windows (common in metrics) stay linear.
    const mid = (left + right) >>> 1;
    const a = buf[left]!;
    const b = buf[mid]!;
    const c = buf[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (buf[i]! < pivot) i += 1;
      while (buf[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = buf[i]!;
        buf[i] = buf[j]!;
        buf[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return buf[k]!;
}

/** Nearest-rank index for quantile q of n sorted values (q in [0, 1]). */
export function quantileIndex(n: number, q: number): number {
  return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}

/** Quantile of `values` (nearest rank); does not modify its input. NaN for an empty input. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const buf = Float64Array.from(values);
  return selectInPlace(buf, quantileIndex(n, q), 0, n - 1);
}

/** Median (mean of the two middle values for an even count); NaN for an empty input. Expects finite values. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const buf = Float64Array.from(values);
  const upper = selectInPlace(buf, n >> 1, 0, n - 1);
  if (n % 2 === 1) return upper;
  // After selecting the upper middle, the lower middle is the largest value left of it.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i += 1) if (buf[i]! > lower) lower = buf[i]!;
  return midpoint(lower, upper);
}

/**
 * Median of the finite values (mean of the two middle ones for an even count), without overflow to
 * Infinity near the double range; NaN when there is none. A gap in a metric is no evidence either way.
 */
export function finiteMedian(values: readonly number[]): number {
  return median(values.filter((v) => Number.isFinite(v)));
}

/**
 * (x + y) / 2 without overflow to Infinity for large finite values. Halving a double is exact, so for
 * every other pair this is the same double as (x + y) / 2.
 */
export function midpoint(x: number, y: number): number {
  return x === y ? x : x / 2 + y / 2;
}

/**
 * The q-quantile of values sorted ascending, interpolated linearly between the two neighbouring ranks
 * (numpy's default): a smooth band edge for a chart, where the nearest rank would jump.
 */
export function interpolatedQuantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/**
 * The median of the last `capacity` values pushed, kept in a small sorted array: at worst O(capacity)
 * per push, meant for short windows (hours of samples), not for week-long baselines.
 */
export class RollingMedian {
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.ring = new Float64Array(capacity);
    this.sorted = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(value: number): void {
    const sorted = this.sorted;
    let at: number;
    if (this.count === this.capacity) {
      // Overwrite the departing value in place, then slide the newcomer to its rank: only the values
      // between the two ranks move.
      at = this.indexOf(this.ring[this.head]!);
    } else {
      at = this.count;
      this.count += 1;
    }
    const last = this.count - 1;
    while (at > 0 && sorted[at - 1]! > value) {
      sorted[at] = sorted[at - 1]!;
      at -= 1;
    }
    while (at < last && sorted[at + 1]! < value) {
      sorted[at] = sorted[at + 1]!;
      at += 1;
    }
    sorted[at] = value;
    this.ring[this.head] = value;
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
  }

  /** The lower of the two middle values for an even count: always one of the values pushed. */
  lowerMedian(): number {
    return this.count === 0 ? Number.NaN : this.sorted[(this.count - 1) >> 1]!;
  }

  /** Position of `value` among the sorted values (binary search; any one of equal values will do). */
  private indexOf(value: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Quantiles of the last `capacity` values pushed, exact after every push in O(log u), where u is the
 * number of distinct values the series can take (all known up front, as in a batch). A Fenwick tree
 * counts the window's values by rank, so no window is ever sorted or copied.
 */
export class RollingQuantiles {
  private readonly tree: Int32Array;
  private readonly ring: Int32Array;
  private readonly topBit: number;
  private head = 0;
  private count = 0;

  /** `universe`: every value that may be pushed, sorted ascending without repeats. */
  constructor(
    private readonly universe: Float64Array,
    readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    // A power-of-two tree: the descent in kth never runs past the end, so it needs no bounds test.
    let size = 1;
    while (size < universe.length + 1) size *= 2;
    this.tree = new Int32Array(size);
    this.ring = new Int32Array(capacity);
    this.topBit = size >> 1;
  }

  get size(): number {
    return this.count;
  }

  push(value: number): void {
    this.pushRank(rankIn(this.universe, value));
  }

  /** Pushes the value `universe[rank]`, skipping the search when the caller already has its rank. */
  pushRank(rank: number): void {
    if (this.count === this.capacity) this.add(this.ring[this.head]!, -1);
    else this.count += 1;
    this.ring[this.head] = rank;
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    this.add(rank, 1);
  }

  clear(): void {
    this.tree.fill(0);
    this.head = 0;
    this.count = 0;
  }

  /** Nearest-rank quantile of the window; NaN while empty. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    return this.universe[this.kth(quantileIndex(this.count, q) + 1)]!;
  }

  private add(rank: number, delta: number): void {
    const tree = this.tree;
    const size = tree.length;
    for (let i = rank + 1; i < size; i += i & -i) tree[i]! += delta;
  }

  /** Rank of the k-th smallest value in the window (k from 1): binary lifting down the tree. */
  private kth(k: number): number {
    const tree = this.tree;
    let position = 0;
    let remaining = k;
    for (let bit = this.topBit; bit > 0; bit >>= 1) {
      const next = position + bit;
      if (tree[next]! < remaining) {
        position = next;
        remaining -= tree[next]!;
      }
    }
    return position;
  }
}

/** The distinct finite values of `values`, sorted ascending: the universe of a RollingQuantiles. */
export function distinctSorted(values: ArrayLike<number>): Float64Array {
  const sorted = new Float64Array(values.length);
  let finite = 0;
  for (let i = 0; i < values.length; i += 1) if (Number.isFinite(values[i]!)) sorted[finite++] = values[i]!;
  const used = sorted.subarray(0, finite).sort();
  let unique = 0;
  for (let i = 0; i < finite; i += 1) if (unique === 0 || used[i] !== used[unique - 1]) used[unique++] = used[i]!;
  return used.slice(0, unique);
}

/** Index of `value` in the ascending `universe`; a RangeError if it is not there. */
export function rankIn(universe: Float64Array, value: number): number {
  let lo = 0;
  let hi = universe.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (universe[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (universe[lo] !== value) throw new RangeError(`value ${value} is not in the universe`);
  return lo;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Little-endian on every platform Node runs on: word 1 holds the sign, exponent and top 20 mantissa bits.
const HIGH = 1;

/**
 * `value` with its mantissa cut to 12 significant bits (relative error < 0.025%, toward zero). Quantiles
 * kept at this resolution lose nothing an alert threshold could see, and the set of distinct values
 * (the work per rolling-quantile step) stays small. A bit mask: no log or power per sample.
 */
export function coarsen(value: number): number {
  bits[0] = value;
  words[0] = 0;
  words[HIGH] = words[HIGH]! & 0xffffff00;
  return bits[0]!;
}
