// The log detectors end to end on plain data: events -> counts (the real counters) -> digest
// (parsers, trace assembly, signatures) -> detectors. The demo's logs hold one of each problem.

import { demoLogStreams, DEMO_DMS_LOG_GROUP, DEMO_WAF_LOG_GROUP } from '../../tools/emulator/demo-logs.js';
import { LOG_DETECTORS } from '../../src/detectors/registry.js';
import { detectLogs } from '../../src/scan.js';
import type { Finding, Resource } from '../../src/report/model.js';
import { buildReport } from '../../src/report/build-report.js';
import { planLogWindow } from '../../src/telemetry/logs/log-window.js';
import type { LogSource } from '../../src/telemetry/logs/log-types.js';
import { aConfig, NOW } from '../support/builders.js';
import { aSource, digestOf, logsConfig, sourceLogsOf } from '../support/log-builders.js';

const HOUR = 3_600_000;
const window = planLogWindow({ from: new Date(NOW.getTime() - 24 * HOUR), to: NOW }, HOUR);

const SOURCES: Record<string, LogSource> = {
  '/ecs/checkout': aSource('/ecs/checkout', 'application', { type: 'ecs:service', id: 'pp-web-production/checkout' }),
  '/ecs/storefront': aSource('/ecs/storefront', 'application', { type: 'ecs:service', id: 'pp-web-production/storefront' }),
  '/ecs/search-api': aSource('/ecs/search-api', 'application', { type: 'ecs:service', id: 'pp-web-production/search-api' }),
  '/ecs/order-events': aSource('/ecs/order-events', 'application', { type: 'ecs:service', id: 'pp-workers-production/order-events' }),
  '/ecs/email-sender': aSource('/ecs/email-sender', 'application', { type: 'ecs:service', id: 'pp-workers-production/email-sender' }),
  '/aws/rds/instance/orders-db/postgresql': aSource('/aws/rds/instance/orders-db/postgresql', 'rds-postgresql', { type: 'rds:instance', id: 'orders-db' }),
  '/aws/rds/cluster/catalog/postgresql': aSource('/aws/rds/cluster/catalog/postgresql', 'rds-postgresql', { type: 'rds:cluster', id: 'catalog' }),
  [DEMO_DMS_LOG_GROUP]: aSource(DEMO_DMS_LOG_GROUP, 'dms', { type: 'logs:log-group', id: DEMO_DMS_LOG_GROUP }),
  [DEMO_WAF_LOG_GROUP]: aSource(DEMO_WAF_LOG_GROUP, 'waf', { type: 'wafv2:web-acl', id: 'pp-api-acl' }),
};

function run(events: Map<string, Array<{ timestamp: number; message: string }>>, config = aConfig({ logs: logsConfig() })): Finding[] {
  const digests = [...events].map(([group, list]) =>
    digestOf(sourceLogsOf(SOURCES[group] ?? aSource(group, 'application', { type: 'logs:log-group', id: group }), list, window, config.logs), window, config.logs),
  );
  const resources: Resource[] = Object.values(SOURCES).map((s) => ({ ...s.resource, name: s.resource.id.split('/').pop()!, region: 'us-east-2', tags: {}, attributes: {} }));
  return detectLogs(digests, resources, LOG_DETECTORS, config, window.recentFromBin, NOW);
}

const demo = new Map(demoLogStreams(NOW.getTime()).map((s) => [s.group, s.events]));

