// Markdown for $GITHUB_STEP_SUMMARY: the same content as the text report, as tables.

import { isAtLeast, type Finding, type Report } from '../report/model.js';
import { linkableConsoleUrl } from '../report/console-links.js';
import { allFindings } from '../report/merge-related.js';
import { staleMutes } from '../report/mutes.js';
import { visibleStrings } from '../report/output-safety.js';
import { formatTime, megabytes, scopeName } from './text.js';
import type { RenderOptions } from './types.js';

const ICON: Record<string, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/** Text as it reads: markdown and HTML characters escaped, every line break a <br>, so it stays in its table cell. */
export function cell(text: string): string {
  return text.replace(/[\\`*_~[\]<>&|]/g, '\\$&').replace(/\r\n?|\n/g, '<br>');
}

/** Inside a code span only a table's pipe needs escaping: GFM splits the row before it sees the code. */
function codeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ');
}

/** Prose with `commands` in it: the prose escaped, each command a code span (it holds no backtick). */
function withCode(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? `\`${codeCell(part.slice(1, -1))}\`` : cell(part)))
    .join('');
}

/** What changed since the baseline, or that nothing was compared; and what the mutes did. */
function changeLine(report: Report): string[] {
  const lines: string[] = [];
  if (report.baseline) {
    const open = allFindings(report.findings);
    const n = (change: string) => open.filter((f) => f.change === change).length;
    lines.push(
      `Since ${formatTime(report.baseline.generatedAt)}: **${n('new')} new**, ${n('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved${report.failOnNew ? ` · fail-on-new \`${report.failOnNew}\`` : ''}`,
      '',
    );
  } else {
    lines.push(`<sub>No baseline: findings are not marked new or ongoing.${report.failOnNew ? ` fail-on-new \`${report.failOnNew}\` counts every finding as new.` : ''}</sub>`, '');
  }
  const muted = report.muted?.length ?? 0;
  const expired = (report.mutes ?? []).filter((m) => m.state === 'expired').map((m) => cell(m.name));
  const stale = staleMutes(report).map((m) => cell(m.name));
  if (muted > 0 || expired.length > 0 || stale.length > 0) {
    lines.push(
      [
        muted > 0 ? `${muted} muted` : '',
        expired.length > 0 ? `expired mutes: ${expired.join(', ')}` : '',
        stale.length > 0 ? `stale mutes (matched nothing): ${stale.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      '',
    );
  }
  return lines;
}

/** Muted findings with the mute's reason, and findings resolved since the baseline, as tables. */
function historyTables(report: Report): string[] {
  const lines: string[] = [];
  if (report.muted?.length) {
    lines.push('### Muted', '', '| Severity | Resource | What | Mute | Until | Reason |', '|---|---|---|---|---|---|');
    for (const { finding: f, mute } of report.muted.slice(0, MAX_HISTORY_ROWS)) {
      lines.push(`| ${f.severity} | \`${codeCell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | ${cell(mute.name)} | ${mute.until} | ${cell(mute.reason)} |`);
    }
    lines.push('');
  }
  if (report.resolved?.length) {
    lines.push('### Resolved', '', '| Severity | Resource | What | Id |', '|---|---|---|---|');
    for (const f of report.resolved.slice(0, MAX_HISTORY_ROWS))
      lines.push(`| ${f.severity} | \`${codeCell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | \`${codeCell(f.id)}\` |`);
    lines.push('');
  }
  return lines;
}

/** Muted and resolved rows listed at most (the JSON report has them all), so the summary stays bounded. */
const MAX_HISTORY_ROWS = 200;

/** Text linked to the resource's console page when the URL is one (checked: a merged report may come from anywhere). */
function consoleLinked(text: string, url: string | undefined): string {
  const href = url ? linkableConsoleUrl(url) : undefined;
  // `<...>` keeps parentheses in the URL from ending the link; a table's pipe is split before links are read.
  return href ? `[${text}](<${href.replace(/\|/g, '%7C')}>)` : text;
}

/** A fence longer than any run of backticks in the text, so the text cannot close it early. */
function fenced(language: string, text: string): string[] {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, text, fence];
}

