// What the gate reads and how missing data stays missing (issue 15: an empty log window counted
// as "0 errors", and a service's absent metrics were left out of the score instead of "no data").

import type { LogDigest } from '../../src/analysis/logs/log-digest.js';
import { logErrorSample, metricSamples, newSignatures, planGateWindows } from '../../src/gate/gate-plan.js';

const deploy = new Date('2026-11-25T10:00:00Z');
const windows = planGateWindows(deploy, new Date('2026-11-25T10:30:00Z'), 30 * 60_000);

/** A digest of the 60 minutes around the deploy: `total` and `errors` lines per minute, and signatures. */
function digest(total: (minute: number) => number, errors: (minute: number) => number, signatures: LogDigest['signatures'] = []): LogDigest {
  const minutes = Array.from({ length: 60 }, (_, i) => i);
  return {
    source: { kind: 'application', logGroup: '/ecs/checkout', resource: { type: 'ecs:service', id: 'c/checkout' } },
    startMs: windows.before.from.getTime(),
    binSeconds: 60,
    binCount: 60,
    counts: { total: minutes.map(total), errors: minutes.map(errors) },
    signatures,
    httpErrors: [],
    wafBlocks: [],
    sampled: false,
    examples: {},
  } as unknown as LogDigest;
}

const signature = (bins: number[]) => ({
  key: 'k',
  kind: 'trace',
  level: 'error',
  title: 'java.lang.IllegalStateException at a.B.c',
  example: 'x',
  bins,
  total: bins.reduce((a, b) => a + b, 0),
  firstSeen: deploy.getTime() + 60_000,
  lastSeen: deploy.getTime() + 120_000,
});

describe('the log error sample', () => {
  it('counts error lines per minute where the logs have lines', () => {
    const sample = logErrorSample(windows, [
      digest(
        () => 10,
        (m) => (m >= 30 ? 2 : 0),
      ),
    ])!;
    expect(sample.before).toEqual(new Array(30).fill(0));
    expect(sample.after).toEqual(new Array(30).fill(2));
  });

  it('has no data for a window in which the logs hold no line at all, not zero errors', () => {
    const silentAfter = logErrorSample(windows, [
      digest(
        (m) => (m < 30 ? 10 : 0),
        () => 0,
      ),
    ])!;
    expect(silentAfter.before).toHaveLength(30);
    expect(silentAfter.after).toEqual([]);
  });

  it('calls nothing new when the logs are empty before the deploy: every signature would look new', () => {
    const bins = Array.from({ length: 60 }, (_, m) => (m >= 31 ? 3 : 0));
    expect(
      newSignatures(
        windows,
        [
          digest(
            (m) => (m >= 30 ? 10 : 0),
            () => 0,
            [signature(bins)] as never,
          ),
        ],
        3,
      ),
    ).toEqual([]);
    expect(
      newSignatures(
        windows,
        [
          digest(
            () => 10,
            () => 0,
            [signature(bins)] as never,
          ),
        ],
        3,
      ).map((s) => s.signature),
    ).toEqual(['java.lang.IllegalStateException at a.B.c']);
  });
});

describe('the metrics a service should have', () => {
  it('judges load-balancer metrics only for a service behind a target group', () => {
    const worker = metricSamples(windows, { service: new Map(), targetGroups: [] }, undefined);
    expect(worker.map((s) => s.id)).toEqual(['cpu', 'memory']);
    const web = metricSamples(windows, { service: new Map(), targetGroups: [{ id: 'web', series: new Map() }] }, undefined);
    expect(web.map((s) => s.id)).toEqual(['target_5xx_rate', 'response_time_p99', 'response_time', 'target_4xx_rate', 'requests', 'cpu', 'memory']);
    // Without points they are still there, to be judged "no data".
    expect(web.every((s) => s.before.length === 0 || s.before.every((v) => Number.isNaN(v)))).toBe(true);
  });

  it('marks as critical what the config says', () => {
    const samples = metricSamples(windows, { service: new Map(), targetGroups: [{ id: 'web', series: new Map() }] }, undefined, new Set(['cpu']));
    expect(samples.filter((s) => s.critical).map((s) => s.id)).toEqual(['cpu']);
  });
});
