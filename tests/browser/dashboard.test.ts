// The indicators dashboard in Debian's chromium with every request beyond 127.0.0.1 blocked: a pasted analyst token, a province's cities against the targets, drilling down and back up.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, startFederation } from '../federation-harness.js';
import { chromiumInstalled, launchOfflineBrowser, type OfflineBrowser } from './offline-browser.js';

const CHARTED = ['coverageRate', 'standardizedServiceRate', 'employmentRate', 'relapseRate', 'meanWaitingDays'];

describe.skipIf(!chromiumInstalled)('the dashboard at /dashboard', () => {
  let federation: Federation;
  let browser: OfflineBrowser;
  let page: Page;

  const heading = () => page.locator('#summary h2').textContent();
  const chartTexts = () =>
    page
      .locator('#charts figure.chart')
      .evaluateAll((charts) => charts.map((chart) => ({ indicator: (chart as HTMLElement).dataset.indicator, text: chart.textContent ?? '' })));

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 200, seed: 3 });
    browser = await launchOfflineBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
  });

  it("draws a province's cities against the 2025 targets, one chart per indicator, small cells as suppressed", async () => {
    await page.goto(`${federation.gateway.url}/dashboard`);
    await page.fill('#token', await federation.tokenFor('ANALYST'));
    await page.fill('#region', '440000');
    await page.selectOption('#year', '2025');
    await page.click('#selection button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '广东省, 2025');

    const charts = await chartTexts();
    expect(charts.map((chart) => chart.indicator)).toEqual(CHARTED);
    for (const chart of charts) expect(chart.text).toContain('深圳市');
    expect(charts[0]?.text).toContain('against the 2025 target of 80.0 %');
    expect(charts[1]?.text).toContain('against the 2025 target of 60.0 %');
    // Analysts get null and SMALL_CELL_SUPPRESSED for counts below 5: shown as such, never as 0.
    expect(charts[1]?.text).toContain('suppressed');
    expect(await page.locator('#divisions .cell-suppressed').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }))).toEqual({ session: 1, local: 0 });
  });

  it('drills down into a city by clicking it in a chart, then goes back up', async () => {
    await page.locator('#charts figure[data-indicator="coverageRate"] svg text', { hasText: '深圳市' }).first().click();
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '深圳市, 2025');
    for (const chart of await chartTexts()) expect(chart.text).toContain('南山区');
    expect(await page.locator('#divisions button.drill').allTextContents()).toContain('南山区');

    await page.locator('#trail button', { hasText: '广东省' }).click();
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '广东省, 2025');
    expect(await heading()).toBe('广东省, 2025');
    expect(browser.blocked).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
