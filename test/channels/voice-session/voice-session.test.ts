import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../../../src/app.js';
import { EXPIRED_GRACE_MS } from '../../../src/modules/channels/voice-session/voice-session.model.js';
import { type ManualClock, manualClock } from '../../helpers/manual-clock.js';
import { adminRequest, buildTestApp, createBusiness, type TestBusiness } from '../../helpers/test-app.js';
import { wavClip } from './fake-speech-server.js';

// The voice-session and telephony APIs with the real assistant on the embedded default, text only
// (no speech providers configured): happy paths in the reference load scripts' shapes, credentials,
// tenant isolation, lockdown, expiry, ended sessions and refused input.

const TTL_SECONDS = 600;
const CALLER = '+15125550142';
const LOAD_TEXTS = [
  'John Test',
  '123 Main Street, Merriam Kansas',
  'my water heater is leaking and I need service',
];

let built: BuiltApp;
let app: FastifyInstance;
let clock: ManualClock;
let tenant: TestBusiness;
let other: TestBusiness;

beforeAll(async () => {
  clock = manualClock('2031-03-04T15:00:00Z');
  built = await buildTestApp({ env: { SESSION_TTL_SECONDS: String(TTL_SECONDS) }, overrides: { clock } });
  app = built.app;
  tenant = await createBusiness(app, { name: 'Voice Plumbing', owner_phone: '+15125550100' });
  other = await createBusiness(app, { name: 'Other Plumbing' });
});
afterAll(async () => {
  await app?.close();
});

const key = (business: TestBusiness) => ({ 'x-api-key': business.apiKey });

function post(url: string, payload?: object, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url, headers, ...(payload === undefined ? {} : { payload }) });
}

async function start(business = tenant, payload: object = { caller_phone: CALLER }): Promise<string> {
  const response = await post('/v1/voice/session/start', payload, key(business));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().session_id as string;
}

const input = (id: string, payload: object, business: TestBusiness | null = tenant) =>
  post(`/v1/voice/session/${id}/input`, payload, business ? key(business) : {});

function expectProblem(response: LightMyRequestResponse, status: number, code?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  if (code) expect(response.json().code).toBe(code);
}

