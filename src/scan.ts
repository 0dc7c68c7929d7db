// The engine: runScan(deps, config) -> Report. The Action and the CLI are thin adapters over this.

import { CredentialsUnusableError, describeAwsError, isUnreachable } from './aws/aws-errors.js';
import { callerAccount } from './aws/caller-identity.js';
import type { ClientFactory } from './aws/clients.js';
import { COLLECTORS } from './services/registry.js';
import { filterLabel, makeResourceFilter } from './collectors/resource-filter.js';
import { createCollectorContext } from './collectors/collector-context.js';
import type { Collector, CollectorContext } from './collectors/types.js';
import type { DetectorSettings, ScanConfig } from './config/schema.js';
import { type Deadline, deadlineOf, deadlineReason, defaultDeadlineMs, startDeadline } from './deadline.js';
import { LOG_DETECTORS, METRIC_DETECTORS, RESOURCE_STATE_DETECTORS } from './detectors/registry.js';
import { readLogDigests } from './telemetry/logs/log-reader.js';
import { logSourcesOf } from './telemetry/logs/log-sources.js';
import { planLogWindow } from './telemetry/logs/log-window.js';
import { windowView } from './detectors/log-evidence.js';
import type { DetectorCause, FindingDraft, LogDetector, MetricDetector, MetricSeriesInput, ResourceStateDetector } from './detectors/types.js';
import type { LogDigest } from './analysis/logs/log-digest.js';
import { fetchMetricPlan, type MetricSeries } from './telemetry/metrics/metric-fetcher.js';
import { type MetricPlan, planMetricReads } from './telemetry/metrics/metric-planner.js';
import type { MetricRole } from './telemetry/metrics/metric-catalog.js';
import { buildReport } from './report/build-report.js';
import { describeFiltered, describeRegionSource } from './report/scope-description.js';
import type { Cause, CoverageGap, Finding, LogReadSummary, Report, Resource, ScopeFilterCount, ScopeStatus } from './report/model.js';

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
  // Past the deadline every call is abandoned (the clients watch the signal), each unfinished part
  // becomes a coverage gap, and the report is built from what was gathered.
  const deadline = deps.deadline ?? startDeadline(scanDeadlineMs(config));
  try {
    return await scan({ ...deps, clients: deps.clients.withSignal(deadline.signal) }, config, { started, progress, coverage, deadline });
  } finally {
    if (!deps.deadline) deadline.dispose();
  }
}

interface ScanState {
  started: Date;
  progress: (message: string) => void;
  coverage: CoverageGap[];
  deadline: Deadline;
}

async function scan(deps: ScanDeps, config: ScanConfig, { started, progress, coverage, deadline }: ScanState): Promise<Report> {
  const finish = (parts: { account: string; resources: Resource[]; findings: Finding[]; check: ScopeCheck; filtered?: ScopeFilterCount[]; logs?: LogReadSummary }): Report => {
    const finished = deps.now();
    return buildReport({
      version: deps.version,
      config,
      ...(deps.accountName ? { accountName: deps.accountName } : {}),
      coverage,
      apiCalls: deps.clients.counter.snapshot(),
      generatedAt: finished,
      durationMs: finished.getTime() - started.getTime(),
      regionSource: config.regionSource,
      ...parts,
    });
  };

  const identity = await identify(deps.clients, deadline);
  if ('reason' in identity) {
    coverage.push({ service: 'sts', operation: 'GetCallerIdentity', iamAction: 'sts:GetCallerIdentity', scope: 'the account, and so every check', reason: identity.reason });
    return finish({ account: 'unknown', resources: [], findings: [], check: { status: 'unchecked', reason: `could not identify the account: ${identity.reason}` } });
  }
  const { account } = identity;
  progress(`account ${account}, region ${config.region}`);

  const collectors = (deps.collectors ?? COLLECTORS).filter((c) => config.services.includes(c.id));
  const filtered: ScopeFilterCount[] = [];
  const context = createCollectorContext({ config, clients: deps.clients, now: started, coverage, progress, signal: deadline.signal, filtered: (count) => filtered.push(count) });
  const outcomes = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
  const resources = applyFilters(
    outcomes.flatMap((o) => o.resources),
    config.filters,
    filtered,
  ).map((r) => ({ ...r, account }));
  const check = scopeCheck(resources, outcomes, config, account, filtered);
  if (check.status !== 'checked') return finish({ account, resources, findings: [], check, filtered });

  const findings = detectResourceState(resources, deps.detectors ?? RESOURCE_STATE_DETECTORS, config, started);
  // Metrics and logs are independent reads: run them side by side.
  const [metricFindings, logScan] = await Promise.all([scanMetrics(context, resources, deps, started), scanLogs(context, resources, deps, started)]);
  findings.push(...metricFindings, ...(logScan?.findings ?? []));
  return finish({ account, resources, findings, check, filtered, ...(logScan ? { logs: logScan.summary } : {}) });
}

type ScopeCheck = { status: ScopeStatus; reason?: string };

