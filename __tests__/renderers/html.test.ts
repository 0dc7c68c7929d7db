import { createHash } from 'node:crypto';
import { buildReport } from '../../src/report/build-report.js';
import type { Finding, Report } from '../../src/report/model.js';
import { consoleHref, escapeHtml } from '../../src/renderers/html/html-text.js';
import { CONTENT_SECURITY_POLICY } from '../../src/renderers/html/page-shell.js';
import { EXAMPLE_MAX_LINES, HTML_LIMIT_BYTES, renderHtml } from '../../src/renderers/html/report-page.js';
import { aConfig, aCpuSeries as series, aFinding, anEcsService, aReport, aResourceOf, NOW } from '../support/builders.js';
import { parseHtml, textOf } from '../support/html-document.js';
import { aReportAtScale } from '../support/report-at-scale.js';

const render = (report: Report, minSeverity: 'info' | 'high' = 'info') => renderHtml(report, { minSeverity });
const page = (report: Report, minSeverity: 'info' | 'high' = 'info') => parseHtml(render(report, minSeverity));

function reportOf(findings: Finding[], extra: Partial<Parameters<typeof buildReport>[0]> = {}): Report {
  return buildReport({
    version: 't',
    config: aConfig(),
    account: '123456789012',
    resources: [],
    findings,
    coverage: [],
    apiCalls: { total: 3, requests: 4, byOperation: [] },
    generatedAt: NOW,
    durationMs: 1500,
    ...extra,
  });
}

const cpuRising = series(Array.from({ length: 144 }, (_, i) => (i < 120 ? 20 + (i % 5) : 95)));
/** The evidence and other facts of a list, as "label: value". */
const factsOf = (element: Element | null): string[] => [...(element?.querySelectorAll('dt') ?? [])].map((dt) => `${textOf(dt)}: ${textOf(dt.nextElementSibling)}`);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('html report page: one self-contained document', () => {
  const doc = page(reportOf([aFinding({ series: cpuRising, since: '2026-11-25T10:00:00.000Z' })]));

  it('runs only its own inline script and style, each allowed by its SHA-256 in a policy that allows nothing else', () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    const scripts = [...doc.querySelectorAll('script')];
    const styles = [...doc.querySelectorAll('style')];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${sha256(scripts[0]!.textContent!)}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${sha256(styles[0]!.textContent!)}`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
  });

  it('references nothing outside itself: no src, no stylesheet link, no inline handler or style attribute', () => {
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute.startsWith('on')).toBe(false);
        expect(attribute).not.toBe('style');
        expect(attribute).not.toBe('src');
      }
    }
    expect([...doc.querySelectorAll('link')].map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`)).toEqual(['icon data:,']);
    // Links leave the page only to the AWS console, in a new tab; nothing is loaded from outside.
    expect(
      [...doc.querySelectorAll('a[href]')].every(
        (a) => a.getAttribute('href')!.startsWith('#') || (a.getAttribute('href')!.startsWith('https://') && a.getAttribute('target') === '_blank'),
      ),
    ).toBe(true);
  });

  it('says the verdict and the counts per severity before anything else', () => {
    const header = doc.querySelector('main header')!;
    expect(textOf(header.querySelector('h1'))).toBe('Failing 1 finding, fail-on is high');
    expect([...header.querySelectorAll('.counts li')].map(textOf)).toEqual(['0critical', '1high', '0medium', '0low', '0info']);
    expect(header.compareDocumentPosition(doc.querySelector('#findings-h')!) & 4).toBe(4);
  });
});

