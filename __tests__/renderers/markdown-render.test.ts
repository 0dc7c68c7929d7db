// The GitHub job summary as a reader gets it: each summary is rendered with a real GFM parser
// (micromark), parsed as HTML (jsdom), checked against GitHub's sanitizer allowlist, and every chart
// goes through Mermaid's own parser and layout. Assertions are about the rendered HTML, not about
// the markdown string (see markdown.test.ts for those).
//
// GFM pads or cuts every table row to the header's cell count, so "five cells per row" alone proves
// nothing: a broken row shows up as text in the wrong cell, or as an extra row. Hence the checks on
// what each cell reads.

import { buildReport } from '../../src/report/build-report.js';
import type { CoverageGap, Finding, FindingSeries, LogReadSummary, Report, Severity } from '../../src/report/model.js';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/renderers/markdown.js';
import { formatTime } from '../../src/renderers/text.js';
import { aConfig, aCpuSeries, aFinding, aReport, NOW } from '../support/builders.js';
import { githubSanitizerProblems, mermaidBlocks, mermaidProblems, parseXyChart, renderedDom, renderGfm, textOf } from '../support/render-markdown.js';

// ---- reports -------------------------------------------------------------------------------------

function reportOf(findings: Finding[], extra: { coverage?: CoverageGap[]; logs?: LogReadSummary } = {}): Report {
  return buildReport({
    version: '0.1.0',
    config: aConfig(),
    account: '123456789012',
    resources: [],
    findings,
    coverage: extra.coverage ?? [],
    apiCalls: { total: 42, requests: 44, byOperation: [] },
    ...(extra.logs ? { logs: extra.logs } : {}),
    generatedAt: NOW,
    durationMs: 8_300,
  });
}

/** The CPU series builder, starting at noon the day before. */
const aSeries = (values: Array<number | null>, overrides: Partial<FindingSeries> = {}): FindingSeries => aCpuSeries(values, { start: '2026-11-24T12:00:00.000Z', ...overrides });

let n = 0;
/** A finding with its own id and resource, so findings never merge or collide. */
function finding(severity: Severity, overrides: Partial<Finding> = {}): Finding {
  n += 1;
  return aFinding({ id: `test:ecs:service:svc-${n}`, kind: `test_${n}`, severity, resource: { type: 'ecs:service', id: `pp-web-production/svc-${n}` }, ...overrides });
}

const day = Array.from({ length: 288 }, (_, i) => (i % 97 === 5 ? null : 20 + (i > 250 ? 70 : i % 7)));

const JAVA_EXAMPLE = [
  'java.lang.IllegalStateException: order <script>alert(1)</script> | id=*42* _x_ [a](b) `tick` ~~no~~',
  '\tat com.example.Orders.place(Orders.java:88)',
  '\tat com.example.Api.handle(Api.java:12) café → 🔥 日本語',
].join('\n');
const JSON_EXAMPLE = `{"level":"error","msg":"upstream <b>timeout</b> | retry","path":"/a|b\\\\c","pad":"${'y'.repeat(3000)}"}`;
const FENCE_EXAMPLE = ['markdown in a log line:', '```', '</details>', '<img src=x onerror=alert(1)>', '```', 'after the fence'].join('\n');

const LOGS_SUMMARY: LogReadSummary = { engine: 'insights', sources: 4, expectedBytes: 80 * 2 ** 20, bytesScanned: 72 * 2 ** 20, skipped: 0 };
const COVERAGE: CoverageGap[] = [
  { service: 'rds', operation: 'DescribeDBInstances', iamAction: 'rds:DescribeDBInstances', scope: 'RDS instances and clusters', reason: 'AccessDenied' },
  { service: 'logs', operation: 'StartQuery', scope: 'log group /ecs/pp-web | api', reason: 'throttled after 3 attempts\nthen timed out' },
];

