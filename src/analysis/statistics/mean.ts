// The arithmetic mean, the one non-robust centre the project uses: the gate falls back to it when a
// median cannot measure a change (mostly-zero error counts), and a line fit's R squared needs it.

/**
 * The mean of finite values; NaN when empty. Summed, then divided by the count; only when that sum
 * overflows is value / n summed instead, so values near the double range still give a finite mean.
 */
export function mean(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  if (Number.isFinite(sum) || !values.every((v) => Number.isFinite(v))) return sum / n;
  let scaled = 0;
  for (const v of values) scaled += v / n;
  return scaled;
}
