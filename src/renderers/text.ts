// The primary output: plain text made to be pasted into a ticket or chat, at most 100 columns.

import { isAtLeast, SEVERITIES, type Finding, type FindingSeries, type Report, type Resource, type Severity } from '../report/model.js';
import { allFindings } from '../report/merge-related.js';
import { staleMutes } from '../report/mutes.js';
import { visibleStrings } from '../report/output-safety.js';
import { describeFiltered, describeRegionSource } from '../report/scope-description.js';
import { inventoryTitle, resourceTypeSpec } from '../services/registry.js';
import type { RenderOptions } from './types.js';

const WIDTH = 100;

export function renderText(given: Report, options: RenderOptions): string {
  const width = options.width ?? WIDTH;
  // Every string from AWS or a log made visible and inert before layout, so widths are true.
  const report = visibleStrings(given);
  const out: string[] = [];
  for (const section of [
    header(report),
    findingsSection(report, options.minSeverity, width),
    ...historySections(report, width),
    inventorySection(report, width),
    coverageSection(report, width),
  ]) {
    pushAll(out, section);
    out.push('');
  }
  pushAll(out, runSection(report));
  const lines = out.map((line) => line.trimEnd());
  return (options.color ? lines.map(colorLine) : lines).join('\n') + '\n';
}

// ANSI SGR codes (ECMA-48): only for a terminal that asks (the CLI decides), never in a file.
const STYLE: Record<string, string> = {
  critical: '1;31',
  high: '31',
  medium: '33',
  low: '36',
  info: '2',
  ok: '32',
  FAILING: '1;31',
  DEGRADED: '1;33',
  HEALTHY: '1;32',
  'COULD NOT CHECK': '1;35',
  EMPTY: '1;35',
  heading: '1',
};
/** Appends one by one: spreading a long array into push() overflows the call stack. */
export function pushAll(target: string[], lines: readonly string[]): void {
  for (const line of lines) target.push(line);
}

const paint = (text: string, style: string | undefined): string => (style ? `\x1b[${style}m${text}\x1b[0m` : text);

/**
 * Colours the report's own markers after layout, so widths are counted without escape codes.
 * Only lines the renderer writes can match: every line with text from AWS or a log is indented
 * deeper than these patterns allow.
 */
function colorLine(line: string): string {
  return line
    .replace(/^(FAILING|DEGRADED|HEALTHY|COULD NOT CHECK|EMPTY)(?=:)/, (word) => paint(word, STYLE[word]))
    .replace(/^(FINDINGS|MUTED|RESOLVED|INVENTORY|COVERAGE|RUN)$/, (word) => paint(word, STYLE.heading))
    .replace(/^( {0,2}\d+\. )(CRITICAL|HIGH|MEDIUM|LOW|INFO)(?= )/, (_, lead: string, severity: string) => lead + paint(severity, STYLE[severity.toLowerCase()]))
    .replace(/^( {4}| {6})(!(critical|high|medium|low|info)|ok)(?= )/, (_, lead: string, mark: string, severity?: string) => lead + paint(mark, STYLE[severity ?? 'ok']));
}

function header(report: Report): string[] {
  const counts = severityCounts(report.findings);
  const summary = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
  const total = report.findings.length;
  const related = report.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
  const verdict = verdictLine(report, total, summary);
  const notChecked = report.scopes.length > 1 ? report.scopes.filter((s) => s.status === 'unchecked').length : 0;
  return [
    report.scopes.length > 1
      ? `aws-monitor report - ${report.accounts.length} account${plural(report.accounts.length)}, ${report.regions.length} region${plural(report.regions.length)} (${report.scopes.length} scans: see RUN)`
      : `aws-monitor report - account ${scopeName(report.scopes[0] ?? { account: report.accounts.join(', ') })} - ${report.regions.join(', ')}`,
    `window ${formatTime(report.window.from)} to ${formatTime(report.window.to)} (${span(report.window.from, report.window.to)})`,
    '',
    ...wrap(verdict, WIDTH, '', '  '),
    ...(notChecked > 0 && report.status !== 'unchecked' ? [`(${notChecked} of ${report.scopes.length} scans could not be checked: see COVERAGE)`] : []),
    ...(related > 0 ? [`(${related} more finding${plural(related)} share${related === 1 ? 's' : ''} a cause and a resource with one above: listed under it as related)`] : []),
    ...(report.coverage.length > 0 ? [`(${report.coverage.length} coverage gap${plural(report.coverage.length)}: some checks could not run, see COVERAGE)`] : []),
    ...historyNotes(report),
  ];
}