describe('html report page: hostile text stays text', () => {
  const hostile: Finding = aFinding({
    title: '<img src=x onerror="alert(1)">pwned',
    resource: { type: 'ecs:service', id: 'web/\u202Egnp.exe' },
    evidence: [{ label: 'link"><script>alert(2)</script>', value: '<a href="javascript:alert(3)">click</a>' }],
    nextStep: "javascript:alert('4')",
    logs: { logGroup: '/ecs/<b>x</b>', recent: 1, baseline: 0, recentHours: 1, baselineHours: 23, example: '<script>alert(5)</script>\n<svg onload=alert(6)>\x1b[31mred' },
  });
  const html = render(reportOf([hostile]));
  const doc = parseHtml(html);

  it('creates no element from a string out of AWS or a log: one script (the page own), no img, no link to javascript:', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img, b, main svg:not(.chart)')).toHaveLength(0);
    expect(doc.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((el) => el.getAttributeNames().some((a) => a.startsWith('on')))).toBe(false);
  });

  it('shows each payload as the characters it is made of', () => {
    const finding = doc.querySelector('article.finding')!;
    expect(textOf(finding.querySelector('.title'))).toBe('<img src=x onerror="alert(1)">pwned');
    expect(textOf(finding.querySelector('pre'))).toBe('<script>alert(5)</script> <svg onload=alert(6)>⟨U+001B⟩[31mred');
    expect(textOf(finding)).toContain('<a href="javascript:alert(3)">click</a>');
    expect(textOf(finding)).toContain("javascript:alert('4')");
  });

  it('shows a bidi override as a visible code, so a name cannot read backwards', () => {
    expect(html).not.toContain('\u202E');
    expect(textOf(doc.querySelector('article.finding .where'))).toContain('web/⟨U+202E⟩gnp.exe');
  });
});

