import { integer, number } from '../../config/schema.js';
import { binTime, countSeries, findingResource, hoursText, isRising, owner, perHour, runStart, signatureLogs, split } from '../log-evidence.js';
import type { LogDetector, LogFindingDraft } from '../types.js';

/**
 * More of a service's log lines are errors than before: judged as a share of all its lines, so a
 * traffic surge with a steady error share is not a spike. The finding names the signatures that
 * rose. Without a service-wide rise, a single existing signature that jumps is reported on its own.
 */
export const logErrorRateSpike: LogDetector = {
  id: 'log_error_rate_spike',
  cause: 'errors',
  title: 'Error rate in logs spiked',
  description: "The share of a service's log lines that are errors rose well above its own baseline, or one known error signature jumped.",
  kinds: ['application'],
  thresholds: {
    factor: { spec: number(1, 1000), default: 3, description: 'Report when the recent error share is this many times the baseline share.' },
    min_errors: { spec: integer(1, 1_000_000), default: 20, description: 'Error lines needed in the recent window.' },
    min_error_percent: { spec: number(0, 100), default: 1, description: 'Recent error share (percent of all lines) needed.' },
    signature_factor: { spec: number(1, 1000), default: 5, description: 'A signature rose when its recent rate is this many times its baseline rate.' },
    min_signature_count: { spec: integer(1, 1_000_000), default: 10, description: 'Occurrences a rising signature needs in the recent window.' },
  },
  detect(input) {
    const { digest, recentFromBin, thresholds, view } = input;
    const { baselineHours, recentHours } = view;
    const total = digest.counts.total;
    const errors = digest.counts.errors;
    if (!total || !errors || baselineHours <= 0 || recentHours <= 0) return [];
    const t = split(total, digest, recentFromBin);
    const e = split(errors, digest, recentFromBin);
    if (t.baseline === 0 || t.recent === 0) return [];
    const recentShare = e.recent / t.recent;
    const baselineShare = e.baseline / t.baseline;
    const rising = view.signatures
      .filter((c) => isRising(c, view, thresholds.signature_factor!, thresholds.min_signature_count!))
      // Most frequent first; an exception before a plain line on a tie (it says more).
      .sort((a, b) => b.recent - a.recent || (a.signature.kind === 'trace' ? -1 : 0) - (b.signature.kind === 'trace' ? -1 : 0));
    const risingText = (limit: number): string =>
      rising
        .slice(0, limit)
        .map((c) => `${c.signature.title}: ${c.recent} in ${hoursText(recentHours)} (${c.baseline === 0 ? 'new' : `before ${perHour(c.baseline, baselineHours)}`})`)
        .join('; ');

    const spiked =
      e.recent >= thresholds.min_errors! && recentShare * 100 >= thresholds.min_error_percent! && recentShare >= thresholds.factor! * Math.max(baselineShare, 1 / t.baseline);
    if (spiked) {
      const share = (i: number): number => (total[i]! > 0 ? errors[i]! / total[i]! : 0);
      const start = runStart(errors, recentFromBin, (_, i) => share(i) >= thresholds.factor! * baselineShare && errors[i]! > 0);
      const top = rising[0] ?? view.signatures.find((c) => c.recent > 0);
      const draft: LogFindingDraft = {
        key: 'rate',
        severity: recentShare >= 0.1 ? 'high' : 'medium',
        resource: findingResource(input),
        title: `${owner(input)}: ${pct(recentShare)} of log lines are errors, up from ${pct(baselineShare)}`,
        evidence: [
          { label: `last ${hoursText(recentHours)}`, value: `${e.recent} error lines of ${t.recent} (${pct(recentShare)})` },
          { label: `${hoursText(baselineHours)} before`, value: `${e.baseline} error lines of ${t.baseline} (${pct(baselineShare)})` },
          ...(rising.length > 0 ? [{ label: 'rising', value: risingText(3) }] : []),
        ],
        since: binTime(digest, start),
        nextStep: `Read ${digest.source.logGroup} from ${binTime(digest, start).slice(0, 16)}Z${top ? `, starting with "${top.signature.title}"` : ''}; check what was deployed or changed then.`,
        series: countSeries(digest, errors, 'error lines'),
        ...(top ? { logs: { ...signatureLogs(input, top), recent: e.recent, baseline: e.baseline } } : {}),
      };
      return [draft];
    }
    // No service-wide rise: a known signature that jumped still deserves a line (new ones are log_new_signature's).
    return rising
      .filter((c) => c.baseline > 0)
      .slice(0, 3)
      .map((c): LogFindingDraft => {
        const s = c.signature;
        const factor = c.recent / recentHours / (c.baseline / baselineHours);
        return {
          key: `signature:${s.key}`,
          severity: 'medium',
          resource: findingResource(input),
          title: `${owner(input)}: "${s.title}" is ${Math.round(factor)}x as frequent as before`,
          evidence: [
            { label: `last ${hoursText(recentHours)}`, value: `${c.recent} (${perHour(c.recent, recentHours)})` },
            { label: `${hoursText(baselineHours)} before`, value: `${c.baseline} (${perHour(c.baseline, baselineHours)})` },
          ],
          since: binTime(
            digest,
            runStart(s.bins, recentFromBin, (v) => v > 0),
          ),
          nextStep: `Read the example below and ${digest.source.logGroup} around the first recent occurrence.`,
          series: countSeries(digest, s.bins, 'occurrences'),
          logs: signatureLogs(input, c),
        };
      });
  },
};

function pct(share: number): string {
  const p = share * 100;
  return `${p >= 10 ? Math.round(p) : p >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}