/** One line each on what changed since the baseline and what the mutes did, under the verdict. */
function historyNotes(report: Report): string[] {
  const notes: string[] = [];
  if (report.baseline) {
    const open = allFindings(report.findings);
    const count = (change: string) => open.filter((f) => f.change === change).length;
    notes.push(
      `(since ${formatTime(report.baseline.generatedAt)}: ${count('new')} new, ${count('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved${report.resolved?.length ? ', see RESOLVED' : ''})`,
    );
  }
  const muted = report.muted?.length ?? 0;
  if (muted > 0) notes.push(`(${muted} muted finding${plural(muted)} left out of the verdict and the counts: see MUTED)`);
  const expired = (report.mutes ?? []).filter((m) => m.state === 'expired');
  const stale = staleMutes(report);
  if (expired.length > 0) notes.push(`(${expired.length} mute${plural(expired.length)} expired: ${expired.map((m) => m.name).join(', ')}; see MUTED)`);
  if (stale.length > 0) notes.push(`(${stale.length} mute${plural(stale.length)} matched nothing (stale): ${stale.map((m) => m.name).join(', ')}; see MUTED)`);
  return notes;
}

/** MUTED (when mutes are configured) and RESOLVED (when compared with a baseline). */
function historySections(report: Report, width: number): string[][] {
  const sections: string[][] = [];
  if (report.mutes?.length) {
    const lines = ['MUTED'];
    const muted = report.muted ?? [];
    if (muted.length === 0) lines.push('  No finding was muted.');
    for (const { finding, mute } of muted.slice(0, MAX_LISTED)) {
      pushAll(lines, wrap(`- ${finding.severity} ${finding.resource.type} ${finding.resource.id}${whereOf(report, finding.resource)}: ${finding.title}`, width, '  ', '    '));
      pushAll(lines, wrap(`muted by ${mute.name} until ${mute.until}: ${mute.reason}`, width, '    ', '      '));
      pushAll(lines, labelled('id', finding.id, '    ', width));
    }
    if (muted.length > MAX_LISTED) lines.push(`  ... and ${muted.length - MAX_LISTED} more: see the JSON report`);
    for (const m of report.mutes.filter((x) => x.state === 'expired')) {
      pushAll(
        lines,
        wrap(
          `- expired: mute ${m.name} ended ${m.until}; ${m.matched} finding${plural(m.matched)} it matched ${m.matched === 1 ? 'is' : 'are'} reported again (${m.finding})`,
          width,
          '  ',
          '    ',
        ),
      );
    }
    for (const m of staleMutes(report)) {
      pushAll(lines, wrap(`- stale: mute ${m.name} matched no finding (${m.finding}): remove it, or fix its glob`, width, '  ', '    '));
    }
    sections.push(lines);
  }
  if (report.baseline) {
    const lines = ['RESOLVED'];
    const resolved = report.resolved ?? [];
    if (resolved.length === 0) lines.push(`  Nothing resolved since ${formatTime(report.baseline.generatedAt)}.`);
    for (const finding of resolved.slice(0, MAX_LISTED)) {
      pushAll(lines, wrap(`- ${finding.severity} ${finding.resource.type} ${finding.resource.id}${whereOf(report, finding.resource)}: ${finding.title}`, width, '  ', '    '));
      pushAll(lines, labelled('id', finding.id, '    ', width));
    }
    if (resolved.length > MAX_LISTED) lines.push(`  ... and ${resolved.length - MAX_LISTED} more: see the JSON report`);
    sections.push(lines);
  }
  return sections;
}

function verdictLine(report: Report, total: number, summary: string): string {
  switch (report.status) {
    case 'unchecked':
      return `COULD NOT CHECK: ${report.statusReason ?? 'see COVERAGE'}`;
    case 'empty':
      return `EMPTY: nothing in scope: ${report.statusReason ?? 'no resources found'}`;
    case 'failing':
      return report.failOnNew
        ? `FAILING: ${total} finding${plural(total)} (${summary}); fail-on-new is ${report.failOnNew}${report.baseline ? '' : ' (no baseline: every finding is new)'}`
        : `FAILING: ${total} finding${plural(total)} (${summary}); fail-on is ${report.failOn}`;
    case 'degraded':
      return report.failOnNew
        ? `DEGRADED: ${total} finding${plural(total)} (${summary}), none new at fail-on-new ${report.failOnNew}`
        : `DEGRADED: ${total} finding${plural(total)} (${summary}), none at fail-on ${report.failOn}`;
    case 'healthy':
      return total > 0 ? `HEALTHY: only informational notes (${summary})` : 'HEALTHY: no findings';
  }
}

