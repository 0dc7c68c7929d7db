import { lineFit, theilSenSlope } from '../../../src/analysis/statistics/robust-trend.js';

const HOUR = 3_600_000;
const hours = (n: number): number[] => Array.from({ length: n }, (_, i) => i * HOUR);

describe('robust trend', () => {
  it('finds the slope of a line that one outage does not bend', () => {
    const t = hours(24);
    const values = t.map((_, i) => 10 + 2 * i);
    values[7] = 500;
    expect(theilSenSlope(t, values) * HOUR).toBeCloseTo(2, 9);
  });

  it('says a straight line explains all the variance and a flat one none', () => {
    const t = hours(12);
    const line = t.map((_, i) => 3 * i);
    expect(lineFit(t, line, theilSenSlope(t, line))).toBeCloseTo(1, 12);
    expect(
      lineFit(
        t,
        t.map(() => 5),
        0,
      ),
    ).toBe(0);
  });
});
