// The report as one self-contained HTML page (`--format html`, and report.html in the Action's
// artifact): the verdict and counts first, every finding expandable with its evidence and a chart
// of its series, filters by severity, service, account and region, the inventory as a sortable
// table, the coverage gaps and the run. Bounded in size like the job summary: what is cut is said
// at the top.

import { allFindings } from '../../report/merge-related.js';
import { staleMutes } from '../../report/mutes.js';
import { isAtLeast, SEVERITIES, severityRank, type Finding, type Report, type Resource, type ResourceRef, type ScanScope, type Severity } from '../../report/model.js';
import { formatTime, megabytes, scopeName, span } from '../text.js';
import type { RenderOptions } from '../types.js';
import { findingBaseline } from './finding-baseline.js';
import { consoleHref, escapeHtml as e } from './html-text.js';
import { htmlPage } from './page-shell.js';
import { aroundTheStart, chartTitle, seriesChart, spanText } from './series-chart.js';

/**
 * The page's cap, in bytes. Five times the job summary's 1 MB, because every finding carries a
 * chart; a page this size still opens in well under a second (BENCHMARKS.md, "HTML report").
 */
export const HTML_LIMIT_BYTES = 5_000_000;
/** A log example is cut after this many lines or characters (the JSON report has it whole). */
export const EXAMPLE_MAX_LINES = 60;
export const EXAMPLE_MAX_CHARS = 12_000;
/** The inventory shows this much of a resource's attributes until opened, and at most ATTRIBUTE_MAX_CHARS of each. */
const PREVIEW_CHARS = 90;
const ATTRIBUTE_MAX_CHARS = 400;
/** Critical findings open on load, at most this many; the rest start closed. */
const OPEN_ON_LOAD = 3;

const VERDICT: Record<Report['status'], string> = { failing: 'Failing', degraded: 'Degraded', healthy: 'Healthy', empty: 'Nothing in scope', unchecked: 'Could not check' };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const serviceOf = (ref: { type: string }): string => ref.type.split(':')[0]!;
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A time as the page shows it, in a <time> element a script or a reader's tool can parse. */
const time = (iso: string): string => `<time datetime="${e(iso)}">${e(formatTime(iso))}</time>`;

/** Where a finding, resource or gap lives, as data-* attributes the filters read. */
function placeAttributes(ref: { account?: string; region?: string }, service: string): string {
  return `data-service="${e(service)}" data-account="${e(ref.account ?? '')}" data-region="${e(ref.region ?? '')}"`;
}

interface Context {
  report: Report;
  multi: boolean;
  scopeOf: (ref: { account?: string; region?: string }) => ScanScope | undefined;
}

function accountLabel(context: Context, account: string | undefined): string {
  const scope = context.report.scopes.find((s) => s.account === account);
  return scope ? scopeName(scope) : (account ?? '');
}

/** Parts of a finding's HTML: charts and log examples are kept apart so the size cap can drop them first. */
type Segment = { kind: 'text' | 'chart' | 'example'; html: string };

function refLine(ref: ResourceRef, context: Context): string {
  const where = context.multi ? ` · ${e(accountLabel(context, ref.account))} · ${e(ref.region ?? '')}` : '';
  return `<code>${e(ref.type)}</code> ${e(ref.id)}${where}`;
}

/** New since the baseline, or ongoing since when it was first seen; nothing without a baseline. */
function changeBadge(finding: Finding): string {
  if (finding.change === 'new') return ' <span class="badge change-new">new</span>';
  if (finding.change === 'ongoing') return ` <span class="badge change-ongoing" title="first seen ${e(formatTime(finding.firstSeen ?? ''))}">ongoing</span>`;
  return '';
}

/** Rows of the muted and resolved tables shown at most; the JSON report has them all. */
const HISTORY_ROWS = 200;

