import { integer } from '../../config/schema.js';
import type { Severity } from '../../report/model.js';
import { countSeries, findingResource, hoursText, owner, signatureLogs, summedBins } from '../log-evidence.js';
import type { LogDetector, LogFindingDraft, SignatureCounts } from '../types.js';

const CATEGORY: Readonly<Record<string, { severity: Severity; what: string; next: string }>> = {
  corruption: {
    severity: 'critical',
    what: 'data corruption errors',
    next: 'Stop and read the database log now; restore from a snapshot may be needed. Open an AWS support case.',
  },
  connection: {
    severity: 'high',
    what: 'connection errors',
    next: 'Compare connections with max_connections (DatabaseConnections metric); look for a pool leak or a client surge; consider RDS Proxy.',
  },
  resource: { severity: 'high', what: 'resource exhaustion errors', next: 'Check FreeableMemory, FreeStorageSpace and temp file usage at the times above.' },
  auth: { severity: 'medium', what: 'authentication failures', next: 'A client is using a wrong or rotated password: find it by the user and host in the example.' },
  fatal: { severity: 'medium', what: 'fatal errors', next: 'Read the example and the log around it.' },
};

/** FATAL/PANIC lines and connection, resource, corruption and authentication errors in RDS logs. */
export const rdsLogErrors: LogDetector = {
  id: 'rds_log_errors',
  cause: 'errors',
  title: 'Database errors in RDS logs',
  description: 'PostgreSQL or MySQL logged fatal errors, refused connections, ran out of a resource, or reported corruption in the recent window.',
  kinds: ['rds-postgresql', 'rds-mysql'],
  thresholds: {
    min_count: { spec: integer(1, 1_000_000), default: 1, description: 'Occurrences needed in the recent window.' },
  },
  detect(input) {
    const { digest, thresholds, view } = input;
    const { baselineHours, recentHours } = view;
    const byCategory = new Map<string, SignatureCounts[]>();
    for (const c of view.signatures) {
      const s = c.signature;
      const category = s.category && CATEGORY[s.category] ? s.category : s.level === 'fatal' ? 'fatal' : undefined;
      if (!category || c.recent === 0) continue;
      const list = byCategory.get(category);
      if (list) list.push(c);
      else byCategory.set(category, [c]);
    }
    const findings: LogFindingDraft[] = [];
    for (const [category, counts] of byCategory) {
      const recent = counts.reduce((n, c) => n + c.recent, 0);
      const baseline = counts.reduce((n, c) => n + c.baseline, 0);
      if (recent < thresholds.min_count!) continue;
      const meta = CATEGORY[category]!;
      counts.sort((a, b) => b.recent - a.recent);
      const top = counts[0]!;
      const signatures = counts.map((c) => c.signature);
      const first = Math.min(...signatures.map((s) => s.firstSeen));
      findings.push({
        key: category,
        severity: top.signature.level === 'fatal' && /PANIC/.test(top.signature.example) ? 'critical' : meta.severity,
        resource: findingResource(input),
        title: `${owner(input)}: ${recent} ${meta.what} in ${hoursText(recentHours)}${baseline === 0 ? ' (none before)' : ''}`,
        evidence: [
          { label: 'top', value: top.signature.title },
          { label: `${hoursText(baselineHours)} before`, value: `${baseline}` },
          ...(signatures.length > 1
            ? [
                {
                  label: 'also',
                  value: signatures
                    .slice(1, 4)
                    .map((s) => s.title)
                    .join('; '),
                },
              ]
            : []),
        ],
        since: new Date(baseline === 0 ? first : Math.min(...signatures.map((s) => s.lastSeen))).toISOString(),
        nextStep: meta.next,
        series: countSeries(digest, summedBins(signatures), meta.what),
        logs: { ...signatureLogs(input, top), recent, baseline },
      });
    }
    return findings;
  },
};
