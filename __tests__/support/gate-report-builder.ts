// A gate report as runGate builds one, its verdict from the real judge: for the gate's HTML page.

import type { GateReport } from '../../src/gate/gate-report.js';
import { DEFAULT_GATE_SETTINGS, judgeGate } from '../../src/gate/judge.js';
import type { GateMetricSample, NewSignature } from '../../src/gate/types.js';

/** 30 points around `level`, a percent or so apart: a quiet metric. */
export const steady = (level: number, n = 30): number[] => Array.from({ length: n }, (_, i) => level * (1 + ((i % 7) - 3) / 100));

export const FIVE_XX_UP: GateMetricSample = {
  id: 'tg_target_5xx_rate',
  label: 'target 5xx rate',
  unit: 'percent',
  bad: 'up',
  critical: true,
  before: steady(0.1),
  after: steady(5),
  weekBefore: steady(0.1),
};
export const CPU_FLAT: GateMetricSample = { id: 'ecs_cpu', label: 'CPU', unit: 'percent', bad: 'up', critical: false, before: steady(40), after: steady(41) };
export const LATENCY_FLAT: GateMetricSample = {
  id: 'tg_p99',
  label: 'p99 latency',
  unit: 'seconds',
  bad: 'up',
  critical: false,
  before: steady(0.21),
  after: steady(0.2),
  weekBefore: steady(0.22),
};

export function aGateReport(samples: GateMetricSample[] = [FIVE_XX_UP, CPU_FLAT, LATENCY_FLAT], newSignatures: NewSignature[] = []): GateReport {
  const settings = { ...DEFAULT_GATE_SETTINGS };
  return {
    kind: 'gate',
    schemaVersion: 2,
    tool: { name: 'aws-monitor', version: 'test' },
    generatedAt: '2026-11-25T12:00:00.000Z',
    account: '123456789012',
    region: 'us-east-2',
    service: { cluster: 'pp-web-production', name: 'checkout', targetGroups: ['checkout'], logGroups: ['/ecs/checkout'] },
    deploy: { at: '2026-11-25T11:00:00.000Z', source: 'flag' },
    windows: {
      before: { from: '2026-11-25T10:30:00.000Z', to: '2026-11-25T11:00:00.000Z' },
      after: { from: '2026-11-25T11:00:00.000Z', to: '2026-11-25T11:30:00.000Z' },
      weekBefore: { from: '2026-11-18T11:00:00.000Z', to: '2026-11-18T11:30:00.000Z' },
    },
    settings: { ...settings, windowMinutes: 30, newSignatureMinCount: 3, failOnMarginal: false, criticalMetrics: ['target_5xx_rate', 'response_time_p99'] },
    result: judgeGate(samples, newSignatures, settings),
    checks: ['fail'],
    coverage: [],
    apiCalls: { total: 12, requests: 12, byOperation: [] },
    durationMs: 2_100,
  };
}
