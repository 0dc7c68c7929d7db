// The scan's level-shift detectors on real labelled series, as a scan would call them: a
// 24-hour window with the default 3 days of history before it, every 6 hours along each of the 50
// series of ../shared/bench/nab and nab-more, each series read as if it were the detector's metric.
// A scan whose window is more than a day from every labelled window is "quiet": a finding there is
// a false alarm or an oddity nobody labelled. Counts, not F1: the detectors report what lasts to
// now, which the window labels do not describe. Defaults only; nothing here is tuned. Only the
// detectors whose floors are relative (a rise or fall against the series' own level) read any
// series; the error and traffic detectors' floors are counts (5 errors, 10 requests a minute)
// that a CPU or tweet series does not mean.
// Run: npx tsx bench/scan-detectors.ts   (NAB_DIR, NAB_MORE_DIR override the folders)

import { metricCapacityExhaustion } from '../src/detectors/metric-capacity-exhaustion/detector.js';
import { metricLatencyDegradation } from '../src/detectors/metric-latency-degradation/detector.js';
import { metricLoadSurge } from '../src/detectors/metric-load-surge/detector.js';
import type { Resource } from '../src/report/model.js';
import { METRIC_CATALOG } from '../src/telemetry/metrics/metric-catalog.js';
import { loadCorpus, NAB_DIR, NAB_MORE_DIR } from './series-corpus.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOW = DAY;
const HISTORY = 3 * DAY;
const EVERY = 6 * HOUR;

// Each detector with its default thresholds and the catalog row its series is read as.
const CASES = [
  { detector: metricLatencyDegradation, metric: 'rds_read_latency' },
  { detector: metricLoadSurge, metric: 'rds_connections' },
  { detector: metricCapacityExhaustion, metric: 'rds_freeable_memory' },
].map(({ detector, metric }) => ({
  detector,
  metric,
  spec: METRIC_CATALOG.find((m) => m.id === metric)!,
  thresholds: Object.fromEntries(Object.entries(detector.thresholds).map(([k, t]) => [k, t.default])),
}));

const resource: Resource = { type: 'rds:instance', id: 'series', name: 'series', region: 'us-east-2', tags: {}, attributes: {} };

function main(): void {
  const corpus = [...loadCorpus(NAB_DIR), ...loadCorpus(NAB_MORE_DIR)].filter((s) => s.points.every((p) => p.value >= 0));
  if (corpus.length === 0) {
    console.log(`NAB data not found at ${NAB_DIR} or ${NAB_MORE_DIR}: skipping (set NAB_DIR and NAB_MORE_DIR).`);
    return;
  }
  const tally = CASES.map(() => ({ quiet: 0, quietFound: 0, labelled: 0, labelledFound: 0 }));
  for (const s of corpus) {
    const timestamps = s.points.map((p) => p.timestamp);
    const values = s.points.map((p) => p.value);
    const stepSeconds = Math.max(60, Math.round((timestamps[1]! - timestamps[0]!) / 1000));
    const windows = s.windows.map(([a, b]) => [timestamps[a]!, timestamps[b]!] as const);
    for (let end = timestamps[0]! + HISTORY + WINDOW; end <= timestamps.at(-1)!; end += EVERY) {
      const windowStart = end - WINDOW;
      const from = timestamps.findIndex((t) => t >= windowStart - HISTORY);
      let to = from;
      while (to < timestamps.length && timestamps[to]! <= end) to += 1;
      const quiet = windows.every(([a, b]) => a > end || b < windowStart - DAY);
      const labelled = windows.some(([a, b]) => a <= end && b >= windowStart);
      CASES.forEach(({ detector, spec, thresholds }, c) => {
        const series = { spec, periodSeconds: stepSeconds, timestamps: timestamps.slice(from, to), values: values.slice(from, to), windowStart, readEnd: end + stepSeconds * 1000 };
        const found = detector.detect({ resource, series, related: () => undefined, thresholds, now: new Date(end) }).length > 0;
        const t = tally[c]!;
        if (quiet) {
          t.quiet += 1;
          if (found) t.quietFound += 1;
        } else if (labelled) {
          t.labelled += 1;
          if (found) t.labelledFound += 1;
        }
      });
    }
  }
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
  console.log(`level-shift detectors on ${corpus.length} labelled series: 24 h windows every 6 h, 3 days of history\n`);
  console.log('| detector (series read as) | quiet scans with a finding | scans over a labelled window with a finding |');
  console.log('|---|---|---|');
  CASES.forEach(({ detector, metric }, c) => {
    const t = tally[c]!;
    console.log(`| ${detector.id} (${metric}) | ${pct(t.quietFound, t.quiet)} | ${pct(t.labelledFound, t.labelled)} |`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
