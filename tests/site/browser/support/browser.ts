import chromiumPackage from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * The Chromium that the npm package @sparticuz/chromium ships (unpacked from the package on first use: no download,
 * no system browser, no root). WIRETRACE_CHROMIUM names another Chromium to use instead, e.g. /usr/bin/chromium.
 */
/** Flags the package sets for serverless hosts that would make this browser unlike a reader's: kept out. */
const NOT_A_READERS_BROWSER = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-print-preview']);

export async function launchBrowser(): Promise<Browser> {
  const own = process.env.WIRETRACE_CHROMIUM;
  return chromium.launch({
    executablePath: own || (await chromiumPackage.executablePath()),
    headless: true,
    args: [
      ...(own ? ['--headless', '--no-sandbox', '--disable-gpu'] : chromiumPackage.args.filter((a) => !NOT_A_READERS_BROWSER.has(a.split('=')[0]!))),
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A context that can only reach the local server: a request to any other origin is aborted, so it shows up as a failed
 * request in the page's problems (the site must be self-contained and the suite must not touch the network).
 */
export async function siteContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', ...options });
  await context.route(
    (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:'),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Collects console errors, uncaught exceptions, failed requests and HTTP error responses as readable lines. */
export function recordProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (at ${url}:${lineNumber + 1})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin (the site must be self-contained): ${url}`);
    else problems.push(`failed request: ${request.method()} ${url} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}
