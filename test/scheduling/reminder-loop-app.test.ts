import { expect, it, vi } from 'vitest';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp } from '../helpers/test-app.js';
import { createCustomer, createTenant, HOUR, insertAppointment } from '../notifications/fixtures.js';

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEachDialect('reminder loop in the app', (ctx) => {
  it('stays off in tests by default', async () => {
    const { app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } });
    expect(services.config.reminderIntervalSeconds).toBe(0);
    await app.close();
  });

  it('sends due reminders in the background and stops cleanly on close', async () => {
    const db = ctx.sql().db;
    const clock = manualClock(new Date('2040-06-01T12:00:00Z'));
    const business = await createTenant(db);
    const customer = await createCustomer(db, business.id);
    await insertAppointment(db, {
      businessId: business.id,
      customerId: customer.id,
      startTime: new Date(clock.now().getTime() + 6 * HOUR),
      createdAt: new Date(clock.now().getTime() - 72 * HOUR),
    });

    const outbox = new RecordingSmsSender();
    const { app, services } = await buildTestApp({
      env: { REMINDER_INTERVAL_SECONDS: '1' },
      overrides: { sql: ctx.sql(), clock, sms: outbox },
    });
    const sweeps = vi.spyOn(services.reminders, 'runOnce');
    // The first sweep runs as soon as the app is ready, the next one a second later.
    await until(() => outbox.sent().length === 1, 3000);
    await until(() => sweeps.mock.calls.length >= 1, 3000);
    expect(outbox.sent()[0]?.to).toBe(customer.phone);

    const startedClosing = Date.now();
    await app.close();
    expect(Date.now() - startedClosing).toBeLessThan(1000);
    // No timer survives close: nothing sweeps again, even past the next interval.
    const sweepsAtClose = sweeps.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(sweeps.mock.calls.length).toBe(sweepsAtClose);
  });
});