function findingsSection(report: Report, minSeverity: Severity, width: number): string[] {
  const shown = report.findings.filter((f) => isAtLeast(f.severity, minSeverity));
  const hidden = report.findings.length - shown.length;
  // Info findings are facts, not problems: one item each after the problems, so they never crowd them.
  const problems = shown.filter((f) => f.severity !== 'info');
  const notes = shown.filter((f) => f.severity === 'info');
  const lines = ['FINDINGS'];
  if (shown.length === 0) lines.push(report.findings.length === 0 ? '  None.' : '  None at or above ' + minSeverity + '.');
  // The report is bounded in size whatever the scan found: the worst come first, the JSON has all.
  problems.slice(0, MAX_LISTED).forEach((finding, index) => pushAll(lines, findingBlock(finding, index + 1, report.generatedAt, width, whereOf(report, finding.resource))));
  if (problems.length > MAX_LISTED) lines.push(`  ... and ${problems.length - MAX_LISTED} more findings, less severe: see the JSON report`);
  if (notes.length > 0) {
    lines.push(`  Notes (info, ${notes.length}):`);
    // One line per note; a kind noted on many resources is one line naming them all.
    const byKind = new Map<string, Finding[]>();
    for (const note of notes) {
      const group = byKind.get(note.kind);
      if (group) group.push(note);
      else byKind.set(note.kind, [note]);
    }
    let listed = 0;
    for (const group of byKind.values()) {
      if (listed++ >= MAX_LISTED) {
        lines.push(`    ... and more notes: see the JSON report`);
        break;
      }
      const [first] = group;
      if (group.length >= NOTES_GROUPED_FROM) {
        const others = group.slice(1).map((n) => n.resource.id);
        const named = others.length > NOTES_NAMED ? `${others.slice(0, NOTES_NAMED).join(', ')} and ${others.length - NOTES_NAMED} more` : others.join(', ');
        pushAll(lines, wrap(`- ${first!.resource.type} ${first!.resource.id}: ${first!.title}; the same on ${others.length} more: ${named}`, width, '    ', '      '));
        // The ids differ only by the resource id when they follow the plain pattern; else the JSON has them.
        const plain = group.every((n) => n.id === `${n.kind}:${n.resource.type}:${n.resource.id}`);
        lines.push(plain ? `      ids: ${first!.kind}:${first!.resource.type}:<resource id>` : `      ids: ${first!.id} and ${others.length} more (see the JSON report)`);
        continue;
      }
      for (const note of group) {
        pushAll(
          lines,
          wrap(
            `- ${note.resource.type} ${note.resource.id}${whereOf(report, note.resource)}: ${note.title}${note.evidence[0] ? ` (${note.evidence[0].value})` : ''}`,
            width,
            '    ',
            '      ',
          ),
        );
        pushAll(lines, referenceLines(note, '      ', width));
      }
    }
  }
  if (hidden > 0) lines.push(`  (${hidden} finding${plural(hidden)} below ${minSeverity} not shown)`);
  return lines;
}

function findingBlock(finding: Finding, n: number, now: string, width: number, where = ''): string[] {
  const lead = `${String(n).padStart(3)}. ${finding.severity.toUpperCase().padEnd(8)} `;
  const indent = ' '.repeat(lead.length);
  const lines = [`${lead}${finding.resource.type} ${finding.resource.id}${where}`];
  pushAll(lines, wrap(finding.title, width, indent));
  if (finding.change) lines.push(`${indent}  ${finding.change === 'new' ? 'NEW since the baseline' : `ongoing, first seen ${formatTime(finding.firstSeen ?? now)}`}`);
  for (const item of finding.evidence) pushAll(lines, wrap(`${item.label}: ${item.value}`, width, indent + '  ', indent + '    '));
  if (finding.series) {
    const bars = Math.min(SPARKLINE_WIDTH, width - indent.length - 4);
    lines.push(`${indent}  ${sparklineLabel(finding.series, bars)}:`, `${indent}    ${sparkline(finding.series.values, bars)}`);
  }
  if (finding.since) lines.push(`${indent}  since ${formatTime(finding.since)} (${span(finding.since, now)} ago)`);
  if (finding.logs) pushAll(lines, logLines(finding.logs, indent, width));
  if (finding.related?.length) pushAll(lines, relatedLines(finding, now, indent, width));
  if (finding.nextStep) pushAll(lines, wrap(`next: ${finding.nextStep}`, width, indent + '  ', indent + '        '));
  pushAll(lines, referenceLines(finding, indent + '  ', width));
  return lines;
}