describe('html escaping and links', () => {
  it('escapes markup characters and both quotes, for text and attribute values alike', () => {
    expect(escapeHtml(`<a title='x' href="y">&amp;</a>`)).toBe('&lt;a title=&#39;x&#39; href=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('replaces a lone surrogate (a log line cut mid-character) with U+FFFD', () => {
    expect(escapeHtml('ok \ud83d')).toBe('ok \ufffd');
    expect(escapeHtml('ok 😀')).toBe('ok 😀');
  });

  it.each([
    ['https://us-east-2.console.aws.amazon.com/ecs/v2/clusters/web?region=us-east-2', true],
    ['https://console.aws.amazon.com/rds/home', true],
    ['https://console.amazonaws-us-gov.com/ecs/home', true],
    ['http://console.aws.amazon.com/ecs/home', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)//console.aws.amazon.com', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://console.aws.amazon.com.evil.example/', false],
    ['https://evil.example/?u=https://console.aws.amazon.com', false],
    ['https://user:pass@console.aws.amazon.com/', false],
    ['not a url', false],
  ])('links %s: %s', (url, linked) => {
    expect(consoleHref(url) !== undefined).toBe(linked);
  });

  it('links a console URL the model carries, escaped, and shows any other as nothing', () => {
    const linked = page(reportOf([{ ...aFinding(), consoleUrl: 'https://console.aws.amazon.com/ecs/home?a=1&b="2"' } as Finding]));
    expect(linked.querySelector('a[target="_blank"]')?.getAttribute('href')).toBe('https://console.aws.amazon.com/ecs/home?a=1&b=%222%22');
    const refused = page(reportOf([{ ...aFinding(), consoleUrl: 'javascript:alert(1)' } as Finding]));
    expect(refused.querySelector('a[target="_blank"]')).toBeNull();
  });
});

describe('html report page: secrets', () => {
  it('shows what the report holds, which buildReport has redacted: no key, password or e-mail reaches the page', () => {
    const leaky = aFinding({
      title: 'connection failed for jane.doe@example.com',
      evidence: [{ label: 'error', value: 'password=Sup3rS3cret host=db' }],
      logs: { logGroup: '/ecs/a', recent: 1, baseline: 0, recentHours: 1, baselineHours: 23, example: 'using AKIAIOSFODNN7EXAMPLE and Bearer abcdefghijklmnop1234' },
    });
    const html = render(reportOf([leaky], { resources: [anEcsService({}, { tags: { db: 'postgres://app:Sup3rS3cret@db:5432/x' } })] }));
    for (const secret of ['jane.doe@example.com', 'Sup3rS3cret', 'AKIAIOSFODNN7EXAMPLE', 'abcdefghijklmnop1234']) expect(html).not.toContain(secret);
    expect(html).toContain('[redacted:aws-access-key-id]');
  });
});

describe('html report page: findings', () => {
  it('draws a finding series with the start marked and the usual range before it shaded', () => {
    const doc = page(reportOf([aFinding({ series: cpuRising, since: '2026-11-25T10:00:00.000Z' })]));
    const svg = doc.querySelector('article.finding svg.chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('path.line')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
    expect(svg.querySelector('line.start')).not.toBeNull();
    expect(textOf(svg.querySelector('.start-label'))).toBe('start 10:00');
    expect(svg.querySelector('rect.baseline')).not.toBeNull();
    expect([...svg.querySelectorAll('text.tick')].map(textOf)).toEqual(expect.arrayContaining(['0%', '100%', '02:00', '10:00']));
    expect(textOf(doc.querySelector('article.finding figcaption'))).toContain('usual range before the start (10th to 90th percentile): 20% to 24%');
    expect(textOf(svg.querySelector('desc'))).toMatch(
      /^144 5 min periods from 2026-11-25 00:00 UTC: lowest 20%, highest 95%, latest 95%\. The finding started at 2026-11-25 10:00 UTC/,
    );
  });

  it('draws log counts as bars with the usual rate from the finding own baseline as a line', () => {
    const counts = series(
      Array.from({ length: 288 }, (_, i) => (i > 276 ? 12 : i % 12 === 0 ? 1 : 0)),
      { namespace: 'CloudWatch Logs', name: 'error lines', stat: 'Sum', unit: 'count', metric: 'log' },
    );
    const doc = page(reportOf([aFinding({ series: counts, logs: { logGroup: '/ecs/a', recent: 132, baseline: 23, recentHours: 1, baselineHours: 23, example: 'boom' } })]));
    const svg = doc.querySelector('svg.chart')!;
    expect(svg.querySelector('path.bars')!.getAttribute('d')!.match(/M/g)!.length).toBe(11 + 24);
    expect(svg.querySelector('line.baseline-line')).not.toBeNull();
    expect([...svg.querySelectorAll('text.tick')].map(textOf).filter((t) => /^\d+$/.test(t))).toEqual(['0', '5', '10', '15']);
    expect(textOf(doc.querySelector('figcaption'))).toContain('usual rate before: 0.08 per 5 min (23 in 23 h)');
  });

  it('adds a detail around the start when the finding started in the last fifth of the series', () => {
    const day = series(Array.from({ length: 288 }, (_, i) => (i >= 276 ? 90 : 20)));
    const late = page(reportOf([aFinding({ series: day, since: '2026-11-25T23:00:00.000Z' })]));
    const detail = late.querySelector('figure.detail')!;
    expect(textOf(detail.querySelector('figcaption'))).toBe('Around the start: the last 4 h');
    expect(textOf(detail.querySelector('desc'))).toMatch(/^48 5 min periods from 2026-11-25 20:00 UTC/);
    expect(detail.querySelector('line.start')).not.toBeNull();
    const early = page(reportOf([aFinding({ series: day, since: '2026-11-25T12:00:00.000Z' })]));
    expect(early.querySelector('figure.detail')).toBeNull();
  });

  it('breaks the line where CloudWatch has no data, rather than drawing through the gap', () => {
    const gappy = series([1, 2, 3, null, null, 4, 5, 6]);
    const d = page(reportOf([aFinding({ series: gappy })]))
      .querySelector('path.line')!
      .getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('shows axes in the unit a reader thinks in: seconds under one as ms, bytes as GiB', () => {
    const latency = page(reportOf([aFinding({ series: series([0.002, 0.004, 0.009], { unit: 'seconds', name: 'ReadLatency' }) })]));
    expect([...latency.querySelectorAll('text.tick')].map(textOf)).toEqual(expect.arrayContaining(['0 ms', '10 ms']));
    const storage = page(reportOf([aFinding({ series: series([40 * 2 ** 30, 30 * 2 ** 30, 15 * 2 ** 30], { unit: 'bytes', name: 'FreeStorageSpace' }) })]));
    expect([...storage.querySelectorAll('text.tick')].map(textOf)).toEqual(expect.arrayContaining(['0 GiB', '40 GiB']));
  });

  it('keeps every spike of a long series: at most one column per pixel, each its lowest and highest value', () => {
    const long = Array.from({ length: 10_080 }, (_, i) => (i === 5_000 ? 500 : 10));
    const doc = page(reportOf([aFinding({ series: series(long, { periodSeconds: 60 }) })]));
    const d = doc.querySelector('path.line')!.getAttribute('d')!;
    expect(d.split('L').length).toBeLessThanOrEqual(2 * 880);
    expect(textOf(doc.querySelector('.peak-label'))).toBe('peak 500%');
  });

  it('puts evidence, since, next step, the log example and related findings inside each finding, ids at the foot', () => {
    const related = aFinding({ id: 'r', kind: 'log_new_signature', severity: 'medium', title: 'new exception' });
    const doc = page(
      reportOf([
        aFinding({
          cause: 'errors',
          logs: { logGroup: '/ecs/a', recent: 3, baseline: 0, recentHours: 1, baselineHours: 23, example: 'java.lang.NullPointerException\n\tat a.B.c(B.java:1)' },
        }),
        { ...related, cause: 'errors' },
      ]),
    );
    const article = doc.querySelector('article.finding')!;
    const facts = factsOf(article.querySelector('dl.facts'));
    expect(facts).toEqual(
      expect.arrayContaining([
        'desired / running / pending: 4 / 1 / 0',
        'since: 2026-11-25 09:00 UTC (3h before the report)',
        'occurrences: 3 in the last hour; 0 in the 23 h before',
      ]),
    );
    expect(textOf(article.querySelector('.next'))).toBe('Next step: look at the stopped tasks');
    expect(article.querySelector('pre')!.textContent).toBe('java.lang.NullPointerException\n\tat a.B.c(B.java:1)');
    expect(textOf(article.querySelector('.related h4'))).toBe('Same cause, also found (1)');
    expect(textOf(article.querySelector('.related .related-item p'))).toBe('medium new exception');
    expect(textOf(article.querySelector('.body > .ids'))).toBe('detector ecs_service_tasks_below_desired · id x:ecs:service:a · open in the AWS console');
  });

  it('shows a command in a next step as code, escaped like the prose around it', () => {
    const doc = page(reportOf([aFinding({ nextStep: 'run `aws rds describe-events --source-identifier <db>` then compare' })]));
    const next = doc.querySelector('.next')!;
    expect(textOf(next.querySelector('code'))).toBe('aws rds describe-events --source-identifier <db>');
    expect(textOf(next)).toBe('Next step: run aws rds describe-events --source-identifier <db> then compare');
  });

  it('cuts a long log example and says where the whole one is', () => {
    const example = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n');
    const doc = page(reportOf([aFinding({ logs: { logGroup: '/ecs/a', recent: 1, baseline: 0, recentHours: 1, baselineHours: 23, example } })]));
    expect(doc.querySelector('pre')!.textContent!.split('\n')).toHaveLength(EXAMPLE_MAX_LINES);
    expect(textOf(doc.querySelector('.logs'))).toContain(`… ${500 - EXAMPLE_MAX_LINES} more lines; the JSON report has it whole.`);
  });

  it('groups findings by severity, worst first, and opens the critical ones', () => {
    const doc = page(reportOf([aFinding({ id: 'a', severity: 'low' }), aFinding({ id: 'b', severity: 'critical' }), aFinding({ id: 'c', severity: 'high' })]));
    expect([...doc.querySelectorAll('section[data-group] h3')].map(textOf)).toEqual(['critical (1)', 'high (1)', 'low (1)']);
    expect([...doc.querySelectorAll('article.finding > details')].map((d) => d.hasAttribute('open'))).toEqual([true, false, false]);
  });

  it('lists findings at or above the minimum severity and counts the rest', () => {
    const doc = page(reportOf([aFinding({ id: 'a', severity: 'low' }), aFinding({ id: 'b', severity: 'high' })]), 'high');
    expect(doc.querySelectorAll('article.finding')).toHaveLength(1);
    expect(textOf(doc.querySelector('header .notes'))).toContain('1 below the minimum severity are counted, not listed.');
  });

  it('says so when there is nothing to report', () => {
    const doc = page(aReport());
    expect(textOf(doc.querySelector('h1'))).toBe('Healthy no findings');
    expect(textOf(doc.querySelector('#findings-h')!.parentElement)).toContain('No findings.');
  });
});

describe('html report page: filters, inventory, coverage and run', () => {
  const merged = aReportAtScale({ resources: 30, findings: 12, accounts: 3 });
  const doc = page(merged);

  it('tags every finding, resource and coverage gap with what the filters read', () => {
    const tagged = [...doc.querySelectorAll('[data-kind]')];
    expect(tagged.filter((el) => el.getAttribute('data-kind') === 'finding')).toHaveLength(merged.findings.length);
    expect(tagged.filter((el) => el.getAttribute('data-kind') === 'resource')).toHaveLength(merged.resources.length);
    expect(tagged.filter((el) => el.getAttribute('data-kind') === 'gap')).toHaveLength(merged.coverage.length);
    for (const el of tagged) for (const key of ['data-service', 'data-account', 'data-region']) expect(el.getAttribute(key)).toMatch(/\S/);
  });

  it('offers a merged report of several accounts an account selector, by name and id', () => {
    const options = [...doc.querySelectorAll('select[data-filter="account"] option')].map(textOf);
    expect(options).toEqual(['All', 'team-a (123456789012)', 'team-b (123456789013)', 'team-c (123456789014)']);
    expect([...doc.querySelectorAll('select[data-filter="region"] option')].map(textOf)).toEqual(['All', 'eu-west-1', 'us-east-2']);
    expect(doc.querySelectorAll('#run-h ~ table tbody tr, #run-h ~ div table tbody tr').length).toBeGreaterThanOrEqual(3);
  });

  it('hides the filters until the script shows them, so a page without scripts has no dead controls', () => {
    expect(doc.querySelector('#filters')!.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('#filters')!.hasAttribute('data-needs-script')).toBe(true);
  });

  it('lists the inventory with resources that have findings first, sortable by each column', () => {
    const rows = [...doc.querySelectorAll('table[data-sortable] tbody tr')];
    expect(rows).toHaveLength(merged.resources.length);
    const ranks = rows.map((r) => Number(r.querySelector('td')!.getAttribute('data-sort')));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(doc.querySelectorAll('table[data-sortable] thead th button')).toHaveLength(6);
  });

  it('lists each coverage gap with its permission and reason, and the run with its calls and logs scanned', () => {
    expect(textOf(doc.querySelector('#coverage tbody tr'))).toContain('rds:DescribePendingMaintenanceActions');
    const run = factsOf(doc.querySelector('#run-h')!.parentElement);
    expect(run).toEqual(expect.arrayContaining(['AWS API calls: 150 (+12 retries)', 'logs scanned: 15 MiB from 30 sources with Logs Insights (expected 14 MiB)']));
  });
});

describe('html report page: size', () => {
  it('stays within its cap however large the report, cutting charts, then examples, then findings, and says so at the top', () => {
    const huge = aReportAtScale({ resources: 1_000, findings: 1_000, finding: (f) => ({ ...f, evidence: [...f.evidence, { label: 'padding', value: 'x'.repeat(6_000) }] }) });
    const html = render(huge);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(HTML_LIMIT_BYTES);
    const doc = parseHtml(html);
    const note = textOf(doc.querySelector('main .cut'));
    expect(note).toMatch(/^Cut to fit 5 MB: the charts of \d+ findings; the log examples of \d+ findings; \d+ of 1000 findings \(the least severe\)/);
    expect(note).toContain('The JSON report has everything.');
    expect(doc.querySelector('main .cut')!.compareDocumentPosition(doc.querySelector('main header')!) & 4).toBe(4);
    // The most severe are the ones kept.
    expect(doc.querySelector('article.finding')!.getAttribute('data-severity')).toBe('critical');
  });

  it('keeps a page for 200 resources and 50 findings whole, well under the cap', () => {
    const html = render(aReportAtScale({ resources: 200, findings: 50 }));
    expect(html).not.toContain('class="cut"');
    expect(Buffer.byteLength(html)).toBeLessThan(HTML_LIMIT_BYTES / 4);
  });
});

describe('the inventory of the page', () => {
  it('shows a list attribute joined with commas and escaped, and leaves an empty list out', () => {
    const database = aResourceOf('rds:instance', 'orders-db', {
      enabledLogExports: ['postgresql', 'upgrade'],
      pendingModifications: [],
      logGroups: ['/aws/rds/instance/orders-db/<script>'],
    });
    const cell = textOf(page(reportOf([], { resources: [database] })).querySelector('td.attrs dl')!);
    expect(cell).toContain('enabledLogExportspostgresql, upgrade');
    expect(cell).toContain('logGroups/aws/rds/instance/orders-db/<script>');
    expect(cell).not.toContain('pendingModifications');
    expect(render(reportOf([], { resources: [database] }))).toContain('/aws/rds/instance/orders-db/&lt;script&gt;');
  });
});