/** A collector's resources, and whether every AWS call it made failed (it saw nothing at all). */
interface CollectorOutcome {
  collector: Collector;
  resources: Resource[];
  failed: boolean;
  /** The first coverage gap it recorded, for the scan's reason when nothing could be read. */
  firstReason?: string;
}

/**
 * Whether the scope was looked at: unchecked when every service failed, or when nothing was found
 * while some services failed (the truth is unknown); empty when every service answered and nothing
 * is in scope; else checked.
 */
function scopeCheck(resources: readonly Resource[], outcomes: readonly CollectorOutcome[], config: ScanConfig, account: string, filtered: readonly ScopeFilterCount[]): ScopeCheck {
  const failed = outcomes.filter((o) => o.failed);
  const where = `account ${account}, ${config.region} (${describeRegionSource(config.regionSource)})`;
  if (outcomes.length > 0 && failed.length === outcomes.length) {
    return { status: 'unchecked', reason: `every service failed in ${where}: ${failed[0]!.collector.id}: ${failed[0]!.firstReason ?? 'no answer'}` };
  }
  if (resources.length > 0) return { status: 'checked' };
  if (failed.length > 0) {
    return {
      status: 'unchecked',
      reason: `nothing found in scope in ${where}, and ${failed.length} of ${outcomes.length} services could not be read (${failed.map((o) => o.collector.id).join(', ')}): see COVERAGE`,
    };
  }
  const left = filtered.filter((f) => f.seen > f.kept);
  const leftText = left.length > 0 ? `; left out by filters: ${left.map(describeFiltered).join('; ')}` : '';
  return { status: 'empty', reason: `no resources in scope in ${where} for ${outcomes.map((o) => o.collector.id).join(', ')}${leftText}` };
}

/**
 * The [filters] names and tags applied to everything collected, counted per type where they left
 * something out. Collectors that dropped resources by name before describing them (ECS services)
 * reported those under the same label; they are added to the type's count here.
 */
function applyFilters(collected: readonly Resource[], filters: ScanConfig['filters'], filtered: ScopeFilterCount[]): Resource[] {
  const inScope = makeResourceFilter(filters);
  const label = filterLabel(filters);
  const counts = new Map<Resource['type'], { seen: number; kept: number }>();
  for (let i = filtered.length - 1; i >= 0; i--) {
    const early = filtered[i]!;
    if (early.filter !== label) continue;
    const count = counts.get(early.type) ?? { seen: 0, kept: 0 };
    count.seen += early.seen - early.kept;
    counts.set(early.type, count);
    filtered.splice(i, 1);
  }
  const kept = collected.filter((resource) => {
    const keep = inScope(resource);
    const count = counts.get(resource.type) ?? { seen: 0, kept: 0 };
    count.seen += 1;
    if (keep) count.kept += 1;
    counts.set(resource.type, count);
    return keep;
  });
  if (label) for (const [type, count] of counts) if (count.seen > count.kept) filtered.push({ type, ...count, filter: label });
  return kept;
}

async function scanMetrics(context: CollectorContext, resources: readonly Resource[], deps: ScanDeps, now: Date): Promise<Finding[]> {
  const { config } = context;
  if (!config.metrics.enabled) return [];
  // A long window's last day is read again as a 24-hour scan reads it: a short incident is not averaged away.
  const plans = planMetricReads(resources, config.window, now, { maxPointsPerSeries: config.metrics.maxPointsPerSeries, baselineMs: config.metrics.baselineMs ?? 0 });
  const [plan, recent] = plans;
  if (plan.calls.length === 0) return [];
  const queries = plan.calls.reduce((n, c) => n + c.length, 0);
  const deadline = deadlineOf(context.signal?.reason);
  if (deadline) {
    const resourceCount = new Set(plan.calls.flat().map((q) => `${q.resource.type} ${q.resource.id}`)).size;
    context.gap({
      service: 'cloudwatch',
      operation: 'GetMetricData',
      iamAction: 'cloudwatch:GetMetricData',
      scope: `${queries} metrics of ${resourceCount} resources`,
      reason: deadlineReason(deadline.deadlineMs, 'the metrics were read'),
    });
    return [];
  }
  const periods = plans.map((p) => `${p.periodSeconds / 60}-min`).join(' and, for the last day, ');
  context.progress(`CloudWatch: ${queries} metrics at ${periods} periods in ${plans.reduce((n, p) => n + p.calls.length, 0)} GetMetricData calls`);
  // One gap per metric not read, however many reads missed it.
  const seen = new Set<string>();
  const once: CollectorContext = {
    ...context,
    gap: (gap) => {
      const key = `${gap.operation} ${gap.scope} ${gap.reason}`;
      if (seen.has(key)) return;
      seen.add(key);
      context.gap(gap);
    },
  };
  const detectors = deps.metricDetectors ?? METRIC_DETECTORS;
  const judge = async (p: MetricPlan) =>
    detectMetrics(resources, await fetchMetricPlan(once, p), detectors, config, now, { windowStart: p.windowStart?.getTime(), readEnd: p.end.getTime() });
  if (!recent) return judge(plan);
  const [whole, lastDay] = await Promise.all([judge(plan), judge(recent)]);
  // The last day is judged by its fine read alone: the window's coarse read adds what began before it.
  const recentStart = recent.windowStart?.getTime() ?? recent.start.getTime();
  const judgedNow = new Set(lastDay.map((f) => f.id));
  return [...lastDay, ...whole.filter((f) => !judgedNow.has(f.id) && !(f.since !== undefined && Date.parse(f.since) >= recentStart))];
}

