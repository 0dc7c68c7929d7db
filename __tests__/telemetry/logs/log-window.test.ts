import { planLogWindow } from '../../../src/telemetry/logs/log-window.js';

const HOUR = 3_600_000;
const to = new Date('2026-11-25T12:34:56Z');

describe('log time grid', () => {
  it.each([
    [12 * HOUR, 60, 721],
    [24 * HOUR, 300, 289],
    [7 * 24 * HOUR, 900, 673],
    [90 * 24 * HOUR, 3 * 3600, 721],
  ])('a %d ms window uses %d s bins (%d bins, the partial one at each end included)', (span, binSeconds, binCount) => {
    const w = planLogWindow({ from: new Date(to.getTime() - span), to }, HOUR);
    expect(w.binSeconds).toBe(binSeconds);
    expect(w.binCount).toBe(binCount);
    expect(w.startMs % (binSeconds * 1000)).toBe(0);
    expect(w.startMs).toBeLessThanOrEqual(to.getTime() - span);
    expect(w.endMs).toBe(to.getTime());
  });

  it('the recent window is the last hour of bins, but never less than one bin nor the whole window', () => {
    expect(planLogWindow({ from: new Date(to.getTime() - 24 * HOUR), to }, HOUR).recentFromBin).toBe(289 - 12);
    expect(planLogWindow({ from: new Date(to.getTime() - 90 * 24 * HOUR), to }, HOUR).recentFromBin).toBe(720);
    expect(planLogWindow({ from: new Date(to.getTime() - HOUR), to }, 2 * HOUR).recentFromBin).toBe(1);
  });
});
