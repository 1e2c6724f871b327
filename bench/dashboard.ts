// `npm run bench -- dashboard`: the owner dashboard's weight and speed in Chromium.
// - Bundle: the JavaScript the dashboard page loads (its module script and modulepreloads, read from
//   the built dist/web/dashboard/index.html), raw and gzip (level 9); the stylesheet beside it.
// - First render of the week: navigation start → the `schedule-rendered` performance mark the page
//   sets once the week's lists are painted, for a tenant with 500 appointments this week and an
//   empty tenant in the same run, alternating, each load in a fresh browser context that resumes a
//   signed-in session (refresh token in sessionStorage, as after a reload): refresh, business, and
//   the seven day requests are all inside the measure. The 500 are seeded in bulk through SQL.
// BENCH_ROUNDS (default 7) loads per tenant; medians and the spread are shown.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';
import { addLocalDays, localDateOf, zonedToUtc } from '../src/platform/time/tenant-time.js';
import { launchChromium } from '../test/browser/support/browser.js';
import { buildPages } from '../test/browser/support/service.js';
import { insertAppointments, insertCustomer } from '../test/insights/fixtures.js';
import { median, printTable } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const APPOINTMENTS = 500;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef0123456789';
const ROOT = new URL('..', import.meta.url).pathname;

