// npm run bench: measurements kept apart from the tests. Each figure is printed with a baseline
// measured in the same run, so machine speed cancels out. Results are written up in BENCHMARKS.md.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClientFactory } from '../src/aws/clients.js';
import { runScan } from '../src/scan.js';
import type { ScanConfig } from '../src/config/schema.js';
import type { Report } from '../src/report/model.js';
import { minimumCalls, planMetricReads } from '../src/telemetry/metrics/metric-planner.js';
import { loadConfig } from '../src/config/load.js';
import { COLLECTORS } from '../src/services/registry.js';
import { detectorCatalog } from '../src/detectors/registry.js';
import { DEMO_CLUSTERS, seedDemoAccount } from '../tools/emulator/demo-account.js';
import { seedLargeAccount, LARGE_ACCOUNT } from './large-account.js';
import { metricPlanCalls } from './metrics.js';
import { EMULATOR_CREDENTIALS, startEmulator } from '../tools/emulator/moto-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli/index.js`;
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run npm run build first');
  process.exit(2);
}

/**
 * GetMetricData's floor for the resources a scan found: both per-call limits, over every series the
 * catalog asks for, at the points the scan reads (the window, its history, and for a long window its
 * last day again).
 */
function metricMinimum(report: Report, config: ScanConfig, now: Date): number {
  const plans = planMetricReads(report.resources, config.window, now, { maxPointsPerSeries: config.metrics.maxPointsPerSeries, baselineMs: config.metrics.baselineMs ?? 0 });
  return plans.reduce(
    (n, p) =>
      n +
      minimumCalls(
        p.calls.reduce((q, c) => q + c.length, 0),
        p.pointsPerSeries,
      ),
    0,
  );
}

