import { integer, number } from '../../config/schema.js';
import { binTime, countSeries, findingResource, hoursText, owner, perHour, runStart, split, topCounts } from '../log-evidence.js';
import type { LogDetector } from '../types.js';

/**
 * A surge of requests blocked by a web ACL: an attack being stopped, or a rule that started
 * turning away real users. The rules, sources and paths behind it tell which.
 */
export const wafBlockSpike: LogDetector = {
  id: 'waf_block_spike',
  cause: 'security',
  title: 'WAF block surge',
  description: 'A web ACL blocked requests at many times its usual rate; the finding names the rules, client IPs and paths.',
  kinds: ['waf'],
  thresholds: {
    factor: { spec: number(1, 10_000), default: 5, description: 'Recent block rate must be this many times the baseline rate.' },
    min_blocks: { spec: integer(1, 10_000_000), default: 100, description: 'Blocked requests needed in the recent window.' },
  },
  detect(input) {
    const { digest, recentFromBin, thresholds } = input;
    const blocks = digest.counts.waf_block;
    if (!blocks) return [];
    const { baselineHours, recentHours } = input.view;
    const c = split(blocks, digest, recentFromBin);
    if (c.recent < thresholds.min_blocks! || recentHours <= 0) return [];
    const baselineRate = baselineHours > 0 ? Math.max(c.baseline, 1) / baselineHours : 0;
    const recentRate = c.recent / recentHours;
    if (baselineHours > 0 && recentRate < thresholds.factor! * baselineRate) return [];
    const perBin = baselineRate * (digest.binSeconds / 3600);
    const start = runStart(blocks, recentFromBin, (v) => v >= thresholds.factor! * perBin && v > 0);
    const sinceMs = Date.parse(binTime(digest, start));
    const recent = digest.wafBlocks.filter((b) => b.timestamp >= sinceMs);
    return [
      {
        key: 'blocks',
        severity: 'medium',
        resource: findingResource(input),
        title: `${owner(input)}: ${c.recent} requests blocked in ${hoursText(recentHours)}, ${baselineRate > 0 ? `${Math.round(recentRate / baselineRate)}x the usual rate` : 'none before'}`,
        evidence: [
          { label: `last ${hoursText(recentHours)}`, value: `${c.recent} blocked (${perHour(c.recent, recentHours)})` },
          { label: `${hoursText(baselineHours)} before`, value: `${c.baseline} blocked (${perHour(c.baseline, baselineHours)})` },
          ...(recent.length > 0
            ? [
                {
                  label: 'rules',
                  value: topCounts(
                    recent.map((b) => b.rule),
                    3,
                  ),
                },
                {
                  label: 'sources',
                  value: topCounts(
                    recent.map((b) => `${b.clientIp ?? '?'}${b.country ? ` (${b.country})` : ''}`),
                    3,
                  ),
                },
                {
                  label: 'paths',
                  value: topCounts(
                    recent.map((b) => b.uri ?? '?'),
                    3,
                  ),
                },
              ]
            : []),
          ...(digest.sampled ? [{ label: 'note', value: 'rules, sources and paths are from a sample of the blocked requests' }] : []),
        ],
        since: binTime(digest, start),
        nextStep: 'Few sources and one rule: likely an attack the ACL is stopping. Many sources on normal paths: a rule may be blocking real users (check recent rule changes).',
        series: countSeries(digest, blocks, 'blocked requests'),
        logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
      },
    ];
  },
};