/** What changed since the baseline (or that there was none), and the mutes: muted findings, expired and stale mutes. */
function historySection(report: Report): string {
  const parts: string[] = [];
  if (report.baseline) {
    const open = allFindings(report.findings);
    const n = (change: string) => open.filter((f) => f.change === change).length;
    parts.push(
      `<p class="section-note">Compared with ${e(report.baseline.source)} (${time(report.baseline.generatedAt)}): ${n('new')} new, ${n('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved.</p>`,
    );
    if (report.resolved?.length) {
      parts.push(
        `<h3>Resolved (${report.resolved.length})</h3><div class="table-wrap card"><table><thead><tr><th scope="col">Severity</th><th scope="col">Resource</th><th scope="col">What</th><th scope="col">Id</th></tr></thead><tbody>` +
          report.resolved
            .slice(0, HISTORY_ROWS)
            .map((f) => `<tr><td>${f.severity}</td><td><code>${e(f.resource.type)}</code> ${e(f.resource.id)}</td><td>${e(f.title)}</td><td><code>${e(f.id)}</code></td></tr>`)
            .join('') +
          '</tbody></table></div>',
      );
    }
  } else {
    parts.push('<p class="section-note">No baseline: findings are not marked new or ongoing.</p>');
  }
  if (report.mutes?.length) {
    const muted = report.muted ?? [];
    parts.push(
      `<h3>Muted (${muted.length})</h3>` +
        (muted.length
          ? `<div class="table-wrap card"><table><thead><tr><th scope="col">Severity</th><th scope="col">Resource</th><th scope="col">What</th><th scope="col">Mute</th><th scope="col">Until</th><th scope="col">Reason</th></tr></thead><tbody>` +
            muted
              .slice(0, HISTORY_ROWS)
              .map(
                ({ finding: f, mute }) =>
                  `<tr><td>${f.severity}</td><td><code>${e(f.resource.type)}</code> ${e(f.resource.id)}</td><td>${e(f.title)}</td><td>${e(mute.name)}</td><td>${e(mute.until)}</td><td>${e(mute.reason)}</td></tr>`,
              )
              .join('') +
            '</tbody></table></div>'
          : '<p class="card empty">No finding was muted.</p>'),
    );
    const notes = [
      ...report.mutes
        .filter((m) => m.state === 'expired')
        .map(
          (m) =>
            `Mute <strong>${e(m.name)}</strong> expired on ${e(m.until)}: ${m.matched} finding${m.matched === 1 ? '' : 's'} it matched ${m.matched === 1 ? 'is' : 'are'} reported again.`,
        ),
      ...staleMutes(report).map((m) => `Mute <strong>${e(m.name)}</strong> matched no finding (stale): remove it, or fix <code>${e(m.finding)}</code>.`),
    ];
    if (notes.length) parts.push(`<ul class="notes">${notes.map((n) => `<li>${n}</li>`).join('')}</ul>`);
  }
  return `<section aria-labelledby="history-h"><h2 id="history-h">Changes and mutes</h2>${parts.join('')}</section>`;
}

/** The resource's console page (src/report/console-links.ts): https on an AWS console host only, else none. */
function consoleLink(finding: Finding): string {
  const href = finding.consoleUrl ? consoleHref(finding.consoleUrl) : undefined;
  return href ? ` · <a href="${href}" rel="noreferrer noopener" target="_blank">open in the AWS console</a>` : '';
}

function exampleText(example: string): { text: string; cut: string } {
  const lines = example.split(/\r\n?|\n/);
  let text = lines.slice(0, EXAMPLE_MAX_LINES).join('\n');
  let cut = lines.length > EXAMPLE_MAX_LINES ? `${lines.length - EXAMPLE_MAX_LINES} more lines` : '';
  if (text.length > EXAMPLE_MAX_CHARS) {
    text = text.slice(0, EXAMPLE_MAX_CHARS);
    cut = `cut at ${EXAMPLE_MAX_CHARS.toLocaleString('en-US')} characters`;
  }
  return { text, cut };
}

