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
import { METRIC_DETECTORS, RESOURCE_STATE_DETECTORS } from './detectors/registry.js';
import type { MetricDetector, MetricSeriesInput, ResourceStateDetector } from './detectors/types.js';
import { fetchMetricPlan, type MetricSeries } from './telemetry/metrics/metric-fetcher.js';
import { planMetricCalls } from './telemetry/metrics/metric-planner.js';
import { buildReport } from './report/build-report.js';
import type { CoverageGap, Finding, Report, Resource } from './report/model.js';

export interface ScanDeps {
  clients: ClientFactory;
  now: () => Date;
  version: string;
  collectors?: readonly Collector[];
  detectors?: readonly ResourceStateDetector[];
  metricDetectors?: readonly MetricDetector[];
  progress?: (message: string) => void;
}

export async function runScan(deps: ScanDeps, config: ScanConfig): Promise<Report> {
  const started = deps.now();
  const progress = deps.progress ?? (() => undefined);
  const coverage: CoverageGap[] = [];
  const limit = pLimit(config.concurrency);

  const account = await callerAccount(deps.clients);
  progress(`account ${account}, region ${config.region}`);

  const collectors = (deps.collectors ?? COLLECTORS).filter((c) => config.services.includes(c.id));
  const context: CollectorContext = {
    config,
    clients: deps.clients,
    now: started,
    limit: (task) => limit(task),
    gap: (gap) => coverage.push(gap),
    progress,
  };
  const collected = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
  const inScope = makeResourceFilter(config.filters);
  const resources = collected.flat().filter(inScope).map((r) => ({ ...r, account }));

  const findings = detectResourceState(resources, deps.detectors ?? RESOURCE_STATE_DETECTORS, config, started);
  if (config.metrics.enabled) {
    const plan = planMetricCalls(resources, config.window, started, { maxPointsPerSeries: config.metrics.maxPointsPerSeries });
    if (plan.calls.length > 0) {
      const queries = plan.calls.reduce((n, c) => n + c.length, 0);
      progress(`CloudWatch: ${queries} metrics at ${plan.periodSeconds / 60}-min periods in ${plan.calls.length} GetMetricData calls`);
      const series = await fetchMetricPlan(context, plan);
      findings.push(...detectMetrics(resources, series, deps.metricDetectors ?? METRIC_DETECTORS, config, started));
    }
  }
  const finished = deps.now();
  return buildReport({
    version: deps.version,
    config,
    accounts: [account],
    resources,
    findings,
    coverage,
    apiCalls: deps.clients.counter.snapshot(),
    generatedAt: finished,
    durationMs: finished.getTime() - started.getTime(),
  });
}

async function callerAccount(clients: ClientFactory): Promise<string> {
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
    context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason: `collector failed: ${describeAwsError(error)}` });
    return [];
  }
}

export function detectResourceState(resources: readonly Resource[], detectors: readonly ResourceStateDetector[], config: ScanConfig, now: Date): Finding[] {
  const findings: Finding[] = [];
  for (const detector of detectors) {
    const settings = config.detectors[detector.id];
    if (settings && !settings.enabled) continue;
    const thresholds = thresholdsOf(detector, settings);
    for (const resource of resources) {
      if (!detector.resourceTypes.includes(resource.type)) continue;
      for (const draft of detector.detect({ resource, thresholds, now })) {
        findings.push({
          ...draft,
          id: `${detector.id}:${draft.resource.type}:${draft.resource.id}`,
          kind: detector.id,
          severity: settings?.severity ?? draft.severity,
        });
      }
    }
  }
  return findings;
}

/** Runs every enabled metric detector over the series whose catalog role it reads. */
export function detectMetrics(resources: readonly Resource[], series: readonly MetricSeries[], detectors: readonly MetricDetector[], config: ScanConfig, now: Date): Finding[] {
  const findings: Finding[] = [];
  const byResource = new Map<string, Map<string, MetricSeriesInput>>();
  for (const s of series) {
    const key = `${s.query.resource.type}:${s.query.resource.id}`;
    if (!byResource.has(key)) byResource.set(key, new Map());
    byResource.get(key)!.set(s.query.spec.id, { spec: s.query.spec, periodSeconds: s.periodSeconds, timestamps: s.timestamps, values: s.values });
  }
  const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
  for (const detector of detectors) {
    const settings = config.detectors[detector.id];
    if (settings && !settings.enabled) continue;
    const thresholds = thresholdsOf(detector, settings);
    for (const [key, metrics] of byResource) {
      const resource = resourceByKey.get(key);
      if (!resource) continue;
      for (const input of metrics.values()) {
        if (!detector.roles.includes(input.spec.role) || input.values.length === 0) continue;
        for (const draft of detector.detect({ resource, series: input, related: (id) => metrics.get(id), thresholds, now })) {
          findings.push({
            ...draft,
            id: `${detector.id}:${draft.resource.type}:${draft.resource.id}:${input.spec.id}`,
            kind: detector.id,
            severity: settings?.severity ?? draft.severity,
          });
        }
      }
    }
  }
  return findings;
}

/** A detector's thresholds: the configured value where there is one, else the detector's default. */
function thresholdsOf(detector: { thresholds: Record<string, { default: number }> }, settings: DetectorSettings | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, settings?.thresholds[key] ?? t.default]));
}
