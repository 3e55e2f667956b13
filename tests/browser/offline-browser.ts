// Debian's chromium driven by playwright-core for the browser tests: every request whose host is not 127.0.0.1 is aborted and recorded, and policy violations and page errors are collected.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Installed by `apt-get install -y chromium` (.ci/run does it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumInstalled = existsSync(CHROMIUM_PATH);

export interface OfflineBrowser {
  /** A new tab in a fresh context: no storage shared with other tabs. */
  newPage(): Promise<Page>;
  /** URLs the pages tried to fetch from anywhere but 127.0.0.1, in order. */
  blocked: string[];
  /** Content-Security-Policy violations and uncaught page errors. */
  problems: string[];
  close(): Promise<void>;
}

async function offlineContext(browser: Browser, blocked: string[], problems: string[]): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**', async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  context.on('weberror', (error) => problems.push(error.error().message));
  return context;
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  const blocked: string[] = [];
  const problems: string[] = [];
  return {
    blocked,
    problems,
    newPage: async () => (await offlineContext(browser, blocked, problems)).newPage(),
    close: () => browser.close(),
  };
}
