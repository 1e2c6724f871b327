import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';

describeEachDialect('owner callbacks routes', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  let mine: TestBusiness;
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({ overrides: { sql: ctx.sql() } }));
    mine = await createBusiness(app, { name: 'Callbacks Plumbing' });
  });
  afterAll(() => app.close());

  const headers = (business = mine) => ({ 'x-api-key': business.apiKey });
  const patch = (id: string, payload: unknown) =>
    app.inject({
      method: 'PATCH',
      url: `/v1/owner/callbacks/${id}`,
      headers: headers(),
      payload: payload as object,
    });

  it('lists callbacks with the contract fields, newest first', async () => {
    const business = await createBusiness(app);
    await services.callbacks.record(business.id, {
      reason: 'MISSED_CALL',
      phone: '512-555-0210',
      call_sid: 'CA1',
    });
    await services.callbacks.record(business.id, {
      reason: 'VOICEMAIL',
      phone: '512-555-0211',
      name: 'Kim',
      call_sid: 'CA2',
      voicemail_url: 'https://api.twilio.com/rec/RE2',
      summary: 'Burst pipe',
    });
    const response = await app.inject({ url: '/v1/owner/callbacks', headers: headers(business) });
    expect(response.statusCode).toBe(200);
    const { items, next_cursor } = response.json();
    expect(next_cursor).toBeNull();
    expect(items).toHaveLength(2);
    expect(items.map((c: { reason: string }) => c.reason).sort()).toEqual(['MISSED_CALL', 'VOICEMAIL']);
    const voicemail = items.find((c: { reason: string }) => c.reason === 'VOICEMAIL');
    expect(voicemail).toMatchObject({
      id: expect.stringMatching(/^cb_/),
      phone: '+15125550211',
      name: 'Kim',
      status: 'OPEN',
      created_at: expect.stringMatching(/Z$/),
      voicemail_url: 'https://api.twilio.com/rec/RE2',
      summary: 'Burst pipe',
      call_sid: 'CA2',
    });
  });

  it('resolves and reopens through PATCH, and filters by status', async () => {
    const { callback } = await services.callbacks.record(mine.id, {
      reason: 'HANDOFF',
      phone: '512-555-0212',
    });
    const id = callback!.id;
    const resolved = await patch(id, { status: 'RESOLVED' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      id,
      status: 'RESOLVED',
      resolved_at: expect.stringMatching(/Z$/),
    });

    const listIds = async (status: string) =>
      (await app.inject({ url: `/v1/owner/callbacks?status=${status}&limit=200`, headers: headers() }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await listIds('RESOLVED')).toContain(id);
    expect(await listIds('OPEN')).not.toContain(id);

    const reopened = await patch(id, { status: 'OPEN' });
    expect(reopened.json()).toMatchObject({ status: 'OPEN', resolved_at: null });
    expect(await listIds('OPEN')).toContain(id);
  });

  it('answers 422 for a bad status in the body or the query', async () => {
    const { callback } = await services.callbacks.record(mine.id, { reason: 'EMERGENCY' });
    for (const payload of [
      { status: 'DONE' },
      { status: 'resolved' },
      {},
      { status: 'RESOLVED', extra: 1 },
    ]) {
      expect((await patch(callback!.id, payload)).statusCode).toBe(422);
    }
    const query = await app.inject({ url: '/v1/owner/callbacks?status=PENDING', headers: headers() });
    expect(query.statusCode).toBe(422);
    expect(query.json().errors[0].path).toBe('querystring.status');
  });

  it('answers 404 for an unknown callback and hides the callback of a booked call', async () => {
    expect((await patch('cb_missing', { status: 'RESOLVED' })).statusCode).toBe(404);
    const { callback } = await services.callbacks.record(mine.id, {
      reason: 'MISSED_CALL',
      call_sid: 'CA-booked',
    });
    await services.callbacks.removeForCall(mine.id, 'CA-booked');
    const response = await patch(callback!.id, { status: 'RESOLVED' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('CALLBACK_NOT_FOUND');
  });
});
