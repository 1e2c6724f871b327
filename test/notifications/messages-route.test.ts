import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import type { Business } from '../../src/modules/tenants/tenants.model.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { uniquePhone } from './fixtures.js';

describeEachDialect('GET /v1/owner/messages', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  let theirs: TestBusiness;
  let business: Business;
  // Each stored message gets its own second, so "newest first" is unambiguous.
  const clock = manualClock(new Date('2030-05-01T12:00:00Z'));
  const tick = () => clock.advance(1000);

  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql(), clock } }));
    mine = await createBusiness(app, { twilio_phone_number: uniquePhone(), owner_phone: uniquePhone() });
    theirs = await createBusiness(app, { twilio_phone_number: uniquePhone(), owner_phone: uniquePhone() });
    business = await services.tenants.get(mine.id);
    const { customer } = await services.customers.upsertByPhone(mine.id, { phone: uniquePhone() });

    tick();
    await services.notifier.notifyCustomer(business, {
      customerId: customer.id,
      kind: 'confirmation',
      body: 'Booked for Tuesday',
      dedupeKey: 'c1',
    });
    tick();
    await services.notifier.alertOwner(business, {
      event: 'new_booking',
      body: 'New booking',
      dedupeKey: 'b1',
    });
    tick();
    await services.notifier.recordInbound(business, {
      from: customer.phone,
      to: business.twilio_phone_number!,
      body: 'C',
      providerSid: 'SMinbound1',
    });
    tick();
    await services.notifier.recordReply(business, { to: customer.phone, body: 'Confirmed, thanks!' });
    tick();
    const other = await services.tenants.get(theirs.id);
    await services.notifier.alertOwner(other, { event: 'emergency', body: 'Their alert', dedupeKey: 'x' });
  });
  afterAll(() => app.close());

  const list = (business: TestBusiness, query = '') =>
    app.inject({ url: `/v1/owner/messages${query}`, headers: { 'x-api-key': business.apiKey } });

  it('lists every message of the tenant, newest first, with the contract fields', async () => {
    const response = await list(mine);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.next_cursor).toBeNull();
    expect(body.items.map((m: { kind: string }) => m.kind)).toEqual([
      'reply',
      'inbound',
      'owner_alert',
      'confirmation',
    ]);
    expect(body.items[3]).toMatchObject({
      direction: 'outbound',
      from: business.twilio_phone_number,
      body: 'Booked for Tuesday',
      status: 'sent',
      created_at: '2030-05-01T12:00:01.000Z',
    });
    expect(body.items[3].id).toEqual(expect.any(String));
    expect(body.items[3].provider_sid).toMatch(/^SM/);
  });

  it('shows outbound messages whatever the transport, including TwiML replies', async () => {
    const body = (await list(mine, '?direction=outbound')).json();
    expect(body.items.map((m: { kind: string }) => m.kind)).toEqual(['reply', 'owner_alert', 'confirmation']);
    const inbound = (await list(mine, '?direction=inbound')).json();
    expect(inbound.items).toHaveLength(1);
    expect(inbound.items[0]).toMatchObject({ kind: 'inbound', status: 'received', body: 'C' });
  });

  it('filters by kind', async () => {
    const body = (await list(mine, '?kind=owner_alert')).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ kind: 'owner_alert', to: business.owner_phone });
  });

  it('pages with an opaque cursor', async () => {
    const first = (await list(mine, '?limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = (await list(mine, `?limit=3&cursor=${first.next_cursor}`)).json();
    expect(second.items.map((m: { kind: string }) => m.kind)).toEqual(['confirmation']);
    expect(second.next_cursor).toBeNull();
  });

  it("never shows another tenant's messages", async () => {
    const body = (await list(theirs)).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ kind: 'owner_alert', body: 'Their alert' });
    const mineBodies = (await list(mine)).json().items.map((m: { body: string }) => m.body);
    expect(mineBodies).not.toContain('Their alert');
  });

  it('answers 422 to a bad filter or cursor and 401 without credentials', async () => {
    expect((await list(mine, '?direction=sideways')).statusCode).toBe(422);
    expect((await list(mine, '?limit=500')).statusCode).toBe(422);
    expect((await list(mine, '?cursor=not-ours')).statusCode).toBe(422);
    expect((await app.inject({ url: '/v1/owner/messages' })).statusCode).toBe(401);
  });

  it('sends through the recording sender by default, whose outbox lists what went out', () => {
    expect(services.config.smsProvider).toBe('recording');
    expect(services.sms).toBeInstanceOf(RecordingSmsSender);
  });
});
