// Logs end to end against the emulator: discovery finds the log groups (task definitions' awslogs
// settings, RDS log exports, the web ACL's logging configuration, plus a DMS group named in config),
// the reader reads them with FilterLogEvents (the emulator cannot answer Insights stats), and the
// detectors report each seeded problem once: a NullPointerException that starts spiking, a
// brand-new exception, PostgreSQL connection-slot errors, DMS target errors and a WAF block surge.
// The steady Python traceback must not be reported as an anomaly.

import { overlongLines } from '../support/pastable.js';
import { allFindings } from '../../src/report/merge-related.js';
import { runScan } from '../../src/scan.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import type { Report } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { DEMO_DMS_LOG_GROUP, seedDemoLogs } from '../../tools/emulator/demo-logs.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';
import { logsConfig } from '../support/log-builders.js';
import { schemaErrors } from '../support/report-schema.js';

const emulator = useEmulator();
let report: Report;
let calls: Record<string, number>;

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  const seededAt = Date.now();
  await seedDemoLogs({ endpoint: emulator().endpoint, region: REGION }, seededAt);
  const now = new Date(seededAt);
  const config = aConfig({
    services: ['ecs', 'rds', 'wafv2'],
    window: { from: new Date(now.getTime() - 86_400_000), to: now },
    logs: logsConfig({ extraLogGroups: [DEMO_DMS_LOG_GROUP] }),
  });
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  report = await runScan({ clients, now: () => now, version: 'test' }, config);
  calls = Object.fromEntries(
    clients.counter
      .snapshot()
      .byOperation.filter((o) => o.service === 'CloudWatchLogs' || o.service === 'logs')
      .map((o) => [o.operation, o.calls]),
  );
  clients.destroy();
}, 120_000);

describe('logs against the emulator', () => {
  it('finds each seeded problem once, on the resource the logs belong to', () => {
    const logFindings = allFindings(report.findings).filter((f) => f.logs);
    expect(logFindings.map((f) => `${f.kind} ${f.severity} ${f.resource.type}:${f.resource.id}`).sort()).toEqual([
      'dms_task_log_errors high logs:log-group:dms-tasks-orders-replication',
      'log_error_rate_spike high ecs:service:pp-web-production/checkout',
      'log_new_signature high ecs:service:pp-web-production/checkout',
      'rds_log_errors high rds:instance:orders-db',
      'waf_block_spike medium wafv2:web-acl:pp-api-acl',
    ]);
  });

  it('reports the new exception under the error spike it is part of, not as a second problem', () => {
    const spike = report.findings.find((f) => f.kind === 'log_error_rate_spike')!;
    expect(spike.related?.map((f) => f.kind)).toEqual(['log_new_signature']);
    expect(report.findings.filter((f) => f.kind === 'log_new_signature')).toEqual([]);
  });

  it('keeps the steady Python traceback out of the anomalies: one quiet info line', () => {
    const worker = report.findings.filter((f) => f.resource.id === 'pp-workers-production/order-events');
    expect(worker.map((f) => `${f.kind} ${f.severity}`)).toEqual(['log_recurring_errors info']);
    expect(worker[0]!.evidence.map((e) => e.value)).toEqual([expect.stringMatching(/^KeyError at \/app\/order_events\/consumer\.py in handle$/)]);
  });

  it('reads every discovered group with FilterLogEvents and says so in the report', () => {
    expect(report.logs).toMatchObject({ engine: 'filter', sources: 10, skipped: 0 });
    expect(report.logs!.bytesScanned).toBeGreaterThan(0);
    expect(report.coverage.filter((g) => g.service === 'logs')).toEqual([]);
    // One DescribeLogGroups round and one FilterLogEvents page per group: these groups are small.
    expect(calls.FilterLogEvents).toBe(10);
  });

  it('prints names, counts and a redacted example in the text report', () => {
    const text = RENDERERS.text(report, { minSeverity: 'info', width: 100 });
    if (process.env.SHOW_REPORT) console.log(text);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('rising: java.lang.NullPointerException at com.shop.checkout.PricingService.applyDiscounts');
    expect(flat).toContain('new exception "com.shop.payments.GatewayTimeoutException at com.shop.payments.PaymentClient.charge"');
    expect(text).toContain('log group: /ecs/checkout');
    expect(overlongLines(text)).toEqual([]);
    expect(text).not.toContain('jane.doe@example.com');
    expect(text).not.toContain('sk_live_51HxDemoNotARealKey');
    expect(text).toMatch(/Logs: 10 sources read with FilterLogEvents/);
  });

  it('writes a JSON report the published schema accepts, log findings and all', () => {
    expect(schemaErrors(JSON.parse(RENDERERS.json(report, { minSeverity: 'info' })))).toEqual([]);
  });

  it('reports user patterns that ran out of their CPU budget as a coverage gap, not as silence', async () => {
    const now = new Date();
    const config = aConfig({ services: ['ecs'], window: { from: new Date(now.getTime() - 86_400_000), to: now }, logs: { ...logsConfig({}), patternBudgetMs: 1 } });
    const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
    const starved = await runScan({ clients, now: () => now, version: 'test' }, config);
    clients.destroy();
    expect(starved.coverage).toContainEqual(
      expect.objectContaining({
        service: 'logs',
        operation: 'user patterns',
        reason: expect.stringMatching(/^the patterns took more than \S+ of CPU \(\[logs\] pattern_budget\)/),
      }),
    );
  }, 60_000);
});
