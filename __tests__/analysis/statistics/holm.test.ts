import { holm } from '../../../src/analysis/statistics/holm.js';

describe('Holm correction', () => {
  it('multiplies the i-th smallest p-value by (m - i + 1), keeps the order and caps at 1', () => {
    expect(holm([0.01, 0.04, 0.03, 0.005])).toEqual([0.03, 0.06, 0.06, 0.02]);
    expect(holm([0.6, 0.9])).toEqual([1, 1]);
    expect(holm([0.2])).toEqual([0.2]);
    expect(holm([])).toEqual([]);
  });
});
