// The post-deploy gate's report as one self-contained page: the verdict and score first, the
// reasons, then each metric's before and after side by side on one axis (medians, means and the
// week-before median where there is one), the new error signatures, coverage and the run.
// The gate report keeps each window's summary statistics, not its points, so the chart shows
// those, not the whole distributions.

import { formatValue } from '../../report/metric-units.js';
import type { GateReport } from '../../gate/gate-report.js';
import type { MetricVerdict } from '../../gate/types.js';
import { formatTime } from '../text.js';
import { escapeHtml as e } from './html-text.js';
import { htmlPage } from './page-shell.js';

const VERDICT = { pass: 'Pass', marginal: 'Marginal', fail: 'Fail', inconclusive: 'Inconclusive' } as const;
// The report page's colours: a pass reads as healthy, marginal as degraded, a fail as failing; inconclusive as not known.
const TONE = { pass: 'healthy', marginal: 'degraded', fail: 'failing', inconclusive: 'inconclusive' } as const;
const METRIC_TONE = { pass: 'ok', fail: 'critical', nodata: 'info' } as const;

const time = (iso: string): string => `<time datetime="${e(iso)}">${e(formatTime(iso))}</time>`;
const shown = (v: number | undefined, unit: string): string => (v === undefined || !Number.isFinite(v) ? '–' : formatValue(v, unit));

function change(m: MetricVerdict): string {
  if (m.relativeChange === undefined) return m.verdict === 'nodata' ? '–' : 'from 0';
  const percent = m.relativeChange * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(Math.abs(m.relativeChange) < 0.1 ? 1 : 0)}%`;
}

const W = 300;
const H = 56;
const PAD = 14;

/** Before and after of one metric on one axis: hollow before, filled after, an arrow between, the week before as a diamond. */
export function comparisonChart(m: MetricVerdict, id: string): string {
  const before = m.basis === 'mean' ? m.beforeMean : m.beforeMedian;
  const after = m.basis === 'mean' ? m.afterMean : m.afterMedian;
  const week = m.weekBefore?.median;
  const points = [before, after, week, m.beforeMean, m.afterMean].filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after)) return '';
  // Around the values, not from zero: a 3 % rise must be visible. The padding grows with the values,
  // so a small change still looks small next to them.
  const lowest = Math.min(...points);
  const highest = Math.max(...points);
  const pad = Math.max((highest - lowest) * 0.15, Math.abs(highest) * 0.05, 1e-9);
  const low = lowest >= 0 ? Math.max(0, lowest - pad) : lowest - pad;
  const high = highest + pad;
  if (!Number.isFinite(high - low)) return '';
  const x = (v: number): number => PAD + ((v - low) / (high - low || 1)) * (W - 2 * PAD);
  const basis = m.basis === 'mean' ? 'mean' : 'median';
  const parts = [
    `<line class="axis" x1="${PAD}" x2="${W - PAD}" y1="30" y2="30"/>`,
    `<text class="tick" x="${PAD}" y="50" text-anchor="start">${e(formatValue(low, m.unit))}</text>`,
    `<text class="tick" x="${W - PAD}" y="50" text-anchor="end">${e(formatValue(high, m.unit))}</text>`,
  ];
  if (week !== undefined && Number.isFinite(week)) parts.push(`<path class="week" d="M${x(week).toFixed(1)} 24l6 6l-6 6l-6 -6z"/>`);
  parts.push(`<line class="shift" x1="${x(before).toFixed(1)}" x2="${x(after).toFixed(1)}" y1="30" y2="30"/>`);
  parts.push(`<circle class="before" cx="${x(before).toFixed(1)}" cy="30" r="5"/>`, `<circle class="after" cx="${x(after).toFixed(1)}" cy="30" r="5"/>`);
  const description = `${basis} before ${formatValue(before, m.unit)}, after ${formatValue(after, m.unit)}${week !== undefined && Number.isFinite(week) ? `, a week earlier ${formatValue(week, m.unit)}` : ''}`;
  return `<svg class="compare tone-${METRIC_TONE[m.verdict]}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${e(`${m.label}: ${description}`)}</title>${parts.join('')}</svg>`;
}

