// type = pagerduty: PagerDuty Events API v2, one event per finding: `trigger` for each finding
// sent, `resolve` for each resolved one, with the finding id as dedup_key so a resolve closes the
// alert its trigger opened and a repeated trigger joins it. Shapes:
// https://developer.pagerduty.com/docs/events-api-v2/trigger-events/ and
// https://developer.pagerduty.com/docs/events-api-v2/resolve-events/ (summary at most 1,024
// characters, dedup_key at most 255, severity critical | error | warning | info; the endpoint
// answers 202, and 429 when throttled). url_env names the variable holding the routing key.

import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../report/model.js';
import { visible } from '../report/output-safety.js';
import { clip, findingPlace } from './finding-summary.js';
import type { NotifierType } from './notifier.js';

const SEVERITY: Record<Severity, 'critical' | 'error' | 'warning' | 'info'> = { critical: 'critical', high: 'error', medium: 'warning', low: 'info', info: 'info' };

/** The finding id, or its hash when longer than PagerDuty keeps (the same for trigger and resolve). */
export function dedupKey(finding: Finding): string {
  return finding.id.length <= 255 ? finding.id : `aws-monitor:sha256:${createHash('sha256').update(finding.id).digest('hex')}`;
}

function source(finding: Finding, report: Report): string {
  const account = finding.resource.account ?? report.accounts[0] ?? 'unknown account';
  const region = finding.resource.region ?? report.regions[0] ?? 'unknown region';
  return clip(visible(finding.resource.arn ?? `${account}/${region}/${finding.resource.type}/${finding.resource.id}`), 255);
}

export const PAGERDUTY: NotifierType = {
  type: 'pagerduty',
  destinationIs: 'routing key',
  requests(selection, { report, target, destination, runUrl }) {
    const url = target.eventsUrl ?? 'https://events.pagerduty.com/v2/enqueue';
    const headers = { 'Content-Type': 'application/json' };
    const triggers = selection.findings.map((finding) => ({
      url,
      headers,
      body: JSON.stringify({
        routing_key: destination,
        event_action: 'trigger',
        dedup_key: dedupKey(finding),
        client: 'aws-monitor',
        ...(runUrl ? { client_url: runUrl, links: [{ href: runUrl, text: 'aws-monitor run' }] } : {}),
        payload: {
          summary: clip(visible(`${finding.severity}: ${finding.title} (${findingPlace(finding)})`), 1024),
          source: source(finding, report),
          severity: SEVERITY[finding.severity],
          ...(finding.since ? { timestamp: finding.since } : {}),
          component: clip(visible(finding.resource.id), 255),
          group: finding.resource.type,
          class: finding.kind,
          custom_details: {
            finding_id: finding.id,
            ...Object.fromEntries(finding.evidence.slice(0, 20).map((e) => [clip(e.label, 100), clip(e.value, 500)])),
            ...(finding.nextStep ? { next_step: clip(finding.nextStep, 500) } : {}),
          },
        },
      }),
    }));
    const resolves = selection.resolved.map((finding) => ({
      url,
      headers,
      body: JSON.stringify({ routing_key: destination, event_action: 'resolve', dedup_key: dedupKey(finding) }),
    }));
    return [...triggers, ...resolves];
  },
};
