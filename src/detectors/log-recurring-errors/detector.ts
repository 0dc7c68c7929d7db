import { integer, number } from '../../config/schema.js';
import { findingResource, hoursText, isRising, owner, perHour } from '../log-evidence.js';
import type { LogDetector } from '../types.js';

/**
 * Errors that were there before and are there now at about the same rate: known background noise,
 * listed quietly (info) so a reader knows they exist without mistaking them for what just broke.
 */
export const logRecurringErrors: LogDetector = {
  id: 'log_recurring_errors',
  cause: null,
  title: 'Recurring errors (steady)',
  description: 'Error signatures present in both the baseline and the recent window at a steady rate; reported as info, never as an anomaly.',
  kinds: ['application'],
  thresholds: {
    max_listed: { spec: integer(1, 50), default: 5, description: 'Signatures listed in the one finding per source.' },
    signature_factor: {
      spec: number(1, 1000),
      default: 5,
      description: 'A signature at this many times its baseline rate is rising, not steady (keep equal to log_error_rate_spike).',
    },
  },
  detect(input) {
    const { digest, thresholds, view } = input;
    const { baselineHours, recentHours } = view;
    const steady = view.signatures
      .filter((c) => c.baseline > 0 && c.recent > 0 && !isRising(c, view, thresholds.signature_factor!, 1))
      .map((c) => ({ s: c.signature, c }))
      .sort((a, b) => b.c.recent + b.c.baseline - (a.c.recent + a.c.baseline));
    if (steady.length === 0) return [];
    return [
      {
        key: 'recurring',
        severity: 'info',
        resource: findingResource(input),
        title: `${owner(input)}: ${steady.length} recurring error signature${steady.length > 1 ? 's' : ''} at a steady rate`,
        evidence: steady.slice(0, thresholds.max_listed!).map(({ s, c }) => ({
          label: `${perHour(c.recent, recentHours)} now, ${perHour(c.baseline, baselineHours)} before`,
          value: s.title,
        })),
        nextStep: `Known noise in ${digest.source.logGroup} over ${hoursText(baselineHours + recentHours)}: fix or silence it so new problems stand out.`,
      },
    ];
  },
};
