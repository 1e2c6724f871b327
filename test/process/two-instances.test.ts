import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGoogle, startFakeGoogle } from '../calendar/fake-google.js';
import { googleEnv } from '../calendar/helpers.js';
import { TEST_DATABASE_URL } from '../helpers/dialects.js';
import { type ServiceProcess, startService } from '../helpers/service-process.js';

// Two service processes on different ports sharing one PostgreSQL database and one Redis, as two
// instances behind a load balancer without stickiness: every request alternates between them.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN_KEY = 'two-instances-admin-key-0123456789abcdef';
const TWILIO_TOKEN = 'two-instances-twilio-token-0123456789';
const CALLER = '+17735550121';
const NUMBER = `+1512555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const up = await reachable();
if (!up && process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${TEST_DATABASE_URL}`);

describe.skipIf(!up)('two instances, one system', () => {
  const database = `two_instances_${randomBytes(5).toString('hex')}`;
  const databaseUrl = TEST_DATABASE_URL.replace(/\/[^/]*$/, `/${database}`);
  let admin: pg.Client;
  let a: ServiceProcess;
  let b: ServiceProcess;
  let businessId: string;
  let apiKey: string;
  let widgetToken: string;
  let google: FakeGoogle;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${database}`);
    google = await startFakeGoogle();
    // Google's client libraries in both processes talk to one fake Google (no PUBLIC_BASE_URL: the
    // Twilio signatures below are over each instance's own URL).
    const { PUBLIC_BASE_URL: _public, ...calendarEnv } = googleEnv(google, { GOOGLE_TIMEOUT_MS: '10000' });
    const env = {
      ...calendarEnv,
      ENVIRONMENT: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: `test:${process.pid}:${randomUUID()}:`,
      ADMIN_API_KEY: ADMIN_KEY,
      SEED_DEFAULT_BUSINESS: 'false',
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      REMINDER_INTERVAL_SECONDS: '1',
      // The call's turns come from 127.0.0.1 (whitelisted); the limit is probed from a forwarded
      // address, which counts because the "proxy" 127.0.0.1 is trusted.
      TRUST_PROXY: '127.0.0.1',
      RATE_LIMIT_WHITELIST_IPS: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1',
      RATE_LIMIT_BURST: '5',
    };
    // Both start at once: migrations must not race.
    [a, b] = await Promise.all([startService(env, 60_000), startService(env, 60_000)]);
    const created = await fetch(`${a.url}/v1/admin/businesses`, {
      method: 'POST',
      headers: { 'x-admin-api-key': ADMIN_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Twin Plumbing',
        time_zone: 'UTC',
        twilio_phone_number: NUMBER,
        business_hours: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
        ),
      }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; api_key: string; widget_token: string };
    businessId = body.id;
    apiKey = body.api_key;
    widgetToken = body.widget_token;
  }, 90_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await google?.close();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  const owner = (instance: ServiceProcess, path: string) =>
    fetch(`${instance.url}${path}`, { headers: { 'x-api-key': apiKey } });

  // Posts as Twilio does: signed over the URL it calls, which is the previous answer's
  // <Gather action> (the first request goes to the number's webhook URL).
  async function voice(
    instance: ServiceProcess,
    path: string,
    params: Record<string, string>,
  ): Promise<string> {
    const url = `${instance.url}${path}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  const actionOf = (twiml: string) =>
    /<Gather[^>]* action="([^"]+)"/.exec(twiml)?.[1]?.replaceAll('&amp;', '&');

  it('books a call whose turns alternate between the instances', async () => {
    const call = { CallSid: `CA${randomBytes(16).toString('hex')}`, From: CALLER, To: NUMBER };
    let twiml = await voice(a, '/v1/twilio/voice', call);
    expect(twiml).toContain('<Gather');
    const lines = [
      "hi this is kevin dorsey our water heater is leaking from the bottom i'm at 2716 north mozart street can somebody come tomorrow afternoon",
      'the first one works',
      'yes that works',
      'yes',
    ];
    const replies: string[] = [];
    for (const [turn, speech] of lines.entries()) {
      const instance = turn % 2 === 0 ? b : a;
      const action = actionOf(twiml);
      if (!action) break;
      twiml = await voice(instance, action, { ...call, SpeechResult: speech, Confidence: '0.9' });
      replies.push(twiml);
      const list = (await (await owner(a, '/v1/crm/appointments?limit=10')).json()) as { items: unknown[] };
      if (list.items.length > 0) break;
    }
    const appointments = (await (await owner(b, '/v1/crm/appointments?limit=10')).json()) as {
      items: Array<{ source: string; customer_phone: string; status: string }>;
    };
    expect(appointments.items, replies.join('\n---\n')).toHaveLength(1);
    expect(appointments.items[0]).toMatchObject({
      source: 'phone',
      customer_phone: CALLER,
      status: 'SCHEDULED',
    });
  }, 60_000);

  // The chat's record and the assistant's session live in Redis, so either instance continues it.
  it('continues (and books) a widget chat alternating between the instances', async () => {
    const phone = '+17735550188';
    const widget = async (instance: ServiceProcess, path: string, body: object) => {
      const response = await fetch(`${instance.url}${path}`, {
        method: 'POST',
        headers: { 'x-widget-token': widgetToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const started = await widget(a, '/v1/widget/start', { customer_phone: phone });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = String(started.body.conversation_id);
    const lines = [
      "hi this is maria lopez our kitchen drain is clogged i'm at 41 west lake street can someone come tomorrow afternoon",
      'the first one works',
      'yes please',
    ];
    const replies: unknown[] = [];
    for (const [turn, text] of lines.entries()) {
      const answer = await widget(turn % 2 === 0 ? b : a, `/v1/widget/${id}/message`, { text });
      replies.push(answer.body);
      expect(answer.status, JSON.stringify(replies)).toBe(200);
    }
    const appointments = (await (await owner(b, '/v1/crm/appointments?limit=10')).json()) as {
      items: Array<{ source: string; customer_phone: string; status: string }>;
    };
    const web = appointments.items.filter((item) => item.source === 'web');
    expect(web, JSON.stringify(replies)).toHaveLength(1);
    expect(web[0]).toMatchObject({ customer_phone: phone, status: 'SCHEDULED' });
    const transcript = (await (await owner(a, `/v1/crm/conversations/${id}`)).json()) as {
      channel: string;
      messages: Array<{ role: string; text: string }>;
    };
    expect(transcript.channel).toBe('web');
    expect(transcript.messages.filter((m) => m.role === 'user').map((m) => m.text)).toEqual(lines);
  }, 60_000);

  it('holds the rate limit across the instances', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const instance = i % 2 === 0 ? a : b;
      const response = await fetch(`${instance.url}/v1/widget/business`, {
        headers: { 'x-forwarded-for': '203.0.113.77' },
      });
      codes.push(response.status);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('sends a due reminder once, though both instances sweep every second', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const customer = await db.query<{ id: string }>(
        'select id from customers where business_id = $1 limit 1',
        [businessId],
      );
      const customerId = customer.rows[0]?.id;
      expect(customerId).toBeDefined();
      const start = new Date(Date.now() + 3 * 3_600_000).toISOString();
      const createdAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
      await db.query(
        `insert into appointments (id, business_id, customer_id, start_time, end_time, status, source,
           is_emergency, created_at, updated_at)
         values ($1, $2, $3, $4, $5, 'SCHEDULED', 'api', 0, $6, $6)`,
        [`apt_${randomBytes(8).toString('hex')}`, businessId, customerId, start, start, createdAt],
      );
      let reminders = 0;
      for (let i = 0; i < 40 && reminders === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const sent = await db.query(
          "select count(*)::int as n from sms_messages where kind = 'reminder' and business_id = $1",
          [businessId],
        );
        reminders = sent.rows[0].n;
      }
      // Three more sweeps of each instance: still one.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const sent = await db.query(
        "select count(*)::int as n from sms_messages where kind = 'reminder' and business_id = $1",
        [businessId],
      );
      expect(sent.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  }, 30_000);

  it('processes a calendar push once, though Google’s message reaches both instances', async () => {
    const headers = { 'x-api-key': apiKey, 'content-type': 'application/json' };
    // The owner connects Google Calendar on one instance; Google sends them back to the other.
    const connect = await fetch(`${a.url}/v1/calendar/google/connect`, { headers });
    expect(connect.status).toBe(200);
    const { authorization_url } = (await connect.json()) as { authorization_url: string };
    const state = new URL(authorization_url).searchParams.get('state') ?? '';
    const callback = await fetch(
      `${b.url}/v1/calendar/google/callback?code=good-code&state=${encodeURIComponent(state)}`,
    );
    expect(callback.status).toBe(200);

    const customer = await fetch(`${a.url}/v1/crm/customers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ phone: '+17735550177', name: 'Pat Calendar' }),
    });
    const customerId = ((await customer.json()) as { id: string }).id;
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    const booked = await fetch(`${b.url}/v1/crm/appointments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ customer_id: customerId, start_time: start.toISOString() }),
    });
    expect(booked.status).toBe(201);
    const appointment = (await booked.json()) as { id: string; calendar_event_id: string };
    // The event is written after the answer: wait for it as the owner would see it appear.
    for (let i = 0; i < 80 && !google.events.has(appointment.calendar_event_id); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const event = google.events.get(appointment.calendar_event_id);
    expect(event).toBeDefined();

    const watched = await fetch(`${a.url}/v1/calendar/google/watch`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ webhook_url: 'https://app.example.com/v1/calendar/google/push' }),
    });
    expect(watched.status).toBe(200);
    const channelId = ((await watched.json()) as { channel_id: string }).channel_id;
    const token = google.channels.get(channelId)?.token ?? '';

    // The owner moves the visit an hour later in Google; Google's notification is delivered to
    // both instances (a retry through the load balancer) with the same message number.
    const moved = new Date(start.getTime() + 3_600_000);
    google.ownerPut({
      ...(event as NonNullable<typeof event>),
      start: { dateTime: moved.toISOString() },
      end: { dateTime: new Date(moved.getTime() + 3_600_000).toISOString() },
    });
    const push = (instance: ServiceProcess) =>
      fetch(`${instance.url}/v1/calendar/google/push`, {
        method: 'POST',
        headers: {
          'x-goog-channel-id': channelId,
          'x-goog-channel-token': token,
          'x-goog-resource-state': 'exists',
          'x-goog-message-number': '7001',
        },
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as object }));
    const results = await Promise.all([push(a), push(b)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const processed = results.filter((r) => (r.body as { processed?: boolean }).processed === true);
    expect(processed).toHaveLength(1);
    expect(results.map((r) => r.body)).toContainEqual(
      expect.objectContaining({ processed: false, reason: 'duplicate_message' }),
    );
    const after = await owner(a, `/v1/crm/appointments/${appointment.id}`);
    expect(((await after.json()) as { start_time: string }).start_time).toBe(moved.toISOString());
  }, 30_000);
});
