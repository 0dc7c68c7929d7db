// The engine: runScan(deps, config) -> Report. The Action and the CLI are thin adapters over this.

import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import pLimit from 'p-limit';
import { describeAwsError, isCredentialsError } from './aws/aws-errors.js';
import type { ClientFactory } from './aws/clients.js';
import { CredentialsUnusableError } from './collectors/attempt.js';
import { COLLECTORS } from './collectors/registry.js';
import { makeResourceFilter } from './collectors/resource-filter.js';
import type { Collector, CollectorContext } from './collectors/types.js';
import type { DetectorSettings, ScanConfig } from './config/schema.js';
import { type Deadline, deadlineOf, deadlineReason, defaultDeadlineMs, startDeadline } from './deadline.js';
import { LOG_DETECTORS, METRIC_DETECTORS, RESOURCE_STATE_DETECTORS } from './detectors/registry.js';
import { digestSourceLogs } from './analysis/logs/log-digest.js';
import { keepCounter, logCounters, patternCounterId } from './telemetry/logs/log-counters.js';
import { scopeOf } from './telemetry/logs/filter-engine.js';
import { readLogs } from './telemetry/logs/log-reader.js';
import { logSourcesOf } from './telemetry/logs/log-sources.js';
import { planLogWindow } from './telemetry/logs/log-window.js';
import { windowView } from './detectors/log-evidence.js';
import type { DetectorCause, FindingDraft, LogDetector, MetricDetector, MetricSeriesInput, ResourceStateDetector } from './detectors/types.js';
import type { LogDigest } from './analysis/logs/log-digest.js';
import { fetchMetricPlan, type MetricSeries } from './telemetry/metrics/metric-fetcher.js';
import { planMetricCalls } from './telemetry/metrics/metric-planner.js';
import type { MetricRole } from './telemetry/metrics/metric-catalog.js';
import { buildReport } from './report/build-report.js';
import type { Cause, CoverageGap, Finding, LogReadSummary, Report, Resource } from './report/model.js';

export interface ScanDeps {
  clients: ClientFactory;
  now: () => Date;
  version: string;
  collectors?: readonly Collector[];
  detectors?: readonly ResourceStateDetector[];
  metricDetectors?: readonly MetricDetector[];
  logDetectors?: readonly LogDetector[];
  progress?: (message: string) => void;
  /** The `[account:NAME]` being scanned, for the report. */
  accountName?: string;
  /** One deadline for several scans (every account of a run); else each scan starts its own from the config. */
  deadline?: Deadline;
}

/** The scan's deadline: `[scan] deadline` / `--deadline`, else sized to the window (see deadline.ts). */
export function scanDeadlineMs(config: ScanConfig): number {
  return config.deadlineMs ?? defaultDeadlineMs(config.window);
}

export async function runScan(deps: ScanDeps, config: ScanConfig): Promise<Report> {
  const started = deps.now();
  const progress = deps.progress ?? (() => undefined);
  const coverage: CoverageGap[] = [];
  const limit = pLimit(config.concurrency);
  // Past the deadline every call is abandoned (the clients watch the signal), each unfinished part
  // becomes a coverage gap, and the report is built from what was gathered.
  const deadline = deps.deadline ?? startDeadline(scanDeadlineMs(config));
  deps.clients.signal = deadline.signal;
  try {
    return await scan(deps, config, { started, progress, coverage, limit, deadline });
  } finally {
    if (!deps.deadline) deadline.dispose();
  }
}

interface ScanState {
  started: Date;
  progress: (message: string) => void;
  coverage: CoverageGap[];
  limit: ReturnType<typeof pLimit>;
  deadline: Deadline;
}

async function scan(deps: ScanDeps, config: ScanConfig, { started, progress, coverage, limit, deadline }: ScanState): Promise<Report> {
  let account: string;
  try {
    account = await callerAccount(deps.clients);
  } catch (error) {
    if (!deadlineOf(error)) throw error;
    account = 'unknown';
    coverage.push({ service: 'sts', operation: 'GetCallerIdentity', iamAction: 'sts:GetCallerIdentity', scope: 'the account id', reason: deadlineReason(deadline.ms, 'the account was identified') });
  }
  progress(`account ${account}, region ${config.region}`);

  const collectors = (deps.collectors ?? COLLECTORS).filter((c) => config.services.includes(c.id));
  const context: CollectorContext = {
    config,
    clients: deps.clients,
    now: started,
    limit: (task) => limit(task),
    gap: (gap) => coverage.push(gap),
    progress,
    signal: deadline.signal,
  };
  const collected = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
  const inScope = makeResourceFilter(config.filters);
  const resources = collected.flat().filter(inScope).map((r) => ({ ...r, account }));

  const findings = detectResourceState(resources, deps.detectors ?? RESOURCE_STATE_DETECTORS, config, started);
  // Metrics and logs are independent reads: run them side by side.
  const [metricFindings, logScan] = await Promise.all([scanMetrics(context, resources, deps, started), scanLogs(context, resources, deps, started)]);
  findings.push(...metricFindings, ...(logScan?.findings ?? []));
  const finished = deps.now();
  return buildReport({
    version: deps.version,
    config,
    account,
    ...(deps.accountName ? { accountName: deps.accountName } : {}),
    resources,
    findings,
    coverage,
    apiCalls: deps.clients.counter.snapshot(),
    ...(logScan ? { logs: logScan.summary } : {}),
    generatedAt: finished,
    durationMs: finished.getTime() - started.getTime(),
  });
}