/** A failing account: every severity, metric series, log findings with awkward examples, coverage gaps. */
function realisticReport(): Report {
  return reportOf(
    [
      finding('critical', { title: '1 of 4 tasks running', series: aSeries(day) }),
      finding('high', {
        resource: { type: 'elbv2:load-balancer', id: 'app/pp-web-production/50dc6c495c0c9188' },
        title: 'target 5xx responses: 312 in the last hour (baseline 0.4/h)',
        evidence: [
          { label: 'share of requests', value: '4.1%' },
          { label: 'worst target', value: '10.0.3.7:8080' },
        ],
        series: aSeries(
          day.map((v) => (v === null ? null : v * 3)),
          { metric: 'alb_target_5xx', namespace: 'AWS/ApplicationELB', name: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count' },
        ),
      }),
      finding('high', {
        resource: { type: 'logs:log-group', id: '/ecs/pp-web-production' },
        title: 'New error signature: IllegalStateException at Orders.place',
        evidence: [{ label: 'occurrences', value: '57 in 1 h, none in the 23 h before' }],
        logs: { logGroup: '/ecs/pp-web-production', signature: 'IllegalStateException', recent: 57, baseline: 0, recentHours: 1, baselineHours: 23, example: JAVA_EXAMPLE },
      }),
      finding('medium', {
        resource: { type: 'rds:instance', id: 'pp-db-production' },
        title: 'free storage falling: full in about 3 days',
        series: aSeries(
          Array.from({ length: 288 }, (_, i) => 6.4e12 - i * 1.9e9),
          { metric: 'rds_free_storage', namespace: 'AWS/RDS', name: 'FreeStorageSpace', stat: 'Minimum', unit: 'bytes' },
        ),
      }),
      finding('medium', {
        resource: { type: 'logs:log-group', id: '/ecs/pp-api-production' },
        title: 'HTTP 5xx in access logs',
        logs: { logGroup: '/ecs/pp-api-production', recent: 9, baseline: 1, recentHours: 1, baselineHours: 23, example: JSON_EXAMPLE },
      }),
      finding('medium', {
        resource: { type: 'dms:task', id: 'orders-cdc' },
        title: 'DMS task log has errors',
        logs: { logGroup: 'dms-tasks-orders', recent: 3, baseline: 0, recentHours: 1, baselineHours: 23, example: FENCE_EXAMPLE },
      }),
      finding('low', { resource: { type: 'cloudformation:stack', id: 'pp-api-production' }, title: 'stack drifted from its template', since: undefined, nextStep: undefined }),
      finding('info', { resource: { type: 'rds:instance', id: 'pp-db-staging' }, title: 'not Multi-AZ', evidence: [{ label: 'multiAZ', value: 'false' }] }),
    ],
    { coverage: COVERAGE, logs: LOGS_SUMMARY },
  );
}

// ---- reading the rendered HTML ---------------------------------------------------------------------

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));
const headerOf = (table: Element): string[] => all(table, 'thead th').map((th) => textOf(th).trim());
const rowsOf = (table: Element): Element[][] => all(table, 'tbody > tr').map((tr) => Array.from(tr.children));

function tableHeaded(dom: ParentNode, second: string): Element | undefined {
  return all(dom, 'table').find((t) => headerOf(t)[1] === second);
}

function findingsTable(dom: ParentNode): Element {
  const table = tableHeaded(dom, 'Severity');
  if (!table) throw new Error('no findings table in the rendered summary');
  return table;
}

/** How a reader sees text the report holds: every kind of line break shows as one line break. */
const asRead = (text: string): string => text.replace(/\r\n?/g, '\n');

const render = (report: Report, minSeverity: Severity = 'info'): { md: string; html: string; dom: DocumentFragment } => {
  const md = renderMarkdown(report, { minSeverity });
  const html = renderGfm(md);
  return { md, html, dom: renderedDom(md) };
};

// ---- the summary of a failing account --------------------------------------------------------------