describe('voice sessions: happy paths', () => {
  it('starts with the greeting, in the documented shape', async () => {
    const response = await post('/v1/voice/session/start', { caller_phone: CALLER }, key(tenant));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.session_id).toMatch(/^vs_[A-Za-z0-9_-]{24}$/);
    expect(body.reply_text.length).toBeGreaterThan(0);
    expect(body.audio).toBeNull();
    expect(body.audio_error).toBeNull();
    expect(body.session_state).toMatchObject({
      session_id: body.session_id,
      status: 'active',
      language: 'en',
      turns: 0,
      done: false,
      expires_at: new Date(clock.now().getTime() + TTL_SECONDS * 1000).toISOString(),
    });
  });

  it('plays the reference voice load script: start, three text turns, end (all with its headers)', async () => {
    const headers = { 'x-api-key': tenant.apiKey, 'x-business-id': tenant.id };
    const started = await post(
      '/v1/voice/session/start',
      { caller_phone: '555-0000', lead_source: 'Load Test' },
      headers,
    );
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().session_id as string;
    for (const [index, text] of LOAD_TEXTS.entries()) {
      const turn = await post(`/v1/voice/session/${id}/input`, { text }, headers);
      expect(turn.statusCode, turn.body).toBe(200);
      expect(turn.json().reply_text.length).toBeGreaterThan(0);
      expect(turn.json().session_state).toMatchObject({ status: 'active', turns: index + 1 });
      expect(turn.json().audio).toBeNull();
    }
    const ended = await app.inject({ method: 'POST', url: `/v1/voice/session/${id}/end`, headers });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      status: `ended:${id}`,
      session_id: id,
      session_state: { status: 'ended' },
    });
  });

  it('plays the reference telephony load script: inbound with headers, audio and end without', async () => {
    const inbound = await post(
      '/telephony/inbound',
      { caller_phone: '555-0000', lead_source: 'Load Test' },
      key(tenant),
    );
    expect(inbound.statusCode, inbound.body).toBe(201);
    const id = inbound.json().session_id as string;
    expect(inbound.json()).toMatchObject({ session_state: { status: 'active' }, audio: null });
    for (const text of LOAD_TEXTS) {
      const turn = await post('/telephony/audio', { session_id: id, text });
      expect(turn.statusCode, turn.body).toBe(200);
    }
    const ended = await post('/telephony/end', { session_id: id });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().status).toBe(`ended:${id}`);
  });

  it('serves the same sessions under /v1/telephony and /v1/voice/session', async () => {
    const inbound = await post('/v1/telephony/inbound', {}, key(tenant));
    expect(inbound.statusCode).toBe(201);
    const id = inbound.json().session_id as string;
    const viaVoice = await input(id, { text: 'my kitchen sink is leaking' });
    expect(viaVoice.statusCode).toBe(200);
    const viaTelephony = await post(
      '/v1/telephony/audio',
      { session_id: id, text: 'tomorrow morning' },
      key(tenant),
    );
    expect(viaTelephony.json().session_state.turns).toBe(2);
    expect((await post('/v1/telephony/end', { session_id: id }, key(tenant))).statusCode).toBe(200);
  });

  it('keeps the transcript in the CRM and settles an unbooked session as a callback', async () => {
    const id = await start();
    await input(id, { text: 'hi this is dana diaz my kitchen sink is leaking' });
    await input(id, { text: '12 elm street' });
    expect((await post(`/v1/voice/session/${id}/end`, undefined, key(tenant))).statusCode).toBe(200);
    const callbacks = await app.inject({ url: '/v1/owner/callbacks', headers: key(tenant) });
    const mine = (callbacks.json().items as Array<{ phone: string; reason: string }>).filter(
      (c) => c.phone === CALLER,
    );
    expect(mine.map((c) => c.reason)).toEqual(['PARTIAL_INTAKE']);
    const conversations = await app.inject({ url: '/v1/crm/conversations', headers: key(tenant) });
    const channels = (conversations.json().items as Array<{ channel: string }>).map((c) => c.channel);
    expect(channels).toContain('api');
  });

  it('takes "yes" twice in a row as two turns, and blank text as silence', async () => {
    const id = await start();
    const first = await input(id, { text: 'yes' });
    const second = await input(id, { text: 'yes' });
    expect(second.json().session_state.turns).toBe(first.json().session_state.turns + 1);
    const silence = await input(id, { text: '   ' });
    expect(silence.statusCode).toBe(200);
    expect(silence.json().reply_text.length).toBeGreaterThan(0);
    expect((await input(id, {})).statusCode).toBe(200);
  });
});

describe('voice sessions: credentials and tenants', () => {
  it('refuses a start without or with a wrong credential (401) and creates nothing', async () => {
    const conversations = async () =>
      (await app.inject({ url: '/v1/crm/conversations?limit=200', headers: key(tenant) })).json().items
        .length;
    const before = await conversations();
    expectProblem(await post('/v1/voice/session/start', {}), 401);
    expectProblem(await post('/v1/voice/session/start', {}, { 'x-api-key': 'tk_wrong' }), 401);
    expectProblem(await post('/telephony/inbound', {}, { 'x-widget-token': tenant.widgetToken }), 401);
    expectProblem(await post('/v1/voice/session/start', {}, { 'x-business-id': tenant.id }), 401);
    expect(await conversations()).toBe(before);
  });

  it('answers 404 for another tenant’s session, on every route, and leaves it untouched', async () => {
    const id = await start(tenant);
    expectProblem(await input(id, { text: 'hello' }, other), 404, 'SESSION_NOT_FOUND');
    expectProblem(await post(`/v1/voice/session/${id}/end`, undefined, key(other)), 404);
    expectProblem(await post('/telephony/audio', { session_id: id, text: 'hello' }, key(other)), 404);
    expectProblem(await post('/v1/telephony/end', { session_id: id }, key(other)), 404);
    const mine = await input(id, { text: 'hello' });
    expect(mine.json().session_state).toMatchObject({ status: 'active', turns: 1 });
  });

  it('needs credentials on the voice-session routes but not on telephony audio and end', async () => {
    const id = await start();
    expectProblem(await input(id, { text: 'hello' }, null), 401);
    expectProblem(await post(`/v1/voice/session/${id}/end`), 401);
    expect((await post('/telephony/audio', { session_id: id, text: 'hello' })).statusCode).toBe(200);
  });

  it('refuses wrong credentials on telephony audio and end even with a valid session id', async () => {
    const id = await start();
    expectProblem(
      await post('/telephony/audio', { session_id: id, text: 'hi' }, { 'x-api-key': 'tk_wrong' }),
      401,
    );
    expectProblem(await post('/telephony/end', { session_id: id }, { 'x-api-key': 'tk_wrong' }), 401);
    expectProblem(
      await post(
        '/telephony/audio',
        { session_id: id, text: 'hi' },
        { 'x-widget-token': tenant.widgetToken },
      ),
      401,
    );
    const state = await post('/telephony/audio', { session_id: id, text: 'hi' }, key(tenant));
    expect(state.json().session_state.turns).toBe(1);
  });

  it('answers 404 for unknown sessions', async () => {
    expectProblem(await input('vs_unknown', { text: 'hi' }), 404, 'SESSION_NOT_FOUND');
    expectProblem(await post('/telephony/audio', { session_id: 'vs_unknown', text: 'hi' }), 404);
    expectProblem(await post('/telephony/end', { session_id: 'vs_unknown' }), 404);
  });
});

