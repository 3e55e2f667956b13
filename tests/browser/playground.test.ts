// GraphiQL at the gateway's root, in Debian's chromium with every request beyond 127.0.0.1 blocked: it loads, takes a pasted token and answers an example query.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../gateway/src/web.js';
import { type Federation, startFederation } from '../federation-harness.js';
import { chromiumInstalled, launchOfflineBrowser, type OfflineBrowser } from './offline-browser.js';
import { signInAs } from './sign-in.js';

describe.skipIf(!chromiumInstalled)('the playground at /', () => {
  let federation: Federation;
  let browser: OfflineBrowser;
  let page: Page;

  beforeAll(async () => {
    federation = await startFederation('pglite', { people: 200, seed: 3 });
    browser = await launchOfflineBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
  });

  it('loads without a token, under a policy that allows only this gateway, while GraphQL still needs one', async () => {
    const response = await fetch(`${federation.gateway.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('/web/playground.js');
    const anonymous = await fetch(federation.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(anonymous.status).toBe(401);
  });

  it('runs the indicators example with a pasted token and shows the answer, fetching nothing from elsewhere', async () => {
    await page.goto(`${federation.gateway.url}/`);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const headers = page.locator('.monaco-editor[data-uri$="request-headers.json"]');
    await headers.waitFor({ state: 'visible', timeout: 30_000 });

    await headers.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${await federation.tokenFor('REGISTRY_OFFICER')}` }));
    // Monaco closed the brace and quote as they were inserted; what follows the cursor is that surplus.
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('ProvinceIndicators') === true,
    );
    await page.locator('.graphiql-execute-button').click();

    const answer = (await (await answered).json()) as { data?: { rehabIndicators?: { regionCode: string; children: unknown[] } } };
    expect(answer.data?.rehabIndicators?.regionCode).toBe('440000');
    expect(answer.data?.rehabIndicators?.children.length).toBeGreaterThan(0);
    // Monaco draws only the lines in view, spaces as no-break spaces.
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('countiesTotal'), undefined, { timeout: 30_000 });
    expect((await page.locator('.result-window').textContent())?.replace(/\u00a0/g, ' ')).toContain('"regionCode": "440000"');
    // Monaco's language workers run from the gateway's own bundles.
    expect(workers).toEqual(expect.arrayContaining(['/web/workers/editor.worker.js', '/web/workers/json.worker.js', '/web/workers/graphql.worker.js']));
    expect(browser.blocked).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('opens in Chinese, signs in at the dev issuer and runs an example with the session token, in the chosen language', async () => {
    const signedIn = await browser.newPage();
    await signedIn.goto(`${federation.gateway.url}/`);
    await signedIn.locator('#sign-in-button').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await signedIn.title()).toBe('患者全程服务 GraphQL 调试台');
    expect(await signedIn.locator('#sign-in-button').textContent()).toBe('登录');
    expect(await signedIn.locator('.playground-dashboard-link').textContent()).toBe('指标看板');
    // The example's comments are Chinese (Monaco draws spaces as no-break spaces).
    await signedIn.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('统计分析人员'), undefined, {
      timeout: 30_000,
    });

    await signInAs(signedIn, { role: 'ANALYST', region: '440000', purpose: 'STATISTICS' });
    await signedIn.locator('#who').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await signedIn.locator('#who').textContent()).toBe('已登录：统计分析人员，广东省，目的：统计分析');
    const answered = signedIn.waitForResponse(
      (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('ProvinceIndicators') === true,
    );
    await signedIn.locator('.graphiql-execute-button').click();
    const answer = await answered;
    expect(answer.request().headers()['accept-language']).toBe('zh-CN');
    expect(answer.request().headers().authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const body = (await answer.json()) as { data?: { rehabIndicators?: { regionCode: string } }; errors?: { message: string; extensions: { code: string } }[] };
    expect(body.data?.rehabIndicators?.regionCode).toBe('440000');
    // An analyst's small cells come suppressed, explained in Chinese.
    expect(body.errors?.find((error) => error.extensions.code === 'SMALL_CELL_SUPPRESSED')?.message).toBe('已隐去：少于 5 人');
    expect(browser.blocked).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
