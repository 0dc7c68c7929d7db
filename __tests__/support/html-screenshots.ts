// The README's screenshots of the HTML report: the demo's JSON report rendered, opened in Chromium
// in light and in dark, written to docs/images/. Run after `npm run demo -- --format json --output
// /tmp/demo.json`:
//   npx tsx __tests__/support/html-screenshots.ts /tmp/demo.json

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderHtml } from '../../src/renderers/html/report-page.js';
import type { Report } from '../../src/report/model.js';
import { findChromium, launchChromium, NO_CHROMIUM, openPage, scratchDirectory } from './chromium.js';

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx __tests__/support/html-screenshots.ts DEMO-REPORT.json');
  process.exit(2);
}
const path = findChromium();
if (!path) {
  console.error(NO_CHROMIUM);
  process.exit(2);
}
const html = renderHtml(JSON.parse(readFileSync(input, 'utf8')) as Report, { minSeverity: 'info' });
const scratch = scratchDirectory();
const width = 1200;
const height = { light: 1240, dark: 1180 };
for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchChromium(path, { colorScheme: scheme, viewport: { width, height: height[scheme] } });
  try {
    const { page, problems } = await openPage(browser, html, scratch.path);
    if (problems.consoleErrors.length + problems.pageErrors.length + problems.requests.length > 0) throw new Error(`the page has problems: ${JSON.stringify(problems)}`);
    // Light: the top of the page as it opens. Dark: the log error spike opened (counts, the detail around its start, the example).
    let top = 0;
    if (scheme === 'dark') {
      await page.click('#collapse-all');
      const spike = page.locator('article.finding').filter({ has: page.locator('.title', { hasText: /of log lines are errors/ }) });
      await spike.locator('summary').click();
      top = await spike.evaluate((article) => article.getBoundingClientRect().top + window.scrollY - 8);
      await page.mouse.move(0, 0);
    }
    const out = resolve(`docs/images/html-report-${scheme}.png`);
    await page.screenshot({ path: out, clip: { x: 0, y: top, width, height: height[scheme] }, fullPage: true });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}
scratch.remove();
