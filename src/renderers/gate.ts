// The gate report as text (for the log and a ticket), markdown (job summary) and JSON.

import { formatValue } from '../report/metric-units.js';
import type { GateReport } from '../gate/gate-report.js';
import type { MetricVerdict } from '../gate/types.js';
import { renderGateHtml } from './html/gate-page.js';
import { cell } from './markdown.js';
import { visibleStrings } from '../report/output-safety.js';
import { formatTime, pushAll, wrap } from './text.js';
import type { OutputFormat } from '../config/cli-choices.js';

const WIDTH = 100;
// The metric column: the other columns take 53 of the 100, each starting with a space.
const LABEL = 44;

/** "target 5xx rate (api-internal) (critical)" in the metric column: a long name is cut, the critical mark kept. */
function metricName(m: MetricVerdict): string {
  const mark = m.critical ? ' (critical)' : '';
  const room = LABEL - mark.length;
  return `${m.label.length > room ? `${m.label.slice(0, room - 1)}…` : m.label}${mark}`;
}
const VERDICT = { pass: 'PASS', marginal: 'MARGINAL', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' } as const;

const value = (m: MetricVerdict, which: 'before' | 'after'): string => {
  const v = m.basis === 'mean' ? (which === 'before' ? m.beforeMean : m.afterMean) : which === 'before' ? m.beforeMedian : m.afterMedian;
  return v === undefined || !Number.isFinite(v) ? '-' : formatValue(v, m.unit);
};
const change = (m: MetricVerdict): string =>
  m.relativeChange === undefined
    ? m.verdict === 'nodata'
      ? '-'
      : 'from 0'
    : `${m.relativeChange >= 0 ? '+' : ''}${(m.relativeChange * 100).toFixed(Math.abs(m.relativeChange) < 0.1 ? 1 : 0)}%`;
const p = (m: MetricVerdict): string => (m.adjustedPValue === undefined ? '-' : m.adjustedPValue < 0.0001 ? '<0.0001' : m.adjustedPValue.toFixed(4));
const hhmm = (iso: string) => formatTime(iso).slice(11);

function headline(report: GateReport): string {
  const r = report.result;
  if (r.verdict === 'inconclusive') return `INCONCLUSIVE: ${r.judged} of ${r.metrics.length} metrics had enough data (${r.passed} passed): not a pass`;
  return `${VERDICT[r.verdict]}: score ${r.score} (${r.passed} of ${r.judged} metrics passed${r.newSignatures.length ? `, ${r.newSignatures.length} new error signature${r.newSignatures.length === 1 ? '' : 's'}` : ''}); pass at ${report.settings.passScore}, marginal at ${report.settings.marginalScore}`;
}

export function renderGateText(report: GateReport): string {
  const r = report.result;
  const w = report.windows;
  const out = [
    `aws-monitor gate - ${report.service.cluster}/${report.service.name} - account ${report.account} - ${report.region}`,
    `deploy ${formatTime(report.deploy.at)} (${{ flag: '--deploy-time', 'cloudformation-stack': `last update of stack ${report.deploy.stack ?? ''}`, 'ecs-deployment': 'latest ECS deployment' }[report.deploy.source]}${report.deploy.taskDefinition ? `, ${report.deploy.taskDefinition}` : ''})`,
    ...wrap(
      `compared ${hhmm(w.before.from).slice(0, 5)}-${hhmm(w.before.to)} before with ${hhmm(w.after.from).slice(0, 5)}-${hhmm(w.after.to)} after (and the same hours a week earlier where CloudWatch has them), at ${Math.round(report.settings.confidence * 100)}% confidence`,
      WIDTH,
      '',
      '  ',
    ),
    '',
    headline(report),
    ...r.reasons.flatMap((reason) => wrap(`- ${reason}`, WIDTH, '  ', '    ')),
    '',
    'METRICS',
    `  ${'metric'.padEnd(LABEL)}${'before'.padStart(11)}${'after'.padStart(11)}${'change'.padStart(9)}${'p'.padStart(9)}  verdict`,
    ...r.metrics.map(
      (m) =>
        `  ${metricName(m).padEnd(LABEL)}${value(m, 'before').padStart(11)}${value(m, 'after').padStart(11)}${change(m).padStart(9)}${p(m).padStart(9)}  ${m.verdict === 'nodata' ? 'no data' : m.verdict.toUpperCase()}`,
    ),
    // Why a metric has no data, unless the reasons above already say it.
    ...r.metrics.filter((m) => m.verdict === 'nodata' && !r.reasons.includes(m.reason)).flatMap((m) => wrap(`(${m.reason})`, WIDTH, '  ', '   ')),
  ];
  if (r.newSignatures.length > 0) {
    out.push('', 'NEW ERROR SIGNATURES (not seen before the deploy)');
    for (const s of r.newSignatures) pushAll(out, wrap(`- ${s.signature}: ${s.count} since ${hhmm(s.firstSeen)}`, WIDTH, '  ', '    '));
  }
  out.push('', 'COVERAGE');
  if (report.coverage.length === 0) out.push('  Every check ran.');
  for (const gap of report.coverage) pushAll(out, wrap(`- not checked: ${gap.scope} (${gap.service} ${gap.operation}): ${gap.reason}`, WIDTH, '  ', '    '));
  out.push(
    '',
    'RUN',
    `  ${report.tool.name} ${report.tool.version}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} (${report.checks.join(', ')}) in ${(report.durationMs / 1000).toFixed(1)}s`,
    ...wrap(
      `AWS API calls: ${report.apiCalls.total}; target groups: ${report.service.targetGroups.join(', ') || 'none'}; logs: ${report.service.logGroups.join(', ') || 'none'}`,
      WIDTH,
      '  ',
      '    ',
    ),
  );
  return out.map((line) => line.trimEnd()).join('\n') + '\n';
}

export function renderGateMarkdown(report: GateReport): string {
  const r = report.result;
  const icon = { pass: '✅', marginal: '⚠️', fail: '❌', inconclusive: '❔' }[r.verdict];
  const out = [
    `## aws-monitor gate: ${icon} ${VERDICT[r.verdict]} · ${cell(report.service.cluster)}/${cell(report.service.name)}`,
    '',
    `${cell(headline(report))}. Deploy ${formatTime(report.deploy.at)}; account ${report.account} · ${report.region}.`,
    '',
    ...r.reasons.map((reason) => `- ${cell(reason)}`),
    '',
    '| Metric | Before | After | Change | p | Verdict |',
    '|---|---|---|---|---|---|',
    ...r.metrics.map(
      (m) =>
        `| ${cell(m.label)}${m.critical ? ' (critical)' : ''} | ${value(m, 'before')} | ${value(m, 'after')} | ${change(m)} | ${p(m)} | ${m.verdict === 'nodata' ? 'no data' : m.verdict} |`,
    ),
    '',
  ];
  if (r.newSignatures.length > 0)
    out.push('**New error signatures**', '', ...r.newSignatures.map((s) => `- ${cell(s.signature)}: ${s.count} since ${formatTime(s.firstSeen)}`), '');
  if (report.coverage.length > 0) out.push('**Not checked**', '', ...report.coverage.map((g) => `- ${cell(g.scope)}: ${cell(g.reason)}`), '');
  out.push(
    `<sub>${report.checks.length} check(s) · ${report.apiCalls.total} AWS API calls · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`,
    '',
  );
  return out.join('\n');
}

export function renderGate(format: OutputFormat, report: GateReport): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  // The page escapes every string itself; text and markdown get control and invisible characters made visible first.
  if (format === 'html') return renderGateHtml(report);
  return format === 'markdown' ? renderGateMarkdown(visibleStrings(report, 'everywhere')) : renderGateText(visibleStrings(report));
}
