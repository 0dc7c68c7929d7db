import { integer, number } from '../../config/schema.js';
import { binTime, countSeries, findingResource, hoursText, owner, runStart, split, topCounts } from '../log-evidence.js';
import type { LogDetector, LogFindingDraft } from '../types.js';

/**
 * HTTP 5xx (and, at a higher bar, 4xx) responses in request logs, as a share of all requests the
 * logs record: ALB access logs shipped to CloudWatch, or an application's own access lines.
 */
export const logHttpErrors: LogDetector = {
  id: 'log_http_errors',
  cause: 'errors',
  title: 'HTTP errors in request logs',
  description: 'The share of logged requests answered 5xx (or 4xx) rose above its baseline.',
  kinds: ['application', 'alb-access'],
  thresholds: {
    factor: { spec: number(1, 1000), default: 3, description: 'Recent error share must be this many times the baseline share.' },
    min_count: { spec: integer(1, 1_000_000), default: 20, description: 'Error responses needed in the recent window.' },
    min_5xx_percent: { spec: number(0, 100), default: 2, description: 'Recent 5xx share (percent of requests) needed.' },
    min_4xx_percent: { spec: number(0, 100), default: 25, description: 'Recent 4xx share needed (4xx are often clients, so the bar is high).' },
  },
  detect(input) {
    const { digest, recentFromBin, thresholds } = input;
    const requests = digest.counts.http_requests;
    if (!requests) return [];
    const { baselineHours, recentHours } = input.view;
    const r = split(requests, digest, recentFromBin);
    if (r.recent === 0) return [];
    const findings: LogFindingDraft[] = [];
    for (const [cls, counter, minPercent] of [
      ['5xx', 'http_5xx', thresholds.min_5xx_percent!],
      ['4xx', 'http_4xx', thresholds.min_4xx_percent!],
    ] as const) {
      const bins = digest.counts[counter];
      if (!bins) continue;
      const c = split(bins, digest, recentFromBin);
      const recentShare = c.recent / r.recent;
      const baselineShare = r.baseline > 0 ? c.baseline / r.baseline : 0;
      if (c.recent < thresholds.min_count! || recentShare * 100 < minPercent) continue;
      if (r.baseline > 0 && recentShare < thresholds.factor! * Math.max(baselineShare, 1 / r.baseline)) continue;
      const start = runStart(bins, recentFromBin, (v, i) => requests[i]! > 0 && v / requests[i]! >= thresholds.factor! * baselineShare && v > 0);
      const sinceMs = Date.parse(binTime(digest, start));
      const recentErrors = digest.httpErrors.filter((e) => e.timestamp >= sinceMs && String(e.status)[0] === cls[0]);
      findings.push({
        key: cls,
        severity: cls === '5xx' ? (recentShare >= 0.1 ? 'high' : 'medium') : 'low',
        resource: findingResource(input),
        title: `${owner(input)}: ${(recentShare * 100).toFixed(1)}% of requests answered ${cls}, up from ${(baselineShare * 100).toFixed(1)}%`,
        evidence: [
          { label: `last ${hoursText(recentHours)}`, value: `${c.recent} ${cls} of ${r.recent} requests` },
          { label: `${hoursText(baselineHours)} before`, value: r.baseline > 0 ? `${c.baseline} ${cls} of ${r.baseline} requests` : 'no requests logged' },
          ...(recentErrors.length > 0
            ? [
                {
                  label: 'top',
                  value: topCounts(
                    recentErrors.map((e) => `${e.status} ${e.method ?? ''} ${e.path ?? '?'}`.replace(/\s+/g, ' ')),
                    3,
                  ),
                },
              ]
            : []),
        ],
        since: binTime(digest, start),
        nextStep:
          cls === '5xx'
            ? `Find the failing path above in ${digest.source.logGroup} and the application logs of its target.`
            : 'Check whether a client, a deploy or a WAF/auth change turned requests away.',
        series: countSeries(digest, bins, `HTTP ${cls}`),
        logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
      });
    }
    return findings;
  },
};
