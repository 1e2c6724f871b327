import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { createTokenCipher } from '../../src/modules/calendar/token-cipher.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { type ManualClock, manualClock } from '../helpers/manual-clock.js';
import { buildTestApp, createBusiness, type TestBusiness } from '../helpers/test-app.js';
import { CHICAGO_HOURS, randomPhone } from '../scheduling/fixtures.js';
import { type FakeGoogle, startFakeGoogle } from './fake-google.js';
import { connectCalendar, ENCRYPTION_KEY, googleEnv, WEBHOOK_SECRET } from './helpers.js';

// Google Calendar both ways, end to end: the app (real routes, services and SQL on each dialect) and
// the real Google client libraries against a local fake of Google.

describeEachDialect('Google Calendar sync', (ctx) => {
  let google: FakeGoogle;
  let app: FastifyInstance;
  let services: Services;
  let clock: ManualClock;
  let sms: RecordingSmsSender;

  beforeAll(async () => {
    google = await startFakeGoogle();
    clock = manualClock('2026-03-02T15:00:00Z');
    sms = new RecordingSmsSender();
    ({ app, services } = await buildTestApp({
      env: googleEnv(google),
      overrides: { sql: ctx.sql(), clock, sms },
    }));
  });
  afterAll(async () => {
    await app.close();
    await google.close();
  });

  async function tenant(
    fields: Record<string, unknown> = {},
  ): Promise<TestBusiness & { customerId: string }> {
    const business = await createBusiness(app, {
      time_zone: 'America/Chicago',
      business_hours: CHICAGO_HOURS,
      owner_phone: randomPhone(),
      twilio_phone_number: randomPhone(),
      ...fields,
    });
    await connectCalendar(app, business.apiKey);
    const { customer } = await services.customers.upsertByPhone(business.id, {
      phone: randomPhone(),
      name: 'Dana Diaz',
    });
    return { ...business, customerId: customer.id };
  }

  const owner = (business: TestBusiness) => ({ 'x-api-key': business.apiKey });

  async function book(business: TestBusiness & { customerId: string }, start: string) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/crm/appointments',
      headers: owner(business),
      payload: {
        customer_id: business.customerId,
        start_time: start,
        end_time: new Date(new Date(start).getTime() + 3600_000).toISOString(),
      },
    });
    expect(response.statusCode).toBe(201);
    // The event is written after the answer; wait for it as a client would wait for Google.
    await services.calendar.writes.idle();
    return response.json() as {
      id: string;
      calendar_event_id: string;
      start_time: string;
      end_time: string;
      status: string;
    };
  }

  const appointment = async (business: TestBusiness, id: string) =>
    (await app.inject({ method: 'GET', url: `/v1/crm/appointments/${id}`, headers: owner(business) })).json();

  async function watch(business: TestBusiness, body: object = {}) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/calendar/google/watch',
      headers: owner(business),
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  let messageNumber = 100;
  async function push(channelId: string, token: string, state = 'exists', number?: string) {
    messageNumber += 1;
    const response = await app.inject({
      method: 'POST',
      url: '/v1/calendar/google/push',
      headers: {
        'x-goog-channel-id': channelId,
        'x-goog-channel-token': token,
        'x-goog-resource-state': state,
        'x-goog-message-number': number ?? String(messageNumber),
      },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const channelOf = (watchBody: { channel_id: string }) => {
    const channel = google.channels.get(watchBody.channel_id)!;
    return { id: watchBody.channel_id, token: channel.token };
  };

  describe('connect', () => {
    it('stores the tokens encrypted, never in plain text', async () => {
      const business = await tenant();
      const row = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .selectAll()
        .where('business_id', '=', business.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('connected');
      expect(row.encrypted_tokens).toMatch(/^v1\./);
      expect(row.encrypted_tokens).not.toContain('at_');
      expect(row.encrypted_tokens).not.toContain('rt_');
    });

    it('the status says whether and how bookings reach the calendar, never the tokens', async () => {
      const status = async (business: TestBusiness) =>
        (await app.inject({ url: '/v1/calendar/google/status', headers: owner(business) })).json();
      const none = await createBusiness(app, {});
      expect(await status(none)).toEqual({
        connected: false,
        method: null,
        calendar_id: null,
        disconnected_at: null,
        last_sync_at: null,
        watching: false,
      });
      const linked = await tenant();
      const body = await status(linked);
      expect(body).toMatchObject({ connected: true, method: 'oauth', watching: false });
      expect(JSON.stringify(body)).not.toMatch(/at_|rt_|v1\./);
      const shared = await createBusiness(app, { calendar_id: 'shop@example.com' });
      expect(await status(shared)).toMatchObject({
        connected: true,
        method: 'service_account',
        calendar_id: 'shop@example.com',
      });
    });

    it('refuses a tampered or expired state and stores nothing', async () => {
      const business = await createBusiness(app, {});
      const connect = await app.inject({
        method: 'GET',
        url: '/v1/calendar/google/connect',
        headers: owner(business),
      });
      const state = new URL(connect.json().authorization_url).searchParams.get('state')!;
      const [payload, signature] = state.split('.');
      const forged = Buffer.from(JSON.stringify({ b: 'someone-else', e: Date.now() * 2, n: 'x' })).toString(
        'base64url',
      );
      const tampered = await app.inject({
        method: 'GET',
        url: `/v1/calendar/google/callback?code=good-code&state=${forged}.${signature}`,
      });
      expect(tampered.statusCode).toBe(400);
      clock.advance(11 * 60_000);
      const expired = await app.inject({
        method: 'GET',
        url: `/v1/calendar/google/callback?code=good-code&state=${payload}.${signature}`,
      });
      expect(expired.statusCode).toBe(400);
      const rows = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .selectAll()
        .where('business_id', '=', business.id)
        .execute();
      expect(rows).toHaveLength(0);
    });

    it('a code Google refuses answers 400 and stores nothing', async () => {
      const business = await createBusiness(app, {});
      const connect = await app.inject({
        method: 'GET',
        url: '/v1/calendar/google/connect',
        headers: owner(business),
      });
      const state = new URL(connect.json().authorization_url).searchParams.get('state')!;
      const refused = await app.inject({
        method: 'GET',
        url: `/v1/calendar/google/callback?code=bad-code&state=${encodeURIComponent(state)}`,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe('GOOGLE_OAUTH_FAILED');
      const rows = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .selectAll()
        .where('business_id', '=', business.id)
        .execute();
      expect(rows).toHaveLength(0);
    });

    it('refreshes an expired access token and stores the new one, still encrypted', async () => {
      const business = await tenant();
      const cipher = createTokenCipher(ENCRYPTION_KEY);
      const db = ctx.sql().db;
      const stored = async () =>
        (
          await db
            .selectFrom('calendar_connections')
            .select('encrypted_tokens')
            .where('business_id', '=', business.id)
            .executeTakeFirstOrThrow()
        ).encrypted_tokens!;
      const tokens = JSON.parse(cipher.open(await stored())!);
      const expired = cipher.seal(JSON.stringify({ ...tokens, expiry_date: Date.now() - 60_000 }));
      await db
        .updateTable('calendar_connections')
        .set({ encrypted_tokens: expired })
        .where('business_id', '=', business.id)
        .execute();

      const booked = await book(business, '2026-03-09T15:00:00Z');
      expect(google.events.has(booked.calendar_event_id)).toBe(true);
      // The refreshed tokens are written as the library reports them (after the call it refreshed for).
      for (let i = 0; i < 100 && (await stored()) === expired; i += 1)
        await new Promise((r) => setTimeout(r, 10));
      const fresh = JSON.parse(cipher.open(await stored())!);
      expect(fresh.access_token).not.toBe(tokens.access_token);
      expect(fresh.refresh_token).toBe(tokens.refresh_token);
      expect(fresh.expiry_date).toBeGreaterThan(Date.now());
      expect(await stored()).not.toContain(fresh.access_token);
    });

    it('needs owner credentials to start', async () => {
      const response = await app.inject({ method: 'GET', url: '/v1/calendar/google/connect' });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('booking writes', () => {
    it('book, move and cancel create, move and delete the event with a stable id', async () => {
      const business = await tenant();
      const booked = await book(business, '2026-03-10T15:00:00Z');
      expect(booked.calendar_event_id).toMatch(/^[a-v0-9]{5,1024}$/);
      const event = google.events.get(booked.calendar_event_id)!;
      expect(event.start?.dateTime).toBe('2026-03-10T15:00:00.000Z');
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'synced',
      });

      const moved = await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${booked.id}`,
        headers: owner(business),
        payload: { start_time: '2026-03-10T18:00:00Z' },
      });
      expect(moved.statusCode).toBe(200);
      await services.calendar.writes.idle();
      expect(google.events.get(booked.calendar_event_id)!.start?.dateTime).toBe('2026-03-10T18:00:00.000Z');

      const cancelled = await app.inject({
        method: 'DELETE',
        url: `/v1/crm/appointments/${booked.id}`,
        headers: owner(business),
      });
      expect(cancelled.statusCode).toBe(200);
      await services.calendar.writes.idle();
      expect(google.events.get(booked.calendar_event_id)!.status).toBe('cancelled');
    });

    it('a slow first write overtaken by a move still leaves the newest time in Google', async () => {
      const business = await tenant();
      google.failNext({ kind: 'delay', ms: 150 });
      const created = await app.inject({
        method: 'POST',
        url: '/v1/crm/appointments',
        headers: owner(business),
        payload: {
          customer_id: business.customerId,
          start_time: '2026-03-10T20:00:00Z',
          end_time: '2026-03-10T21:00:00Z',
        },
      });
      const booked = created.json();
      // Moved while the first write is still on its way to Google.
      await app.inject({
        method: 'PATCH',
        url: `/v1/crm/appointments/${booked.id}`,
        headers: owner(business),
        payload: { start_time: '2026-03-10T22:00:00Z' },
      });
      await services.calendar.writes.idle();
      expect(google.events.get(booked.calendar_event_id)!.start?.dateTime).toBe('2026-03-10T22:00:00.000Z');
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'synced',
      });
    });

    it('a Google 5xx never blocks the booking; the retry job writes the event later, once', async () => {
      const business = await tenant();
      google.failNext({ kind: 'status', status: 503 });
      const booked = await book(business, '2026-03-11T15:00:00Z');
      expect(google.events.has(booked.calendar_event_id)).toBe(false);
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'failed',
        attempts: 1,
        last_error: 'transient',
      });

      // Not due yet: nothing happens.
      expect(await services.calendar.writes.retryDue()).toBe(0);
      clock.advance(61_000);
      const inserts = google.calls('POST', '/events').length;
      // Two sweeps at once (two instances): the row is claimed by one of them.
      const [a, b] = await Promise.all([
        services.calendar.writes.retryDue(),
        services.calendar.writes.retryDue(),
      ]);
      expect(a + b).toBe(1);
      expect(google.calls('POST', '/events').length).toBe(inserts + 1);
      expect(google.events.get(booked.calendar_event_id)!.start?.dateTime).toBe('2026-03-11T15:00:00.000Z');
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'synced',
      });
    });

    it('a Google timeout during booking is retried too, and the appointment is kept', async () => {
      const business = await tenant();
      google.failNext({ kind: 'hang' });
      const booked = await book(business, '2026-03-12T15:00:00Z');
      expect((await appointment(business, booked.id)).status).toBe('SCHEDULED');
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'failed',
      });
      clock.advance(61_000);
      await services.calendar.writes.retryDue();
      expect(google.events.get(booked.calendar_event_id)?.status).toBe('confirmed');
    });

    it('a revoked grant disconnects the tenant, tells the owner once, and keeps the booking', async () => {
      const business = await tenant();
      for (const token of google.refreshTokens) google.refreshTokens.delete(token);
      google.expireAccessTokens();
      const row = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .select('encrypted_tokens')
        .where('business_id', '=', business.id)
        .executeTakeFirstOrThrow();
      // Make the stored access token look expired so the library refreshes (and meets invalid_grant).
      expect(row.encrypted_tokens).toBeTruthy();
      const booked = await book(business, '2026-03-13T15:00:00Z');
      expect(booked.status).toBe('SCHEDULED');
      expect(await services.calendar.writes.statusOf(business.id, booked.id)).toMatchObject({
        status: 'blocked',
        last_error: 'auth_revoked',
      });
      const connection = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .select('status')
        .where('business_id', '=', business.id)
        .executeTakeFirstOrThrow();
      expect(connection.status).toBe('disconnected');
      await book(business, '2026-03-13T18:00:00Z');
      const alerts = sms
        .sent()
        .filter((m) => m.to === business.body.owner_phone && /Google Calendar/.test(m.body));
      expect(alerts).toHaveLength(1);
    });
  });

  describe('watch and push', () => {
    it('creates a channel, stores it with the sync token, and a renewal replaces and stops the old one', async () => {
      const business = await tenant();
      const first = await watch(business, { ttl_seconds: 3600 });
      expect(first).toMatchObject({ created: true, calendar_id: 'primary', initial_sync: { synced: true } });
      expect(google.channels.get(first.channel_id)).toMatchObject({
        address: 'https://app.example.com/v1/calendar/google/push',
        ttl: '3600',
      });
      const row = await ctx
        .sql()
        .db.selectFrom('calendar_connections')
        .selectAll()
        .where('business_id', '=', business.id)
        .executeTakeFirstOrThrow();
      expect(row.channel_id).toBe(first.channel_id);
      expect(row.sync_token).toBeTruthy();
      expect(row.channel_token).toHaveLength(64);

      const second = await watch(business);
      expect(second.channel_id).not.toBe(first.channel_id);
      expect(google.channels.has(first.channel_id)).toBe(false);
      const old = await push(first.channel_id, row.channel_token!);
      expect(old).toMatchObject({ processed: false, reason: 'unknown_channel' });
    });

    it('an owner move in Google moves the appointment; a cancellation cancels it', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-16T15:00:00Z');
      const b = await book(business, '2026-03-17T15:00:00Z');
      const channel = channelOf(await watch(business));
      const eventA = google.events.get(a.calendar_event_id)!;
      google.ownerPut({
        ...eventA,
        start: { dateTime: '2026-03-16T12:00:00-05:00' },
        end: { dateTime: '2026-03-16T13:30:00-05:00' },
      });
      google.ownerPut({ ...google.events.get(b.calendar_event_id)!, status: 'cancelled' });
      const result = await push(channel.id, channel.token);
      expect(result).toMatchObject({ processed: true, synced: true, applied: 2 });
      expect(await appointment(business, a.id)).toMatchObject({
        start_time: '2026-03-16T17:00:00.000Z',
        end_time: '2026-03-16T18:30:00.000Z',
      });
      expect((await appointment(business, b.id)).status).toBe('CANCELLED');
    });

    it('a move across the DST change lands on the right UTC time; all-day changes are left alone', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-06T15:00:00Z'); // Friday 9:00 CST
      const b = await book(business, '2026-03-06T18:00:00Z');
      const channel = channelOf(await watch(business));
      // Monday after the spring-forward, 9:00 local (CDT), written as a naive time in the event's zone.
      google.ownerPut({
        ...google.events.get(a.calendar_event_id)!,
        start: { dateTime: '2026-03-09T09:00:00', timeZone: 'America/Chicago' },
        end: { dateTime: '2026-03-09T10:00:00', timeZone: 'America/Chicago' },
      });
      google.ownerPut({
        ...google.events.get(b.calendar_event_id)!,
        start: { date: '2026-03-09' },
        end: { date: '2026-03-10' },
      });
      await push(channel.id, channel.token);
      expect((await appointment(business, a.id)).start_time).toBe('2026-03-09T14:00:00.000Z');
      expect((await appointment(business, b.id)).start_time).toBe('2026-03-06T18:00:00.000Z');
    });

    it('an expired sync token (410) clears it and runs a full sync', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-18T15:00:00Z');
      const channel = channelOf(await watch(business));
      const before = (
        await ctx
          .sql()
          .db.selectFrom('calendar_connections')
          .select('sync_token')
          .where('business_id', '=', business.id)
          .executeTakeFirstOrThrow()
      ).sync_token;
      google.expireSyncTokens();
      google.ownerPut({
        ...google.events.get(a.calendar_event_id)!,
        start: { dateTime: '2026-03-18T16:00:00Z' },
        end: { dateTime: '2026-03-18T17:00:00Z' },
      });
      const result = await push(channel.id, channel.token);
      expect(result).toMatchObject({ processed: true, synced: true, applied: 1 });
      const after = (
        await ctx
          .sql()
          .db.selectFrom('calendar_connections')
          .select('sync_token')
          .where('business_id', '=', business.id)
          .executeTakeFirstOrThrow()
      ).sync_token;
      expect(after).not.toBe(before);
      expect(after).toBeTruthy();
      expect((await appointment(business, a.id)).start_time).toBe('2026-03-18T16:00:00.000Z');
    });

    it('unknown channel, wrong token and a replayed message number change nothing', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-19T15:00:00Z');
      const channel = channelOf(await watch(business));
      google.ownerPut({ ...google.events.get(a.calendar_event_id)!, status: 'cancelled' });
      const lists = () => google.calls('GET', '/events').length;
      const listed = lists();
      expect(await push('no-such-channel', channel.token)).toMatchObject({
        processed: false,
        reason: 'unknown_channel',
      });
      expect(await push(channel.id, 'wrong-token')).toMatchObject({
        processed: false,
        reason: 'invalid_token',
      });
      const missing = await app.inject({ method: 'POST', url: '/v1/calendar/google/push' });
      expect(missing.json()).toMatchObject({ processed: false, reason: 'missing_channel_headers' });
      expect(lists()).toBe(listed);
      expect((await appointment(business, a.id)).status).toBe('SCHEDULED');

      expect(await push(channel.id, channel.token, 'exists', '9001')).toMatchObject({ processed: true });
      expect((await appointment(business, a.id)).status).toBe('CANCELLED');
      const afterFirst = lists();
      expect(await push(channel.id, channel.token, 'exists', '9001')).toMatchObject({
        processed: false,
        reason: 'duplicate_message',
      });
      expect(lists()).toBe(afterFirst);
    });

    it('pushes for one tenant never sync at the same time; a push during a sync is run after it', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-20T15:00:00Z');
      const channel = channelOf(await watch(business));
      google.ownerPut({
        ...google.events.get(a.calendar_event_id)!,
        start: { dateTime: '2026-03-20T16:00:00Z' },
        end: { dateTime: '2026-03-20T17:00:00Z' },
      });
      const results = await Promise.all([push(channel.id, channel.token), push(channel.id, channel.token)]);
      expect(
        results.filter((r) => r.reason === 'queued').length + results.filter((r) => r.synced).length,
      ).toBe(2);
      expect((await appointment(business, a.id)).start_time).toBe('2026-03-20T16:00:00.000Z');
    });

    it('the sweep renews a channel before it expires, once across instances, and stops the old one', async () => {
      const business = await tenant();
      const first = await watch(business, { ttl_seconds: 3600 });
      const saved = clock.now();
      try {
        // Far from expiry: nothing to renew.
        expect(await services.calendar.watch.renewDue()).toBe(0);
        // Each tenant calls Google with its own access token: it tells this tenant's calls apart.
        const auth = google
          .calls('POST', '/events/watch')
          .find((r) => r.body?.id === first.channel_id)!.authorization;
        clock.set(new Date(first.channel_expires_at).getTime() - 10 * 60_000);
        const [a, b] = await Promise.all([
          services.calendar.watch.renewDue(),
          services.calendar.watch.renewDue(),
        ]);
        // Other tenants' channels may be due too; this one was renewed by exactly one sweep.
        expect(a + b).toBeGreaterThanOrEqual(1);
        const watchesOfThisTenant = google
          .calls('POST', '/events/watch')
          .filter((r) => r.authorization === auth);
        expect(watchesOfThisTenant).toHaveLength(2); // the owner's watch and one renewal
        const row = await ctx
          .sql()
          .db.selectFrom('calendar_connections')
          .selectAll()
          .where('business_id', '=', business.id)
          .executeTakeFirstOrThrow();
        expect(row.channel_id).not.toBe(first.channel_id);
        expect(row.channel_ttl_seconds).toBe(3600);
        expect(row.renew_claimed_at).toBeNull();
        expect(google.channels.has(first.channel_id)).toBe(false);
        expect(google.channels.get(row.channel_id!)).toMatchObject({
          address: 'https://app.example.com/v1/calendar/google/push',
        });
      } finally {
        clock.set(saved);
      }
    });

    it('accepts a push whatever its body and Content-Type, and a watch without a body', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-27T15:00:00Z');
      const response = await app.inject({
        method: 'POST',
        url: '/v1/calendar/google/watch',
        headers: owner(business),
      });
      expect(response.json()).toMatchObject({ created: true });
      const channel = channelOf(response.json());
      google.ownerPut({ ...google.events.get(a.calendar_event_id)!, status: 'cancelled' });
      const headers = {
        'x-goog-channel-id': channel.id,
        'x-goog-channel-token': channel.token,
        'x-goog-resource-state': 'exists',
      };
      const empty = await app.inject({
        method: 'POST',
        url: '/v1/calendar/google/push',
        headers: {
          ...headers,
          'content-type': 'application/json; charset=UTF-8',
          'x-goog-message-number': '1',
        },
        payload: '',
      });
      expect(empty.json()).toMatchObject({ processed: true, applied: 1 });
      const odd = await app.inject({
        method: 'POST',
        url: '/v1/calendar/google/push',
        headers: { ...headers, 'content-type': 'application/octet-stream', 'x-goog-message-number': '2' },
        payload: 'ignored',
      });
      expect(odd.statusCode).toBe(200);
      expect((await appointment(business, a.id)).status).toBe('CANCELLED');
    });

    it('watch for a tenant without a calendar says so', async () => {
      const business = await createBusiness(app, {});
      expect(await watch(business)).toMatchObject({ created: false, reason: 'not_connected' });
    });
  });

  describe('relay webhook', () => {
    async function relay(
      payload: object,
      headers: Record<string, string> = { 'x-calendar-webhook-secret': WEBHOOK_SECRET },
    ) {
      return app.inject({ method: 'POST', url: '/v1/calendar/google/webhook', headers, payload });
    }

    it('reads naive times in an IANA tenant zone and in a fixed-offset one', async () => {
      const chicago = await tenant();
      const fixed = await tenant({ time_zone: '-06:00' });
      const a = await book(chicago, '2026-03-23T15:00:00Z');
      const b = await book(fixed, '2026-03-23T15:00:00Z');
      const first = await relay({
        business_id: chicago.id,
        event_id: a.calendar_event_id,
        start: '2026-03-24T09:00',
        end: '2026-03-24T10:00',
      });
      expect(first.json()).toEqual({ processed: true, reason: null });
      expect((await appointment(chicago, a.id)).start_time).toBe('2026-03-24T14:00:00.000Z'); // CDT
      await relay({
        event_id: b.calendar_event_id,
        start: '2026-03-24T09:00:00',
        end: '2026-03-24T10:00:00',
      });
      expect((await appointment(fixed, b.id)).start_time).toBe('2026-03-24T15:00:00.000Z');
    });

    it('cancels with the status, and accepts the owner’s own credentials', async () => {
      const business = await tenant();
      const a = await book(business, '2026-03-25T15:00:00Z');
      const response = await relay({ event_id: a.calendar_event_id, status: 'cancelled' }, owner(business));
      expect(response.json()).toMatchObject({ processed: true });
      expect((await appointment(business, a.id)).status).toBe('CANCELLED');
    });

    it('refuses a missing or wrong secret, and another tenant’s owner cannot touch the appointment', async () => {
      const business = await tenant();
      const other = await tenant();
      const a = await book(business, '2026-03-26T15:00:00Z');
      const change = { event_id: a.calendar_event_id, status: 'cancelled' };
      expect((await relay(change, {})).statusCode).toBe(401);
      expect(
        (await relay(change, { 'x-calendar-webhook-secret': 'wrong-secret-0123456789' })).statusCode,
      ).toBe(401);
      const foreign = await relay(change, owner(other));
      expect(foreign.json()).toMatchObject({ processed: false, reason: 'unknown_event' });
      expect((await relay({ ...change, business_id: business.id }, owner(other))).json()).toMatchObject({
        processed: false,
      });
      expect((await appointment(business, a.id)).status).toBe('SCHEDULED');
      expect((await relay({ event_id: '' })).statusCode).toBe(422);
    });
  });

  describe('free/busy in availability', () => {
    it("the owner's own events block slots; Google down uses the last answer, else offers nothing", async () => {
      const business = await tenant();
      const search = () =>
        app.inject({
          method: 'GET',
          url: '/v1/owner/availability?date=2026-03-04&limit=20',
          headers: owner(business),
        });
      const free = (await search()).json().items.map((slot: { start_time: string }) => slot.start_time);
      expect(free).toContain('2026-03-04T15:00:00.000Z');
      google.ownerPut({
        id: 'ownerbusy1',
        status: 'confirmed',
        start: { dateTime: '2026-03-04T15:00:00Z' },
        end: { dateTime: '2026-03-04T17:00:00Z' },
      });
      services.calendar.busy.invalidate(business.id);
      const blocked = (await search()).json().items.map((slot: { start_time: string }) => slot.start_time);
      expect(blocked).not.toContain('2026-03-04T15:00:00.000Z');
      expect(blocked).not.toContain('2026-03-04T16:00:00.000Z');

      // Past the short cache, Google fails: the last answer is used (the busy time still blocks).
      clock.advance(2 * 60_000);
      google.failNext({ kind: 'status', status: 503 });
      const stale = await search();
      expect(stale.statusCode).toBe(200);
      expect(stale.json().items.map((slot: { start_time: string }) => slot.start_time)).not.toContain(
        '2026-03-04T15:00:00.000Z',
      );

      // With nothing known, no free time is invented.
      services.calendar.busy.invalidate(business.id);
      google.failNext({ kind: 'status', status: 503 });
      const unknown = await search();
      expect(unknown.statusCode).toBe(503);
      const metrics = await services.metrics.snapshot();
      expect(metrics.calendar_busy_by_outcome).toMatchObject({
        stale: expect.any(Number),
        unavailable: expect.any(Number),
      });
    });
  });
});
