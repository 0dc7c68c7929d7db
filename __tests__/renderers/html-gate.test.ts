import { renderGateHtml } from '../../src/renderers/html/gate-page.js';
import { aGateReport, CPU_FLAT, FIVE_XX_UP } from '../support/gate-report-builder.js';
import { parseHtml, textOf } from '../support/html-document.js';

describe('html gate page', () => {
  const report = aGateReport([FIVE_XX_UP, CPU_FLAT], [{ signature: '<script>alert(1)</script> at Pay.charge', count: 9, firstSeen: '2026-11-25T11:05:00.000Z' }]);
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
