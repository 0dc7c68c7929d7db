// Property: any metric series (gaps, NaN, +-Infinity, negative and huge values, repeated and
// out-of-order timestamps, empty, one point) goes through every metric detector and the series
// detector without throwing; findings show only finite numbers; the same input gives the same output.

import fc from 'fast-check';
import { scoreSeries as detectSeriesAnomalies } from '../../src/analysis/series/anomaly-engine.js';
import { METRIC_DETECTORS } from '../../src/detectors/registry.js';
import type { FindingDraft, MetricDetector, MetricSeriesInput } from '../../src/detectors/types.js';
import type { Resource } from '../../src/report/model.js';
import { METRIC_CATALOG, type MetricSpec } from '../../src/telemetry/metrics/metric-catalog.js';
import { defaultThresholds } from '../support/metric-detectors.js';

const NOW = new Date('2026-11-25T12:00:00Z');
// Every metric detector the scan runs.
const DETECTORS: readonly MetricDetector[] = METRIC_DETECTORS;
const PERIODS = [60, 300, 3600];

function resourceFor(spec: MetricSpec): Resource {
  return {
    type: spec.resourceType,
    id: `r-${spec.resourceType}`,
    name: 'r',
    region: 'us-east-2',
    tags: {},
    attributes: {
      engine: 'postgres',
      allocatedStorageGiB: 100,
      ebsVolumeGiB: 50,
      desired: 4,
      containerInsights: 'enabled',
      lbType: 'application',
      metricDimension: 'app/x/1',
      cluster: 'c',
    },
  } as Resource;
}

// Huge means up to 1e15 (bytes of a large volume, counts of a busy year). Beyond that, sums and
// ratios of several points can overflow to Infinity; those extremes are checked for no-throw and
// determinism only (EXTREME below).
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e15, -1e15, 0.5) },
);
const EXTREME = fc.constantFrom(1e300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE);

/** A series on a period grid, then damaged: gaps, repeats, swaps. */
const seriesOf = (value: fc.Arbitrary<number>) =>
  fc
    .record({
      period: fc.constantFrom(...PERIODS),
      values: fc.array(value, { maxLength: 400, size: 'max' }),
      gaps: fc.array(fc.nat(400), { maxLength: 5 }),
      repeats: fc.array(fc.nat(400), { maxLength: 5 }),
      swaps: fc.array(fc.tuple(fc.nat(400), fc.nat(400)), { maxLength: 3 }),
      shape: fc.constantFrom('ramp', 'flat', 'spike', 'drop', 'random'),
    })
    .map(({ period, values, gaps, repeats, swaps, shape }) => {
      const n = values.length;
      const vs = values.map((v, i) =>
        shape === 'random'
          ? v
          : shape === 'flat'
            ? Number.isFinite(v) && i % 37 !== 5
              ? 100
              : v
            : shape === 'ramp'
              ? Number.isFinite(v) && i % 41 !== 3
                ? 1e9 - i * 1e6
                : v
              : shape === 'drop'
                ? i < n - 20
                  ? 5000 + (Number.isFinite(v) ? v % 100 : v)
                  : 0
                : i > n - 10
                  ? 1e4
                  : 10,
      );
      let t = NOW.getTime() - n * period * 1000;
      const gapSet = new Set(gaps);
      const ts = vs.map((_, i) => (t += (gapSet.has(i) ? 7 : 1) * period * 1000));
      for (const r of repeats) if (r < n && r > 0) ts[r] = ts[r - 1]!;
      for (const [a, b] of swaps) if (a < n && b < n) [ts[a], ts[b]] = [ts[b]!, ts[a]!];
      return { periodSeconds: period, timestamps: ts, values: vs };
    });
const series = seriesOf(value);

const BAD_TEXT = /NaN|Infinity|undefined|null/;
function assertReadable(findings: FindingDraft[]): void {
  for (const f of findings) {
    const texts = [f.title, f.since ?? '', f.nextStep ?? '', ...f.evidence.flatMap((e) => [e.label, e.value])];
    for (const text of texts) if (BAD_TEXT.test(text)) throw new Error(`unreadable number in finding text: ${JSON.stringify(text)}`);
    if (f.since !== undefined) expect(Number.isNaN(Date.parse(f.since))).toBe(false);
    for (const v of f.series?.values ?? []) if (v !== null && !Number.isFinite(v)) throw new Error(`non-finite value in finding series: ${v}`);
  }
}

