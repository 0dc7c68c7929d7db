import { integer } from '../../config/schema.js';
import { countSeries, findingResource, hoursText, owner, signatureLogs, summedBins } from '../log-evidence.js';
import type { LogDetector } from '../types.js';

/** DMS task log lines at severity E (errors), by component: what broke in a migration, from DMS itself. */
export const dmsTaskLogErrors: LogDetector = {
  id: 'dms_task_log_errors',
  cause: 'errors',
  title: 'DMS task logged errors',
  description: 'A DMS task logged errors (]E: lines) in the recent window; the finding names the components and messages.',
  kinds: ['dms'],
  thresholds: {
    min_count: { spec: integer(1, 1_000_000), default: 1, description: 'Error lines needed in the recent window.' },
  },
  detect(input) {
    const { digest, thresholds, view } = input;
    const { baselineHours, recentHours } = view;
    const counts = view.signatures.filter((c) => (c.signature.level === 'error' || c.signature.level === 'fatal') && c.recent > 0).sort((a, b) => b.recent - a.recent);
    const recent = counts.reduce((n, c) => n + c.recent, 0);
    if (counts.length === 0 || recent < thresholds.min_count!) return [];
    const baseline = counts.reduce((n, c) => n + c.baseline, 0);
    const errors = counts.map((c) => c.signature);
    const components = [...new Set(errors.map((s) => s.category).filter(Boolean))];
    const top = errors[0]!;
    return [
      {
        key: 'errors',
        severity: 'high',
        resource: findingResource(input),
        title: `${owner(input)}: ${recent} DMS error line${recent > 1 ? 's' : ''} in ${hoursText(recentHours)}${components.length > 0 ? ` (${components.join(', ')})` : ''}`,
        evidence: [
          { label: 'top', value: top.title },
          { label: `${hoursText(baselineHours)} before`, value: `${baseline}` },
          ...(errors.length > 1
            ? [
                {
                  label: 'also',
                  value: errors
                    .slice(1, 4)
                    .map((s) => s.title)
                    .join('; '),
                },
              ]
            : []),
        ],
        since: new Date(Math.min(...errors.map((s) => s.firstSeen))).toISOString(),
        nextStep:
          'TARGET_* errors: check the target endpoint (permissions, constraints, space). SOURCE_*: the source endpoint and its log retention. Then reload the failed tables.',
        series: countSeries(digest, summedBins(errors), 'DMS error lines'),
        logs: { ...signatureLogs(input, counts[0]!), recent, baseline },
      },
    ];
  },
};
