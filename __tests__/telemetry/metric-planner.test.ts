import { METRIC_CATALOG } from '../../src/telemetry/metrics/metric-catalog.js';
import {
  choosePeriodSeconds,
  MAX_POINTS_PER_CALL,
  MAX_QUERIES_PER_CALL,
  minimumCalls,
  planMetricCalls,
  planMetricQueries,
  planRecentCalls,
} from '../../src/telemetry/metrics/metric-planner.js';
import type { Resource } from '../../src/report/model.js';
import { anEcsService, NOW } from '../support/builders.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const windowOf = (ms: number) => ({ from: new Date(NOW.getTime() - ms), to: NOW });

function anAlb(i: number): Resource {
  return {
    type: 'elbv2:load-balancer',
    id: `lb-${i}`,
    name: `lb-${i}`,
    region: 'us-east-2',
    tags: {},
    attributes: { lbType: 'application', metricDimension: `app/lb-${i}/abc${i}` },
  };
}
const services = (n: number) => Array.from({ length: n }, (_, i) => anEcsService({}, { id: `c/s-${i}`, name: `s-${i}` }));

describe('metric period', () => {
  it('uses one-minute periods for an hour', () => {
    expect(choosePeriodSeconds(windowOf(HOUR), NOW, 720)).toBe(60);
  });

  it('grows the period to stay within the points cap, to one every storage step aligns with', () => {
    // 2 and 14 minutes would do for the cap, but 5-minute points would land 4 and 6 minutes apart
    // and hourly ones 56 and 70: a series with no step.
    expect(choosePeriodSeconds(windowOf(DAY), NOW, 720)).toBe(300);
    expect(choosePeriodSeconds(windowOf(7 * DAY), NOW, 720)).toBe(900);
    expect(choosePeriodSeconds(windowOf(12 * HOUR), NOW, 720)).toBe(60);
    expect(choosePeriodSeconds(windowOf(20 * DAY), NOW, 720)).toBe(3600);
    expect(choosePeriodSeconds(windowOf(90 * DAY), NOW, 720)).toBe(3 * 3600);
    for (const days of [1, 2, 3, 5, 7, 10, 14, 20, 30, 45, 60, 90]) {
      const period = choosePeriodSeconds(windowOf(days * DAY), NOW, 720);
      expect([60, 300, 3600].every((step) => period % step === 0 || step % period === 0)).toBe(true);
    }
  });

  it('never asks for finer data than CloudWatch still keeps for the oldest point', () => {
    // Older than 15 days: 5-minute data only; older than 63 days: hourly only.
    expect(choosePeriodSeconds(windowOf(20 * DAY), NOW, 100_000) % 300).toBe(0);
    expect(choosePeriodSeconds(windowOf(90 * DAY), NOW, 100_000) % 3600).toBe(0);
    expect(choosePeriodSeconds({ from: new Date(NOW.getTime() - 70 * DAY), to: new Date(NOW.getTime() - 69 * DAY) }, NOW, 1440)).toBe(3600);
  });
});

