import fc from 'fast-check';
import { displayUnit, niceStep, tickLabel, timeTicks, valueTicks } from '../../src/renderers/html/chart-axes.js';
import { seriesChart } from '../../src/renderers/html/series-chart.js';

describe('chart axes', () => {
  it.each([
    [0.3, 0.5],
    [7, 10],
    [2.2, 2.5],
    [1, 1],
    [0.0013, 0.002],
  ])('rounds a step of %p up to %p', (rough, nice) => {
    expect(niceStep(rough)).toBeCloseTo(nice, 12);
  });

  it('covers the values with round ticks, the first and last bounding the axis', () => {
    expect(valueTicks(0, 97.9)).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('steps counts by whole numbers', () => {
    expect(valueTicks(0, 2, 4, true)).toEqual([0, 1, 2]);
    expect(valueTicks(0, 12, 4, true)).toEqual([0, 5, 10, 15]);
  });

  it('labels with the decimals the step needs and the unit a reader thinks in', () => {
    expect(tickLabel(7.5, 2.5, displayUnit('percent', 10))).toBe('7.5%');
    expect(tickLabel(0.25, 0.25, displayUnit('count', 1))).toBe('0.25');
    expect(tickLabel(25, 25, displayUnit('count', 100))).toBe('25');
    expect(displayUnit('seconds', 0.009)).toEqual({ factor: 0.001, suffix: ' ms' });
    expect(displayUnit('bytes', 40 * 2 ** 30)).toEqual({ factor: 2 ** 30, suffix: ' GiB' });
    expect(displayUnit('megabytes', 4096)).toEqual({ factor: 1024, suffix: ' GiB' });
    expect(displayUnit('milliseconds', 2500)).toEqual({ factor: 1000, suffix: ' s' });
  });

  it('puts time ticks on round UTC times, dated when the chart spans days', () => {
    const from = Date.parse('2026-11-25T00:20:00Z');
    expect(timeTicks(from, Date.parse('2026-11-25T12:15:00Z')).map((t) => t.label)).toEqual(['02:00', '04:00', '06:00', '08:00', '10:00', '12:00']);
    expect(timeTicks(Date.parse('2026-11-24T12:15:00Z'), Date.parse('2026-11-25T12:15:00Z')).map((t) => t.label)).toEqual(['11-24 18:00', '11-25 00:00', '06:00', '12:00']);
    expect(timeTicks(Date.parse('2026-11-01T00:00:00Z'), Date.parse('2026-11-08T00:00:00Z')).map((t) => t.label)).toEqual(['11-01', '11-03', '11-05', '11-07']);
  });
});

describe('series chart', () => {
  const arbitrarySeries = fc.record({
    values: fc.array(fc.oneof(fc.constant(null), fc.double({ noNaN: false }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0)), { minLength: 1, maxLength: 400 }),
    unit: fc.constantFrom('percent', 'count', 'seconds', 'milliseconds', 'bytes', 'megabytes', 'bytes/second', 'Count/Second'),
    periodSeconds: fc.constantFrom(1, 60, 300, 3600, 86_400),
    since: fc.option(fc.integer({ min: -10, max: 500 }), { nil: undefined }),
  });

  it('never writes NaN or Infinity into the SVG, whatever the values (a browser logs an error for each)', () => {
    fc.assert(
      fc.property(arbitrarySeries, ({ values, unit, periodSeconds, since }) => {
        const start = Date.parse('2026-11-25T00:00:00Z');
        const series = { metric: 'm', namespace: 'AWS/X', name: 'X', stat: 'Average', unit, periodSeconds, start: new Date(start).toISOString(), values };
        const marks = since === undefined ? {} : { since: new Date(start + since * periodSeconds * 1000).toISOString() };
        const svg = seriesChart(series, marks, 'c');
        return svg === undefined || !/NaN|Infinity/.test(svg);
      }),
      { numRuns: 300 },
    );
  });

  it('draws a chart for any ordinary series, gaps and all', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), fc.double({ min: -1e9, max: 1e12, noNaN: true })), { minLength: 1, maxLength: 300 }), (values) => {
        const svg = seriesChart(
          { metric: 'm', namespace: 'AWS/X', name: 'X', stat: 'Average', unit: 'count', periodSeconds: 60, start: '2026-11-25T00:00:00.000Z', values },
          {},
          'c',
        );
        return values.every((v) => v === null) ? svg === undefined : svg !== undefined && !/NaN|Infinity/.test(svg);
      }),
    );
  });

  it('ends its ticks where doubles cannot add the step (no endless loop)', () => {
    expect(valueTicks(1e17, 1e17 + 16).length).toBeLessThanOrEqual(13);
  });

  it('draws no chart for a series it cannot place in time', () => {
    expect(
      seriesChart({ metric: 'm', namespace: 'AWS/X', name: 'X', stat: 'Average', unit: 'count', periodSeconds: 60, start: 'yesterday', values: [1, 2] }, {}, 'c'),
    ).toBeUndefined();
  });
});
