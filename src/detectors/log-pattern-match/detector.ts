import { globToRegExp } from '../../collectors/resource-filter.js';
import { LOG_KINDS } from '../../telemetry/logs/log-types.js';
import { binTime, countSeries, findingResource, firstBinWith, hoursText, owner, split } from '../log-evidence.js';
import type { LogDetector, LogFindingDraft } from '../types.js';
import { patternCounterId } from '../../telemetry/logs/log-counters.js';

/** The user's own patterns (`[log_pattern:NAME]` sections), each with its own severity and minimum count. */
export const logPatternMatch: LogDetector = {
  id: 'log_pattern_match',
  cause: null,
  title: 'Configured log pattern matched',
  description: 'Lines matching a [log_pattern:NAME] regex from config.ini appeared in the recent window at least min_count times.',
  kinds: LOG_KINDS,
  thresholds: {},
  detect(input) {
    const { digest, recentFromBin, patterns } = input;
    const { baselineHours, recentHours } = input.view;
    const findings: LogFindingDraft[] = [];
    for (const pattern of patterns) {
      if (pattern.logGroups.length > 0 && !pattern.logGroups.some((g) => globToRegExp(g).test(digest.source.logGroup))) continue;
      const bins = digest.counts[patternCounterId(pattern.name)];
      if (!bins) continue;
      const c = split(bins, digest, recentFromBin);
      if (c.recent < pattern.minCount) continue;
      const example = digest.examples[patternCounterId(pattern.name)];
      findings.push({
        key: `pattern:${pattern.name}`,
        severity: pattern.severity,
        resource: findingResource(input),
        title: `${owner(input)}: pattern "${pattern.name}" matched ${c.recent} time${c.recent > 1 ? 's' : ''} in ${hoursText(recentHours)}`,
        evidence: [
          { label: 'regex', value: `/${pattern.regex}/${pattern.ignoreCase ? 'i' : ''}` },
          { label: `${hoursText(baselineHours)} before`, value: `${c.baseline}` },
        ],
        since: binTime(digest, firstBinWith(bins, recentFromBin) ?? recentFromBin),
        series: countSeries(digest, bins, 'matching lines'),
        logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours, ...(example ? { example } : {}) },
      });
    }
    return findings;
  },
};
