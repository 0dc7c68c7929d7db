// type = webhook: the JSON report's findings POSTed as JSON to any URL, signed when a secret is set.
//
// Body: { "tool", "generatedAt", "status", "accounts", "regions", "notification", "on", "baseline",
// "findings": [...], "resolved": [...] }, each finding as in the JSON report (with `change` and
// `firstSeen` when the run had a baseline). Signature, when secret_env is set:
// `X-Aws-Monitor-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`, the scheme
// GitHub uses for its own webhooks (X-Hub-Signature-256), so the same verifiers work; compare it in
// constant time. The body holds `generatedAt`, so a receiver can refuse replays of old deliveries.

import { createHmac } from 'node:crypto';
import type { NotifierType } from './notifier.js';

export const SIGNATURE_HEADER = 'X-Aws-Monitor-Signature';

/** `sha256=<hex>` of the body, as the signature header carries it. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export const WEBHOOK: NotifierType = {
  type: 'webhook',
  destinationIs: 'url',
  requests(selection, { report, target, destination, signingSecret, runUrl, version }) {
    const body = JSON.stringify({
      tool: report.tool,
      generatedAt: report.generatedAt,
      status: report.status,
      accounts: report.accounts,
      regions: report.regions,
      notification: target.name,
      on: target.on,
      minSeverity: target.minSeverity,
      baseline: selection.baseline,
      ...(runUrl ? { runUrl } : {}),
      findings: selection.findings,
      resolved: selection.resolved,
    });
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': `aws-monitor/${version}`,
      'X-Aws-Monitor-Event': 'findings',
    };
    if (signingSecret) headers[SIGNATURE_HEADER] = signBody(body, signingSecret);
    return [{ url: destination, headers, body }];
  },
};
