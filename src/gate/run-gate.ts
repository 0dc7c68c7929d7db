// The post-deploy gate's engine: find the service and its deploy, read its metrics and logs around
// the deploy (and a week earlier), judge, and with --watch re-check until the verdict is settled.
// AWS calls go through the ECS, ELBv2, CloudWatch and Logs edges; everything else is pure.

import type { LogDigest } from '../analysis/logs/log-digest.js';
import { CredentialsUnusableError, describeAwsError, isUnreachable } from '../aws/aws-errors.js';
import { chunk } from '../chunk.js';
import { describeOneStack } from '../services/cloudformation/collector.js';
import { describeOneService } from '../services/ecs/collector.js';
import { describeTargetGroups } from '../services/elbv2/collector.js';
import { createCollectorContext } from '../collectors/collector-context.js';
import type { CollectorContext } from '../collectors/types.js';
import type { ScanConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { CoverageGap, Resource } from '../report/model.js';
import { deadlineOf, deadlineReason, startDeadline } from '../deadline.js';
import { callerAccount } from '../aws/caller-identity.js';
import type { ScanDeps } from '../scan.js';
import { readLogDigests } from '../telemetry/logs/log-reader.js';
import { logSourcesOf } from '../telemetry/logs/log-sources.js';
import { METRIC_CATALOG } from '../telemetry/metrics/metric-catalog.js';
import { fetchMetricPlan } from '../telemetry/metrics/metric-fetcher.js';
import { planMetricQueries, queriesPerCall, type MetricPlan } from '../telemetry/metrics/metric-planner.js';
import {
  GATE_CATALOG_IDS,
  GATE_PERIOD_SECONDS,
  type GateSeries,
  logErrorSample,
  metricSamples,
  newSignatures,
  planGateWindows,
  type GateWindows,
  type SeriesById,
  type Span,
} from './gate-plan.js';
import { boundGateReport, type GateReport } from './gate-report.js';
import { judgeGate } from './judge.js';
import type { GateSettings, GateVerdict } from './types.js';

export interface GateRequest {
  cluster: string;
  service: string;
  /** From --deploy-time; else the stack's last update when `stack` is given; else the service's latest deployment. */
  deployTime?: Date;
  stack?: string;
  /** Keep re-checking for this long (0: check once). */
  watchMs: number;
  intervalMs: number;
}

export interface GateDeps extends Omit<ScanDeps, 'accountName'> {
  sleep?: (ms: number) => Promise<void>;
}

/** A verdict this many checks in a row is settled; a fail is settled at once (a pipeline should stop early). */
const STABLE_CHECKS = 3;
/** Without [scan] deadline / --deadline: this long for one check, plus the --watch time. */
export const GATE_DEADLINE_MS = 2 * 60_000;

export async function runGate(deps: GateDeps, config: ScanConfig, request: GateRequest): Promise<GateReport> {
  // The same run-wide deadline as a scan: every AWS call is abandoned at it, and the verdict is
  // built from what was read (too little: inconclusive).
  const deadline = startDeadline(config.deadlineMs ?? GATE_DEADLINE_MS + request.watchMs);
  try {
    return await gate({ ...deps, clients: deps.clients.withSignal(deadline.signal) }, config, request, deadline.signal);
  } catch (error) {
    if (error instanceof UserError || error instanceof CredentialsUnusableError) throw error;
    const reached = deadlineOf(error);
    if (reached) throw new UserError(`the gate could not finish: ${deadlineReason(reached.deadlineMs, 'the service was read')}`);
    if (isUnreachable(error)) throw new UserError(`could not reach AWS: ${describeAwsError(error)}`);
    throw error;
  } finally {
    deadline.dispose();
  }
}

async function gate(deps: GateDeps, config: ScanConfig, request: GateRequest, signal: AbortSignal): Promise<GateReport> {
  const started = deps.now();
  const coverage: CoverageGap[] = [];
  const context = createCollectorContext({ config, clients: deps.clients, now: started, coverage, progress: deps.progress, signal });
  const account = await callerAccount(deps.clients);

  const found = await describeOneService(context, request.cluster, request.service);
  if (!found) {
    const failed = coverage.find((gap) => gap.operation === 'DescribeServices');
    if (failed) throw new UserError(`could not read service ${request.service} of cluster ${request.cluster} (account ${account}, ${config.region}): ${failed.reason}`);
    throw new UserError(`service ${request.service} not found in cluster ${request.cluster} (account ${account}, ${config.region}); check --cluster and --service`);
  }
  const { service } = found;
  const deployedAt = typeof service.attributes.deploymentStartedAt === 'string' ? new Date(service.attributes.deploymentStartedAt) : undefined;
  let stackUpdatedAt: Date | undefined;
  if (!request.deployTime && request.stack) {
    const stack = await describeOneStack(context, request.stack);
    if (!stack) throw new UserError(`stack ${request.stack} not found (account ${account}, ${config.region}); check --stack`);
    if (typeof stack.attributes.lastUpdatedAt === 'string') stackUpdatedAt = new Date(stack.attributes.lastUpdatedAt);
  }
  const deploy = request.deployTime ?? stackUpdatedAt ?? deployedAt;
  const source: GateReport['deploy']['source'] = request.deployTime ? 'flag' : stackUpdatedAt ? 'cloudformation-stack' : 'ecs-deployment';
  if (!deploy) throw new UserError(`no deploy time: ${request.service} reports no deployment; give --deploy-time`);
  if (deploy.getTime() > started.getTime()) {
    throw new UserError(
      `${request.deployTime ? '--deploy-time' : `the latest deployment of ${request.service}`} (${deploy.toISOString()}) is in the future; check the clock or the time given`,
    );
  }
  const groups = await describeTargetGroups(context, found.targetGroupArns);
  const settings: GateSettings = {
    confidence: config.gate.confidence,
    tolerance: config.gate.tolerance,
    passScore: config.gate.passScore,
    marginalScore: config.gate.marginalScore,
    minSamples: config.gate.minSamples,
    minJudgedShare: config.gate.minJudgedShare,
  };

  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = started.getTime() + request.watchMs;
  const history: Array<GateVerdict['verdict']> = [];
  let last: { windows: GateWindows; verdict: GateVerdict };
  for (;;) {
    const windows = planGateWindows(deploy, deps.now(), config.gate.windowMs);
    last = { windows, verdict: await check(context, service, groups, windows, settings) };
    history.push(last.verdict.verdict);
    context.progress(`check ${history.length}: ${last.verdict.verdict} (score ${last.verdict.score})`);
    // Inconclusive is never settled: with --watch the gate waits for data until its limit.
    const verdict = last.verdict.verdict;
    const settled = verdict === 'fail' || (verdict !== 'inconclusive' && history.length >= STABLE_CHECKS && history.slice(-STABLE_CHECKS).every((v) => v === verdict));
    if (settled || signal.aborted || deps.now().getTime() + request.intervalMs > deadline) break;
    await sleep(request.intervalMs);
  }

  const finished = deps.now();
  const span = (s: Span) => ({ from: s.from.toISOString(), to: s.to.toISOString() });
  return boundGateReport({
    kind: 'gate',
    schemaVersion: 2,
    tool: { name: 'aws-monitor', version: deps.version },
    generatedAt: finished.toISOString(),
    account,
    region: config.region,
    service: {
      cluster: request.cluster,
      name: request.service,
      targetGroups: groups.map((g) => g.id),
      logGroups: service.attributes.logGroups ?? [],
    },
    deploy: {
      at: last.windows.deploy.toISOString(),
      source,
      ...(request.stack && source === 'cloudformation-stack' ? { stack: request.stack } : {}),
      ...(typeof service.attributes.taskDefinition === 'string' ? { taskDefinition: service.attributes.taskDefinition } : {}),
    },
    windows: { before: span(last.windows.before), after: span(last.windows.after), weekBefore: span(last.windows.weekBefore) },
    settings: {
      ...settings,
      minJudgedShare: config.gate.minJudgedShare,
      windowMinutes: config.gate.windowMs / 60_000,
      newSignatureMinCount: config.gate.newSignatureMinCount,
      failOnMarginal: config.gate.failOnMarginal,
      criticalMetrics: config.gate.criticalMetrics,
    },
    result: last.verdict,
    checks: history,
    coverage: dedupe(coverage),
    apiCalls: deps.clients.counter.snapshot(),
    durationMs: finished.getTime() - started.getTime(),
  });
}

/** One look: metrics around the deploy and a week earlier, the service's logs, then the judge. */
async function check(context: CollectorContext, service: Resource, groups: readonly Resource[], windows: GateWindows, settings: GateSettings): Promise<GateVerdict> {
  // Every target group in front of the service is judged; the service's own metrics once.
  const resources = [service, ...groups];
  const catalog = METRIC_CATALOG.filter((spec) => GATE_CATALOG_IDS.includes(spec.id));
  const queries = planMetricQueries(resources, catalog);
  const read = async (span: Span): Promise<GateSeries> => {
    const points = Math.max(1, Math.round((span.to.getTime() - span.from.getTime()) / (GATE_PERIOD_SECONDS * 1000)));
    const plan: MetricPlan = { periodSeconds: GATE_PERIOD_SECONDS, start: span.from, end: span.to, pointsPerSeries: points, calls: chunk(queries, queriesPerCall(points)) };
    const series = queries.length > 0 && span.to > span.from ? await fetchMetricPlan(context, plan) : [];
    const of = (resource: Resource): SeriesById =>
      new Map(series.filter((s) => s.query.resource.type === resource.type && s.query.resource.id === resource.id).map((s) => [s.query.spec.id, s]));
    return { service: of(service), targetGroups: groups.map((group) => ({ id: group.id, series: of(group) })) };
  };
  const hasAfter = windows.after.to > windows.after.from;
  const [around, week, digests] = await Promise.all([
    read({ from: windows.before.from, to: windows.after.to }),
    hasAfter ? read(windows.weekBefore) : Promise.resolve(undefined),
    readServiceLogs(context, service, windows),
  ]);
  const critical = new Set(context.config.gate.criticalMetrics);
  const samples = metricSamples(windows, around, week, critical);
  const logSample = logErrorSample(windows, digests, critical.has('log_error_lines'));
  if (logSample) samples.push(logSample);
  return judgeGate(samples, newSignatures(windows, digests, context.config.gate.newSignatureMinCount), settings);
}

/** The service's own logs over both windows, by the scan's reader; bins of the gate's period from the before window's start. */
async function readServiceLogs(context: CollectorContext, service: Resource, windows: GateWindows): Promise<LogDigest[]> {
  const sources = context.config.logs.enabled ? logSourcesOf([service], []) : [];
  if (sources.length === 0) return [];
  const startMs = windows.before.from.getTime();
  const endMs = Math.max(windows.after.to.getTime(), windows.deploy.getTime() + 60_000);
  const binCount = Math.ceil((endMs - startMs) / (GATE_PERIOD_SECONDS * 1000));
  const { digests } = await readLogDigests(context, sources, { startMs, endMs, binSeconds: GATE_PERIOD_SECONDS, binCount });
  return digests;
}

/** A watch repeats the same reads: one gap per thing not checked, not one per check. */
function dedupe(gaps: readonly CoverageGap[]): CoverageGap[] {
  const seen = new Map<string, CoverageGap>();
  for (const gap of gaps) seen.set(`${gap.service} ${gap.operation} ${gap.scope}`, gap);
  return [...seen.values()];
}