/** GitHub refuses a step summary over 1 MiB; stay under it with room for the run link. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
const CHARTS = 3;
const CHART_POINTS = 48;

export function renderMarkdown(given: Report, options: RenderOptions): string {
  // Control and invisible characters (bidi overrides among them) made visible before escaping;
  // newlines stay, as cell() turns them into <br>.
  const report = visibleStrings(given, 'everywhere');
  const verdict = { failing: '❌ Failing', degraded: '⚠️ Degraded', healthy: '✅ Healthy', empty: '⭕ Nothing in scope', unchecked: '❔ Could not check' }[report.status];
  const shown = report.findings.filter((f) => isAtLeast(f.severity, options.minSeverity));
  const head = [
    `## aws-monitor: ${verdict}`,
    '',
    `${report.scopes.length > 1 ? `${report.accounts.length} accounts · ${report.regions.join(', ')} · ${report.scopes.length} scans` : `Account ${scopeName(report.scopes[0] ?? { account: report.accounts.join(', ') })} · ${report.regions.join(', ')}`} · ${formatTime(report.window.from)} → ${formatTime(report.window.to)} · ${report.findings.length} findings · fail-on \`${report.failOn}\``,
    '',
    ...(report.statusReason ? [`**${report.status === 'empty' ? 'Nothing was in scope' : 'Nothing could be verified'}:** ${cell(report.statusReason)}`, ''] : []),
    ...changeLine(report),
  ];
  const table: string[] = [];
  const charts: string[] = [];
  const details: string[] = [];
  if (shown.length > 0) {
    // Reports over several accounts or regions say where each finding is.
    const multi = report.scopes.length > 1;
    const where = (f: Finding): string => {
      const scope = report.scopes.find((s) => s.account === f.resource.account && s.region === f.resource.region);
      return ` ${cell(scope?.accountName ?? f.resource.account ?? '')} ${cell(f.resource.region ?? '')} |`;
    };
    table.push(`| | Severity |${multi ? ' Account, region |' : ''} Resource | What | Since |`, `|---|---|${multi ? '---|' : ''}---|---|---|`);
    for (const f of shown) {
      table.push(
        `| ${ICON[f.severity]} | ${f.severity} |${multi ? where(f) : ''} \`${codeCell(f.resource.type)}\` ${consoleLinked(cell(f.resource.id), f.consoleUrl)} | ${f.change === 'new' ? '**new** ' : ''}${cell(f.title)}${f.related?.length ? ` (+${f.related.length} related)` : ''} | ${f.since ? formatTime(f.since) : ''} |`,
      );
    }
    table.push('');
    // The worst findings that carry a series, drawn: findings are already ordered worst first.
    for (const f of shown.filter((x) => x.series && x.series.values.some((v) => v !== null)).slice(0, CHARTS)) charts.push(...chart(f), ''); // at most CHARTS x CHART_POINTS lines
    details.push('<details><summary>Evidence and next steps</summary>', '');
    for (const f of shown) {
      details.push(`**${cell(f.resource.id)}**: ${cell(f.title)}`, '');
      for (const e of f.evidence) details.push(`- ${cell(e.label)}: ${cell(e.value)}`);
      if (f.since) details.push(`- since: ${formatTime(f.since)}`);
      if (f.nextStep) details.push(`- next: ${withCode(f.nextStep)}`);
      if (f.logs) details.push(`- log group: \`${codeCell(f.logs.logGroup)}\``);
      details.push(`- id: \`${codeCell(f.id)}\``);
      if (f.consoleUrl) details.push(`- console: ${consoleLinked('open in the AWS console', f.consoleUrl)}`);
      if (f.related?.length) {
        details.push(`- same cause, also found:`);
        for (const r of f.related) {
          const where = r.resource.type === f.resource.type && r.resource.id === f.resource.id ? '' : `\`${codeCell(r.resource.type)}\` ${cell(r.resource.id)}: `;
          details.push(`  - ${r.severity}: ${where}${cell(r.title)}${r.since ? ` (since ${formatTime(r.since)})` : ''} · id \`${codeCell(r.id)}\``);
        }
      }
      if (f.logs?.example) details.push('', ...fenced('text', f.logs.example));
      details.push('');
    }
    details.push('</details>', '');
  } else {
    table.push(report.findings.length === 0 ? 'No findings.' : `No findings at or above ${options.minSeverity}.`, '');
  }
  const hidden = report.findings.length - shown.length;
  if (hidden > 0) table.push(`<sub>${hidden} finding${hidden === 1 ? '' : 's'} below ${options.minSeverity} not listed; the JSON report has them.</sub>`, '');
  const coverage: string[] = [...historyTables(report)];
  if (report.coverage.length > 0) {
    coverage.push('### Coverage gaps', '', '| Not checked | API | Why |', '|---|---|---|');
    for (const g of report.coverage) coverage.push(`| ${cell(g.scope)} | ${g.iamAction ?? g.operation} | ${cell(g.reason)} |`);
    coverage.push('');
  }
  const logs = report.logs
    ? ` · logs: ${report.logs.sources} sources via ${report.logs.engine === 'insights' ? 'Logs Insights' : 'FilterLogEvents'}, ${megabytes(report.logs.bytesScanned)} scanned`
    : '';
  const foot = [
    `<sub>${report.resources.length} resources · ${report.apiCalls.total} AWS API calls${logs} · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`,
    '',
  ];

  // Never fail on size: leave out what matters least (evidence details, then charts, then table
  // rows from the least severe, then coverage) and say so at the top.
  const parts = { table, charts, details, coverage };
  const rows = shown.length;
  // Sizes are kept per part (and per row) so dropping rows one by one stays linear.
  const bytes = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
  const fixed = bytes(head) + bytes(foot) + 300;
  let tableBytes = bytes(parts.table);
  const size = (): number => fixed + tableBytes + bytes(parts.charts) + bytes(parts.details) + bytes(parts.coverage);
  const dropped: string[] = [];
  if (size() > SUMMARY_LIMIT_BYTES) {
    parts.details = [];
    dropped.push('evidence details');
  }
  if (size() > SUMMARY_LIMIT_BYTES) {
    parts.charts = [];
    dropped.push('charts');
  }
  let kept = rows;
  let over = size() - SUMMARY_LIMIT_BYTES;
  while (over > 0 && kept > 0) {
    const [row] = parts.table.splice(2 + kept - 1, 1);
    const saved = Buffer.byteLength(row!, 'utf8') + 1;
    tableBytes -= saved;
    over -= saved;
    kept -= 1;
  }
  if (kept < rows) dropped.push(`${rows - kept} of ${rows} findings`);
  if (size() > SUMMARY_LIMIT_BYTES) {
    parts.coverage = [];
    dropped.push('coverage gaps');
  }
  const note = dropped.length > 0 ? [`> **Truncated** to fit GitHub's 1 MiB summary limit: ${dropped.join(', ')} left out. The text and JSON reports have everything.`, ''] : [];
  return [...head, ...note, ...parts.table, ...parts.charts, ...parts.details, ...parts.coverage, ...foot].join('\n');
}

/** A Mermaid xychart-beta line chart of a finding's series, at most CHART_POINTS points (each the extreme of its slice). */
function chart(f: Finding): string[] {
  const series = f.series!;
  const perPoint = Math.max(1, Math.ceil(series.values.length / CHART_POINTS));
  const labels: string[] = [];
  const values: string[] = [];
  let last = 0;
  const start = Date.parse(series.start);
  const days = series.values.length * series.periodSeconds > 86_400;
  for (let i = 0; i < series.values.length; i += perPoint) {
    const slice = series.values.slice(i, i + perPoint).filter((v): v is number => v !== null && Number.isFinite(v));
    // A gap keeps the last value: Mermaid has no "no data", and a drop to 0 would be a lie.
    const value = slice.length > 0 ? slice.reduce((a, b) => Math.max(a, b)) : last;
    last = value;
    // Plain decimals: Mermaid reads neither 3.2e-7 nor 1e+21.
    values.push(value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 }));
    // One label per point: over more than a day the labels need the date, or they repeat and the line folds back.
    const iso = new Date(start + i * series.periodSeconds * 1000).toISOString();
    labels.push(`"${days ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16)}"`);
  }
  const quote = (text: string): string => text.replace(/["\n\r]/g, "'");
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${quote(`${f.resource.id}: ${series.name} (${series.stat})`)}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "${quote(series.unit)}"`,
    `    line [${values.join(', ')}]`,
    '```',
  ];
}