describe('metric planner', () => {
  it('asks for each applicable catalog metric of each resource once', () => {
    const queries = planMetricQueries([...services(2), anAlb(0)]);
    // The builder's services have Container Insights off: one catalog metric needs it.
    const perService = METRIC_CATALOG.filter((m) => m.resourceType === 'ecs:service' && m.namespace === 'AWS/ECS').length;
    const perAlb = METRIC_CATALOG.filter((m) => m.resourceType === 'elbv2:load-balancer').length;
    expect(queries).toHaveLength(2 * perService + perAlb);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    expect(queries.every((q) => /^[a-z][a-zA-Z0-9_]*$/.test(q.id))).toBe(true);
  });

  it('skips resources whose dimensions are unknown (a network load balancer, a service without cluster)', () => {
    const nlb: Resource = { ...anAlb(1), attributes: { lbType: 'network', metricDimension: 'net/x/1' } };
    expect(planMetricQueries([nlb, anEcsService({ cluster: undefined })])).toEqual([]);
  });

  it('reads Container Insights metrics only for services whose cluster has it on', () => {
    const ids = (insights: string) => planMetricQueries([anEcsService({ containerInsights: insights })]).map((q) => q.spec.id);
    expect(ids('enabled')).toContain('ecs_running_tasks');
    expect(ids('disabled')).not.toContain('ecs_running_tasks');
  });

  it('puts percentile statistics after the others', () => {
    const stats = planMetricQueries([anAlb(0), ...services(1)]).map((q) => q.spec.stat);
    const first = stats.findIndex((s) => s.startsWith('p'));
    expect(stats.slice(first).every((s) => s.startsWith('p'))).toBe(true);
  });

  it('packs 500 queries per call when series are short', () => {
    const plan = planMetricCalls(services(300), windowOf(HOUR), NOW, { maxPointsPerSeries: 720 });
    expect(plan.calls.map((c) => c.length)).toEqual([500, 100]);
  });

  it('keeps every call within 100,800 points when series are long', () => {
    const plan = planMetricCalls(services(300), windowOf(7 * DAY), NOW, { maxPointsPerSeries: 720 });
    for (const call of plan.calls) expect(call.length * plan.pointsPerSeries).toBeLessThanOrEqual(MAX_POINTS_PER_CALL);
    expect(plan.calls.length).toBe(minimumCalls(600, plan.pointsPerSeries));
  });

  it('aligns the window to whole periods', () => {
    const plan = planMetricCalls(services(1), { from: new Date('2026-11-25T10:07:31Z'), to: new Date('2026-11-25T11:07:31Z') }, NOW, { maxPointsPerSeries: 720 });
    expect(plan.start.toISOString()).toBe('2026-11-25T10:07:00.000Z');
    expect(plan.end.toISOString()).toBe('2026-11-25T11:08:00.000Z');
    expect(plan.pointsPerSeries).toBe(61);
  });

  it('needs no call at all without resources', () => {
    expect(planMetricCalls([], windowOf(DAY), NOW, { maxPointsPerSeries: 720 }).calls).toEqual([]);
    expect(MAX_QUERIES_PER_CALL).toBe(500);
  });
});

describe('metric history before the window', () => {
  it('reads the baseline before the window at the period the window alone would get', () => {
    const plan = planMetricCalls(services(3), windowOf(DAY), NOW, { maxPointsPerSeries: 720, baselineMs: 3 * DAY });
    expect(plan.periodSeconds).toBe(300);
    expect(plan.windowStart?.getTime()).toBe(NOW.getTime() - DAY);
    expect(plan.start.getTime()).toBe(NOW.getTime() - 4 * DAY);
    expect(plan.pointsPerSeries).toBe(4 * 288);
  });

  it('reads at most three times the points cap of history', () => {
    const plan = planMetricCalls(services(3), windowOf(HOUR), NOW, { maxPointsPerSeries: 720, baselineMs: 14 * DAY });
    expect(plan.periodSeconds).toBe(60);
    expect(plan.start.getTime()).toBe(NOW.getTime() - HOUR - 3 * 720 * 60_000);
  });

  it('coarsens the period where the history is older than CloudWatch keeps 1-minute data', () => {
    const plan = planMetricCalls(services(3), windowOf(HOUR), NOW, { maxPointsPerSeries: 1440, baselineMs: 14 * DAY + 23 * HOUR });
    expect(plan.periodSeconds).toBe(60);
    const older = planMetricCalls(services(3), { from: new Date(NOW.getTime() - 14 * DAY), to: new Date(NOW.getTime() - 14 * DAY + HOUR) }, NOW, {
      maxPointsPerSeries: 1440,
      baselineMs: 2 * DAY,
    });
    expect(older.periodSeconds).toBe(300);
  });
});

describe("a long window's last day", () => {
  const options = { maxPointsPerSeries: 720, baselineMs: 3 * DAY };

  it('is read again as a 24-hour scan reads it when the window is read coarser', () => {
    const month = planMetricCalls(services(3), windowOf(30 * DAY), NOW, options);
    expect(month.periodSeconds).toBe(3600);
    const recent = planRecentCalls(services(3), windowOf(30 * DAY), NOW, options, month);
    expect(recent).toEqual(planMetricCalls(services(3), windowOf(DAY), NOW, options));
    expect(recent?.periodSeconds).toBe(300);
    expect(recent?.windowStart?.getTime()).toBe(NOW.getTime() - DAY);
  });

  it('is not read twice when the window is a day or less', () => {
    const day = planMetricCalls(services(3), windowOf(DAY), NOW, options);
    expect(planRecentCalls(services(3), windowOf(DAY), NOW, options, day)).toBeUndefined();
    const hour = planMetricCalls(services(3), windowOf(HOUR), NOW, options);
    expect(planRecentCalls(services(3), windowOf(HOUR), NOW, options, hour)).toBeUndefined();
  });
});