const SPECS = METRIC_CATALOG.filter((spec) => DETECTORS.some((d) => d.roles.includes(spec.role)));
// Each detector equally often, then one of the metrics it reads.
const aSpec = fc.constantFrom(...DETECTORS).chain((d) => fc.constantFrom(...SPECS.filter((spec) => d.roles.includes(spec.role))));

describe('metric series (property)', () => {
  it('every metric detector takes any series without throwing, and says only finite numbers', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(aSpec, series, series, (spec, s, traffic) => {
        const input: MetricSeriesInput = { spec, ...s };
        const related = (id: string): MetricSeriesInput | undefined => {
          const other = METRIC_CATALOG.find((m) => m.id === id);
          return other ? { spec: other, ...traffic } : undefined;
        };
        for (const detector of DETECTORS.filter((d) => d.roles.includes(spec.role))) {
          const run = () => detector.detect({ resource: resourceFor(spec), series: input, related, thresholds: defaultThresholds(detector), now: NOW });
          let first: FindingDraft[];
          try {
            first = run();
          } catch (error) {
            throw new Error(`${detector.id} on ${spec.id} threw ${(error as Error).message}`, { cause: error });
          }
          assertReadable(first);
          if (first.length > 0) seen.add(detector.id);
          expect(run()).toEqual(first);
        }
      }),
      { seed: 99, numRuns: 600 },
    );
    // The generator reaches the finding paths, not only the early returns.
    expect([...seen].sort()).toEqual(DETECTORS.map((d) => d.id).sort());
  });

  it('extreme magnitudes (1e300, MAX_VALUE, MIN_VALUE) never make a detector throw, and give the same findings twice', () => {
    const extreme = seriesOf(fc.oneof(value, EXTREME));
    fc.assert(
      fc.property(aSpec, extreme, extreme, (spec, s, traffic) => {
        const related = (id: string): MetricSeriesInput | undefined => {
          const other = METRIC_CATALOG.find((m) => m.id === id);
          return other ? { spec: other, ...traffic } : undefined;
        };
        for (const detector of DETECTORS.filter((d) => d.roles.includes(spec.role))) {
          const run = () => detector.detect({ resource: resourceFor(spec), series: { spec, ...s }, related, thresholds: defaultThresholds(detector), now: NOW });
          const first = run();
          for (const f of first) expect(Number.isNaN(Date.parse(f.since ?? NOW.toISOString()))).toBe(false);
          expect(run()).toEqual(first);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('empty and one-point series give no finding', () => {
    for (const spec of SPECS) {
      for (const detector of DETECTORS.filter((d) => d.roles.includes(spec.role))) {
        for (const s of [
          { timestamps: [], values: [] },
          { timestamps: [NOW.getTime()], values: [Number.NaN] },
          { timestamps: [NOW.getTime()], values: [5] },
        ]) {
          const findings = detector.detect({
            resource: resourceFor(spec),
            series: { spec, periodSeconds: 300, ...s },
            related: () => undefined,
            thresholds: defaultThresholds(detector),
            now: NOW,
          });
          assertReadable(findings);
        }
      }
    }
  });

  it('the series detector scores every point in [0, 1], never throws and is deterministic', () => {
    fc.assert(
      fc.property(
        series,
        fc.record({
          warmupPoints: fc.integer({ min: 0, max: 50 }),
          historyPoints: fc.integer({ min: 1, max: 300 }),
          shiftPoints: fc.integer({ min: 1, max: 24 }),
          longShiftPoints: fc.integer({ min: 0, max: 60 }),
          seasonalDays: fc.integer({ min: 0, max: 3 }),
        }),
        (s, options) => {
          const points = s.timestamps.map((timestamp, i) => ({ timestamp, value: s.values[i]! }));
          const scored = detectSeriesAnomalies(points, options);
          expect(scored).toHaveLength(points.length);
          scored.forEach((p, i) => {
            expect(p.timestamp).toBe(points[i]!.timestamp);
            expect(Object.is(p.value, points[i]!.value)).toBe(true);
            if (!(p.score >= 0 && p.score <= 1)) throw new Error(`score ${p.score} at ${i}`);
            if (!Number.isFinite(p.value) && p.isAnomaly && p.score !== 0) throw new Error(`non-finite value ${p.value} scored ${p.score}`);
          });
          expect(detectSeriesAnomalies(points, options)).toEqual(scored);
        },
      ),
      { seed: 4242, numRuns: 100 },
    );
  });
});
