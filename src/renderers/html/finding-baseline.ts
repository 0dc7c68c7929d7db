// The usual level a finding's chart is read against. Log findings carry their own baseline (lines
// per hour before the recent window); metric findings carry none in the model, so the band is the
// middle 80 % of the series' own values before the finding started, labelled as exactly that.

import { interpolatedQuantile } from '../../analysis/statistics/order-statistics.js';
import { formatValue } from '../../report/metric-units.js';
import type { Finding } from '../../report/model.js';
import type { ChartMarks } from './series-chart.js';

/** Fewer points than this before the start make no band: a range of three values says nothing. */
export const MIN_POINTS_BEFORE = 6;

export function findingBaseline(finding: Finding): ChartMarks['baseline'] | undefined {
  const series = finding.series;
  if (!series) return undefined;
  const logs = finding.logs;
  if (logs && series.namespace === 'CloudWatch Logs') {
    if (!(logs.baselineHours > 0)) return undefined;
    const perPeriod = (logs.baseline / logs.baselineHours) * (series.periodSeconds / 3600);
    const minutes = series.periodSeconds / 60;
    return {
      low: perPeriod,
      high: perPeriod,
      label: `usual rate before: ${formatValue(perPeriod, 'count')} per ${minutes} min (${logs.baseline} in ${Math.round(logs.baselineHours * 10) / 10} h)`,
    };
  }
  if (!finding.since) return undefined;
  const startIndex = Math.floor((Date.parse(finding.since) - Date.parse(series.start)) / (series.periodSeconds * 1000));
  if (!Number.isFinite(startIndex) || startIndex < MIN_POINTS_BEFORE) return undefined;
  const before = series.values
    .slice(0, startIndex)
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (before.length < MIN_POINTS_BEFORE) return undefined;
  const low = interpolatedQuantile(before, 0.1);
  const high = interpolatedQuantile(before, 0.9);
  return { low, high, label: `usual range before the start (10th to 90th percentile): ${formatValue(low, series.unit)} to ${formatValue(high, series.unit)}` };
}