/** Evidence, series, logs and next step of one finding (its own, not its related findings'). */
function findingDetails(finding: Finding, chartId: string, context: Context): Segment[] {
  const segments: Segment[] = [];
  const facts: string[] = finding.evidence.map((item) => `<dt>${e(item.label)}</dt><dd>${e(item.value)}</dd>`);
  if (finding.since) facts.push(`<dt>since</dt><dd>${time(finding.since)} (${span(finding.since, context.report.generatedAt)} before the report)</dd>`);
  const logs = finding.logs;
  if (logs) {
    facts.push(`<dt>log group</dt><dd><code>${e(logs.logGroup)}</code>${logs.sampled ? ' (counts from a sample of the matching events)' : ''}</dd>`);
    if (logs.signature) facts.push(`<dt>signature</dt><dd><code>${e(logs.signature)}</code></dd>`);
    facts.push(`<dt>occurrences</dt><dd>${logs.recent} in the last ${formatHours(logs.recentHours)}; ${logs.baseline} in the ${formatHours(logs.baselineHours)} before</dd>`);
    if (logs.firstSeen && logs.lastSeen) facts.push(`<dt>first and last seen</dt><dd>${time(logs.firstSeen)} to ${time(logs.lastSeen)}</dd>`);
  }
  if (finding.resource.arn) facts.push(`<dt>ARN</dt><dd><code>${e(finding.resource.arn)}</code></dd>`);
  segments.push({ kind: 'text', html: `<dl class="facts">${facts.join('')}</dl>` });

  if (finding.series) {
    const baseline = findingBaseline(finding);
    const svg = seriesChart(finding.series, { ...(finding.since ? { since: finding.since } : {}), ...(baseline ? { baseline } : {}) }, chartId);
    if (svg) {
      const legend = [
        finding.since ? '<span class="legend-start" aria-hidden="true"></span>start of the finding' : '',
        baseline ? `<span class="legend-band" aria-hidden="true"></span>${e(baseline.label)}` : '',
      ].join('');
      segments.push({ kind: 'chart', html: `<figure><figcaption>${e(chartTitle(finding.series))}${legend ? ` ${legend}` : ''}</figcaption>${svg}</figure>` });
      const detail = aroundTheStart(finding.series, finding.since);
      const detailSvg = detail && seriesChart(detail, { ...(finding.since ? { since: finding.since } : {}), ...(baseline ? { baseline } : {}) }, `${chartId}-detail`);
      if (detail && detailSvg) {
        segments.push({
          kind: 'chart',
          html: `<figure class="detail"><figcaption>Around the start: the last ${spanText(detail.values.length, detail.periodSeconds)}</figcaption>${detailSvg}</figure>`,
        });
      }
    }
  }
  if (finding.nextStep) segments.push({ kind: 'text', html: `<p class="next"><strong>Next step:</strong> ${withCode(finding.nextStep)}</p>` });
  if (logs?.example) {
    const { text, cut } = exampleText(logs.example);
    segments.push({
      kind: 'example',
      html: `<div class="logs"><h4>Example, as logged (secrets redacted)</h4><pre tabindex="0">${e(text)}</pre>${cut ? `<p class="muted">… ${e(cut)}; the JSON report has it whole.</p>` : ''}</div>`,
    });
  }
  return segments;
}

