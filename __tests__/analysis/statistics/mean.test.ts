import { mean } from '../../../src/analysis/statistics/mean.js';

describe('mean', () => {
  it('sums, then divides by the count', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(mean([0.1, 0.2, 0.3])).toBe((0.1 + 0.2 + 0.3) / 3);
  });

  it('stays finite for values whose sum overflows a double', () => {
    expect(mean([1.7e308, 1.7e308]) / 1.7e308).toBeCloseTo(1, 12);
  });

  it('is NaN for no values', () => {
    expect(mean([])).toBeNaN();
  });
});