describe('the job summary, rendered as GitHub renders it', () => {
  const report = realisticReport();
  const { md, html, dom } = render(report);

  it('opens with the verdict as an <h2>, then the run line', () => {
    const first = Array.from(dom.children);
    expect(first[0]!.tagName).toBe('H2');
    expect(textOf(first[0]!)).toBe('aws-monitor: ❌ Failing');
    expect(first[1]!.tagName).toBe('P');
    expect(textOf(first[1]!)).toContain(`Account 123456789012 · us-east-2 · ${formatTime(report.window.from)} → ${formatTime(report.window.to)} · 8 findings · fail-on high`);
    expect(first[1]!.querySelector('code')?.textContent).toBe('high');
    expect(all(dom, 'h1, h2').length).toBe(1);
  });

  it('lists every finding as one row of a real <table>, five cells each, in report order', () => {
    const table = findingsTable(dom);
    expect(headerOf(table)).toEqual(['', 'Severity', 'Resource', 'What', 'Since']);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(report.findings.length);
    rows.forEach((cells, i) => {
      const f = report.findings[i]!;
      expect(cells.map((c) => c.tagName)).toEqual(['TD', 'TD', 'TD', 'TD', 'TD']);
      expect(cells.slice(1).map(textOf)).toEqual([f.severity, `${f.resource.type} ${f.resource.id}`, f.title, f.since ? formatTime(f.since) : '']);
      expect(cells[2]!.querySelector('code')?.textContent).toBe(f.resource.type);
    });
  });

  it('lists only the findings at or above the minimum severity', () => {
    const shown = report.findings.filter((f) => ['critical', 'high', 'medium'].includes(f.severity));
    const rows = rowsOf(findingsTable(render(report, 'medium').dom));
    expect(rows.map((cells) => textOf(cells[3]!))).toEqual(shown.map((f) => f.title));
  });

  it('puts evidence and next steps in one <details> with a <summary>, its markdown rendered as lists and code blocks', () => {
    const details = all(dom, 'details');
    expect(details).toHaveLength(1);
    const block = details[0]!;
    expect(block.firstElementChild?.tagName).toBe('SUMMARY');
    expect(textOf(block.firstElementChild!)).toBe('Evidence and next steps');
    // Rendered markdown, not raw text: one bold resource line per finding, then a list.
    expect(all(block, ':scope > p > strong').map(textOf)).toEqual(report.findings.map((f) => f.resource.id));
    const items = all(block, ':scope > ul > li').map(textOf);
    for (const f of report.findings) {
      for (const e of f.evidence) expect(items).toContain(`${e.label}: ${e.value}`);
      if (f.nextStep) expect(items).toContain(`next: ${f.nextStep}`);
      if (f.since) expect(items).toContain(`since: ${formatTime(f.since)}`);
      if (f.logs) expect(items).toContain(`log group: ${f.logs.logGroup}`);
    }
    expect(all(block, ':scope > pre > code.language-text')).toHaveLength(3);
    // Nothing meant for the details block leaks out of it.
    expect(all(dom, 'ul, pre:not(:has(code.language-mermaid))').every((e) => block.contains(e))).toBe(true);
  });

  it('shows each log example verbatim in <pre><code class="language-text">, as text', () => {
    const codes = all(dom, 'details pre > code.language-text').map((c) => c.textContent);
    expect(codes.find((c) => c?.startsWith('java.lang.'))).toBe(`${JAVA_EXAMPLE}\n`);
    expect(codes.find((c) => c?.startsWith('{"level"'))).toBe(`${JSON_EXAMPLE}\n`);
    expect(all(dom, 'script, b, img')).toEqual([]);
  });

  it('keeps a log example holding ``` inside its own code block', () => {
    const blocks = all(dom, 'details pre > code.language-text');
    const fenced = blocks.find((c) => c.textContent?.startsWith('markdown in a log line:'));
    expect(fenced).toBeDefined();
    // The fence is longer than any run of backticks in the example: it cannot close early, and the text stays exact.
    expect(fenced!.textContent).toBe(`${FENCE_EXAMPLE}\n`);
    expect(all(dom, 'details').length).toBe(1);
    // What follows the example (the next finding) is still rendered markdown inside the details.
    expect(all(dom, 'details > p > strong').map(textOf)).toContain('pp-api-production');
  });

  it('lists coverage gaps in their own three-column table, each cell as the report has it', () => {
    expect(all(dom, 'h3').map(textOf)).toEqual(['Coverage gaps']);
    const table = tableHeaded(dom, 'API');
    expect(table).toBeDefined();
    expect(headerOf(table!)).toEqual(['Not checked', 'API', 'Why']);
    expect(rowsOf(table!).map((cells) => cells.map(textOf))).toEqual(report.coverage.map((g) => [g.scope, g.iamAction ?? g.operation, g.reason]));
  });

  it('ends with the run facts in <sub>', () => {
    const last = dom.lastElementChild!;
    expect(last.tagName).toBe('P');
    expect(last.firstElementChild?.tagName).toBe('SUB');
    expect(textOf(last)).toMatch(/^0 resources · 42 AWS API calls · logs: 4 sources via Logs Insights, .* scanned · 8\.3s · aws-monitor 0\.1\.0$/);
  });

  it("has nothing GitHub's sanitizer would strip", () => {
    expect(githubSanitizerProblems(html)).toEqual([]);
  });

  it('leaves no markdown or HTML syntax showing as text outside code blocks', () => {
    const copy = dom.cloneNode(true) as DocumentFragment;
    for (const pre of all(copy, 'pre')) pre.remove();
    expect(textOf(copy)).not.toMatch(/\*\*|\|\s*---|```|<\/?(details|summary|sub|br)\b|\\\|/);
  });

  it('draws the three worst series as charts Mermaid parses', async () => {
    expect(mermaidBlocks(md)).toHaveLength(3);
    expect(await mermaidProblems(md)).toEqual([]);
    const first = await parseXyChart(mermaidBlocks(md)[0]!);
    expect(first.title).toBe('pp-web-production/svc-1: CPUUtilization (Average)');
    expect(first.yAxis.title).toBe('percent');
    expect(first.line).toHaveLength(48);
    expect(Math.max(...first.line.map(([, v]) => v))).toBe(90);
  });
});

describe('related findings', () => {
  it('show as a count in the row and as a nested list in the details', () => {
    const main = finding('critical', { title: '1 of 4 tasks running' });
    const sameResource = finding('high', { resource: main.resource, title: 'deployment rolled back', since: '2026-11-25T09:05:00.000Z' });
    const targetGroup = finding('high', { resource: { type: 'elbv2:target-group', id: 'pp-web-production-tg' }, title: '3 of 4 targets unhealthy', since: undefined });
    const report = reportOf([{ ...main, related: [sameResource, targetGroup] }, finding('medium', { title: 'the next finding' })]);
    const { html, dom } = render(report);
    const rows = rowsOf(findingsTable(dom));
    expect(rows.map((cells) => textOf(cells[3]!))).toEqual(['1 of 4 tasks running (+2 related)', 'the next finding']);
    const item = all(dom, 'details > ul > li').find((li) => textOf(li).startsWith('same cause, also found:'));
    expect(item).toBeDefined();
    expect(all(item!, ':scope > ul > li').map(textOf)).toEqual([
      `high: deployment rolled back (since ${formatTime('2026-11-25T09:05:00.000Z')}) · id test:ecs:service:svc-10`,
      'high: elbv2:target-group pp-web-production-tg: 3 of 4 targets unhealthy · id test:ecs:service:svc-11',
    ]);
    expect(githubSanitizerProblems(html)).toEqual([]);
  });
});

describe('an empty report', () => {
  it('says Healthy and No findings, with no table, details or chart', async () => {
    const { md, html, dom } = render(aReport());
    expect(textOf(dom.querySelector('h2')!)).toBe('aws-monitor: ✅ Healthy');
    expect(all(dom, 'p').map(textOf)).toContain('No findings.');
    expect(all(dom, 'table, details, pre, blockquote')).toEqual([]);
    expect(dom.lastElementChild?.firstElementChild?.tagName).toBe('SUB');
    expect(githubSanitizerProblems(html)).toEqual([]);
    expect(await mermaidProblems(md)).toEqual([]);
  });

  it('still lists coverage gaps when nothing was found', () => {
    const { dom } = render(reportOf([], { coverage: COVERAGE }));
    expect(all(dom, 'p').map(textOf)).toContain('No findings.');
    expect(rowsOf(tableHeaded(dom, 'API')!)).toHaveLength(2);
  });
});

// ---- text from AWS and from users cannot change the layout or add markup ---------------------------

// Titles, ids and evidence carry text from AWS (event messages, stack reasons), from log lines and
// from config.ini (pattern names and regexes). A reader must see it exactly as it is, in its cell.
const AWKWARD: Array<[string, string]> = [
  ['a pipe', 'p95 | p99 latency high'],
  ['a backslash before a pipe', 'regex ERROR\\|FATAL matched'],
  ['a trailing backslash', 'wrote C:\\logs\\'],
  ['a newline', 'first line\nsecond line'],
  ['a Windows newline', 'first line\r\nsecond line'],
  ['a lone carriage return', 'progress 50%\rprogress 100%'],
  ['emphasis characters', 'a *star*, _under_ and **bold**'],
  ['strikethrough tildes', 'value ~~was~~ is'],
  ['a markdown link', '[click here](https://example.com/x)'],
  ['backticks', 'run `kubectl get pods` now'],
  ['an HTML tag', 'upstream <b>timeout</b>'],
  ['a named regex group', 'regex (?<status>5\\d\\d) matched'],
  ['an HTML entity', 'a &lt;b&gt; &amp; c'],
  ['a script tag', '<script>alert(1)</script>'],
  ['unicode', 'façade → 🔥 日本語 Ω'],
  ['a long line (under the title cap)', `${'x'.repeat(1000)} end`],
  ['a leading hash and list marker', '# - not a heading'],
];

describe('a title stays in its cell and reads as typed', () => {
  it.each(AWKWARD)('%s', (_, title) => {
    const report = reportOf([finding('high', { title }), finding('medium', { title: 'the next finding' })]);
    const { dom } = render(report);
    const rows = rowsOf(findingsTable(dom));
    expect(rows).toHaveLength(2);
    expect(rows.map((cells) => textOf(cells[3]!))).toEqual([asRead(title), 'the next finding']);
    expect(textOf(rows[0]![4]!)).toBe(formatTime(report.findings[0]!.since!));
    // The same title in the details block, after the resource in bold.
    expect(all(dom, 'details > p').map(textOf)).toContain(`${report.findings[0]!.resource.id}: ${asRead(title)}`);
  });
});

describe('a resource id stays in its cell and reads as typed', () => {
  it.each(AWKWARD.filter(([name]) => ['a pipe', 'a backslash before a pipe', 'a newline', 'emphasis characters', 'an HTML tag', 'unicode'].includes(name)))('%s', (_, id) => {
    const report = reportOf([finding('high', { resource: { type: 'logs:log-group', id } }), finding('medium', { title: 'the next finding' })]);
    const rows = rowsOf(findingsTable(render(report).dom));
    expect(rows).toHaveLength(2);
    expect(rows.map((cells) => textOf(cells[2]!))).toEqual([`logs:log-group ${asRead(id)}`, `ecs:service ${report.findings[1]!.resource.id}`]);
    expect(textOf(rows[0]![3]!)).toBe(report.findings[0]!.title);
  });
});

describe('evidence reads as typed in the details', () => {
  it.each(AWKWARD)('%s', (_, value) => {
    const report = reportOf([
      finding('high', {
        evidence: [
          { label: 'probe', value },
          { label: 'after', value: 'still here' },
        ],
      }),
    ]);
    const items = all(render(report).dom, 'details > ul > li').map(textOf);
    expect(items.filter((i) => i.startsWith('probe'))).toEqual([`probe: ${asRead(value)}`]);
    expect(items).toContain('after: still here');
  });
});

describe('text in a report cannot inject HTML', () => {
  const IMG = '<img src=x onerror=alert(document.domain)>';

  it.each([
    ['a title', { title: `boom ${IMG}` }],
    ['a resource id', { resource: { type: 'logs:log-group' as const, id: `/ecs/${IMG}` } }],
    ['evidence', { evidence: [{ label: 'message', value: `boom ${IMG}` }] }],
    ['a next step', { nextStep: `click ${IMG}` }],
    ['a related finding', { related: [aFinding({ resource: { type: 'elbv2:target-group', id: `tg-${IMG}` }, title: `also ${IMG}` })] }],
  ] as Array<[string, Partial<Finding>]>)('an <img onerror> in %s stays text', (_, overrides) => {
    const { html, dom } = render(reportOf([finding('high', overrides)]));
    expect(all(dom, 'img')).toEqual([]);
    expect(githubSanitizerProblems(html)).toEqual([]);
  });

  it.each([
    ['a title', { title: 'oops </details> after' }],
    ['evidence', { evidence: [{ label: 'message', value: 'oops </details> after' }] }],
  ])('a </details> in %s cannot close the details block early', (_, overrides) => {
    const report = reportOf([finding('high', overrides), finding('medium', { title: 'the next finding', evidence: [{ label: 'last', value: 'evidence' }] })]);
    const { dom } = render(report);
    const details = all(dom, 'details');
    expect(details).toHaveLength(1);
    // Everything of both findings is inside the block, so it stays collapsed.
    expect(all(dom, 'ul, p > strong').every((e) => details[0]!.contains(e))).toBe(true);
    expect(all(details[0]!, 'li').map(textOf)).toContain('last: evidence');
  });

  it('a coverage gap with a pipe, a newline or a tag stays in its cells', () => {
    const reason = 'AccessDenied | explicit deny\nin <b>SCP</b> p-123';
    const { html, dom } = render(reportOf([], { coverage: [{ service: 'ecs', operation: 'ListClusters', scope: 'ECS | clusters', reason }] }));
    expect(rowsOf(tableHeaded(dom, 'API')!).map((cells) => cells.map(textOf))).toEqual([['ECS | clusters', 'ListClusters', asRead(reason)]]);
    expect(githubSanitizerProblems(html)).toEqual([]);
  });
});

// ---- charts ----------------------------------------------------------------------------------------

/** The series a chart of few points (no downsampling) should show: gaps carry the last value, 0 before any. */
function carried(values: Array<number | null>): number[] {
  let last = 0;
  return values.map((v) => (last = v ?? last));
}

const CHARTS: Array<[string, Array<number | null>, Partial<FindingSeries>, number[] | null]> = [
  ['gaps at the start, middle and end', [null, null, 5, null, 7.25, null], {}, carried([null, null, 5, null, 7.25, null])],
  ['a single point', [42], {}, [42]],
  ['negative values', [-5, -0.5, 3, -1200], { unit: 'count' }, [-5, -0.5, 3, -1200]],
  ['large values (bytes)', [6.4e12, 6.39e12, 1.2e15], { unit: 'bytes' }, [6.4e12, 6.39e12, 1.2e15]],
  ['values of 1e21 and more', [1e21, 2.5e22], { unit: 'bytes' }, [1e21, 2.5e22]],
  ['tiny values (latency in seconds)', [3.2e-7, 1.1e-6, 0, 4e-4], { unit: 'seconds' }, [3.2e-7, 1.1e-6, 0, 4e-4]],
  ['more digits than shown', [0.123456789, 98765.4321], {}, [0.1235, 98770]],
  ['a long series, downsampled to 48 points', Array.from({ length: 10_000 }, (_, i) => (i === 7_777 ? 99.5 : i % 10)), {}, null],
  ['a series over seven days (hourly)', Array.from({ length: 7 * 24 }, (_, i) => i), { periodSeconds: 3600 }, null],
];

describe('every chart parses with Mermaid and draws the series left to right', () => {
  it.each(CHARTS)('%s', async (_, values, overrides, expected) => {
    const report = reportOf([finding('high', { series: aSeries(values, overrides) })]);
    const md = renderMarkdown(report, { minSeverity: 'info' });
    expect(await mermaidProblems(md)).toEqual([]);
    const [source] = mermaidBlocks(md);
    const chart = await parseXyChart(source!);
    expect(chart.xAxis.type).toBe('band');
    expect(chart.line.length).toBe(Math.ceil(values.length / Math.ceil(values.length / 48)));
    expect(chart.xAxis.categories).toHaveLength(chart.line.length);
    // One label per point, so Mermaid draws each point at its own place, in time order.
    expect(new Set(chart.xAxis.categories).size).toBe(chart.line.length);
    expect(chart.lineXs).toHaveLength(chart.line.length);
    expect(chart.lineXs.every((x, i) => i === 0 || x > chart.lineXs[i - 1]!)).toBe(true);
    const drawn = chart.line.map(([, v]) => v);
    if (expected) expect(drawn).toEqual(expected);
    // Downsampling keeps the extremes: the worst value is drawn.
    const finite = values.filter((v): v is number => v !== null);
    expect(Math.max(...drawn)).toBeCloseTo(Math.max(...finite), -Math.floor(Math.log10(Math.abs(Math.max(...finite)) || 1)) + 3);
  });

  it.each([
    ['quotes', 'api "blue": prod', 'Target"Response"Time', '"ms"'],
    ['colons, hashes, semicolons and percent signs', '/aws/ecs/web#1 (prod): 100%', 'Latency; p99 %% not a comment', 'ms; %'],
    ['unicode', 'café-☕/日本語', 'Латентность', 'µs'],
    ['a newline', 'web\nblue', 'CPU\r\nUtilization', 'percent'],
    ['backticks and brackets', 'web `x` [y] {z}', 'a<b>c</b>', 'count'],
  ])('a title with %s', async (_, id, name, unit) => {
    const report = reportOf([finding('high', { resource: { type: 'ecs:service', id }, series: aSeries([1, 2, 3], { name, unit }) })]);
    const md = renderMarkdown(report, { minSeverity: 'info' });
    expect(await mermaidProblems(md)).toEqual([]);
    const chart = await parseXyChart(mermaidBlocks(md)[0]!);
    const quoted = (s: string): string => s.replace(/["\r\n]/g, "'");
    expect(chart.title).toBe(quoted(`${id}: ${name} (Average)`));
    expect(chart.yAxis.title).toBe(quoted(unit));
    expect(chart.line.map(([, v]) => v)).toEqual([1, 2, 3]);
  });

  it('draws no chart for a series with no data at all', async () => {
    const md = renderMarkdown(reportOf([finding('high', { series: aSeries([null, null, null]) })]), { minSeverity: 'info' });
    expect(mermaidBlocks(md)).toEqual([]);
  });
});

// ---- the 1 MiB limit -------------------------------------------------------------------------------

describe('a summary cut to fit the 1 MiB limit still renders', () => {
  const truncatedNote = (dom: ParentNode): string => {
    const note = all(dom, 'blockquote')
      .map(textOf)
      .find((t) => t.includes('Truncated'));
    if (!note) throw new Error('no truncation note');
    return note;
  };

  it('with the least severe rows left out: table intact, note visible above it, under the limit', async () => {
    const count = 1_100;
    const findings = Array.from({ length: count }, (_, i) =>
      finding(i < 5 ? 'critical' : 'low', {
        title: `row ${i} | pipe\nsecond line ${'w'.repeat(1_000)}`,
        evidence: [{ label: 'why', value: `evidence ${i}` }],
        ...(i < 5 ? { series: aSeries(day) } : {}),
      }),
    );
    const report = reportOf(findings);
    const { md, html, dom } = render(report);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);

    const note = truncatedNote(dom);
    expect(dom.querySelector('blockquote strong')?.textContent).toBe('Truncated');
    const left = /(\d+) of 1100 findings left out/.exec(note);
    expect(left).not.toBeNull();
    expect(note).toContain('evidence details, charts');
    const blockquote = dom.querySelector('blockquote')!;
    const table = findingsTable(dom);
    expect(blockquote.compareDocumentPosition(table) & 4).toBe(4); // the note comes first

    const rows = rowsOf(table);
    expect(rows).toHaveLength(count - Number(left![1]));
    rows.forEach((cells, i) => {
      expect(cells).toHaveLength(5);
      expect(textOf(cells[3]!)).toBe(report.findings[i]!.title);
    });
    expect(rows.slice(0, 5).every((cells) => textOf(cells[1]!) === 'critical')).toBe(true);
    expect(all(dom, 'details, pre')).toEqual([]);
    expect(dom.lastElementChild?.firstElementChild?.tagName).toBe('SUB');
    expect(githubSanitizerProblems(html)).toEqual([]);
    expect(await mermaidProblems(md)).toEqual([]);
  });

  it('with only the details left out: every row and chart kept, and the charts parse', async () => {
    const findings = Array.from({ length: 300 }, (_, i) =>
      finding(i < 3 ? 'critical' : 'medium', {
        evidence: [{ label: 'message', value: `${i} ${'e'.repeat(4_000)}` }],
        ...(i < 3 ? { series: aSeries(day) } : {}),
      }),
    );
    const { md, html, dom } = render(reportOf(findings));
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(truncatedNote(dom)).toContain(': evidence details left out.');
    expect(rowsOf(findingsTable(dom))).toHaveLength(300);
    expect(all(dom, 'details')).toEqual([]);
    expect(mermaidBlocks(md)).toHaveLength(3);
    expect(await mermaidProblems(md)).toEqual([]);
    expect(githubSanitizerProblems(html)).toEqual([]);
  });
});