export async function run(): Promise<boolean> {
  await buildPages();
  reportBundle();
  const dir = mkdtempSync(join(tmpdir(), 'bench-dashboard-'));
  const config = loadConfig({
    ENVIRONMENT: 'development',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${join(dir, 'app.db')}`,
    SEED_DEFAULT_BUSINESS: 'true',
    ADMIN_API_KEY: ADMIN_KEY,
    JWT_SECRET: 'bench-dashboard-jwt-secret-0123456789abcdef',
    REMINDER_INTERVAL_SECONDS: '0',
    RATE_LIMIT_DISABLED: 'true',
  });
  const { app, services, seeded, demoOwner } = await buildApp(config);
  let browser: Browser | null = null;
  try {
    if (!seeded || !demoOwner) throw new Error('the demo tenant was not seeded');
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const full = { label: `${APPOINTMENTS} appointments this week`, ...demoOwner };
    await seedWeek(services.sql.db, seeded.businessId, 'America/Chicago', services.clock.now());
    const empty = { label: 'empty tenant', ...(await emptyTenant(baseUrl)) };
    browser = await launchChromium();
    const samples = new Map<string, Timings[]>([
      [full.label, []],
      [empty.label, []],
    ]);
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      for (const tenant of round % 2 === 0 ? [full, empty] : [empty, full]) {
        const took = await firstWeekRender(browser, baseUrl, tenant);
        // Round 0 warms Chromium's and the server's caches for both; it is not counted.
        if (round > 0) samples.get(tenant.label)!.push(took);
      }
    }
    const of = (label: string, key: keyof Timings) => samples.get(label)!.map((t) => t[key]);
    const rows = [...samples.keys()].map((label) => {
      const rendered = of(label, 'rendered');
      const afterData = samples.get(label)!.map((t) => t.rendered - t.scheduleAnswered);
      return [
        label,
        median(rendered).toFixed(1),
        Math.min(...rendered).toFixed(1),
        Math.max(...rendered).toFixed(1),
        median(of(label, 'scriptsLoaded')).toFixed(1),
        median(of(label, 'sessionResumed')).toFixed(1),
        median(of(label, 'businessAnswered')).toFixed(1),
        median(of(label, 'scheduleAnswered')).toFixed(1),
        median(afterData).toFixed(1),
      ];
    });
    printTable(
      `First render of the week in Chromium (navigation start → schedule painted), ${ROUNDS} loads each`,
      ['tenant', 'median ms', 'min ms', 'max ms', 'assets', 'session', 'business', 'days', 'render'],
      rows,
    );
    console.log(
      '(milestones from navigation start, ms, medians: assets loaded; session refreshed; business\n' +
        ' answered; last of the 7 day requests answered; render = from that answer to the painted week)',
    );
    const ratio = median(of(full.label, 'rendered')) / median(of(empty.label, 'rendered'));
    console.log(`\n${APPOINTMENTS} appointments vs empty: ${ratio.toFixed(2)} × the empty tenant's median`);
    return true;
  } finally {
    await browser?.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function reportBundle(): void {
  const html = readFileSync(join(ROOT, 'dist/web/dashboard/index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ];
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)];
  const sizes = (paths: string[]) =>
    paths.map((path) => {
      const body = readFileSync(join(ROOT, 'dist/web', path));
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
  const js = sizes(scripts.map((match) => match[1]!));
  const css = sizes(styles.map((match) => match[1]!));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const total = (files: typeof js) =>
    files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  printTable(
    'Dashboard bundle (what /dashboard loads)',
    ['file', 'raw KB', 'gzip KB'],
    [
      ...[...js, ...css].map((f) => [f.path, kb(f.raw), kb(f.gzip)]),
      ['JavaScript total', kb(total(js).raw), kb(total(js).gzip)],
    ],
  );
}

type Db = Parameters<typeof insertCustomer>[0];

// 500 appointments spread over this local week (Monday to Sunday), 15 minutes apart from 06:00,
// for 40 customers, in bulk inserts: the seeding is not what is measured.
async function seedWeek(db: Db, businessId: string, zone: string, now: Date): Promise<void> {
  const today = localDateOf(now, zone);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addLocalDays(today, -weekday);
  const customers: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    customers.push(
      await insertCustomer(db, businessId, { name: `Customer ${i + 1}`, phone: `+1512555${1000 + i}` }),
    );
  }
  const perDay = Math.ceil(APPOINTMENTS / 7);
  const seeds = Array.from({ length: APPOINTMENTS }, (_, index) => {
    const day = addLocalDays(monday, Math.floor(index / perDay));
    const minutes = 6 * 60 + (index % perDay) * 15;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { start_time: zonedToUtc(day, time, zone).toISOString(), created_at: now.toISOString() };
  });
  for (const [index, customer] of customers.entries()) {
    const mine = seeds.filter((_, i) => i % customers.length === index);
    await insertAppointments(db, businessId, customer, mine);
  }
}

async function emptyTenant(baseUrl: string): Promise<{ email: string; password: string }> {
  const post = async (path: string, headers: Record<string, string>, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  };
  const created = await post(
    '/v1/admin/businesses',
    { 'x-admin-api-key': ADMIN_KEY },
    {
      name: 'Empty Electric',
      time_zone: 'America/Chicago',
    },
  );
  const login = { email: `bench-empty-${Date.now()}@example.com`, password: 'bench password 1' };
  await post('/v1/auth/register', { 'x-api-key': created.api_key! }, { ...login, role: 'owner' });
  return login;
}

interface Timings {
  /** Navigation start → the week painted. */
  rendered: number;
  /** Navigation start → the last script or stylesheet loaded. */
  scriptsLoaded: number;
  /** → the session refreshed (POST /v1/auth/refresh answered). */
  sessionResumed: number;
  /** → the business (its time zone) answered. */
  businessAnswered: number;
  /** → the last of the seven day requests answered. */
  scheduleAnswered: number;
}

async function firstWeekRender(
  browser: Browser,
  baseUrl: string,
  tenant: { email: string; password: string },
): Promise<Timings> {
  const signIn = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: tenant.email, password: tenant.password }),
  });
  const { refresh_token } = (await signIn.json()) as { refresh_token: string };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // As after a reload: the tab's sessionStorage holds the refresh token (web/dashboard/session.ts).
    await context.addInitScript(
      `sessionStorage.setItem('dashboard.refresh_token', ${JSON.stringify(refresh_token)})`,
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/dashboard#/week`);
    // Functions, not strings: the page's CSP (script-src 'self') refuses string evaluation.
    await page.waitForFunction(() => performance.getEntriesByName('schedule-rendered').length > 0, null, {
      timeout: 30_000,
    });
    // One expression, no named inner functions: tsx would wrap those in a helper the page lacks.
    const { rendered, ...phases } = await page.evaluate(() => ({
      rendered: performance.getEntriesByName('schedule-rendered')[0]?.startTime ?? -1,
      // The last response of each kind; one expression per field, no named inner functions (tsx
      // would wrap those in a helper the page does not have).
      scriptsLoaded: Math.max(
        0,
        ...(
          performance.getEntriesByType('resource') as unknown as Array<{ name: string; responseEnd: number }>
        )
          .filter((entry) => entry.name.includes('/assets/'))
          .map((entry) => entry.responseEnd),
      ),
      sessionResumed: Math.max(
        0,
        ...(
          performance.getEntriesByType('resource') as unknown as Array<{ name: string; responseEnd: number }>
        )
          .filter((entry) => entry.name.includes('/v1/auth/refresh'))
          .map((entry) => entry.responseEnd),
      ),
      businessAnswered: Math.max(
        0,
        ...(
          performance.getEntriesByType('resource') as unknown as Array<{ name: string; responseEnd: number }>
        )
          .filter((entry) => entry.name.includes('/v1/owner/business'))
          .map((entry) => entry.responseEnd),
      ),
      scheduleAnswered: Math.max(
        0,
        ...(
          performance.getEntriesByType('resource') as unknown as Array<{ name: string; responseEnd: number }>
        )
          .filter((entry) => entry.name.includes('/v1/owner/schedule'))
          .map((entry) => entry.responseEnd),
      ),
    }));
    const shown = await page.locator('.appointment').count();
    if (tenant.email.startsWith('bench-empty') ? shown !== 0 : shown !== APPOINTMENTS) {
      throw new Error(`the week showed ${shown} appointments`);
    }
    return { rendered, ...phases };
  } finally {
    await context.close();
  }
}
