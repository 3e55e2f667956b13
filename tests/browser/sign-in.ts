// Signs a page in at the gateway's dev issuer as a person would: the page's sign-in button, the issuer's form, and back.
import type { Page } from 'playwright-core';

export async function signInAs(page: Page, choice: { role: string; region: string; purpose?: string }): Promise<void> {
  await page.click('#sign-in-button');
  await page.waitForURL(/\/dev-issuer\/authorize/);
  await page.selectOption('select[name="role"]', choice.role);
  await page.selectOption('select[name="region"]', choice.region);
  if (choice.purpose) await page.selectOption('select[name="purpose"]', choice.purpose);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/dev-issuer') && !url.searchParams.has('code'));
}
