// Sends a built report's notifications: for each `[notify:NAME]` section, the findings at or above
// its min_severity that it wants (new and resolved ones, or all of them), in the service's format.
// A notification that cannot be sent is a coverage gap of the report, never an exception, and no
// message ever holds the destination (a webhook URL is its own secret) or the signing secret.

import type { NotifyConfig } from '../config/schema.js';
import { isAtLeast, type CoverageGap, type Report } from '../report/model.js';
import { DEFAULT_DELIVERY, deliver, scrub, type DeliveryOptions } from './http-delivery.js';
import type { NotifyContext, Selection } from './notifier.js';
import { changesFromReport } from './notify-input.js';
import { NOTIFIERS } from './registry.js';

export interface NotifyDeps {
  env: Record<string, string | undefined>;
  version: string;
  /** A link to the workflow run, put in the messages when known. */
  runUrl?: string;
  /** Retry and timeout settings (tests shorten them). */
  delivery?: Partial<Omit<DeliveryOptions, 'secrets'>>;
}

export interface NotificationSent {
  name: string;
  type: string;
  findings: number;
  resolved: number;
  requests: number;
}

export interface DispatchResult {
  sent: NotificationSent[];
  /** Sections that had nothing to send (on = changes and nothing changed). */
  quiet: string[];
  /** Add these to the report's coverage. */
  gaps: CoverageGap[];
}

/** Requests one section may send in a run: PagerDuty takes one per finding, and the rest wait for the next run's resend. */
export const MAX_REQUESTS_PER_NOTIFICATION = 100;
/** All of one section's requests, retries included, stop after this long. */
export const NOTIFICATION_BUDGET_MS = 60_000;

/** The values of every variable the sections name: mask them (core.setSecret) before anything is sent. */
export function notificationSecrets(targets: readonly NotifyConfig[], env: Record<string, string | undefined>): string[] {
  return targets.flatMap((t) => [env[t.urlEnv], t.secretEnv ? env[t.secretEnv] : undefined]).filter((v): v is string => Boolean(v?.trim()));
}

/** The findings one section sends, or undefined when it has nothing to say this run. */
export function selectFor(report: Report, target: NotifyConfig): Selection | undefined {
  const changes = changesFromReport(report);
  const atLeast = <T extends { severity: Report['findings'][number]['severity'] }>(list: T[]) => list.filter((f) => isAtLeast(f.severity, target.minSeverity));
  const selection: Selection = {
    findings: atLeast(target.on === 'always' ? report.findings : changes.new),
    resolved: atLeast(changes.resolved),
    baseline: changes.baseline,
  };
  if (target.on === 'changes' && selection.findings.length === 0 && selection.resolved.length === 0) return undefined;
  return selection;
}

