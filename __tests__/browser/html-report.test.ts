// The HTML report in a real headless Chromium: what someone opening report.html from an artifact
// sees and can do. Skipped, saying why, only when no Chromium is installed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/report/model.js';
import { renderGateHtml } from '../../src/renderers/html/gate-page.js';
import { renderHtml } from '../../src/renderers/html/report-page.js';
import { findChromium, launchChromium, NO_CHROMIUM, openPage, scratchDirectory, type Browser, type PageProblems } from '../support/chromium.js';
import { aGateReport } from '../support/gate-report-builder.js';
import { measureHtmlPage } from '../support/measure-html-page.js';
import { aReportAtScale } from '../support/report-at-scale.js';

const chromiumPath = findChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;
if (!chromiumPath) test.skip(`browser tests skipped: ${NO_CHROMIUM}`, () => undefined);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Payloads a log line or an AWS name could carry; if any ran it would set window.pwned or open a dialog. */
const PAYLOADS = {
  title: '<img src=x onerror="window.pwned=1;alert(1)">',
  evidence: '<a href="javascript:window.pwned=2">click me</a>',
  example: '</pre><script>window.pwned=3</script><svg onload="window.pwned=4">',
  bidi: 'invoice\u202Etxt.exe',
};
const hostile = (finding: Finding, index: number): Finding =>
  index === 0
    ? {
        ...finding,
        title: PAYLOADS.title,
        resource: { ...finding.resource, id: PAYLOADS.bidi },
        evidence: [{ label: 'link', value: PAYLOADS.evidence }],
        logs: { logGroup: '/ecs/x', recent: 3, baseline: 0, recentHours: 1, baselineHours: 23, example: PAYLOADS.example },
      }
    : finding;

const noProblems: PageProblems = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [] };
const visibleCount = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => !el.closest('[hidden]')).length);