async function scanMetrics(context: CollectorContext, resources: readonly Resource[], deps: ScanDeps, now: Date): Promise<Finding[]> {
  const { config } = context;
  if (!config.metrics.enabled) return [];
  const plan = planMetricCalls(resources, config.window, now, { maxPointsPerSeries: config.metrics.maxPointsPerSeries, baselineMs: config.metrics.baselineMs ?? 0 });
  if (plan.calls.length === 0) return [];
  const queries = plan.calls.reduce((n, c) => n + c.length, 0);
  const deadline = deadlineOf(context.signal?.reason);
  if (deadline) {
    const resourceCount = new Set(plan.calls.flat().map((q) => `${q.resource.type} ${q.resource.id}`)).size;
    context.gap({ service: 'cloudwatch', operation: 'GetMetricData', iamAction: 'cloudwatch:GetMetricData', scope: `${queries} metrics of ${resourceCount} resources`, reason: deadlineReason(deadline.deadlineMs, 'the metrics were read') });
    return [];
  }
  context.progress(`CloudWatch: ${queries} metrics at ${plan.periodSeconds / 60}-min periods in ${plan.calls.length} GetMetricData calls`);
  const series = await fetchMetricPlan(context, plan);
  return detectMetrics(resources, series, deps.metricDetectors ?? METRIC_DETECTORS, config, now, { windowStart: plan.windowStart?.getTime(), readEnd: plan.end.getTime() });
}

/** Reads the logs of every discovered source once, digests each, and runs the log detectors. */
async function scanLogs(context: CollectorContext, resources: readonly Resource[], deps: ScanDeps, now: Date): Promise<{ findings: Finding[]; summary: LogReadSummary } | undefined> {
  const { config } = context;
  if (!config.logs.enabled) return undefined;
  const sources = logSourcesOf(resources, config.logs.extraLogGroups);
  if (sources.length === 0) return undefined;
  const window = planLogWindow(config.window, config.logs.recentMs);
  const deadline = deadlineOf(context.signal?.reason);
  if (deadline) {
    for (const source of sources) {
      context.gap({ service: 'logs', operation: 'DescribeLogGroups', scope: scopeOf(source), reason: deadlineReason(deadline.deadlineMs, 'the logs were read') });
    }
    return undefined;
  }
  const { result, plan } = await readLogs(
    context,
    {
      sources,
      startMs: window.startMs,
      endMs: window.endMs,
      binSeconds: window.binSeconds,
      counters: logCounters(config.logs),
      keep: keepCounter(config.logs),
      maxKeptEvents: keptEventsPerSource(config.logs, sources.length),
    },
    { engine: config.logs.engine, scanBudgetBytes: config.logs.scanBudgetBytes, filterMaxBytes: config.logs.filterMaxBytes },
  );
  const errorPatterns = config.logs.errorPatterns.map((p) => new RegExp(p));
  const examplePatterns = config.logs.patterns.map((p) => ({ id: patternCounterId(p.name), re: new RegExp(p.regex, p.ignoreCase ? 'i' : '') }));
  const digests = result.sources.map((logs) =>
    digestSourceLogs(logs, { startMs: result.startMs, binSeconds: result.binSeconds, binCount: window.binCount, errorPatterns, examplePatterns }),
  );
  return {
    findings: detectLogs(digests, resources, deps.logDetectors ?? LOG_DETECTORS, config, window.recentFromBin, now),
    summary: { engine: result.engine, sources: result.sources.length, expectedBytes: plan.expectedBytes, bytesScanned: result.bytesScanned, skipped: plan.skipped.length },
  };
}

export async function callerAccount(clients: ClientFactory): Promise<string> {
  try {
    const identity = await clients.get(STSClient).send(new GetCallerIdentityCommand({}));
    return identity.Account ?? 'unknown';
  } catch (error) {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    throw error;
  }
}

async function runCollector(collector: Collector, context: CollectorContext): Promise<Resource[]> {
  try {
    return await collector.collect(context);
  } catch (error) {
    if (error instanceof CredentialsUnusableError) throw error;
    // A bug or an unexpected response in one collector must not sink the whole report.
    const deadline = deadlineOf(error);
    const reason = deadline ? deadlineReason(deadline.deadlineMs, 'the collector finished') : `collector failed: ${describeAwsError(error)}`;
    context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason });
    return [];
  }
}

