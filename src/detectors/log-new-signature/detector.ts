import { integer, number } from '../../config/schema.js';
import { countSeries, findingResource, hoursText, owner, signatureLogs, split } from '../log-evidence.js';
import { iso } from '../metric-evidence.js';
import type { LogDetector, LogFindingDraft } from '../types.js';

/** An error signature that never appeared in the baseline: a new failure mode, often from a deploy. */
export const logNewSignature: LogDetector = {
  id: 'log_new_signature',
  cause: 'errors',
  title: 'New error signature',
  description: 'An error or exception signature appeared in the recent window that the baseline before it never had.',
  kinds: ['application'],
  thresholds: {
    min_count: { spec: integer(1, 1_000_000), default: 1, description: 'Occurrences a new signature needs in the recent window.' },
    min_baseline_hours: { spec: number(0, 2160), default: 1, description: 'Judge only when the baseline covers at least this many hours of logs.' },
    max_findings: { spec: integer(1, 100), default: 5, description: 'New signatures reported one by one per source; the rest are summed up in one finding.' },
  },
  detect(input) {
    const { digest, recentFromBin, thresholds, view } = input;
    const { baselineHours, recentHours } = view;
    if (baselineHours < thresholds.min_baseline_hours!) return [];
    // Without any lines in the baseline (a group that just started logging), everything would look new.
    if (split(digest.counts.total, digest, recentFromBin).baseline === 0) return [];
    const fresh = view.signatures
      .filter((c) => c.baseline === 0 && c.recent >= thresholds.min_count!)
      .map((c) => ({ s: c.signature, c }))
      .sort((a, b) => rank(a.s) - rank(b.s) || b.c.recent - a.c.recent);
    const listed = fresh.slice(0, thresholds.max_findings!);
    const findings = listed.map(({ s, c }): LogFindingDraft => ({
      key: `signature:${s.key}`,
      severity: s.level === 'fatal' || s.kind === 'trace' || c.recent >= 50 ? 'high' : 'medium',
      resource: findingResource(input),
      title: `${owner(input)}: new ${s.kind === 'trace' ? 'exception' : 'error'} "${s.title}" (${c.recent} in ${hoursText(recentHours)})`,
      evidence: [
        { label: 'first seen', value: iso(s.firstSeen) },
        { label: `${hoursText(baselineHours)} before`, value: 'never' },
      ],
      since: iso(s.firstSeen),
      nextStep: `A new failure mode: compare with the deploys and config changes around ${iso(s.firstSeen).slice(0, 16)}Z.`,
      series: countSeries(digest, s.bins, 'occurrences'),
      logs: signatureLogs(input, c),
    }));
    const rest = fresh.slice(listed.length);
    if (rest.length > 0) {
      findings.push({
        key: 'signature:more',
        severity: 'low',
        resource: findingResource(input),
        title: `${owner(input)}: ${rest.length} more new error signatures`,
        evidence: [
          {
            label: 'also new',
            value: rest
              .slice(0, 5)
              .map(({ s, c }) => `${s.title} (${c.recent})`)
              .join('; '),
          },
        ],
        since: iso(Math.min(...rest.map(({ s }) => s.firstSeen))),
      });
    }
    return findings;
  },
};

// Crashes and exceptions before plain error lines.
function rank(s: { level: string; kind: string }): number {
  return s.level === 'fatal' ? 0 : s.kind === 'trace' ? 1 : 2;
}