describeInBrowser('html report in Chromium', () => {
  let browser: Browser;
  const scratch = scratchDirectory();
  const report = aReportAtScale({ resources: 60, findings: 24, accounts: 3, finding: hostile });
  const html = renderHtml(report, { minSeverity: 'info' });

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    scratch.remove();
  });

  it('loads with no console error, no uncaught exception, no dialog and no network request', async () => {
    const { page, problems } = await openPage(browser, html, scratch.path);
    await page.click('#expand-all');
    await page.waitForTimeout(50);
    expect(problems).toEqual(noProblems);
    await page.close();
  });

  it('keeps every injected payload as text: nothing runs, no element is made from it', async () => {
    const { page, problems } = await openPage(browser, html, scratch.path);
    await page.click('#expand-all');
    const first = page.locator('article.finding').filter({ hasText: 'onerror' }).first();
    expect(await first.locator('.title').textContent()).toBe(PAYLOADS.title);
    expect(await first.locator('pre').textContent()).toBe(PAYLOADS.example);
    expect(await first.locator('dd').first().textContent()).toBe(PAYLOADS.evidence);
    expect(await first.locator('.where').textContent()).toContain('invoice⟨U+202E⟩txt.exe');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.locator('main img, a[href^="javascript"]').count()).toBe(0);
    expect(problems.dialogs).toEqual([]);
    await page.close();
  });

  it('filters by severity, service, account and region without a reload', async () => {
    const { page } = await openPage(browser, html, scratch.path);
    const total = report.findings.length;
    expect(await visibleCount(page, 'article.finding')).toBe(total);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    const critical = report.findings.filter((f) => f.severity === 'critical').length;
    await page.getByRole('checkbox', { name: /^critical \(/ }).uncheck();
    expect(await visibleCount(page, 'article.finding')).toBe(total - critical);
    expect(await page.locator('#group-critical').isVisible()).toBe(false);
    await page.getByRole('checkbox', { name: /^critical \(/ }).check();

    await page.getByLabel('Account').selectOption('123456789013');
    const inAccount = report.findings.filter((f) => f.resource.account === '123456789013').length;
    expect(await visibleCount(page, 'article.finding')).toBe(inAccount);
    expect(await visibleCount(page, 'tr[data-kind="resource"]')).toBe(report.resources.filter((r) => r.account === '123456789013').length);
    expect(await page.locator('#filter-status').textContent()).toBe(`Showing ${inAccount} of ${total} findings, 20 of 60 resources`);

    await page.getByLabel('Account').selectOption('');
    await page.getByLabel('Region').selectOption('eu-west-1');
    expect(await visibleCount(page, 'article.finding')).toBe(report.findings.filter((f) => f.resource.region === 'eu-west-1').length);

    await page.getByLabel('Region').selectOption('');
    await page.getByLabel('Service').selectOption('rds');
    const rds = report.findings.filter((f) => f.resource.type.startsWith('rds:')).length;
    expect(await visibleCount(page, 'article.finding')).toBe(rds);

    await page.getByRole('button', { name: 'Reset' }).click();
    // The form resets its controls first; the filters apply on the next turn of the event loop.
    await page.waitForFunction((n) => document.querySelectorAll('article.finding:not([hidden])').length === n, total);
    // The same document throughout: filtering never reloads.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.close();
  });

  it('draws the chart of every finding that has a series', async () => {
    const { page } = await openPage(browser, html, scratch.path);
    await page.click('#expand-all');
    const withSeries = report.findings.flatMap((f) => [f, ...(f.related ?? [])]).filter((f) => f.series).length;
    // One chart of the whole series per finding; some also have a detail around the start.
    expect(await page.locator('article.finding figure:not(.detail) svg.chart').count()).toBe(withSeries);
    const charts = await page.locator('article.finding svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const data = svg.querySelector('path.line, path.bars');
        const drawn = data ? (data as SVGGraphicsElement).getBBox() : { width: 0, height: 0 };
        return { width: box.width, height: box.height, drawnWidth: drawn.width, drawnHeight: drawn.height, ticks: svg.querySelectorAll('text.tick').length };
      }),
    );
    expect(charts.length).toBeGreaterThan(withSeries);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(600);
      expect(chart.height).toBeGreaterThan(100);
      expect(chart.drawnWidth).toBeGreaterThan(100);
      expect(chart.drawnHeight).toBeGreaterThan(5);
      expect(chart.ticks).toBeGreaterThanOrEqual(4);
    }
    await page.close();
  });

  it('can be used from the keyboard: Tab reaches the controls and each finding, Enter opens a finding and sorts a column', async () => {
    const { page } = await openPage(browser, html, scratch.path);
    const focused = () => page.evaluate(() => (document.activeElement ? `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id}` : ''));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button#theme-toggle');
    const reached = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''));
      if ((await page.evaluate(() => document.activeElement?.tagName)) === 'SUMMARY') break;
    }
    expect([...reached]).toEqual(expect.arrayContaining(['input', 'select', 'button', 'summary']));
    const details = page.locator('details:has(> summary:focus)');
    const wasOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open);
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen);

    const resourceHeader = page.getByRole('button', { name: 'Resource' });
    await resourceHeader.focus();
    await page.keyboard.press('Enter');
    const ids = await page.locator('table[data-sortable] tbody td.id').allTextContents();
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(await page.locator('th:has(button:text-is("Resource"))').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button:text-is("Resource"))').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('switches between light and dark with the theme button, and follows the system setting by default', async () => {
    const { page } = await openPage(browser, html, scratch.path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('#theme-toggle'); // auto -> light
    expect(await background()).toBe(light);
    await page.click('#theme-toggle'); // light -> dark
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.click('#theme-toggle'); // dark -> auto, and the system is dark
    expect(await background()).toBe(dark);
    await page.close();
  });

  it('prints every finding whole on white, and closes them again after', async () => {
    const { page } = await openPage(browser, html, scratch.path);
    const open = () => page.locator('article.finding > details[open]').count();
    const before = await open();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await open()).toBe(report.findings.length);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await open()).toBe(before);
    // Paper is white whatever the screen's theme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'passes the axe-core accessibility check in %s, findings open',
    async (scheme) => {
      const { page } = await openPage(browser, html, scratch.path);
      await page.emulateMedia({ colorScheme: scheme });
      await page.click('#expand-all');
      // Evaluated through the DevTools protocol: the page's own policy would refuse an injected script tag.
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(
          document,
          { resultTypes: ['violations'] },
        ),
      );
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
      ).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('opens a page of 200 resources and 50 findings in under a second, and opens all its findings in under one too', async () => {
    const measured = await measureHtmlPage(browser, { resources: 200, findings: 50, runs: 3 });
    expect(measured.page.firstPaintMs).toBeLessThan(1_000);
    expect(measured.page.loadMs).toBeLessThan(1_000);
    expect(measured.page.expandMs).toBeLessThan(1_000);
  }, 60_000);

  it('renders the gate page with no problem and a chart per judged metric', async () => {
    const gate = aGateReport();
    const { page, problems } = await openPage(browser, renderGateHtml(gate), scratch.path, 'gate.html');
    expect(problems).toEqual(noProblems);
    expect(await page.locator('svg.compare').count()).toBe(gate.result.metrics.filter((m) => m.verdict !== 'nodata').length);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string }> }> } }).axe.run(document));
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  }, 60_000);
});
