import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_SETUP_TIMEOUT_MS,
  BROWSER_TEST_TIMEOUT_MS,
  launchChromium,
  type RunningService,
  screenshot,
  startService,
} from './support/index.js';

// The owner dashboard in Chromium against the service on the embedded default: sign in, the week
// with a booking a (simulated, signed) phone call made, move (a 409 first) and cancel, the callback
// queue, lockdown, settings with a per-field 422, "Try the assistant", a viewer's read-only view
// and a 375 px phone. Screenshots of the main screens go to test-results/.

const TWILIO_TOKEN = 'browser-twilio-token-0123456789abcdef';
const CALLER = '+17735550142';
const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
);

interface Appointment {
  id: string;
  start_time: string;
  status: string;
  customer_name: string | null;
  customer_phone: string | null;
}

describe('owner dashboard (Chromium)', () => {
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    service = await startService({ TWILIO_AUTH_TOKEN: TWILIO_TOKEN });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Open every hour of every day, so "tomorrow afternoon" is bookable whatever day the run is.
    const patched = await api('PATCH', '/v1/owner/business', {
      business_hours: ALL_DAY,
      min_lead_minutes: 0,
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
  }, BROWSER_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  function api(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${service.baseUrl}${path}`, {
      method,
      headers: {
        'x-api-key': service.apiKey,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function appointments(): Promise<Appointment[]> {
    const response = await api('GET', '/v1/crm/appointments?limit=200');
    return ((await response.json()) as { items: Appointment[] }).items;
  }

  // Twilio's side of a call: form posts signed over the URL it calls (the previous <Gather action>).
  async function voice(path: string, params: Record<string, string>): Promise<string> {
    const response = await twilioPost(path, params);
    expect(response.status).toBe(200);
    return response.text();
  }
  function twilioPost(path: string, params: Record<string, string>): Promise<Response> {
    const url = `${service.baseUrl}${path}`;
    return fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  }
  const actionOf = (twiml: string) =>
    /<Gather[^>]* action="([^"]+)"/
      .exec(twiml)?.[1]
      ?.replaceAll('&amp;', '&')
      .replace(/^https?:\/\/[^/]+/, '');

  async function phoneCall(lines: string[], stopWhenBooked: boolean): Promise<string> {
    const call = { CallSid: `CA${randomBytes(16).toString('hex')}`, From: CALLER, To: '+15125550000' };
    let twiml = await voice(`/v1/twilio/voice?business_id=${service.businessId}`, call);
    const before = (await appointments()).length;
    for (const speech of lines) {
      const action = actionOf(twiml);
      if (!action) break;
      twiml = await voice(action, { ...call, SpeechResult: speech, Confidence: '0.9' });
      if (stopWhenBooked && (await appointments()).length > before) break;
    }
    return call.CallSid;
  }

  async function signIn(page: Page, email = service.owner.email, password = service.owner.password) {
    await page.goto(`${service.baseUrl}/dashboard`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  }

  /** Opens the week holding `iso` (the business is in America/Chicago) and answers its day column. */
  async function openWeekOf(page: Page, iso: string) {
    await page.goto(`${service.baseUrl}/dashboard#/week`);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date(iso));
    for (let step = 0; step < 3; step += 1) {
      await page.getByTestId('week').waitFor();
      const day = page.locator(`.day[data-date="${date}"]`);
      if ((await day.count()) > 0) return day;
      await page.getByRole('button', { name: 'Next week →' }).click();
      await page.getByText('Loading the week…').waitFor({ state: 'detached' });
    }
    throw new Error(`no week shows ${date}`);
  }

  it(
    'says what failed instead of a blank screen: a refused sign-in, a failing request',
    async () => {
      const page = await context.newPage();
      await page.goto(`${service.baseUrl}/dashboard`);
      await page.getByLabel('Email').fill(service.owner.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(/^Signing in failed: /).waitFor();

      // The numbers' request fails (as a broken proxy would answer): the rest of the page stays.
      await page.route('**/v1/owner/stats?**', (route) =>
        route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }),
      );
      await signIn(page);
      await page.getByText('Loading the 7-day numbers failed: 502 Bad Gateway').waitFor();
      await page.getByRole('heading', { name: 'Appointments' }).waitFor();
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'signs in and shows the appointment a phone call booked in the week',
    async () => {
      await phoneCall(
        [
          "hi this is kevin dorsey our water heater is leaking from the bottom i'm at 2716 north mozart street can somebody come tomorrow afternoon",
          'the first one works',
          'yes that works',
          'yes',
        ],
        true,
      );
      const booked = (await appointments()).find((item) => item.customer_phone === CALLER);
      expect(booked, 'the call booked an appointment').toBeDefined();

      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('heading', { name: /^Today/ }).waitFor();
      await page.getByRole('heading', { name: 'Last 7 days' }).waitFor();
      await page.locator('.cards').waitFor();
      await screenshot(page, 'dashboard-today');

      const day = await openWeekOf(page, booked!.start_time);
      await expect.poll(() => day.getByRole('link', { name: /Kevin/i }).count()).toBe(1);
      await screenshot(page, 'dashboard-week');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'moves the appointment (a taken time answers 409 first) and cancels it',
    async () => {
      const booked = (await appointments()).find((item) => item.customer_phone === CALLER)!;
      // Another job two days later at 10:00 local takes that slot.
      const customer = (await (
        await api('POST', '/v1/crm/customers', { phone: '512-555-0177', name: 'Blocker' })
      ).json()) as { id: string };
      const busyDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
        new Date(new Date(booked.start_time).getTime() + 2 * 86_400_000),
      );
      const blocker = await api('POST', '/v1/crm/appointments', {
        customer_id: customer.id,
        start_time: `${busyDate}T10:00:00`,
      });
      expect(blocker.status).toBe(201);

      const page = await context.newPage();
      await signIn(page);
      await page.goto(`${service.baseUrl}/dashboard#/appointments/${booked.id}`);
      await page.getByRole('heading', { name: 'Move' }).waitFor();
      await page.getByLabel('New date').fill(busyDate);
      await page.getByLabel('New time', { exact: true }).fill('10:00');
      await page.getByRole('button', { name: 'Move appointment' }).click();
      await page.getByText(/That time is taken/).waitFor();
      await screenshot(page, 'dashboard-move-conflict');

      await page.getByLabel('New time', { exact: true }).fill('14:00');
      await page.getByRole('button', { name: 'Move appointment' }).click();
      await page.getByText(/^Moved to/).waitFor();
      const moved = (await (await api('GET', `/v1/crm/appointments/${booked.id}`)).json()) as Appointment;
      expect(
        new Intl.DateTimeFormat('en-CA', {
          timeZone: 'America/Chicago',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(new Date(moved.start_time)),
      ).toBe(`${busyDate}, 14:00`);

      await page.getByRole('button', { name: 'Cancel appointment…' }).click();
      await page.getByRole('button', { name: 'Yes, cancel this appointment' }).click();
      await expect.poll(() => page.getByTestId('appointment-status').textContent()).toBe('CANCELLED');
      const cancelled = (await (await api('GET', `/v1/crm/appointments/${booked.id}`)).json()) as Appointment;
      expect(cancelled.status).toBe('CANCELLED');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'lists a call that ended without a booking as a callback, with a tel: link, and resolves it',
    async () => {
      const callSid = await phoneCall(['my kitchen sink is clogged'], false);
      const ended = await twilioPost('/v1/twilio/status', {
        CallSid: callSid,
        CallStatus: 'completed',
        From: CALLER,
        To: '+15125550000',
      });
      expect(ended.status).toBe(204);
      const open = async () =>
        ((await (await api('GET', '/v1/owner/callbacks?status=OPEN')).json()) as { items: unknown[] }).items
          .length;
      await expect.poll(open).toBeGreaterThan(0);

      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Callbacks' }).click();
      const list = page.getByTestId('callbacks');
      const item = list.locator('li').first();
      await item.waitFor();
      expect(await item.getByRole('link', { name: /Call back/ }).getAttribute('href')).toBe(`tel:${CALLER}`);
      await screenshot(page, 'dashboard-callbacks');
      const before = await list.locator('li').count();
      await item.getByRole('button', { name: 'Mark resolved' }).click();
      await expect.poll(() => list.locator('li').count()).toBe(before - 1);
      await expect.poll(open).toBe(before - 1);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    "finds the caller among customers, with the call's transcript in the timeline, and the texts sent",
    async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Customers' }).click();
      await page.getByLabel('Search customers').fill('dorsey');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: /Kevin Dorsey/i }).click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await page
        .getByRole('link', { name: /Phone call/ })
        .first()
        .click();
      const transcript = page.locator('.transcript');
      await transcript.waitFor();
      expect(await transcript.textContent()).toMatch(
        /Caller: .*(water heater is leaking|kitchen sink is clogged)/,
      );
      await screenshot(page, 'dashboard-transcript');
      await page.getByRole('link', { name: 'Messages' }).click();
      await page.locator('.cards-list li').first().waitFor();
      expect(await page.locator('.cards-list').textContent()).toContain(CALLER);
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'saves settings, and shows a refused value beside its field',
    async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      // The demo tenant has no calendar: the panel says so from the calendar's own status.
      await page.getByText('Not connected: bookings live only here.').waitFor();
      await page.getByLabel('Greeting').fill('Thanks for calling Demo Plumbing, how can we help?');
      await page.getByLabel('Time zone').fill('Mars/Olympus_Mons');
      await page.getByRole('button', { name: 'Save settings' }).click();
      const zoneError = page.locator('#error-time_zone');
      await zoneError.waitFor();
      expect(await zoneError.textContent()).toMatch(/time zone/i);
      await screenshot(page, 'dashboard-settings-error');

      await page.getByLabel('Time zone').fill('America/Chicago');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      const business = (await (await api('GET', '/v1/owner/business')).json()) as Record<string, unknown>;
      expect(business.greeting).toBe('Thanks for calling Demo Plumbing, how can we help?');
      expect(business.time_zone).toBe('America/Chicago');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'books through "Try the assistant" and the booking appears in the week beside the chat',
    async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Try the assistant' }).click();
      await page.getByLabel('Caller name (optional)').fill('Tina Tester');
      await page.getByLabel('Caller phone (optional)').fill('773-555-0199');
      await page.getByRole('button', { name: 'Start a test chat' }).click();
      const input = page.getByLabel('Your message');
      await input.waitFor();
      const before = (await appointments()).length;
      const lines = [
        'my toilet is running nonstop can someone come tomorrow afternoon, i am at 1200 west lake street',
        'the first one works',
        'yes that works',
        'yes',
      ];
      for (const line of lines) {
        const replies = await page.locator('.bubble.assistant').count();
        await input.fill(line);
        await page.getByRole('button', { name: 'Send' }).click();
        await expect.poll(() => page.locator('.bubble.assistant').count()).toBe(replies + 1);
        if ((await appointments()).length > before) break;
      }
      const booked = (await appointments()).find((item) => item.customer_name === 'Tina Tester');
      expect(booked, (await page.locator('.transcript').textContent()) ?? '').toBeDefined();
      // The week beside the chat refreshed after the reply (no reload); it may need the next week.
      const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
        new Date(booked!.start_time),
      );
      const day = page.locator(`.day[data-date="${date}"]`);
      if ((await day.count()) === 0) await page.getByRole('button', { name: 'Next week →' }).click();
      await expect.poll(() => day.getByRole('link', { name: /Tina Tester/ }).count()).toBe(1);
      await screenshot(page, 'dashboard-try-assistant');
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'shows the week on a 375 px phone as one list per day, without sideways scrolling',
    async () => {
      const phone = await browser.newContext({
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await phone.newPage();
      await signIn(page);
      await page.goto(`${service.baseUrl}/dashboard#/week`);
      await page.getByTestId('week').waitFor();
      // One column: every day starts at the same left edge, one under the other.
      const boxes = await Promise.all((await page.locator('.day').all()).map((day) => day.boundingBox()));
      expect(boxes).toHaveLength(7);
      expect(new Set(boxes.map((box) => Math.round(box?.x ?? -1))).size).toBe(1);
      // Evaluated as a string: this file is type-checked without the DOM library.
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(375);
      await screenshot(page, 'dashboard-week-375px');
      await phone.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'gives a viewer the pages with every write control disabled and a note saying why',
    async () => {
      const email = `viewer-${randomBytes(4).toString('hex')}@example.com`;
      const registered = await api('POST', '/v1/auth/register', {
        email,
        password: 'viewer password 1',
        role: 'viewer',
      });
      expect(registered.status).toBe(201);
      const page = await context.newPage();
      await signIn(page, email, 'viewer password 1');
      await page.getByRole('link', { name: 'Settings' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);
      expect(await page.getByRole('switch').isDisabled()).toBe(true);
      await page.getByText('Your role (viewer) can look but not change anything.').first().waitFor();
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'switches lockdown on: the widget API then answers 423',
    async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('switch').click();
      await page.getByText('Lockdown is ON').waitFor();
      expect(await page.getByRole('switch').getAttribute('aria-checked')).toBe('true');
      await screenshot(page, 'dashboard-lockdown');
      const widget = await fetch(`${service.baseUrl}/v1/widget/business`, {
        headers: { 'x-widget-token': service.widgetToken },
      });
      expect(widget.status).toBe(423);
      // The rest of the suite (and a rerun) expects the line open again.
      await page.getByRole('switch').click();
      await page.getByText('Lockdown is off').waitFor();
      await page.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