/** The id mutes and baselines match, and the console page: never wrapped, so both paste whole. */
function referenceLines(finding: Finding, indent: string, width: number): string[] {
  return [...labelled('id', finding.id, indent, width), ...(finding.consoleUrl ? labelled('console', finding.consoleUrl, indent, width) : [])];
}

/** `label: value` on one line, or the value alone on the next when too long: one token to copy or click. */
function labelled(label: string, value: string, indent: string, width: number): string[] {
  const inline = `${indent}${label}: ${value}`;
  return inline.length <= width ? [inline] : [`${indent}${label}:`, `${indent}  ${value}`];
}

/** Findings merged into this one (same cause, same resource): one item each, worst first. */
function relatedLines(finding: Finding, now: string, indent: string, width: number): string[] {
  const related = finding.related!;
  const lines = [`${indent}  same cause, also found (${related.length}):`];
  for (const r of related) {
    const where = r.resource.type === finding.resource.type && r.resource.id === finding.resource.id ? '' : `${r.resource.type} ${r.resource.id}: `;
    const since = r.since ? `; since ${r.since.slice(0, 10) === now.slice(0, 10) ? formatTime(r.since).slice(11) : formatTime(r.since)}` : '';
    pushAll(lines, wrap(`- ${r.severity}: ${where}${r.title}${since}`, width, `${indent}    `, `${indent}      `));
    pushAll(lines, labelled('id', r.id, `${indent}      `, width));
  }
  return lines;
}

const EXAMPLE_LINES = 8;
/** Findings, notes and coverage gaps listed at most; the rest are counted (the JSON report has them all). */
const MAX_LISTED = 200;
const NOTES_GROUPED_FROM = 3;
const NOTES_NAMED = 8;

/** Where the lines are and one example, as logged (already redacted), cut to the width rather than wrapped. */
function logLines(logs: NonNullable<Finding['logs']>, indent: string, width: number): string[] {
  const lines = [`${indent}  log group: ${logs.logGroup}${logs.sampled ? ' (counts from a sample of the matching events)' : ''}`];
  if (!logs.example) return lines;
  lines.push(`${indent}  example:`);
  const room = Math.max(20, width - indent.length - 4);
  const example = logs.example.split('\n');
  for (const line of example.slice(0, EXAMPLE_LINES)) {
    // Control characters are already visible escapes (renderText); a tab would break the indent.
    const flat = line.replace(/\t/g, '    ');
    lines.push(`${indent}    ${flat.length > room ? `${flat.slice(0, room - 1)}…` : flat}`);
  }
  if (example.length > EXAMPLE_LINES) lines.push(`${indent}    ... ${example.length - EXAMPLE_LINES} more lines`);
  return lines;
}

const MAX_ROWS_PER_SERVICE = 25;

