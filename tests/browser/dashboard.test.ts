// The indicators dashboard in Debian's chromium with every request beyond 127.0.0.1 blocked: signing in at the dev issuer as an analyst and as a registry officer, a province's cities against the targets in the notice's terms, drilling down and back up, and the switch to English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Federation, startFederation } from '../federation-harness.js';
import { chromiumInstalled, launchOfflineBrowser, type OfflineBrowser } from './offline-browser.js';
import { signInAs } from './sign-in.js';

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
  const showProvince = async (title: string) => {
    await page.fill('#region', '440000');
    await page.selectOption('#year', '2025');
    await page.click('#selection button[type="submit"]');
    await page.waitForFunction((expected) => document.querySelector('#summary h2')?.textContent === expected, title);
  };

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 200, seed: 3 });
    browser = await launchOfflineBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
  });

  it('opens in Chinese, drawn with the machine’s own CJK font, and asks the person to sign in', async () => {
    await page.goto(`${federation.gateway.url}/dashboard`);
    expect(await page.title()).toBe('精神障碍社区康复服务指标');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#sign-in-button').textContent()).toBe('登录');
    expect(await page.locator('label', { hasText: '使用目的' }).count()).toBe(1);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '广东省'))).toBe(true);
  });

  it("signed in as an analyst: a province's cities against the 2025 targets in the notice's terms, small cells suppressed", async () => {
    await page.selectOption('#purpose', 'STATISTICS');
    await signInAs(page, { role: 'ANALYST', region: '440000', purpose: 'STATISTICS' });
    await page.waitForSelector('#signed-in:not([hidden])');
    expect(await page.locator('#who').textContent()).toBe('已登录：统计分析人员，广东省，目的：统计分析');
    await showProvince('广东省，2025 年');

    const charts = await chartTexts();
    expect(charts.map((chart) => chart.indicator)).toEqual(CHARTED);
    for (const chart of charts) expect(chart.text).toContain('深圳市');
    expect(charts[0]?.text).toContain('县（市、区、旗）服务覆盖率，2025 年目标 80.0%');
    expect(charts[1]?.text).toContain('登记康复对象接受规范服务率，2025 年目标 60.0%');
    // Analysts get null and SMALL_CELL_SUPPRESSED for counts below 5: shown as such, never as 0.
    expect(charts[1]?.text).toContain('已隐去');
    expect(await page.locator('#divisions .cell-suppressed').count()).toBeGreaterThan(0);
    expect(await page.locator('#divisions th', { hasText: /^登记康复对象数$/ }).count()).toBe(1);
    // The token stays in this tab (sessionStorage); nothing is kept in localStorage.
    expect(await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length }))).toEqual({
      session: ['patient-journey.session'],
      local: 0,
    });
  });

  it('drills down into a city by clicking it in a chart, then goes back up', async () => {
    await page.locator('#charts figure[data-indicator="coverageRate"] svg text', { hasText: '深圳市' }).first().click();
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '深圳市，2025 年');
    for (const chart of await chartTexts()) expect(chart.text).toContain('南山区');
    expect(await page.locator('#divisions button.drill').allTextContents()).toContain('南山区');

    await page.locator('#trail button', { hasText: '广东省' }).click();
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '广东省，2025 年');
    expect(await heading()).toBe('广东省，2025 年');
  });

  it('signed out, then in as a registry officer: the same figures, none suppressed', async () => {
    // Signing out passes by the issuer's end_session_endpoint and comes back to the page.
    await page.click('#sign-out');
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.hash === '');
    await page.waitForSelector('#sign-in-button');
    expect(await page.evaluate(() => sessionStorage.getItem('patient-journey.session'))).toBeNull();
    await signInAs(page, { role: 'REGISTRY_OFFICER', region: '440000', purpose: 'STATISTICS' });
    await page.waitForSelector('#signed-in:not([hidden])');
    expect(await page.locator('#who').textContent()).toContain('严重精神障碍登记管理人员');
    await showProvince('广东省，2025 年');
    expect(await page.locator('#divisions .cell-suppressed').count()).toBe(0);
  });

  it('switches to English and remembers it', async () => {
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.title()).toBe('Community rehabilitation indicators');
    await page.waitForFunction(() => document.querySelector('#summary h2')?.textContent === '广东省, 2025');
    expect((await chartTexts())[0]?.text).toContain('Service coverage rate of counties against the 2025 target of 80.0 %');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('#sign-out').textContent()).toBe('Sign out');
    expect(await page.evaluate(() => localStorage.getItem('patient-journey.language'))).toBe('en');
  });

  it('asks the issuer again, for the same purpose, once the token has expired', async () => {
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('patient-journey.session') ?? '{}') as { expiresAt: number };
      sessionStorage.setItem('patient-journey.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    await page.reload();
    await page.waitForURL(/\/dev-issuer\/authorize/);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('openid purpose:STATISTICS');
    // The issuer's page speaks the page's language.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('select[name="purpose"]').inputValue()).toBe('STATISTICS');
    await page.selectOption('select[name="role"]', 'REGISTRY_OFFICER');
    await page.selectOption('select[name="region"]', '440000');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#signed-in:not([hidden])');
    expect(browser.blocked).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
