// Markdown for $GITHUB_STEP_SUMMARY: the same content as the text report, as tables.

import { isAtLeast, type Report } from '../report/model.js';
import { formatTime } from './text.js';
import type { RenderOptions } from './types.js';

const ICON: Record<string, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderMarkdown(report: Report, options: RenderOptions): string {
  const verdict = { failing: '❌ Failing', degraded: '⚠️ Degraded', healthy: '✅ Healthy' }[report.status];
  const shown = report.findings.filter((f) => isAtLeast(f.severity, options.minSeverity));
  const lines = [
    `## aws-monitor: ${verdict}`,
    '',
    `Account ${report.accounts.join(', ')} · ${report.region} · ${formatTime(report.window.from)} → ${formatTime(report.window.to)} · ${report.findings.length} findings · fail-on \`${report.failOn}\``,
    '',
  ];
  if (shown.length > 0) {
    lines.push('| | Severity | Resource | What | Since |', '|---|---|---|---|---|');
    for (const f of shown) {
      lines.push(`| ${ICON[f.severity]} | ${f.severity} | \`${cell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | ${f.since ? formatTime(f.since) : ''} |`);
    }
    lines.push('', '<details><summary>Evidence and next steps</summary>', '');
    for (const f of shown) {
      lines.push(`**${cell(f.resource.id)}**: ${cell(f.title)}`, '');
      for (const e of f.evidence) lines.push(`- ${cell(e.label)}: ${cell(e.value)}`);
      if (f.nextStep) lines.push(`- next: ${cell(f.nextStep)}`);
      if (f.logs) lines.push(`- log group: \`${cell(f.logs.logGroup)}\``);
      if (f.logs?.example) lines.push('', '```text', f.logs.example.replace(/```/g, "'''"), '```');
      lines.push('');
    }
    lines.push('</details>', '');
  } else {
    lines.push('No findings.', '');
  }
  if (report.coverage.length > 0) {
    lines.push('### Coverage gaps', '', '| Not checked | API | Why |', '|---|---|---|');
    for (const g of report.coverage) lines.push(`| ${cell(g.scope)} | ${g.iamAction ?? g.operation} | ${cell(g.reason)} |`);
    lines.push('');
  }
  lines.push(`<sub>${report.resources.length} resources · ${report.apiCalls.total} AWS API calls · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`, '');
  return lines.join('\n');
}