describe('log detectors on the demo account', () => {
  const findings = run(demo);
  const on = (id: string) => findings.filter((f) => f.resource.id === id).map((f) => `${f.kind} ${f.severity}`);

  it('report each seeded problem exactly once, on the right resource, and nothing on the quiet ones', () => {
    expect(on('pp-web-production/checkout').sort()).toEqual(['log_error_rate_spike high', 'log_new_signature high']);
    expect(on('orders-db')).toEqual(['rds_log_errors high']);
    expect(on(DEMO_DMS_LOG_GROUP)).toEqual(['dms_task_log_errors high']);
    expect(on('pp-api-acl')).toEqual(['waf_block_spike medium']);
    // The steady Python traceback is known noise: one quiet info line, never an anomaly.
    expect(on('pp-workers-production/order-events')).toEqual(['log_recurring_errors info']);
    for (const quiet of ['pp-web-production/storefront', 'pp-web-production/search-api', 'pp-workers-production/email-sender', 'catalog']) expect(on(quiet)).toEqual([]);
  });

  it('the spike names the NullPointerException by type and application frame, with counts now and before', () => {
    const spike = findings.find((f) => f.kind === 'log_error_rate_spike')!;
    expect(spike.logs?.signature).toBe('java.lang.NullPointerException at com.shop.checkout.PricingService.applyDiscounts');
    expect(spike.evidence.find((e) => e.label === 'rising')?.value).toMatch(/NullPointerException.*: 40 in 1 h \(before 2\.0\/h\)/);
    expect(spike.logs!.recent).toBeGreaterThan(spike.logs!.baseline / 11);
    expect(spike.since! >= new Date(NOW.getTime() - HOUR - 5 * 60_000).toISOString()).toBe(true);
    // The example is the whole trace, its logging line first.
    expect(spike.logs?.example?.split('\n').slice(0, 3)).toEqual([
      expect.stringContaining('Servlet.service() for servlet [dispatcherServlet] threw exception'),
      'java.lang.NullPointerException: Cannot invoke "com.shop.checkout.Cart.getTotal()" because "cart" is null',
      '\tat com.shop.checkout.PricingService.applyDiscounts(PricingService.java:88)',
    ]);
  });

  it('the new exception is reported with its first sighting and a redacted example', () => {
    const fresh = findings.find((f) => f.kind === 'log_new_signature')!;
    expect(fresh.title).toContain('new exception "com.shop.payments.GatewayTimeoutException at com.shop.payments.PaymentClient.charge"');
    expect(fresh.logs?.baseline).toBe(0);
    expect(fresh.logs?.firstSeen).toBe(fresh.since);
    const report = buildReport({
      version: 't',
      config: aConfig(),
      account: '1',
      resources: [],
      findings: [fresh],
      coverage: [],
      apiCalls: { total: 0, requests: 0, byOperation: [] },
      generatedAt: NOW,
      durationMs: 1,
    });
    const example = report.findings[0]!.logs!.example!;
    expect(example).toContain('GatewayTimeoutException');
    expect(example).not.toContain('jane.doe@example.com');
    expect(example).not.toContain('sk_live_51HxDemoNotARealKey');
  });

  it('the database finding is about connection slots and the DMS one names the component', () => {
    const db = findings.find((f) => f.kind === 'rds_log_errors')!;
    expect(db.title).toMatch(/orders-db: 15 connection errors in 1 h \(none before\)/);
    expect(db.logs?.signature).toContain('remaining connection slots are reserved');
    const dms = findings.find((f) => f.kind === 'dms_task_log_errors')!;
    expect(dms.title).toContain('TARGET_APPLY');
    expect(dms.logs?.recent).toBe(12);
  });

  it('the WAF surge names the rule and the sources', () => {
    const waf = findings.find((f) => f.kind === 'waf_block_spike')!;
    expect(waf.evidence.find((e) => e.label === 'rules')?.value).toMatch(/^RateLimitPerIP \(480\)(, |$)/);
    expect(waf.evidence.find((e) => e.label === 'sources')?.value).toMatch(/^203\.0\.113\.54 \(VN\) \(300\), 203\.0\.113\.9 \(VN\) \(180\)/);
    expect(waf.evidence.find((e) => e.label === 'paths')?.value).toMatch(/^\/api\/login/);
  });
});