export function renderGateHtml(report: GateReport): string {
  const r = report.result;
  const w = report.windows;
  const source = { flag: 'the deploy time given', 'cloudformation-stack': `the last update of stack ${report.deploy.stack ?? ''}`, 'ecs-deployment': 'the latest ECS deployment' }[
    report.deploy.source
  ];
  const body: string[] = [
    '<main>',
    '<div class="top"><span class="brand">aws-monitor gate</span><button type="button" id="theme-toggle" class="no-print" data-needs-script hidden>Theme: auto</button></div>',
    `<header class="card verdict-card ${TONE[r.verdict]}">`,
    `<h1><span class="verdict">${VERDICT[r.verdict]}</span> <span>score ${r.score}: ${r.passed} of ${r.judged} metrics passed${r.newSignatures.length ? `, ${r.newSignatures.length} new error signature${r.newSignatures.length === 1 ? '' : 's'}` : ''}</span></h1>`,
    `<p class="scope-line"><code>${e(report.service.cluster)}/${e(report.service.name)}</code> · account ${e(report.account)} · ${e(report.region)} · deploy ${time(report.deploy.at)} (${e(source)}${report.deploy.taskDefinition ? `, ${e(report.deploy.taskDefinition)}` : ''})</p>`,
    `<p class="scope-line">Compared ${time(w.after.from)} to ${time(w.after.to)} after with ${time(w.before.from)} to ${time(w.before.to)} before, and with the same hours a week earlier where CloudWatch has them, at ${Math.round(report.settings.confidence * 100)}% confidence. Pass at ${report.settings.passScore}, marginal at ${report.settings.marginalScore}.</p>`,
    r.reasons.length ? `<ul class="notes">${r.reasons.map((reason) => `<li>${e(reason)}</li>`).join('')}</ul>` : '',
    '</header>',
    '<section aria-labelledby="metrics-h"><h2 id="metrics-h">Metrics</h2>',
    '<p class="section-note">Each metric after the deploy against before it: <span class="key-before" aria-hidden="true"></span> before, <span class="key-after" aria-hidden="true"></span> after, <span class="key-week" aria-hidden="true"></span> a week earlier (the statistic the verdict used: the median, or the mean where medians cannot show the change).</p>',
    '<div class="table-wrap card"><table><caption class="visually-hidden">Metrics before and after the deploy</caption><thead><tr><th scope="col">Metric</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th><th scope="col" class="num">p</th><th scope="col">Verdict</th><th scope="col">Before and after</th></tr></thead><tbody>',
  ];
  r.metrics.forEach((m, i) => {
    const before = m.basis === 'mean' ? m.beforeMean : m.beforeMedian;
    const after = m.basis === 'mean' ? m.afterMean : m.afterMedian;
    const p = m.adjustedPValue === undefined ? '–' : m.adjustedPValue < 0.0001 ? '&lt;0.0001' : m.adjustedPValue.toFixed(4);
    body.push(
      `<tr><td><strong>${e(m.label)}</strong>${m.critical ? ' <span class="badge sev-high">critical</span>' : ''}<br><span class="muted">${e(m.reason)}</span></td>` +
        `<td class="num">${e(shown(before, m.unit))}</td><td class="num">${e(shown(after, m.unit))}</td><td class="num">${e(change(m))}</td><td class="num">${p}</td>` +
        `<td><span class="badge sev-${METRIC_TONE[m.verdict]}">${m.verdict === 'nodata' ? 'no data' : m.verdict}</span></td><td class="compare-cell">${comparisonChart(m, `metric-${i + 1}`)}</td></tr>`,
    );
  });
  body.push('</tbody></table></div></section>');
  if (r.newSignatures.length > 0) {
    body.push(
      '<section aria-labelledby="signatures-h"><h2 id="signatures-h">New error signatures</h2><p class="section-note">Seen after the deploy and never before it.</p><div class="table-wrap card"><table><thead><tr><th scope="col">Signature</th><th scope="col" class="num">Lines</th><th scope="col">First seen</th></tr></thead><tbody>',
      ...r.newSignatures.map(
        (s) =>
          `<tr><td><code>${e(s.signature)}</code></td><td class="num">${s.count}</td><td>${Number.isFinite(Date.parse(s.firstSeen)) ? time(s.firstSeen) : e(s.firstSeen)}</td></tr>`,
      ),
      '</tbody></table></div></section>',
    );
  }
  body.push('<section aria-labelledby="coverage-h"><h2 id="coverage-h">Coverage</h2>');
  body.push(
    report.coverage.length === 0
      ? '<p class="card empty">Every check ran.</p>'
      : `<div class="table-wrap card"><table><thead><tr><th scope="col">Not checked</th><th scope="col">API</th><th scope="col">Why</th></tr></thead><tbody>${report.coverage.map((g) => `<tr><td>${e(g.scope)}</td><td><code>${e(g.iamAction ?? `${g.service}:${g.operation}`)}</code></td><td>${e(g.reason)}</td></tr>`).join('')}</tbody></table></div>`,
  );
  body.push('</section>');
  body.push(
    '<section aria-labelledby="run-h"><h2 id="run-h">Run</h2><div class="card run-facts"><dl class="facts">' +
      `<dt>tool</dt><dd>${e(report.tool.name)} ${e(report.tool.version)}</dd>` +
      `<dt>checks</dt><dd>${report.checks.length} (${report.checks.join(', ')}) in ${(report.durationMs / 1000).toFixed(1)} s</dd>` +
      `<dt>AWS API calls</dt><dd>${report.apiCalls.total}</dd>` +
      `<dt>target groups</dt><dd>${report.service.targetGroups.map(e).join(', ') || 'none'}</dd>` +
      `<dt>log groups</dt><dd>${report.service.logGroups.map(e).join(', ') || 'none'}</dd>` +
      '</dl></div></section>',
  );
  body.push(
    `<footer>${e(report.tool.name)} ${e(report.tool.version)} · generated ${time(report.generatedAt)} · a self-contained page: it loads nothing from the network.</footer>`,
    '</main>',
  );
  return htmlPage(`aws-monitor gate: ${VERDICT[r.verdict]} · ${report.service.cluster}/${report.service.name}`, body.join('\n'));
}
