// How fast the HTML report opens in Chromium, against the same report as plain text in a <pre>
// opened the same way in the same run (the page a reader would get without this format).
// Used by the browser test (which asserts the bound) and run on its own for BENCHMARKS.md:
//   npx tsx __tests__/support/measure-html-page.ts [resources] [findings] [runs]

import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { renderHtml } from '../../src/renderers/html/report-page.js';
import { renderText } from '../../src/renderers/text.js';
import { findChromium, launchChromium, NO_CHROMIUM, openPage, scratchDirectory, type Browser } from './chromium.js';
import { aReportAtScale } from './report-at-scale.js';

export interface PageTiming {
  /** Navigation start to the end of the load event (parse, style, layout, the page's script). */
  loadMs: number;
  /** Navigation start to the first contentful paint. */
  firstPaintMs: number;
  /** Expand all pressed to the second frame after it (every chart laid out and painted); the HTML page only. */
  expandMs?: number;
}

export interface PageMeasurement {
  bytes: number;
  renderMs: number;
  page: PageTiming;
  plainText: PageTiming;
  plainTextBytes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function timeOpen(browser: Browser, html: string, directory: string, name: string, withExpand = false): Promise<PageTiming> {
  const { page } = await openPage(browser, html, directory, name);
  // The first paint may come just after the load event: wait for it (a page that never paints fails here).
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
  const timing: PageTiming = await page.evaluate(() => {
    // In the page: the browser's Performance, typed here by the fields read.
    const navigation = (performance.getEntriesByType as unknown as (type: string) => Array<{ loadEventEnd: number }>)('navigation')[0]!;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { loadMs: navigation.loadEventEnd, firstPaintMs: paint!.startTime };
  });
  if (withExpand) {
    // Opening every finding lays out every chart: the heaviest thing a reader can ask of the page.
    timing.expandMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          (document.getElementById('expand-all') as HTMLButtonElement).click();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        }),
    );
  }
  await page.close();
  return timing;
}

/** Median of `runs` fresh page loads of each, in one browser, alternating so load affects both alike. */
export async function measureHtmlPage(browser: Browser, options: { resources: number; findings: number; runs: number }): Promise<PageMeasurement> {
  const report = aReportAtScale({ resources: options.resources, findings: options.findings });
  const started = performance.now();
  const html = renderHtml(report, { minSeverity: 'info' });
  const renderMs = performance.now() - started;
  const escaped = renderText(report, { minSeverity: 'info' }).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const plain = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>report</title></head><body><pre>${escaped}</pre></body></html>`;
  const scratch = scratchDirectory();
  try {
    const pages: PageTiming[] = [];
    const texts: PageTiming[] = [];
    // One of each first, uncounted: the first page a browser opens pays for starting its renderer.
    await timeOpen(browser, plain, scratch.path, 'warm.html');
    for (let i = 0; i < options.runs; i += 1) {
      pages.push(await timeOpen(browser, html, scratch.path, `page-${i}.html`, true));
      texts.push(await timeOpen(browser, plain, scratch.path, `text-${i}.html`));
    }
    return {
      bytes: Buffer.byteLength(html),
      renderMs,
      page: { loadMs: median(pages.map((t) => t.loadMs)), firstPaintMs: median(pages.map((t) => t.firstPaintMs)), expandMs: median(pages.map((t) => t.expandMs!)) },
      plainText: { loadMs: median(texts.map((t) => t.loadMs)), firstPaintMs: median(texts.map((t) => t.firstPaintMs)) },
      plainTextBytes: Buffer.byteLength(plain),
    };
  } finally {
    scratch.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [resources = 200, findings = 50, runs = 9] = process.argv.slice(2).map(Number);
  const path = findChromium();
  if (!path) {
    console.error(NO_CHROMIUM);
    process.exit(2);
  }
  const browser = await launchChromium(path);
  try {
    const m = await measureHtmlPage(browser, { resources, findings, runs });
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`${resources} resources, ${findings} findings, median of ${runs} loads in Chromium (${path})`);
    console.log(`  render (Node)            ${m.renderMs.toFixed(0)} ms`);
    console.log(
      `  HTML page                ${kib(m.bytes)}: first paint ${m.page.firstPaintMs.toFixed(0)} ms, load ${m.page.loadMs.toFixed(0)} ms, expand all ${m.page.expandMs!.toFixed(0)} ms`,
    );
    console.log(`  same report as <pre>     ${kib(m.plainTextBytes)}: first paint ${m.plainText.firstPaintMs.toFixed(0)} ms, load ${m.plainText.loadMs.toFixed(0)} ms`);
    console.log(`  ratio (page / text)      first paint ${(m.page.firstPaintMs / m.plainText.firstPaintMs).toFixed(2)}x, load ${(m.page.loadMs / m.plainText.loadMs).toFixed(2)}x`);
  } finally {
    await browser.close();
  }
}