export function detectResourceState(resources: readonly Resource[], detectors: readonly ResourceStateDetector[], config: ScanConfig, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (const { detector, settings, thresholds } of enabled(detectors, config)) {
    for (const resource of resources) {
      if (!detector.resourceTypes.includes(resource.type)) continue;
      for (const draft of detector.detect({ resource, thresholds, now })) findings.push(toFinding(detector.id, settings, draft, detector.cause));
    }
  }
  return findings;
}

/** Runs every enabled metric detector over the series whose catalog role it reads. */
export function detectMetrics(resources: readonly Resource[], series: readonly MetricSeries[], detectors: readonly MetricDetector[], config: ScanConfig, now: Date, read: { windowStart?: number; readEnd?: number } = {}): Finding[] {
  const findings: Finding[] = [];
  const byResource = new Map<string, Map<string, MetricSeriesInput>>();
  for (const s of series) {
    const key = `${s.query.resource.type}:${s.query.resource.id}`;
    if (!byResource.has(key)) byResource.set(key, new Map());
    byResource.get(key)!.set(s.query.spec.id, { spec: s.query.spec, periodSeconds: s.periodSeconds, timestamps: s.timestamps, values: s.values, ...(read.windowStart !== undefined ? { windowStart: read.windowStart } : {}), ...(read.readEnd !== undefined ? { readEnd: read.readEnd } : {}) });
  }
  const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
  for (const { detector, settings, thresholds } of enabled(detectors, config)) {
    for (const [key, metrics] of byResource) {
      const resource = resourceByKey.get(key);
      if (!resource) continue;
      for (const input of metrics.values()) {
        if (!detector.roles.includes(input.spec.role) || input.values.length === 0) continue;
        for (const draft of detector.detect({ resource, series: input, related: (id) => metrics.get(id), thresholds, now })) {
          findings.push(toFinding(detector.id, settings, draft, causeOfRole(input.spec.role), input.spec.id));
        }
      }
    }
  }
  return findings;
}

/** Runs every enabled log detector over the digest of each source whose kind it reads. */
export function detectLogs(
  digests: readonly LogDigest[],
  resources: readonly Resource[],
  detectors: readonly LogDetector[],
  config: ScanConfig,
  recentFromBin: number,
  now: Date,
): Finding[] {
  const findings: Finding[] = [];
  const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
  // Each digest's recent/baseline split is computed once, whichever detectors read it.
  const inputs = digests.map((digest) => ({ digest, view: windowView(digest, recentFromBin), resource: resourceByKey.get(`${digest.source.resource.type}:${digest.source.resource.id}`) }));
  for (const { detector, settings, thresholds } of enabled(detectors, config)) {
    for (const { digest, view, resource } of inputs) {
      if (!detector.kinds.includes(digest.source.kind)) continue;
      for (const { key, ...draft } of detector.detect({ digest, view, resource, recentFromBin, thresholds, patterns: config.logs.patterns, now })) {
        findings.push(toFinding(detector.id, settings, draft, detector.cause, key));
      }
    }
  }
  return findings;
}

/** Each detector the config leaves enabled, with its settings and thresholds (configured, else the default). */
function enabled<D extends { id: string; thresholds: Record<string, { default: number }> }>(
  detectors: readonly D[],
  config: ScanConfig,
): Array<{ detector: D; settings: DetectorSettings | undefined; thresholds: Record<string, number> }> {
  return detectors.flatMap((detector) => {
    const settings = config.detectors[detector.id];
    if (settings && !settings.enabled) return [];
    const thresholds = Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, settings?.thresholds[key] ?? t.default]));
    return [{ detector, settings, thresholds }];
  });
}

/** A draft as a finding: an id stable across runs (`detector:type:resource[:suffix]`), its kind, cause, and the configured severity if any. */
function toFinding(detectorId: string, settings: DetectorSettings | undefined, draft: FindingDraft, cause: DetectorCause, suffix?: string): Finding {
  return {
    ...draft,
    id: `${detectorId}:${draft.resource.type}:${draft.resource.id}${suffix === undefined ? '' : `:${suffix}`}`,
    kind: detectorId,
    severity: settings?.severity ?? draft.severity,
    ...(cause ? { cause } : {}),
  };
}

/** A metric finding is a symptom of what its metric measures: a 5xx count of errors, a percentile of latency. */
export function causeOfRole(role: MetricRole): Cause {
  const causes: Record<MetricRole, Cause> = { errors: 'errors', latency: 'latency', saturation: 'saturation', 'free-capacity': 'saturation', traffic: 'traffic', health: 'availability' };
  return causes[role];
}

/**
 * Lines kept verbatim per source: max_events_per_source, but never more than the source's share of
 * max_events_total, so a scan of 100 groups holds no more than one of 10 (the counts stay complete;
 * past the cap the kept lines are a sample, and findings say so). At least 100 per source.
 */
export function keptEventsPerSource(logs: Pick<ScanConfig['logs'], 'maxEventsPerSource' | 'maxEventsTotal'>, sourceCount: number): number {
  return Math.max(100, Math.min(logs.maxEventsPerSource, Math.floor(logs.maxEventsTotal / Math.max(1, sourceCount))));
}
