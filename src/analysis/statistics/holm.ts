// The Holm-Bonferroni correction: when a gate tests many metrics at once, the chance that some
// metric of a clean deploy looks significant grows with their number; Holm's step-down adjustment
// keeps that chance below alpha and is never less powerful than plain Bonferroni.

/**
 * Holm-Bonferroni adjusted p-values, in input order: the i-th smallest p times (m - i + 1), never
 * below an adjusted value ranked before it, capped at 1. Comparing them with alpha is Holm's
 * step-down test. Ties in p are ordered by position, so the result is deterministic.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}