describe('voice sessions: lockdown', () => {
  it('answers 423 on every route while the tenant is locked down, and works again after', async () => {
    const locked = await createBusiness(app, { name: 'Locked Plumbing' });
    const id = await start(locked);
    const lock = (enabled: boolean) => post('/v1/owner/lockdown', { enabled }, key(locked));
    expect((await lock(true)).statusCode).toBe(200);
    expectProblem(await post('/v1/voice/session/start', {}, key(locked)), 423);
    expectProblem(await post('/telephony/inbound', {}, key(locked)), 423);
    expectProblem(await input(id, { text: 'hello' }, locked), 423);
    expectProblem(await post('/telephony/audio', { session_id: id, text: 'hello' }), 423);
    expectProblem(await post('/telephony/end', { session_id: id }), 423);
    expectProblem(await post(`/v1/voice/session/${id}/end`, undefined, key(locked)), 423);
    expect((await lock(false)).statusCode).toBe(200);
    const after = await input(id, { text: 'hello' }, locked);
    expect(after.json().session_state.turns).toBe(1);
  });
});

describe('voice sessions: suspension', () => {
  it('answers 403 BUSINESS_SUSPENDED on every route of a suspended tenant', async () => {
    const suspended = await createBusiness(app, { name: 'Suspended Plumbing' });
    const id = await start(suspended);
    const patch = await adminRequest(app, {
      method: 'PATCH',
      url: `/v1/admin/businesses/${suspended.id}`,
      payload: { status: 'suspended' },
    });
    expect(patch.statusCode).toBe(200);
    expectProblem(await post('/telephony/inbound', {}, key(suspended)), 403, 'BUSINESS_SUSPENDED');
    expectProblem(await input(id, { text: 'hello' }, suspended), 403, 'BUSINESS_SUSPENDED');
    expectProblem(
      await post('/telephony/audio', { session_id: id, text: 'hello' }),
      403,
      'BUSINESS_SUSPENDED',
    );
  });
});

describe('voice sessions: expiry and end', () => {
  it('answers 409 SESSION_EXPIRED once idle for the TTL, then 404 after the grace period', async () => {
    const id = await start();
    clock.advance(TTL_SECONDS * 1000 - 1000);
    expect((await input(id, { text: 'still here' })).statusCode).toBe(200);
    clock.advance(TTL_SECONDS * 1000);
    expectProblem(await input(id, { text: 'hello?' }), 409, 'SESSION_EXPIRED');
    expectProblem(await post('/telephony/audio', { session_id: id, text: 'hello?' }), 409, 'SESSION_EXPIRED');
    expectProblem(await post('/telephony/end', { session_id: id }), 409, 'SESSION_EXPIRED');
    clock.advance(EXPIRED_GRACE_MS);
    expectProblem(await input(id, { text: 'hello?' }), 404, 'SESSION_NOT_FOUND');
  });

  it('answers 409 SESSION_ENDED to input after the end; ending again answers the same', async () => {
    const id = await start();
    const first = await post(`/v1/voice/session/${id}/end`, undefined, key(tenant));
    const again = await post('/telephony/end', { session_id: id });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expectProblem(await input(id, { text: 'one more thing' }), 409, 'SESSION_ENDED');
  });
});

