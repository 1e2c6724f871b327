import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_SETUP_TIMEOUT_MS,
  BROWSER_TEST_TIMEOUT_MS,
  launchChromium,
  type RunningService,
  screenshot,
  startService,
} from './support/index.js';

// The platform admin's page in Chromium: the key, the tenants list, create, lockdown, rotating a
// key (shown once; the old one stops working, the new one works), usage and feedback.

describe('admin page (Chromium)', () => {
  let service: RunningService;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
  }, BROWSER_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const owner = (apiKey: string) =>
    fetch(`${service.baseUrl}/v1/owner/business`, { headers: { 'x-api-key': apiKey } });

  // A new context each time: the page keeps the key in sessionStorage, which a context scopes.
  async function enterKey(key: string) {
    await page?.context().close();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${service.baseUrl}/admin`);
    await page.getByLabel('Admin API key').fill(key);
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it(
    'asks again when the key is refused',
    async () => {
      await enterKey('not-the-admin-key');
      await page.getByText('The service refused that key').waitFor();
      expect(await page.getByLabel('Admin API key').isVisible()).toBe(true);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'lists tenants and rotates an API key: the new one is shown once and works, the old one not',
    async () => {
      await enterKey(service.adminKey);
      const demo = page.getByTestId('tenants').locator('li', { hasText: service.businessId });
      await demo.waitFor();
      await screenshot(page, 'admin-tenants');

      await demo.getByRole('button', { name: 'Rotate API key' }).click();
      const secret = page.locator('.secret-value');
      await secret.waitFor();
      const newKey = (await secret.textContent())?.trim() ?? '';
      expect(newKey).not.toBe('');
      expect(newKey).not.toBe(service.apiKey);
      expect((await owner(newKey)).status).toBe(200);
      expect((await owner(service.apiKey)).status).toBe(401);
      await screenshot(page, 'admin-rotated-key');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'creates a tenant, shows a refused field beside it, and locks a tenant down',
    async () => {
      await enterKey(service.adminKey);
      await page.getByRole('button', { name: 'New tenant' }).click();
      await page.getByLabel('Business name').fill('Browser Electric');
      await page.getByLabel('Id (optional)').fill('browser-electric');
      await page.getByLabel('Time zone').fill('Nowhere/Special');
      await page.getByRole('button', { name: 'Create tenant' }).click();
      await page.locator('#error-time_zone').waitFor();

      await page.getByLabel('Time zone').fill('America/Denver');
      await page.getByRole('button', { name: 'Create tenant' }).click();
      const created = page.getByTestId('tenants').locator('li', { hasText: 'browser-electric' });
      await created.waitFor();
      await page.locator('.secret-value').waitFor();

      await created.getByRole('button', { name: 'Lock down' }).click();
      await created.getByText('lockdown', { exact: true }).waitFor();
      const admin = await fetch(`${service.baseUrl}/v1/admin/businesses/browser-electric`, {
        headers: { 'x-admin-api-key': service.adminKey },
      });
      expect(await admin.json()).toMatchObject({ lockdown_mode: true, time_zone: 'America/Denver' });
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'shows usage per tenant and the feedback list',
    async () => {
      const sent = await fetch(`${service.baseUrl}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ summary: 'The week view is handy', category: 'praise' }),
      });
      expect(sent.status).toBeLessThan(300);
      await enterKey(service.adminKey);
      await page.getByRole('button', { name: 'Usage' }).click();
      await page.getByRole('row', { name: new RegExp(service.businessId) }).waitFor();
      await screenshot(page, 'admin-usage');
      await page.getByRole('button', { name: 'Feedback' }).click();
      await page.getByText('The week view is handy').waitFor();
      await screenshot(page, 'admin-feedback');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