/** A next step as detectors write it: prose with `commands` in backticks, each command a <code> (both escaped). */
function withCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${e(part.slice(1, -1))}</code>` : e(part)))
    .join('');
}

function formatHours(hours: number): string {
  if (hours >= 48 && Number.isInteger(hours / 24)) return `${hours / 24} days`;
  const rounded = Math.round(hours * 10) / 10;
  return rounded === 1 ? 'hour' : `${rounded} h`;
}

function findingSegments(finding: Finding, index: number, open: boolean, context: Context): Segment[] {
  const related = finding.related ?? [];
  const severity = finding.severity;
  const since = finding.since
    ? `<span class="since">since ${e(formatTime(finding.since).slice(finding.since.slice(0, 10) === context.report.generatedAt.slice(0, 10) ? 11 : 0))} · ${span(finding.since, context.report.generatedAt)} ago</span>`
    : '<span class="since"></span>';
  const segments: Segment[] = [
    {
      kind: 'text',
      html:
        `<article class="finding card sev-${severity}" id="finding-${index + 1}" data-kind="finding" data-severity="${severity}" ${placeAttributes(finding.resource, serviceOf(finding.resource))}>` +
        `<details${open ? ' open' : ''}><summary>` +
        `<span class="badge sev-${severity}">${severity}</span>${changeBadge(finding)} <span class="title">${e(finding.title)}</span> ${since}` +
        ` <span class="toggle-hint" aria-hidden="true"></span> <span class="where">${refLine(finding.resource, context)}${related.length ? ` · +${related.length} related` : ''}</span>` +
        '</summary><div class="body">',
    },
    ...findingDetails(finding, `chart-${index + 1}`, context),
  ];
  if (related.length > 0) {
    segments.push({ kind: 'text', html: `<section class="related"><h4>Same cause, also found (${related.length})</h4>` });
    related.forEach((r, j) => {
      const sameResource = r.resource.type === finding.resource.type && r.resource.id === finding.resource.id;
      segments.push({
        kind: 'text',
        html: ` <div class="related-item"><p><span class="badge sev-${r.severity}">${r.severity}</span> <strong>${e(r.title)}</strong>${sameResource ? '' : `<br><span class="muted">${refLine(r.resource, context)}</span>`}</p>`,
      });
      segments.push(...findingDetails(r, `chart-${index + 1}-${j + 1}`, context));
      segments.push({ kind: 'text', html: `<p class="ids">detector <code>${e(r.kind)}</code> · id <code>${e(r.id)}</code></p></div>` });
    });
    segments.push({ kind: 'text', html: '</section>' });
  }
  segments.push({
    kind: 'text',
    html: `<p class="ids">detector <code>${e(finding.kind)}</code> · id <code>${e(finding.id)}</code>${consoleLink(finding)}</p></div></details></article>`,
  });
  return segments;
}

const join = (segments: readonly Segment[], drop: ReadonlySet<Segment['kind']>): string =>
  segments
    .filter((s) => !drop.has(s.kind))
    .map((s) => s.html)
    .join('');

/** The worst finding on each resource, by a key that includes the account and region. */
function worstByResource(findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of allFindings(findings)) {
    const key = resourceKey(f.resource);
    const current = worst.get(key);
    if (!current || isAtLeast(f.severity, current)) worst.set(key, f.severity);
  }
  return worst;
}
const resourceKey = (r: { type: string; id: string; account?: string; region?: string }): string => `${r.account ?? ''}|${r.region ?? ''}|${r.type}|${r.id}`;

/** A resource's attributes and tags: a one-line preview that opens to the whole list. */
function attributesCell(resource: Resource): string {
  const entries: Array<[string, string]> = [
    ...Object.entries(resource.attributes)
      .filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
      .map(([key, value]): [string, string] => [key, Array.isArray(value) ? value.join(', ') : String(value)]),
    ...Object.entries(resource.tags).map(([key, value]): [string, string] => [`tag ${key}`, value]),
  ];
  if (entries.length === 0) return '';
  const clip = (text: string) => (text.length > ATTRIBUTE_MAX_CHARS ? `${text.slice(0, ATTRIBUTE_MAX_CHARS - 1)}…` : text);
  const preview = entries.map(([key, value]) => `${key}: ${value}`).join(' · ');
  return (
    `<details><summary>${e(preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS - 1)}…` : preview)}</summary>` +
    `<dl>${entries.map(([key, value]) => `<dt>${e(key)}</dt><dd>${e(clip(value))}</dd>`).join('')}</dl></details>`
  );
}

