// A real headless Chromium for the HTML report's browser tests, driven by playwright-core (which
// downloads no browser of its own): Debian's /usr/bin/chromium, installed by .ci/run when missing,
// or $CHROMIUM_PATH. Each launch gets a fresh profile directory, removed on close, and flags that
// keep the browser itself off the network, so any request a test sees came from the page.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Playwright adds --headless and --user-data-dir itself; the rest are asked for explicitly. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  return [env.CHROMIUM_PATH, ...CANDIDATES].find((path): path is string => Boolean(path) && existsSync(path!));
}

export const NO_CHROMIUM = `no Chromium found ($CHROMIUM_PATH, ${CANDIDATES.join(', ')}): install Debian's with apt-get install chromium (.ci/run does)`;

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(executablePath: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'aws-monitor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    reducedMotion: 'reduce',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that it must not: console errors (a CSP violation is one), uncaught exceptions, requests, dialogs. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  dialogs: string[];
}

/**
 * Opens `html` from a file (as someone opening a downloaded report does) in a new page, recording
 * everything in PageProblems. Every request other than the file itself is recorded and refused.
 */
export async function openPage(browser: Browser, html: string, directory: string, name = 'report.html'): Promise<{ page: Page; problems: PageProblems; url: string }> {
  const path = join(directory, name);
  writeFileSync(path, html);
  const url = pathToFileURL(path).href;
  const page = await browser.context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    problems.requests.push(route.request().url());
    return route.abort();
  });
  page.on('request', (request) => {
    const requested = request.url();
    if (requested !== url && !problems.requests.includes(requested)) problems.requests.push(requested);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, url };
}

export function scratchDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'aws-monitor-html-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
