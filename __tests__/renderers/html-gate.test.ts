import type { GateReport } from '../../src/gate/gate-report.js';
import { DEFAULT_GATE_SETTINGS, judgeGate } from '../../src/gate/judge.js';
import type { GateMetricSample } from '../../src/gate/types.js';
import { renderGateHtml } from '../../src/renderers/html/gate-page.js';
import { parseHtml, textOf } from '../support/html-document.js';

const steady = (level: number, n = 30) => Array.from({ length: n }, (_, i) => level * (1 + ((i % 7) - 3) / 100));

function aGateReport(samples: GateMetricSample[], newSignatures: GateReport['result']['newSignatures'] = []): GateReport {
  const settings = { ...DEFAULT_GATE_SETTINGS };
  return {
    kind: 'gate',
    schemaVersion: 1,
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
    settings: { ...settings, windowMinutes: 30, newSignatureMinCount: 3, failOnMarginal: false },
    result: judgeGate(samples, newSignatures, settings),
    checks: ['fail'],
    coverage: [],
    apiCalls: { total: 12, requests: 12, byOperation: [] },
    durationMs: 2_100,
  };
}

const fiveXx: GateMetricSample = { id: 'tg_target_5xx_rate', label: 'target 5xx rate', unit: 'percent', bad: 'up', critical: true, before: steady(0.1), after: steady(5), weekBefore: steady(0.1) };
const cpu: GateMetricSample = { id: 'ecs_cpu', label: 'CPU', unit: 'percent', bad: 'up', critical: false, before: steady(40), after: steady(41) };

describe('html gate page', () => {
  const report = aGateReport([fiveXx, cpu], [{ signature: '<script>alert(1)</script> at Pay.charge', count: 9, firstSeen: '2026-11-25T11:05:00.000Z' }]);
  const doc = parseHtml(renderGateHtml(report));

  it('says the verdict and the score first', () => {
    expect(textOf(doc.querySelector('h1'))).toBe('Fail score 50: 1 of 2 metrics passed, 1 new error signature');
    expect(doc.querySelector('header')!.classList.contains('failing')).toBe(true);
  });

  it('shows each metric before and after, with the two on one axis', () => {
    const rows = [...doc.querySelectorAll('#metrics-h ~ div tbody tr')];
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1, 6).map(textOf))).toEqual([
      ['0.10%', '5%', expect.stringMatching(/^\+\d+%$/), '<0.0001', 'fail'],
      ['40%', '41%', expect.stringMatching(/^\+\d(\.\d)?%$/), expect.any(String), 'pass'],
    ]);
    const chart = rows[0]!.querySelector('svg.compare')!;
    expect(Number(chart.querySelector('circle.after')!.getAttribute('cx'))).toBeGreaterThan(Number(chart.querySelector('circle.before')!.getAttribute('cx')));
    expect(chart.querySelector('path.week')).not.toBeNull();
    expect(textOf(chart.querySelector('title'))).toBe('target 5xx rate: median before 0.10%, after 5%, a week earlier 0.10%');
  });

  it('lists a new error signature as text, whatever it holds', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(textOf(doc.querySelector('#signatures-h ~ div tbody td'))).toBe('<script>alert(1)</script> at Pay.charge');
  });
});