/** Reads the logs of every discovered source once (the same reader as the gate's) and runs the log detectors. */
async function scanLogs(
  context: CollectorContext,
  resources: readonly Resource[],
  deps: ScanDeps,
  now: Date,
): Promise<{ findings: Finding[]; summary: LogReadSummary } | undefined> {
  const { config } = context;
  if (!config.logs.enabled) return undefined;
  const sources = logSourcesOf(resources, config.logs.extraLogGroups);
  if (sources.length === 0) return undefined;
  const window = planLogWindow(config.window, config.logs.recentMs);
  const { digests, summary } = await readLogDigests(context, sources, window);
  if (!summary) return undefined;
  return { findings: detectLogs(digests, resources, deps.logDetectors ?? LOG_DETECTORS, config, window.recentFromBin, now), summary };
}

// GetCallerIdentity is tiny and needs no permission: a few quick attempts tell a dead endpoint
// from a live one without waiting out the scan's retries and timeouts (5 x 30 s).
/** The account, or why it could not be identified (then nothing else can be checked either). */
async function identify(clients: ClientFactory, deadline: Deadline): Promise<{ account: string } | { reason: string }> {
  try {
    return { account: await callerAccount(clients) };
  } catch (error) {
    if (error instanceof CredentialsUnusableError) throw error;
    if (deadlineOf(error)) return { reason: deadlineReason(deadline.ms, 'the account was identified') };
    return { reason: isUnreachable(error) ? `could not reach AWS: ${describeAwsError(error)}` : describeAwsError(error) };
  }
}

async function runCollector(collector: Collector, context: CollectorContext): Promise<CollectorOutcome> {
  let answered = 0;
  let failures = 0;
  let firstReason: string | undefined;
  const own: CollectorContext = {
    ...context,
    limit: (task) =>
      context.limit(async () => {
        try {
          const result = await task();
          answered += 1;
          return result;
        } catch (error) {
          failures += 1;
          throw error;
        }
      }),
    gap: (gap) => {
      firstReason ??= gap.reason;
      context.gap(gap);
    },
  };
  try {
    const resources = await collector.collect(own);
    return { collector, resources, failed: answered === 0 && failures > 0, ...(firstReason ? { firstReason } : {}) };
  } catch (error) {
    if (error instanceof CredentialsUnusableError) throw error;
    // A bug or an unexpected response in one collector must not sink the whole report.
    const deadline = deadlineOf(error);
    const reason = deadline ? deadlineReason(deadline.deadlineMs, 'the collector finished') : `collector failed: ${describeAwsError(error)}`;
    context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason });
    return { collector, resources: [], failed: answered === 0, firstReason: firstReason ?? reason };
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
export function detectMetrics(
  resources: readonly Resource[],
  series: readonly MetricSeries[],
  detectors: readonly MetricDetector[],
  config: ScanConfig,
  now: Date,
  read: { windowStart?: number; readEnd?: number } = {},
): Finding[] {
  const findings: Finding[] = [];
  const byResource = new Map<string, Map<string, MetricSeriesInput>>();
  for (const s of series) {
    const key = `${s.query.resource.type}:${s.query.resource.id}`;
    if (!byResource.has(key)) byResource.set(key, new Map());
    // A sum over a period still filling at `now` is a fraction of one (an hour of requests five
    // minutes in reads as a 92% drop): a count is read up to its last whole period.
    const periodMs = s.periodSeconds * 1000;
    const filling = Math.floor(now.getTime() / periodMs) * periodMs;
    const counted = s.query.spec.stat === 'Sum';
    const kept = counted ? s.timestamps.findIndex((t) => t > filling - periodMs / 2) : -1;
    const readEnd = counted && read.readEnd !== undefined ? Math.min(read.readEnd, filling) : read.readEnd;
    byResource.get(key)!.set(s.query.spec.id, {
      spec: s.query.spec,
      periodSeconds: s.periodSeconds,
      timestamps: kept >= 0 ? s.timestamps.slice(0, kept) : s.timestamps,
      values: kept >= 0 ? s.values.slice(0, kept) : s.values,
      ...(read.windowStart !== undefined ? { windowStart: read.windowStart } : {}),
      ...(readEnd !== undefined ? { readEnd } : {}),
    });
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
  const inputs = digests.map((digest) => ({
    digest,
    view: windowView(digest, recentFromBin),
    resource: resourceByKey.get(`${digest.source.resource.type}:${digest.source.resource.id}`),
  }));
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
  const causes: Record<MetricRole, Cause> = {
    errors: 'errors',
    latency: 'latency',
    saturation: 'saturation',
    'free-capacity': 'saturation',
    traffic: 'traffic',
    health: 'availability',
  };
  return causes[role];
}