describe('log detectors on edge cases', () => {
  const minute = 60_000;
  const spring = (t: number, level: string, msg: string) => ({ timestamp: t, message: `${new Date(t).toISOString()} ${level} 1 --- [main] c.s.App : ${msg}` });

  it('a traffic surge with an unchanged error share is not a spike', () => {
    const events: Array<{ timestamp: number; message: string }> = [];
    for (let t = window.startMs; t < NOW.getTime(); t += minute) {
      const recent = t >= NOW.getTime() - HOUR;
      const n = recent ? 30 : 10;
      for (let i = 0; i < n; i += 1) events.push(spring(t + i, i === 0 ? 'ERROR' : 'INFO', i === 0 ? `upstream call failed with id ${t}` : 'ok'));
    }
    expect(run(new Map([['/ecs/checkout', events]])).filter((f) => f.kind === 'log_error_rate_spike')).toEqual([]);
  });

  it('a group with no baseline has nothing "new"', () => {
    const events = [0, 1, 2].map((i) => spring(NOW.getTime() - 10 * minute + i, 'ERROR', `boom ${i}`));
    expect(run(new Map([['/ecs/checkout', events]])).filter((f) => f.kind === 'log_new_signature')).toEqual([]);
  });

  it('5xx responses in JSON access logs are reported as a share of requests', () => {
    const events: Array<{ timestamp: number; message: string }> = [];
    for (let t = window.startMs; t < NOW.getTime(); t += minute) {
      const bad = t >= NOW.getTime() - 30 * minute;
      for (let i = 0; i < 10; i += 1)
        events.push({ timestamp: t + i, message: JSON.stringify({ level: 'info', method: 'POST', path: '/api/pay', status: bad && i < 4 ? 503 : 200 }) });
    }
    const http = run(new Map([['/ecs/checkout', events]])).filter((f) => f.kind === 'log_http_errors');
    expect(http.map((f) => f.title)).toEqual([expect.stringMatching(/20\.0% of requests answered 5xx, up from 0\.0%/)]);
    expect(http[0]!.evidence.find((e) => e.label === 'top')?.value).toBe('503 POST /api/pay (120)');
  });

  it('a configured pattern is reported at its own severity with an example', () => {
    const config = aConfig({
      logs: logsConfig({ patterns: [{ name: 'card-declined', regex: 'card (declined|refused)', ignoreCase: true, severity: 'low', minCount: 2, logGroups: ['/ecs/*'] }] }),
    });
    const events = [
      spring(NOW.getTime() - 20 * HOUR, 'INFO', 'ok'),
      spring(NOW.getTime() - 5 * minute, 'WARN', 'Card DECLINED for order 1'),
      spring(NOW.getTime() - 4 * minute, 'WARN', 'card refused for order 2'),
    ];
    const found = run(new Map([['/ecs/checkout', events]]), config).filter((f) => f.kind === 'log_pattern_match');
    expect(found.map((f) => [f.severity, f.title])).toEqual([['low', 'checkout: pattern "card-declined" matched 2 times in 1 h']]);
    expect(found[0]!.logs?.example).toContain('Card DECLINED for order 1');
    // Not for groups outside its log_groups globs.
    expect(run(new Map([['/app/billing', events]]), config).filter((f) => f.kind === 'log_pattern_match')).toEqual([]);
  });

  it('a flood of one-off error lines in the baseline does not hide a new error (the template store evicts stale noise)', () => {
    // Letters only, so every line is a new template the grouper cannot mask into another.
    const word = (n: number): string => {
      let w = '';
      for (let x = n + 26 * 26; x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
      return w;
    };
    const events: Array<{ timestamp: number; message: string }> = [];
    const flood = NOW.getTime() - 18 * HOUR;
    for (let i = 0; i < 6_000; i += 1) events.push(spring(flood + i, 'ERROR', `rejected ${word(i)} payload from ${word(i * 7 + 3)} client ${word(i * 13 + 5)}`));
    for (let t = window.startMs; t < NOW.getTime() - HOUR; t += 10 * minute) events.push(spring(t, 'INFO', 'ok'));
    for (let i = 0; i < 38; i += 1) {
      const t = NOW.getTime() - 50 * minute + i * minute;
      events.push(spring(t, 'ERROR', 'Ledger write refused: account locked'));
      events.push(spring(t + 1, 'INFO', 'ok'));
    }
    events.sort((a, b) => a.timestamp - b.timestamp);
    const findings = run(new Map([['/ecs/checkout', events]]));
    const fresh = findings.filter((f) => f.kind === 'log_new_signature' || f.kind === 'log_error_rate_spike');
    expect(fresh.map((f) => f.logs?.signature ?? f.title)).toContainEqual(expect.stringContaining('Ledger write refused: account locked'));
    expect(findings.some((f) => f.kind === 'log_recurring_errors' && f.title.includes('<*>'))).toBe(false);
  });
});