function inventoryRow(resource: Resource, worst: Severity | undefined, context: Context): string {
  const mark = worst ?? 'none';
  const rank = worst ? severityRank(worst) : SEVERITIES.length;
  const where = context.multi ? `<td>${e(accountLabel(context, resource.account))}</td><td>${e(resource.region)}</td>` : '';
  return (
    `<tr data-kind="resource" ${placeAttributes(resource, serviceOf(resource))}>` +
    `<td data-sort="${rank}"><span class="badge sev-${worst ?? 'ok'}">${mark}</span></td>` +
    `<td class="type"><code>${e(resource.type)}</code></td><td class="id">${e(resource.id)}</td><td>${e(resource.status ?? '')}</td>${where}` +
    `<td class="attrs">${attributesCell(resource)}</td></tr>`
  );
}

function gapRow(gap: Report['coverage'][number], context: Context): string {
  const where = context.multi ? `<td>${e(accountLabel(context, gap.account))} · ${e(gap.region ?? '')}</td>` : '';
  return `<tr data-kind="gap" ${placeAttributes(gap, gap.service)}><td>${e(gap.scope)}</td><td><code>${e(gap.iamAction ?? `${gap.service}:${gap.operation}`)}</code></td>${where}<td>${e(gap.reason)}</td></tr>`;
}

function header(report: Report, shown: number): string {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const related = report.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
  const where =
    report.scopes.length > 1
      ? `${plural(report.accounts.length, 'account')} · ${report.regions.map(e).join(', ')} · ${plural(report.scopes.length, 'scan')}`
      : `Account ${e(scopeName(report.scopes[0] ?? { account: report.accounts.join(', ') }))} · ${report.regions.map(e).join(', ')}`;
  const summary =
    report.status === 'empty' || report.status === 'unchecked'
      ? (report.statusReason ?? 'see the coverage gaps')
      : report.status === 'failing'
        ? `${plural(report.findings.length, 'finding')}, fail-on is ${report.failOn}`
        : report.status === 'degraded'
          ? `${plural(report.findings.length, 'finding')}, none at fail-on ${report.failOn}`
          : report.findings.length > 0
            ? 'only informational notes'
            : 'no findings';
  const notes = [
    related > 0 ? `${plural(related, 'more finding')} share a cause and a resource with one listed: shown under it as related.` : '',
    report.coverage.length > 0 ? `<a href="#coverage">${plural(report.coverage.length, 'coverage gap')}</a>: some checks could not run.` : '',
    shown < report.findings.length ? `${report.findings.length - shown} below the minimum severity are counted, not listed.` : '',
  ].filter(Boolean);
  return (
    `<header class="card verdict-card ${report.status}">` +
    `<h1><span class="verdict">${VERDICT[report.status]}</span> <span>${e(summary)}</span></h1>` +
    `<p class="scope-line">${where} · ${time(report.window.from)} to ${time(report.window.to)} (${span(report.window.from, report.window.to)})</p>` +
    `<ul class="counts" aria-label="Findings by severity">${SEVERITIES.map((s) => `<li class="sev-${s}${counts[s] === 0 ? ' zero' : ''}"><span class="n">${counts[s]}</span>${s}</li>`).join('')}</ul>` +
    (notes.length ? `<ul class="notes muted">${notes.map((n) => `<li>${n}</li>`).join('')}</ul>` : '') +
    '</header>'
  );
}