describe('voice sessions: refused input changes nothing', () => {
  const audio = { data: wavClip().toString('base64'), content_type: 'audio/wav' };

  it('refuses audio without text when speech recognition is not configured (422)', async () => {
    const id = await start();
    const response = await input(id, { audio });
    expectProblem(response, 422, 'SPEECH_NOT_CONFIGURED');
    expect(response.json().errors).toEqual([
      { path: 'body.audio', message: 'speech recognition is not configured' },
    ]);
    // Text wins: the same audio beside text is not transcribed.
    const withText = await input(id, { text: 'my sink is leaking', audio });
    expect(withText.json().session_state.turns).toBe(1);
  });

  it('refuses audio that is not base64, empty, of an unknown type or unrecognisable (422)', async () => {
    const id = await start();
    for (const bad of [
      'not base64!',
      '',
      { data: audio.data, content_type: 'text/plain' },
      Buffer.from('just some text bytes').toString('base64'),
    ]) {
      expectProblem(await input(id, { audio: bad }), 422);
    }
    expect((await input(id, { text: 'hello' })).json().session_state.turns).toBe(1);
  });

  it('refuses audio over the size limit with 413, in the JSON or over the body limit', async () => {
    const id = await start();
    const justOver = Buffer.alloc(2 * 1024 * 1024 + 3).toString('base64');
    expectProblem(
      await input(id, { audio: { data: justOver, content_type: 'audio/wav' } }),
      413,
      'AUDIO_TOO_LARGE',
    );
    const huge = 'A'.repeat(4 * 1024 * 1024);
    expectProblem(await post('/telephony/audio', { session_id: id, audio: huge }), 413);
    expect((await input(id, { text: 'hello' })).json().session_state.turns).toBe(1);
  });

  it('refuses malformed bodies: unknown fields 422, broken JSON 400', async () => {
    const id = await start();
    expectProblem(await input(id, { text: 'hi', extra: 1 }), 422);
    expectProblem(await post('/telephony/audio', { text: 'hi' }), 422);
    expectProblem(await post('/v1/voice/session/start', { caller_phone: 5 }, key(tenant)), 422);
    const broken = await app.inject({
      method: 'POST',
      url: `/v1/voice/session/${id}/input`,
      headers: { ...key(tenant), 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expectProblem(broken, 400);
    expect((await input(id, { text: 'hello' })).json().session_state.turns).toBe(1);
  });
});

describe('voice sessions: credentials of the tenant integration', () => {
  it('take the API key without X-Owner-Token, and X-Business-ID alone in development', async () => {
    const devApp = (
      await buildTestApp({
        env: { OWNER_DASHBOARD_TOKEN: 'owner-dashboard-token-0123456789', REQUIRE_BUSINESS_API_KEY: 'false' },
      })
    ).app;
    try {
      const business = await createBusiness(devApp, { name: 'Dev Plumbing' });
      const owner = await devApp.inject({
        url: '/v1/owner/business',
        headers: { 'x-api-key': business.apiKey },
      });
      expect(owner.statusCode).toBe(401);
      const started = await devApp.inject({
        method: 'POST',
        url: '/v1/voice/session/start',
        headers: { 'x-api-key': business.apiKey },
        payload: {},
      });
      expect(started.statusCode, started.body).toBe(201);
      const dev = await devApp.inject({
        method: 'POST',
        url: `/v1/voice/session/${started.json().session_id}/input`,
        headers: { 'x-business-id': business.id },
        payload: { text: 'hello' },
      });
      expect(dev.statusCode, dev.body).toBe(200);
    } finally {
      await devApp.close();
    }
  });
});