function inventorySection(report: Report, width: number): string[] {
  const lines = ['INVENTORY'];
  if (report.resources.length === 0) {
    const left = report.scopes.flatMap((s) => (s.filtered ?? []).map((f) => `${report.scopes.length > 1 ? `${scopeName(s)} ${s.region}: ` : ''}${describeFiltered(f)}`));
    return [...lines, '  No resources found in scope.', ...left.flatMap((text) => wrap(`(${text})`, width, '  ', '   '))];
  }
  const multi = report.scopes.length > 1;
  const key = (r: { type: string; id: string; account?: string; region?: string }) => (multi ? `${r.account ?? ''}|${r.region ?? ''}|${r.type}|${r.id}` : `${r.type}|${r.id}`);
  const findingsByResource = new Map<string, Severity>();
  for (const f of allFindings(report.findings)) {
    const worst = findingsByResource.get(key(f.resource));
    if (!worst || isAtLeast(f.severity, worst)) findingsByResource.set(key(f.resource), f.severity);
  }
  const idWidth = Math.min(
    48,
    report.resources.reduce((n, r) => Math.max(n, r.id.length), 0),
  );
  // One block per account and region when there are several, so each can be read on its own.
  const scopes = report.scopes.length > 1 ? report.scopes : [undefined];
  for (const scope of scopes) {
    const inScope = scope ? report.resources.filter((r) => r.account === scope.account && r.region === scope.region) : report.resources;
    if (scope) lines.push(`  ${scopeName(scope)} ${scope.region}:${inScope.length === 0 ? ' no resources found in scope' : ''}`);
    const indent = scope ? '  ' : '';
    const filtered = (scope ?? report.scopes[0])?.filtered ?? [];
    const byService = new Map<string, Resource[]>();
    for (const r of inScope) {
      const service = r.type.split(':')[0]!;
      byService.set(service, [...(byService.get(service) ?? []), r]);
    }
    // A service whose every resource a filter left out still gets its line, saying so.
    for (const f of filtered) if (!byService.has(f.type.split(':')[0]!)) byService.set(f.type.split(':')[0]!, []);
    for (const [service, resources] of byService) {
      const withFindings = resources.filter((r) => findingsByResource.has(key(r)));
      const left = filtered.filter((f) => f.type.startsWith(`${service}:`)).map((f) => `; ${describeFiltered(f)}`);
      pushAll(
        lines,
        wrap(
          `${inventoryTitle(service)}: ${resources.length ? countByType(resources) : 'none in scope'}${withFindings.length ? `, ${withFindings.length} with findings` : ''}${left.join('')}`,
          width,
          `${indent}  `,
          `${indent}    `,
        ),
      );
      // Resources with findings first, then the rest, so a long inventory still shows what matters.
      const ordered = [...withFindings, ...resources.filter((r) => !withFindings.includes(r))];
      for (const r of ordered.slice(0, MAX_ROWS_PER_SERVICE)) {
        const worst = findingsByResource.get(key(r));
        const mark = worst ? `!${worst}` : 'ok';
        const row = `${indent}    ${mark.padEnd(10)}${r.id.padEnd(idWidth)}  ${[r.status, summary(r, report.generatedAt)].filter(Boolean).join('  ')}`;
        lines.push(row.length > width ? row.slice(0, width - 3) + '...' : row);
      }
      if (ordered.length > MAX_ROWS_PER_SERVICE) lines.push(`${indent}    ... and ${ordered.length - MAX_ROWS_PER_SERVICE} more without findings (see the JSON report)`);
    }
  }
  return lines;
}

function summary(r: Resource, now: string): string {
  return resourceTypeSpec(r.type)?.summary?.(r, { now, time: formatTime, span, plural }) ?? '';
}

