import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BuiltApp } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness } from '../helpers/test-app.js';

// The SMS provider stops answering (a stand-in for api.twilio.com that hangs): the booking stands,
// the texts are stored as failed for a passing reason, and the sweep sends them once it is back.

const ACCOUNT_SID = `AC${'2e'.repeat(16)}`;

describeEachDialect('an SMS provider that times out', (ctx) => {
  let provider: Server;
  let hanging = true;
  let accepted = 0;
  let built: BuiltApp;
  const clock = manualClock('2031-04-07T14:00:00Z');

  beforeAll(async () => {
    provider = createServer((request, response) => {
      request.resume();
      if (hanging) return; // never answers: the client's timeout decides
      accepted += 1;
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ sid: `SM${String(accepted).padStart(32, '0')}`, status: 'queued' }));
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    built = await buildTestApp({
      env: {
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: 'provider-timeout-token',
        TWILIO_API_BASE_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}`,
        TWILIO_TIMEOUT_MS: '1000',
      },
      overrides: { sql: ctx.sql(), clock },
    });
  });
  afterAll(async () => {
    await built.app.close();
    provider.closeAllConnections();
    await new Promise((resolve) => provider.close(resolve));
  });

  it('keeps the booking and sends the texts once the provider is back', async () => {
    const { app, services } = built;
    const business = await createBusiness(app, {
      twilio_phone_number: '+15125550300',
      owner_phone: '+15125550301',
    });
    const headers = { 'x-api-key': business.apiKey };
    const customer = (
      await app.inject({
        method: 'POST',
        url: '/v1/crm/customers',
        headers,
        payload: { phone: '+15125550302' },
      })
    ).json();
    const booked = await app.inject({
      method: 'POST',
      url: '/v1/crm/appointments',
      headers,
      payload: {
        customer_id: customer.id,
        start_time: '2031-04-09T15:00:00Z',
        end_time: '2031-04-09T16:00:00Z',
        notify_customer: true,
      },
    });
    expect(booked.statusCode).toBe(201);

    const messages = async () =>
      (await app.inject({ url: '/v1/owner/messages?direction=outbound', headers })).json().items as Array<{
        id: string;
        kind: string;
        status: string;
      }>;
    const failed = await messages();
    expect(failed.map((m) => [m.kind, m.status]).sort()).toEqual([
      ['confirmation', 'failed'],
      ['owner_alert', 'failed'],
    ]);

    hanging = false;
    // Not before the retry time (1 minute after the failure) …
    expect(await services.notifier.retryDue((id) => services.tenants.findById(id))).toBe(0);
    clock.advance(61_000);
    // … then once, however many instances sweep at the same moment.
    const sweeps = await Promise.all(
      [1, 2, 3].map(() => services.notifier.retryDue((id) => services.tenants.findById(id))),
    );
    expect(sweeps.reduce((a, b) => a + b, 0)).toBe(2);
    expect(accepted).toBe(2);
    const sent = await messages();
    expect(sent.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(sent.map((m) => m.id).sort()).toEqual(failed.map((m) => m.id).sort());

    const appointment = await app.inject({ url: `/v1/crm/appointments/${booked.json().id}`, headers });
    expect(appointment.json()).toMatchObject({ status: 'SCHEDULED' });
  }, 20_000);
});
