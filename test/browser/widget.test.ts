import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_SETUP_TIMEOUT_MS,
  BROWSER_TEST_TIMEOUT_MS,
  type HostSite,
  launchChromium,
  type RunningService,
  screenshot,
  serveHostSite,
  startService,
} from './support/index.js';

// The embeddable chat widget in Chromium, against the service on the embedded default: a plain
// website on another origin that the tenant allows books an appointment through one script tag; a
// site it does not allow sees why the chat does not work; lockdown shows "unavailable"; a reload
// continues the chat; a lost connection keeps what the visitor typed; the hosted chat page may be
// framed by an allowed site only.

const FIRST_LINE =
  "hi this is dana diaz my kitchen sink is leaking i'm at 12 elm street in austin can someone come tomorrow afternoon";
const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
);

describe('chat widget in a browser', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  let service: RunningService;
  let browser: Browser;
  let allowed: HostSite;
  let other: HostSite;

  const hostPage = (title: string, service: RunningService, attributes = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:20px Georgia,serif;color:#c00;margin:2rem} button{all:unset} div{border:3px dashed red}</style>
</head><body><h1>${title}</h1><p>A plumber's website with its own loud CSS.</p>
<script src="${service.baseUrl}/widget/embed.js" data-widget-token="${service.widgetToken}" ${attributes} async></script>
</body></html>`;

  const framePage = (
    service: RunningService,
  ) => `<!doctype html><html><head><title>framed</title></head><body>
<iframe title="chat" src="${service.baseUrl}/widget/chat?token=${encodeURIComponent(service.widgetToken)}"
 style="width:400px;height:600px"></iframe></body></html>`;

  async function api(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ items: Array<Record<string, unknown>> }> {
    const response = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: {
        'x-api-key': service.apiKey,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as { items: Array<Record<string, unknown>> };
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
    allowed = await serveHostSite({
      '/': hostPage('Allowed Plumbing Site', service),
      '/left': hostPage('Left', service, 'data-position="left" data-color="#047857" data-open="true"'),
      '/frame': framePage(service),
    });
    other = await serveHostSite({ '/': hostPage('Not Allowed Site', service), '/frame': framePage(service) });
    await api(
      'PATCH',
      `/v1/admin/businesses/${service.businessId}`,
      { widget_allowed_origins: [allowed.origin], business_hours: ALL_DAY, time_zone: 'UTC' },
      { 'x-admin-api-key': service.adminKey },
    );
  }, BROWSER_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await allowed?.close();
    await other?.close();
    await service?.close();
  });

  async function openPage(url: string, viewport = { width: 1280, height: 800 }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(url);
    return { context, page };
  }

  const widget = (page: Page | Frame) => page.locator('[data-ai-receptionist-widget]');
  const launcher = (page: Page) => widget(page).locator('button.launcher');
  const assistantLines = (page: Page | Frame) => widget(page).locator('.msg.assistant');
  const status = (page: Page | Frame) => widget(page).locator('.status');

  async function send(page: Page | Frame, text: string) {
    const before = await assistantLines(page).count();
    await widget(page).locator('#text').fill(text);
    await widget(page).locator('#text').press('Enter');
    await expect.poll(() => assistantLines(page).count(), { timeout: 20_000 }).toBe(before + 1);
    return (await assistantLines(page).last().textContent()) ?? '';
  }

  async function startChat(page: Page | Frame, name = 'Dana Diaz', phone = '(512) 555-0142') {
    await widget(page).locator('input[name=name]').fill(name);
    await widget(page).locator('input[name=phone]').fill(phone);
    await widget(page).getByRole('button', { name: 'Start chat' }).click();
    await expect.poll(() => assistantLines(page).count()).toBe(1);
  }

  it('books an appointment from an allowed site, surviving a reload mid-chat, until the goodbye', async () => {
    const { context, page } = await openPage(allowed.url('/'));
    try {
      await expect.poll(() => launcher(page).getAttribute('aria-label')).toBe('Chat with Demo Plumbing Co.');
      // Keyboard: Enter opens and focuses the first field; Escape closes and gives focus back.
      await launcher(page).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe('name');
      await page.keyboard.press('Escape');
      await expect.poll(() => widget(page).locator('.panel').isHidden()).toBe(true);
      await expect.poll(() => focusedClass(page)).toBe('launcher');
      await page.keyboard.press('Enter');

      await startChat(page);
      expect(await assistantLines(page).first().textContent()).toContain('Demo Plumbing');
      const first = await send(page, FIRST_LINE);
      expect(first).not.toBe('');

      // A reload keeps the conversation (sessionStorage) and continues it on the service.
      await page.reload();
      await launcher(page).click();
      await expect.poll(() => widget(page).locator('.msg').count()).toBe(3);
      const replies = [first];
      for (const text of ['the first one', 'yes']) replies.push(await send(page, text));
      expect(replies.at(-1)).toContain("You're all set");
      await screenshot(page, 'widget-booked-desktop');

      // The assistant's goodbye ends the chat (done): the panel offers a new one.
      const goodbye = await send(page, "no that's all, thanks");
      expect(goodbye).not.toBe('');
      await expect
        .poll(() => widget(page).getByRole('button', { name: 'Start a new chat' }).isVisible())
        .toBe(true);
      expect(await status(page).textContent()).toBe('This chat has ended.');
      expect(await widget(page).locator('#text').isVisible()).toBe(false);

      const { items } = await api('GET', '/v1/crm/appointments');
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ source: 'web', customer_name: 'Dana Diaz', status: 'SCHEDULED' });
      const conversations = await api('GET', '/v1/crm/conversations?channel=web');
      expect(conversations.items).toHaveLength(1);
      expect(conversations.items[0]).toMatchObject({ is_test: false, customer_id: items[0]?.customer_id });
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px phone, with data-position, data-color and data-open', async () => {
    const { context, page } = await openPage(allowed.url('/left'), { width: 375, height: 740 });
    try {
      await expect.poll(() => widget(page).locator('.panel').isVisible()).toBe(true);
      const box = await widget(page).locator('.panel').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      const launcherBox = await launcher(page).boundingBox();
      expect(launcherBox!.x).toBeLessThan(100);
      // The host page's CSS (red dashed borders, serif font) does not reach inside.
      const look = (await page.evaluate(`(() => {
        const css = getComputedStyle(${IN_WIDGET}.querySelector('button.launcher'));
        return { background: css.backgroundColor, border: css.borderStyle, font: css.fontFamily };
      })()`)) as { background: string; border: string; font: string };
      expect(look).toMatchObject({ background: 'rgb(4, 120, 87)', border: 'none' });
      expect(look.font).not.toContain('Georgia');
      await startChat(page, 'Sam Lee', '');
      await screenshot(page, 'widget-open-375px');
    } finally {
      await context.close();
    }
  });

  it('keeps the typed text when a message cannot be sent or the chat expired', async () => {
    const { context, page } = await openPage(allowed.url('/'));
    try {
      await launcher(page).click();
      await startChat(page, 'Pat', '');
      await page.route('**/v1/widget/*/message', (route) => route.abort('internetdisconnected'));
      await page.route('**/healthz', (route) => route.abort('internetdisconnected'));
      await widget(page).locator('#text').fill('do you fix water heaters');
      await widget(page).locator('#text').press('Enter');
      await expect.poll(() => status(page).textContent()).toContain('Your message was not sent');
      expect(await widget(page).locator('#text').inputValue()).toBe('do you fix water heaters');
      await page.unrouteAll();
      await widget(page).getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => assistantLines(page).count()).toBe(2);
      expect(await widget(page).locator('#text').inputValue()).toBe('');
      expect(await status(page).textContent()).toBe('');

      // An expired chat (409 CHAT_EXPIRED) offers a new one and keeps the text for it.
      await page.route('**/v1/widget/*/message', (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/problem+json',
          headers: { 'access-control-allow-origin': allowed.origin },
          body: JSON.stringify({ status: 409, code: 'CHAT_EXPIRED', detail: 'Chat session expired.' }),
        }),
      );
      await widget(page).locator('#text').fill('are you open saturday');
      await widget(page).locator('#text').press('Enter');
      await expect.poll(() => status(page).textContent()).toContain('This chat has expired');
      await page.unrouteAll();
      await widget(page).getByRole('button', { name: 'Start a new chat' }).click();
      await startChat(page, 'Pat', '');
      expect(await widget(page).locator('#text').inputValue()).toBe('are you open saturday');
    } finally {
      await context.close();
    }
  });

  it('shows why it cannot chat on a site the tenant does not allow', async () => {
    const { context, page } = await openPage(other.url('/'));
    try {
      await launcher(page).click();
      await expect
        .poll(() => status(page).textContent())
        .toContain('This chat is not available on this website');
      expect(await widget(page).locator('form.start').isVisible()).toBe(false);
      await screenshot(page, 'widget-origin-not-allowed');
    } finally {
      await context.close();
    }
  });

  it('says the chat is unavailable while the tenant is in lockdown', async () => {
    await api('POST', '/v1/owner/lockdown', { enabled: true });
    const { context, page } = await openPage(allowed.url('/'));
    try {
      await launcher(page).click();
      await expect.poll(() => status(page).textContent()).toContain('The chat is unavailable right now');
      expect(await widget(page).locator('form.start').isVisible()).toBe(false);
      await screenshot(page, 'widget-lockdown');
    } finally {
      await context.close();
      await api('POST', '/v1/owner/lockdown', { enabled: false });
    }
  });

  it('lets an allowed site frame the hosted chat page, and no other', async () => {
    const header = await fetch(
      `${service.baseUrl}/widget/chat?token=${encodeURIComponent(service.widgetToken)}`,
    );
    const csp = header.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${allowed.origin}`);
    expect(csp).not.toContain(other.origin);

    const framed = await openPage(allowed.url('/frame'));
    try {
      const frame = framed.page.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('[data-ai-receptionist-widget] h2').textContent())
        .toBe('Chat with Demo Plumbing Co.');
      // The page's chat calls the API from the service's own origin (same-origin allowance).
      await frame.locator('[data-ai-receptionist-widget] input[name=name]').fill('Framed Visitor');
      await frame.getByRole('button', { name: 'Start chat' }).click();
      await expect.poll(() => frame.locator('[data-ai-receptionist-widget] .msg.assistant').count()).toBe(1);
      await screenshot(framed.page, 'widget-hosted-page-framed');
    } finally {
      await framed.context.close();
    }

    const refused = await openPage(other.url('/frame'));
    try {
      const frame = refused.page.frames().find((f) => f !== refused.page.mainFrame());
      await refused.page.waitForTimeout(1_000);
      expect(await frame?.locator('[data-ai-receptionist-widget]').count()).toBe(0);
      expect(frame?.url() ?? '').not.toContain('/widget/chat');
    } finally {
      await refused.context.close();
    }
  });
});

// The widget's shadow root, in page scripts (strings: this project's types have no DOM).
const IN_WIDGET = "document.querySelector('[data-ai-receptionist-widget]').shadowRoot";

// Which field or button has focus inside the widget.
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(`${IN_WIDGET}.activeElement?.name ?? null`);
}
function focusedClass(page: Page): Promise<string | null> {
  return page.evaluate(`${IN_WIDGET}.activeElement?.className ?? null`);
}
