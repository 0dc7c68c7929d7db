// The time grid log counts are kept on: bins aligned to their size, at most MAX_BINS of them, and
// the bin where the recent window (judged against everything before it) starts. Pure.

const BIN_SECONDS = [60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400];
const MAX_BINS = 720;

export interface LogWindow {
  startMs: number;
  endMs: number;
  binSeconds: number;
  binCount: number;
  /** Bins [recentFromBin, binCount) are the recent window; at least one bin, and at least one bin of baseline when the window allows. */
  recentFromBin: number;
}

export function planLogWindow(window: { from: Date; to: Date }, recentMs: number): LogWindow {
  const span = window.to.getTime() - window.from.getTime();
  const binSeconds = BIN_SECONDS.find((s) => span / (s * 1000) <= MAX_BINS) ?? BIN_SECONDS.at(-1)!;
  const binMs = binSeconds * 1000;
  const startMs = Math.floor(window.from.getTime() / binMs) * binMs;
  const endMs = window.to.getTime();
  const binCount = Math.max(1, Math.ceil((endMs - startMs) / binMs));
  const recentBins = Math.max(1, Math.round(recentMs / binMs));
  const recentFromBin = Math.max(binCount > 1 ? 1 : 0, binCount - recentBins);
  return { startMs, endMs, binSeconds, binCount, recentFromBin };
}
