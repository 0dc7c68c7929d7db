// Done when `aws-monitor report --format html --output report.html` against the emulator gives a page
// that passes the browser checks: the CLI from source against the demo account (its resources,
// metrics and logs, as `npm run demo` seeds them), the page it writes opened in Chromium.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { DEMO_DMS_LOG_GROUP, seedDemoLogs } from '../../tools/emulator/demo-logs.js';
import { seedDemoMetrics } from '../../tools/emulator/demo-metrics.js';
import { findChromium, launchChromium, NO_CHROMIUM, openPage, scratchDirectory, type Browser } from '../support/chromium.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';

const chromiumPath = findChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;
if (!chromiumPath) test.skip(`browser tests skipped: ${NO_CHROMIUM}`, () => undefined);

const emulator = useEmulator();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `aws-monitor report ...` from source, with the demo's settings (see tools/demo.ts). */
function cli(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  const env = emulatorEnv(emulator().endpoint, {
    AWS_MONITOR_CONFIG: join(process.cwd(), 'config.example.ini'),
    AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0',
    AWS_MONITOR_DETECTOR_CLOUDFORMATION_STACK_UNHEALTHY_STUCK_AFTER_MINUTES: '0',
    AWS_MONITOR_METRICS_MAX_POINTS_PER_SERIES: '288',
    AWS_MONITOR_LOGS_EXTRA_LOG_GROUPS: DEMO_DMS_LOG_GROUP,
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', loader, join(process.cwd(), 'src/cli/index.ts'), 'report', ...args], { cwd, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describeInBrowser('aws-monitor report --format html against the emulator', () => {
  const scratch = scratchDirectory();
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    const target = { endpoint: emulator().endpoint, region: REGION };
    await seedDemoAccount(target);
    await seedDemoMetrics(target);
    await seedDemoLogs(target);
    const run = await cli(['--format', 'html', '--output', 'report.html', '--no-progress'], scratch.path);
    expect(run.stderr).toMatch(/^failing: \d+ findings; report written to .*report\.html\n$/);
    expect(run.status).toBe(1);
    html = readFileSync(join(scratch.path, 'report.html'), 'utf8');
    browser = await launchChromium(chromiumPath!);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    scratch.remove();
  });

  it('writes one page that opens with no console error, no exception and no network request', async () => {
    const { page, problems } = await openPage(browser, html, scratch.path, 'opened.html');
    await page.click('#expand-all');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], requests: [], dialogs: [] });
    expect(await page.locator('h1').textContent()).toMatch(/^Failing \d+ findings, fail-on is high$/);
    await page.close();
  });

  it('draws a chart for each of the demo findings with a series: storage, latency, CPU, 5xx and the log counts', async () => {
    const { page } = await openPage(browser, html, scratch.path, 'charts.html');
    await page.click('#expand-all');
    const titles = await page.locator('figure figcaption').allTextContents();
    for (const expected of [
      'AWS/RDS FreeStorageSpace',
      'AWS/RDS ReadLatency',
      'AWS/ECS CPUUtilization',
      'AWS/ApplicationELB HTTPCode_Target_5XX_Count',
      'error lines, count per 5 min',
      'blocked requests, count per 5 min',
    ]) {
      expect(titles.some((title) => title.startsWith(expected))).toBe(true);
    }
    // Each chart's data is painted: a box with area (bars of a burst in the last hour are narrow, not empty).
    const boxes = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = (svg.querySelector('path.line, path.bars') as SVGGraphicsElement).getBBox();
        return box.width > 0 && box.height > 0;
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    expect(boxes.every(Boolean)).toBe(true);
    await page.close();
  });

  it('shows the demo e-mail address redacted, as every other output does', () => {
    expect(html).toContain('[redacted:email]');
    expect(html).not.toMatch(/[\w.]+@example\.com/);
  });

  it('passes the axe-core accessibility check', async () => {
    const { page } = await openPage(browser, html, scratch.path, 'axe.html');
    await page.click('#expand-all');
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string }> }> } }).axe.run(document));
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  }, 60_000);
});