function filters(report: Report, shown: readonly Finding[], context: Context): string {
  const counts = (s: Severity) => shown.filter((f) => f.severity === s).length;
  const present = SEVERITIES.filter((s) => counts(s) > 0);
  const options = (values: string[], label: (v: string) => string) => values.map((v) => `<option value="${e(v)}">${e(label(v))}</option>`).join('');
  const services = [...new Set([...report.resources.map(serviceOf), ...shown.map((f) => serviceOf(f.resource)), ...report.coverage.map((g) => g.service)])].sort();
  const select = (name: string, label: string, values: string[], show: (v: string) => string) =>
    values.length > 1 ? `<label class="field">${label}<select data-filter="${name}" name="${name}"><option value="">All</option>${options(values, show)}</select></label>` : '';
  return (
    `<form id="filters" class="filters card no-print" data-needs-script hidden aria-label="Filters">` +
    (present.length > 0
      ? `<fieldset><legend>Severity</legend>${present.map((s) => `<label class="chip sev-${s}"><input type="checkbox" name="severity" value="${s}" checked>${s} (${counts(s)})</label>`).join('')}</fieldset>`
      : '') +
    select('service', 'Service', services, (v) => v) +
    select('account', 'Account', report.accounts, (v) => accountLabel(context, v)) +
    select('region', 'Region', report.regions, (v) => v) +
    `<button type="reset">Reset</button><p id="filter-status" class="filter-status" role="status" aria-live="polite"></p></form>`
  );
}

function runSection(report: Report, context: Context): string {
  const retries = report.apiCalls.requests - report.apiCalls.total;
  const facts = [
    `<dt>tool</dt><dd>${e(report.tool.name)} ${e(report.tool.version)}</dd>`,
    `<dt>generated</dt><dd>${time(report.generatedAt)}, in ${(report.durationMs / 1000).toFixed(1)} s</dd>`,
    `<dt>AWS API calls</dt><dd>${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}</dd>`,
    `<dt>resources</dt><dd>${report.resources.length}</dd>`,
  ];
  if (report.logs) {
    const engine = { insights: 'Logs Insights', filter: 'FilterLogEvents', mixed: 'Logs Insights and FilterLogEvents' }[report.logs.engine];
    facts.push(
      `<dt>logs scanned</dt><dd>${megabytes(report.logs.bytesScanned)} from ${plural(report.logs.sources, 'source')} with ${engine} (expected ${megabytes(report.logs.expectedBytes)})${report.logs.skipped > 0 ? `; ${report.logs.skipped} left out by the scan budget` : ''}</dd>`,
    );
  }
  const scopes = context.multi
    ? `<h3>Scans</h3><div class="table-wrap card"><table><thead><tr><th scope="col">Account</th><th scope="col">Region</th><th scope="col" class="num">Resources</th><th scope="col" class="num">API calls</th><th scope="col" class="num">Duration</th><th scope="col">Window end</th></tr></thead><tbody>${report.scopes
        .map(
          (s) =>
            `<tr><td>${e(scopeName(s))}</td><td>${e(s.region)}</td><td class="num">${report.resources.filter((r) => r.account === s.account && r.region === s.region).length}</td><td class="num">${s.apiCalls}</td><td class="num">${(s.durationMs / 1000).toFixed(1)} s</td><td>${time(s.window.to)}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '';
  const operations = [...report.apiCalls.byOperation].sort((a, b) => b.calls - a.calls || a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation));
  const calls =
    operations.length > 0
      ? `<details class="card run-facts"><summary>API calls by operation (${operations.length})</summary><div class="table-wrap"><table><thead><tr><th scope="col">Service</th><th scope="col">Operation</th><th scope="col" class="num">Calls</th><th scope="col" class="num">HTTP requests</th><th scope="col" class="num">Failed</th></tr></thead><tbody>${operations
          .map(
            (o) => `<tr><td>${e(o.service)}</td><td>${e(o.operation)}</td><td class="num">${o.calls}</td><td class="num">${o.requests}</td><td class="num">${o.failed}</td></tr>`,
          )
          .join('')}</tbody></table></div></details>`
      : '';
  return `<section aria-labelledby="run-h"><h2 id="run-h">Run</h2><div class="card run-facts"><dl class="facts">${facts.join('')}</dl></div>${scopes}${calls ? `<h3>Calls</h3>${calls}` : ''}</section>`;
}