/** Coverage gaps counted by what could not be checked, so a hundred missing log groups are one line. */
function printGaps(report: Report): void {
  const byAction = new Map<string, { n: number; reason: string }>();
  for (const gap of report.coverage) {
    const key = gap.iamAction ?? gap.operation;
    const entry = byAction.get(key) ?? { n: 0, reason: gap.reason };
    entry.n += 1;
    byAction.set(key, entry);
  }
  for (const [action, { n, reason }] of byAction) console.log(`  coverage gap: ${action}${n > 1 ? ` x${n}` : ''} (${reason}${n > 1 ? ', ...' : ''})`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeCommand(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

function startup(): void {
  const runs = 15;
  const baseline = timeCommand(['-e', '0'], runs);
  const help = timeCommand([cli, '--help'], runs);
  const version = timeCommand([cli, '--version'], runs);
  const b = median(baseline);
  console.log('CLI start-up (median of 15 runs, whole process)');
  console.log(`  node -e 0 (baseline)          ${b.toFixed(0).padStart(5)} ms   1.00x`);
  const verdict = (ms: number): string => `target <= 1.3x: ${ms / b <= 1.3 ? 'met' : 'MISSED'}`;
  console.log(`  aws-monitor --help            ${median(help).toFixed(0).padStart(5)} ms   ${(median(help) / b).toFixed(2)}x   ${verdict(median(help))}`);
  console.log(`  aws-monitor --version         ${median(version).toFixed(0).padStart(5)} ms   ${(median(version) / b).toFixed(2)}x   ${verdict(median(version))}`);
}

async function apiCalls(): Promise<void> {
  const emulator = await startEmulator();
  try {
    await seedDemoAccount({ endpoint: emulator.endpoint, region: 'us-east-2' });
    const now = new Date();
    const config = loadConfig({ cwd: root, env: {}, now, catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() } });
    // One attempt: the emulator lacks DescribePendingMaintenanceActions, and retries would inflate the count.
    const clients = new ClientFactory({ region: config.region, endpointUrl: emulator.endpoint, credentials: EMULATOR_CREDENTIALS, maxAttempts: 1, requestTimeoutMs: 10_000 });
    const started = performance.now();
    const report = await runScan({ clients, now: () => now, version: 'bench' }, config);
    const elapsed = performance.now() - started;
    clients.destroy();

    const clusters = DEMO_CLUSTERS.length;
    const services = DEMO_CLUSTERS.reduce((n, c) => n + c.services.length, 0);
    const stacks = report.resources.filter((r) => r.type === 'cloudformation:stack').length;
    // The fewest calls the APIs allow for this inventory: batch sizes are the documented maxima.
    const stoppedTaskBatches = 1; // 5 stopped tasks, all in pp-web-production: one DescribeTasks
    const minimum =
      1 + // sts:GetCallerIdentity (account id for the report)
      1 + // ecs:ListClusters (100 per page)
      Math.ceil(clusters / 100) + // ecs:DescribeClusters
      DEMO_CLUSTERS.reduce((n, c) => n + Math.max(1, Math.ceil(c.services.length / 100)) + Math.ceil(c.services.length / 10), 0) + // ListServices + DescribeServices
      clusters + // ecs:ListTasks, stopped tasks, one listing per cluster
      stoppedTaskBatches + // ecs:DescribeTasks (100 per call)
      services + // ecs:DescribeTaskDefinition, one per distinct revision (no batch form)
      4 + // rds: DescribeDBInstances, DescribeDBClusters, DescribePendingMaintenanceActions, DescribeEvents (one page each)
      2 + // opensearch: ListDomainNames, DescribeDomains (5 domains per call)
      2 + // dms: DescribeReplicationInstances, DescribeReplicationTasks (none here: one empty page each)
      5 + // elbv2: DescribeLoadBalancers, DescribeTargetGroups, DescribeTargetHealth per group (2), DescribeTags (20 ARNs per call)
      3 + // wafv2: ListWebACLs, ListLoggingConfigurations, ListResourcesForWebACL for the one web ACL
      1 + // cloudformation:DescribeStacks (all stacks, paginated)
      1 + // cloudformation:DescribeStackEvents for the one stack in progress
      1 + // logs:DescribeLogGroups for the services' and database's groups (50 names per call; none exist here, so nothing is read)
      metricMinimum(report, config, now); // cloudwatch:GetMetricData for every metric of every resource
    // One call per resource, the naive way: describe each cluster, service and stack on its own.
    const naive = 1 + 1 + clusters + clusters + services + services + stacks + 1 + 5 * 3 + 1 + 1 + 1 + 2 + 2 + 3 + 1;
    console.log('\nAWS API calls for the demo account (discovery of every service)');
    console.log(`  ${clusters} clusters, ${services} services, ${stacks} stacks in scope; scan took ${elapsed.toFixed(0)} ms against the emulator`);
    console.log(`  minimum the APIs allow          ${String(minimum).padStart(4)}   1.00x`);
    console.log(
      `  aws-monitor                     ${String(report.apiCalls.total).padStart(4)}   ${(report.apiCalls.total / minimum).toFixed(2)}x   target <= 1.10x: ${report.apiCalls.total <= minimum * 1.1 ? 'met' : 'MISSED'}`,
    );
    console.log(`  one call per resource (naive)   ${String(naive).padStart(4)}   ${(naive / minimum).toFixed(2)}x`);
    for (const op of report.apiCalls.byOperation) console.log(`    ${op.service}:${op.operation} ${op.calls}`);
  } finally {
    await emulator.stop();
  }
}

async function discoveryAtScale(): Promise<void> {
  const emulator = await startEmulator();
  try {
    const seeded = await seedLargeAccount({ endpoint: emulator.endpoint, region: 'us-east-2' });
    const now = new Date();
    const config = loadConfig({ cwd: root, env: {}, now, catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() } });
    // One attempt: the emulator lacks DescribePendingMaintenanceActions, and retries would inflate the count.
    const clients = new ClientFactory({ region: config.region, endpointUrl: emulator.endpoint, credentials: EMULATOR_CREDENTIALS, maxAttempts: 1, requestTimeoutMs: 30_000 });
    const started = performance.now();
    const report = await runScan({ clients, now: () => now, version: 'bench' }, config);
    const elapsed = performance.now() - started;
    clients.destroy();
    const { clusters, servicesPerCluster, stacksInScope, stacksOutOfScope, databases, domains } = LARGE_ACCOUNT;
    const services = clusters * servicesPerCluster;
    const stacks = stacksInScope + stacksOutOfScope;
    const minimum: Record<string, number> = {
      'STS:GetCallerIdentity': 1,
      'ECS:ListClusters': Math.ceil(clusters / 100),
      'ECS:DescribeClusters': Math.ceil(clusters / 100),
      'ECS:ListServices': clusters * Math.max(1, Math.ceil(servicesPerCluster / 100)),
      'ECS:DescribeServices': clusters * Math.ceil(servicesPerCluster / 10),
      'ECS:ListTasks': clusters, // stopped tasks, one listing per cluster (none stopped here)
      'ECS:DescribeTaskDefinition': seeded.taskDefinitions, // no batch form exists
      // DescribeStacks' page size is the service's to choose (the emulator uses 50).
      'CloudFormation:DescribeStacks': Math.ceil(stacks / 50),
      // Region-wide listings of 100 per page.
      'RDS:DescribeDBInstances': Math.ceil(databases / 100),
      'RDS:DescribeDBClusters': 1,
      'RDS:DescribePendingMaintenanceActions': 1,
      // What AWS needs at 100 per page; the emulator ignores MaxRecords and answers in one page.
      'RDS:DescribeEvents': Math.max(1, Math.ceil(seeded.rdsEvents / 100)),
      'OpenSearch:ListDomainNames': 1,
      'OpenSearch:DescribeDomains': Math.ceil(domains / 5),
      'DatabaseMigrationService:DescribeReplicationInstances': 1,
      'DatabaseMigrationService:DescribeReplicationTasks': 1,
      'ElasticLoadBalancingV2:DescribeLoadBalancers': 1, // none here: one empty page
      'ElasticLoadBalancingV2:DescribeTargetGroups': 1,
      'WAFV2:ListWebACLs': 1, // none here
      'WAFV2:ListLoggingConfigurations': 1,
      // Each service logs to its own group; none exists yet, so nothing more is read.
      'CloudWatchLogs:DescribeLogGroups': Math.ceil(seeded.taskDefinitions / 50),
      'CloudWatch:GetMetricData': metricMinimum(report, config, now),
    };
    const minimumTotal = Object.values(minimum).reduce((a, b) => a + b, 0);
    // Naive: describe each thing on its own, and ask for each database's events and maintenance.
    const naive = 1 + clusters + clusters + services + seeded.taskDefinitions + stacks + databases * 3 + 1 + domains;
    console.log(
      `\nDiscovery at scale: ${clusters} clusters x ${servicesPerCluster} services, ${databases} databases, ${domains} search domains, ${stacksInScope} stacks in scope (+${stacksOutOfScope} out of scope)`,
    );
    console.log(`  scan took ${elapsed.toFixed(0)} ms against the emulator; ${report.resources.length} resources in the report`);
    console.log(`  minimum the APIs allow          ${String(minimumTotal).padStart(4)}   1.00x`);
    console.log(
      `  aws-monitor                     ${String(report.apiCalls.total).padStart(4)}   ${(report.apiCalls.total / minimumTotal).toFixed(2)}x   target <= 1.10x: ${report.apiCalls.total <= minimumTotal * 1.1 ? 'met' : 'MISSED'}`,
    );
    console.log(`  one call per resource (naive)   ${String(naive).padStart(4)}   ${(naive / minimumTotal).toFixed(2)}x`);
    printGaps(report);
    for (const op of report.apiCalls.byOperation) {
      const key = `${op.service}:${op.operation}`;
      console.log(`    ${key.padEnd(34)} ${String(op.calls).padStart(4)}   minimum ${minimum[key] ?? '?'}`);
    }
  } finally {
    await emulator.stop();
  }
}

startup();
await apiCalls();
await discoveryAtScale();
metricPlanCalls();