export async function dispatchNotifications(report: Report, targets: readonly NotifyConfig[], deps: NotifyDeps): Promise<DispatchResult> {
  const result: DispatchResult = { sent: [], quiet: [], gaps: [] };
  if (targets.length === 0) return result;
  const secrets = notificationSecrets(targets, deps.env);
  const delivery: DeliveryOptions = { ...DEFAULT_DELIVERY, ...deps.delivery, secrets };
  const gap = (target: NotifyConfig, scope: string, reason: string): CoverageGap => ({
    service: 'notify',
    operation: `${target.type} [notify:${target.name}]`,
    scope: scrub(scope, secrets),
    reason: scrub(reason, secrets),
  });

  const changeTargets = targets.filter((t) => t.on === 'changes');
  if (changeTargets.length > 0 && !changesFromReport(report).baseline) {
    result.gaps.push({
      service: 'notify',
      operation: 'compare with baseline',
      scope: `what changed since the last run, for ${changeTargets.map((t) => `[notify:${t.name}]`).join(', ')}`,
      reason: "no baseline report (the previous run's JSON report, --baseline): every finding was sent as new",
    });
  }

  await Promise.all(
    targets.map(async (target) => {
      const selection = selectFor(report, target);
      if (!selection) {
        result.quiet.push(target.name);
        return;
      }
      const what = describe(selection);
      const notifier = NOTIFIERS[target.type];
      const destination = deps.env[target.urlEnv]?.trim();
      if (!destination) {
        result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.urlEnv} (url_env) is not set or empty`));
        return;
      }
      const problem = notifier.destinationIs === 'url' ? urlProblem(destination) : undefined;
      if (problem) {
        result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.urlEnv} (url_env) ${problem}`));
        return;
      }
      const endpointProblem = target.eventsUrl ? urlProblem(target.eventsUrl) : undefined;
      if (endpointProblem) {
        result.gaps.push(gap(target, `${what} not sent`, `events_url ${endpointProblem.replace(/^does not hold/, 'is not').replace(/^holds/, 'is')}`));
        return;
      }
      const signingSecret = target.secretEnv ? deps.env[target.secretEnv] : undefined;
      if (target.secretEnv && !signingSecret) {
        // Sent unsigned, a receiver that checks signatures would drop it: better not sent, and said.
        result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.secretEnv} (secret_env) is not set or empty`));
        return;
      }
      const context: NotifyContext = {
        report,
        target,
        destination,
        version: deps.version,
        ...(signingSecret ? { signingSecret } : {}),
        ...(deps.runUrl ? { runUrl: deps.runUrl } : {}),
      };
      const requests = notifier.requests(selection, context);
      const started = delivery.now();
      let sent = 0;
      const failures: string[] = [];
      for (const [index, request] of requests.entries()) {
        if (index >= MAX_REQUESTS_PER_NOTIFICATION) {
          failures.push(`${requests.length - index} more not sent: at most ${MAX_REQUESTS_PER_NOTIFICATION} requests per notification and run`);
          break;
        }
        const remaining = NOTIFICATION_BUDGET_MS - (delivery.now() - started);
        if (remaining <= 0) {
          failures.push(`${requests.length - index} more not sent: the notification took over ${NOTIFICATION_BUDGET_MS / 1000} s`);
          break;
        }
        const outcome = await deliver(request, { ...delivery, maxTotalMs: Math.min(delivery.maxTotalMs, remaining) });
        if (outcome.ok) sent += 1;
        else failures.push(outcome.reason ?? 'failed');
      }
      if (sent > 0) result.sent.push({ name: target.name, type: target.type, findings: selection.findings.length, resolved: selection.resolved.length, requests: sent });
      if (failures.length > 0) {
        const failed = requests.length - sent;
        const scope = requests.length === 1 ? `${what} not delivered` : `${failed} of ${requests.length} requests (${what}) not delivered`;
        result.gaps.push(gap(target, scope, summarise(failures)));
      }
    }),
  );
  return result;
}

function describe(selection: Selection): string {
  const parts = [`${selection.findings.length} finding${selection.findings.length === 1 ? '' : 's'}`];
  if (selection.resolved.length > 0) parts.push(`${selection.resolved.length} resolved`);
  return parts.join(' and ');
}

/** The distinct reasons, most frequent first, each with its count when it repeats. */
function summarise(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([reason, n]) => (n > 1 ? `${reason} (x${n})` : reason))
    .join('; ');
}

/** Why a destination URL cannot be used, in words that never repeat it; undefined when it can. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'does not hold a URL';
  }
  if (url.protocol === 'https:') return undefined;
  // Plain HTTP would send the findings (and a URL that is a credential) in clear: only to this machine.
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return undefined;
  return url.protocol === 'http:' ? 'holds an http:// URL; only https:// is sent to (http only to localhost)' : 'does not hold an https:// URL';
}

/**
 * What both adapters call once the report is built: sends the configured notifications, adds any
 * failure to the report's coverage, and returns what to log: one line per section, problems apart.
 */
export async function notifyAfterReport(report: Report, targets: readonly NotifyConfig[] | undefined, deps: NotifyDeps): Promise<{ info: string[]; warnings: string[] }> {
  if (!targets || targets.length === 0) return { info: [], warnings: [] };
  const result = await dispatchNotifications(report, targets, deps);
  report.coverage.push(...result.gaps);
  return {
    info: [
      ...result.sent.map(
        (s) => `notification [notify:${s.name}] (${s.type}): sent ${s.findings} finding${s.findings === 1 ? '' : 's'}${s.resolved ? ` and ${s.resolved} resolved` : ''}`,
      ),
      ...result.quiet.map((name) => `notification [notify:${name}]: nothing new or resolved, nothing sent`),
    ],
    warnings: result.gaps.map((g) => `notification ${g.operation}: ${g.scope}: ${g.reason}`),
  };
}