export function renderHtml(report: Report, options: RenderOptions): string {
  const context: Context = {
    report,
    multi: report.scopes.length > 1,
    scopeOf: (ref) => report.scopes.find((s) => s.account === ref.account && s.region === ref.region),
  };
  const shown = report.findings.filter((f) => isAtLeast(f.severity, options.minSeverity));
  const criticalOpen = new Set(shown.filter((f) => f.severity === 'critical').slice(0, OPEN_ON_LOAD));
  const findings = shown.map((f, i) => ({ finding: f, segments: findingSegments(f, i, criticalOpen.has(f), context) }));
  const worst = worstByResource(report.findings);
  // Resources with findings first, worst first; the size cap drops rows from the end.
  const resources = report.resources
    .map((r, i) => ({ r, i, worst: worst.get(resourceKey(r)) }))
    .sort((a, b) => (a.worst ? severityRank(a.worst) : SEVERITIES.length) - (b.worst ? severityRank(b.worst) : SEVERITIES.length) || a.i - b.i)
    .map(({ r, worst: w }) => ({ withFinding: w !== undefined, html: inventoryRow(r, w, context) }));
  const gaps = report.coverage.map((g) => gapRow(g, context));

  // Never fail on size: leave out what matters least, measured piece by piece, and say so at the top.
  const history = historySection(report);
  const fixed =
    bytes(htmlPage('', '')) + bytes(header(report, shown.length)) + bytes(filters(report, shown, context)) + bytes(runSection(report, context)) + bytes(history) + 8_000;
  const sizeOf = (segments: readonly Segment[], kind: Segment['kind']) => segments.filter((s) => s.kind === kind).reduce((n, s) => n + bytes(s.html), 0);
  const pieces = findings.map((f) => ({ text: sizeOf(f.segments, 'text'), chart: sizeOf(f.segments, 'chart'), example: sizeOf(f.segments, 'example') }));
  const drops = findings.map(() => new Set<Segment['kind']>());
  let kept = findings.length;
  let rowsKept = resources.length;
  let gapsKept = gaps.length;
  let total = fixed + pieces.reduce((n, p) => n + p.text + p.chart + p.example, 0) + resources.reduce((n, r) => n + bytes(r.html), 0) + gaps.reduce((n, g) => n + bytes(g), 0);
  const cut: string[] = [];
  const dropFromEnd = (kind: 'chart' | 'example'): number => {
    let count = 0;
    for (let i = findings.length - 1; i >= 0 && total > HTML_LIMIT_BYTES; i -= 1) {
      if (pieces[i]![kind] === 0) continue;
      drops[i]!.add(kind);
      total -= pieces[i]![kind];
      count += 1;
    }
    return count;
  };
  const charts = dropFromEnd('chart');
  if (charts > 0) cut.push(`the charts of ${plural(charts, 'finding')}`);
  const examples = dropFromEnd('example');
  if (examples > 0) cut.push(`the log examples of ${plural(examples, 'finding')}`);
  while (total > HTML_LIMIT_BYTES && rowsKept > 0 && !resources[rowsKept - 1]!.withFinding) total -= bytes(resources[--rowsKept]!.html);
  while (total > HTML_LIMIT_BYTES && kept > 0) {
    kept -= 1;
    total -= pieces[kept]!.text + (drops[kept]!.has('chart') ? 0 : pieces[kept]!.chart) + (drops[kept]!.has('example') ? 0 : pieces[kept]!.example);
  }
  if (kept < findings.length) cut.push(`${findings.length - kept} of ${plural(findings.length, 'finding')} (the least severe)`);
  while (total > HTML_LIMIT_BYTES && rowsKept > 0) total -= bytes(resources[--rowsKept]!.html);
  if (rowsKept < resources.length) cut.push(`${resources.length - rowsKept} of ${plural(resources.length, 'resource')} in the inventory`);
  while (total > HTML_LIMIT_BYTES && gapsKept > 0) total -= bytes(gaps[--gapsKept]!);
  if (gapsKept < gaps.length) cut.push(`${gapsKept === 0 ? 'all' : gaps.length - gapsKept} of ${plural(gaps.length, 'coverage gap')}`);

  const body: string[] = [
    '<main>',
    '<div class="top"><span class="brand">aws-monitor report</span><button type="button" id="theme-toggle" class="no-print" data-needs-script hidden>Theme: auto</button></div>',
  ];
  if (cut.length > 0) {
    body.push(
      `<p class="cut" role="note"><strong>Cut to fit ${(HTML_LIMIT_BYTES / 1_000_000).toFixed(0)} MB:</strong> ${e(cut.join('; '))} left out. The JSON report has everything.</p>`,
    );
  }
  body.push(header(report, shown.length), filters(report, shown, context));

  body.push('<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>');
  if (shown.length === 0) {
    body.push(`<p class="card empty">${report.findings.length === 0 ? 'No findings.' : `No findings at or above ${options.minSeverity}.`}</p>`);
  } else {
    body.push(
      '<div class="toolbar no-print" data-needs-script hidden><button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button></div>',
    );
    for (const severity of SEVERITIES) {
      const group = findings.slice(0, kept).filter((f) => f.finding.severity === severity);
      if (group.length === 0) continue;
      body.push(`<section data-group aria-labelledby="group-${severity}"><h3 id="group-${severity}">${severity} (${group.length})</h3>`);
      for (const f of group) body.push(join(f.segments, drops[findings.indexOf(f)]!));
      body.push('</section>');
    }
    body.push('<p class="card empty" data-empty-for="finding" hidden>No finding matches the filters.</p>');
  }
  body.push('</section>');
  body.push(history);

  body.push('<section aria-labelledby="inventory-h"><h2 id="inventory-h">Inventory</h2>');
  if (report.resources.length === 0) {
    body.push('<p class="card empty">No resources found in scope.</p>');
  } else {
    body.push(`<p class="section-note">${plural(report.resources.length, 'resource')}, those with findings first. Select a column heading to sort.</p>`);
    const where = context.multi ? '<th scope="col"><button type="button">Account</button></th><th scope="col"><button type="button">Region</button></th>' : '';
    body.push(
      `<div class="table-wrap card"><table data-sortable><caption class="visually-hidden">Resources scanned</caption><thead><tr><th scope="col"><button type="button">Findings</button></th><th scope="col"><button type="button">Type</button></th><th scope="col"><button type="button">Resource</button></th><th scope="col"><button type="button">State</button></th>${where}<th scope="col">Details</th></tr></thead><tbody>`,
      ...resources.slice(0, rowsKept).map((r) => r.html),
      '</tbody></table></div><p class="card empty" data-empty-for="resource" hidden>No resource matches the filters.</p>',
    );
  }
  body.push('</section>');

  body.push('<section id="coverage" aria-labelledby="coverage-h"><h2 id="coverage-h">Coverage</h2>');
  if (report.coverage.length === 0) {
    body.push('<p class="card empty">Every enabled check ran.</p>');
  } else {
    const where = context.multi ? '<th scope="col">Where</th>' : '';
    body.push(
      `<p class="section-note">What could not be checked, and why: these are not findings, and nothing here is known to be healthy.</p><div class="table-wrap card"><table><caption class="visually-hidden">Coverage gaps</caption><thead><tr><th scope="col">Not checked</th><th scope="col">Permission or API</th>${where}<th scope="col">Why</th></tr></thead><tbody>`,
      ...gaps.slice(0, gapsKept),
      '</tbody></table></div>',
    );
  }
  body.push('</section>');
  body.push(runSection(report, context));
  body.push(
    `<footer>${e(report.tool.name)} ${e(report.tool.version)} · generated ${time(report.generatedAt)} · a self-contained page: it loads nothing from the network.</footer>`,
    '</main>',
  );
  return htmlPage(`aws-monitor: ${VERDICT[report.status]} · ${report.accounts.join(', ')} · ${formatTime(report.generatedAt)}`, body.join('\n'));
}