function countByType(resources: Resource[]): string {
  const counts = new Map<string, number>();
  for (const r of resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type.split(':')[1]}${plural(n)}`).join(', ');
}

function coverageSection(report: Report, width: number): string[] {
  const lines = ['COVERAGE'];
  if (report.coverage.length === 0) return [...lines, '  Every enabled check ran.'];
  for (const gap of report.coverage.slice(0, MAX_LISTED)) {
    pushAll(lines, wrap(`- not checked: ${gap.scope} (${gap.service} ${gap.operation})${whereOf(report, gap)}`, width, '  ', '    '));
    pushAll(lines, wrap(`why: ${gap.reason}`, width, '    ', '      '));
  }
  if (report.coverage.length > MAX_LISTED) lines.push(`  ... and ${report.coverage.length - MAX_LISTED} more: see the JSON report`);
  return lines;
}

/** An account as a reader knows it: its configured name with the id, or the id. */
export function scopeName(scope: { account: string; accountName?: string }): string {
  return scope.accountName ? `${scope.accountName} (${scope.account})` : scope.account;
}

/** Where a resource lives, for reports covering more than one account or region. */
function whereOf(report: Report, ref: { account?: string; region?: string }): string {
  if (report.scopes.length <= 1) return '';
  const scope = report.scopes.find((s) => s.account === ref.account && s.region === ref.region);
  return ` [${scope?.accountName ?? ref.account ?? '?'} ${ref.region ?? '?'}]`;
}

function runSection(report: Report): string[] {
  const retries = report.apiCalls.requests - report.apiCalls.total;
  const scopes =
    report.scopes.length > 1
      ? report.scopes.map((s) => {
          const resources = report.resources.filter((r) => r.account === s.account && r.region === s.region).length;
          return `  - ${scopeName(s)} ${s.region}: ${resources} resources, ${s.apiCalls} API calls, ${(s.durationMs / 1000).toFixed(1)}s, to ${formatTime(s.window.to)}`;
        })
      : [];
  return [
    'RUN',
    `  ${report.tool.name} ${report.tool.version}, generated ${formatTime(report.generatedAt)} in ${(report.durationMs / 1000).toFixed(1)}s`,
    `  AWS API calls: ${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}; ${report.resources.length} resources`,
    ...(report.scopes.length === 1 && report.scopes[0]!.regionSource ? [`  Region ${report.scopes[0]!.region}: ${describeRegionSource(report.scopes[0]!.regionSource!)}`] : []),
    ...(scopes.length > 0 ? [`  Scans (account, region):`, ...scopes] : []),
    report.baseline
      ? `  Compared with: ${report.baseline.source} (${formatTime(report.baseline.generatedAt)})`
      : '  Compared with: no baseline, so findings are not marked new or ongoing (--baseline PREVIOUS.json)',
    ...(report.logs
      ? [
          `  Logs: ${report.logs.sources} source${plural(report.logs.sources)} read with ${{ insights: 'Logs Insights', filter: 'FilterLogEvents', mixed: 'Logs Insights and FilterLogEvents' }[report.logs.engine]}, ${megabytes(report.logs.bytesScanned)} scanned (expected ${megabytes(report.logs.expectedBytes)})${report.logs.skipped > 0 ? `; ${report.logs.skipped} left out by the scan budget` : ''}`,
        ]
      : []),
  ];
}

/** Bytes as MiB or GiB, for the run facts. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1_048_576;
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GiB` : mb >= 10 ? `${Math.round(mb)} MiB` : `${mb.toFixed(mb >= 1 ? 1 : 2)} MiB`;
}

function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Words to lines of at most `width` columns. A token is never split: a word longer than the room
 * left moves to the next line, and one longer than a whole line stands on a line of its own, past
 * the width, so an ARN or a URL pasted from the report still works. A `code span` (a command a
 * finding suggests) is one token, spaces and all: a command broken over two lines runs half of it.
 */
export function wrap(text: string, width: number, firstIndent: string, restIndent = firstIndent): string[] {
  const lines: string[] = [];
  let current = firstIndent;
  let empty = true;
  for (const token of tokens(text)) {
    if (!empty && current.length + 1 + token.length > width) {
      lines.push(current);
      current = restIndent;
      empty = true;
    }
    current += (empty ? '' : ' ') + token;
    empty = false;
  }
  if (!empty) lines.push(current);
  return lines;
}

/** Whitespace-separated words, except that a `code span` with what is glued to it is one token. */
function tokens(text: string): string[] {
  return [...text.matchAll(/[^\s`]*`[^`\n]*`\S*|\S+/g)].map((m) => m[0].replace(/\s+/g, ' '));
}

export function formatTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}

/** Minutes between two ISO times as "2h 56m" ("3d 4h" past a day). */
export function span(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
  return `${mins}m`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

const SPARKLINE_WIDTH = 60;
const BARS = '▁▂▃▄▅▆▇█';

function sparklineLabel(series: FindingSeries, bars: number): string {
  const perBar = Math.max(1, Math.ceil(series.values.length / bars));
  const minutes = (series.periodSeconds * perBar) / 60;
  const per = minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
  if (series.namespace === 'CloudWatch Logs') return `${series.name}, count per ${per}`;
  return `${series.name} ${series.stat}, ${per} per bar`;
}

/** The series in at most `width` bars, each the extreme of the points it covers, so spikes survive. */
export function sparkline(values: ReadonlyArray<number | null>, width: number): string {
  const perBar = Math.max(1, Math.ceil(values.length / width));
  const bars: Array<number | null> = [];
  for (let i = 0; i < values.length; i += perBar) {
    const slice = values.slice(i, i + perBar).filter((v): v is number => v !== null);
    bars.push(slice.length ? slice.reduce((a, b) => Math.max(a, b)) : null);
  }
  const present = bars.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const low = present.reduce((a, b) => Math.min(a, b));
  const high = present.reduce((a, b) => Math.max(a, b));
  return bars.map((v) => (v === null ? ' ' : BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))])).join('');
}
