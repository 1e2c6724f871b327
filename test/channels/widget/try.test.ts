import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedIn } from '../../accounts/helpers.js';
import { describeEachDialect } from '../../helpers/dialects.js';
import { type ManualClock, manualClock } from '../../helpers/manual-clock.js';
import { buildTestApp, type TestBusiness } from '../../helpers/test-app.js';
import { ownerGet, patchBusiness, startChat, widgetBusiness } from './setup.js';

// "Try the assistant" (the dashboard's test chat) and the owner's widget token rotation, on both
// dialects: the same chat service as the widget, owner credentials, the conversation marked is_test.

const BOOKING_LINES = [
  "hi this is dana diaz my kitchen sink is leaking i'm at 12 elm street can someone come tomorrow afternoon",
  'the first one',
  'yes',
];

describeEachDialect('try the assistant', (ctx) => {
  let app: FastifyInstance;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = manualClock('2031-03-04T15:00:00Z');
    ({ app } = await buildTestApp({
      env: { JWT_SECRET: 'j'.repeat(40) },
      overrides: { sql: ctx.sql(), clock },
    }));
  });
  afterAll(async () => {
    await app?.close();
  });

  const owner = (business: TestBusiness) => ({ 'x-api-key': business.apiKey });
  const tryStart = (headers: Record<string, string>, payload?: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/v1/owner/try/start', headers, ...(payload ? { payload } : {}) });
  const tryMessage = (headers: Record<string, string>, id: string, text: string) =>
    app.inject({ method: 'POST', url: `/v1/owner/try/${id}/message`, headers, payload: { text } });

  it('books through a test chat on a tenant with no allowed origins; the conversation says is_test', async () => {
    const business = await widgetBusiness(app, { widget_allowed_origins: [] });
    const started = await tryStart(owner(business), { name: 'Dana Diaz', phone: '(512) 555-0177' });
    expect(started.statusCode, started.body).toBe(201);
    const { conversation_id, reply_text } = started.json();
    expect(conversation_id).toMatch(/^conv_/);
    expect(reply_text).toContain('Widget Plumbing');

    let last = { reply_text: '', done: true, conversation_id: '' };
    for (const text of BOOKING_LINES) {
      const response = await tryMessage(owner(business), conversation_id, text);
      expect(response.statusCode, response.body).toBe(200);
      last = response.json();
    }
    expect(last).toMatchObject({ conversation_id, done: false });
    expect(last.reply_text).toContain("You're all set");

    const { items } = await ownerGet(app, business, '/v1/crm/appointments');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: 'web', customer_phone: '+15125550177', status: 'SCHEDULED' });
    const detail = await ownerGet(app, business, `/v1/crm/conversations/${conversation_id}`);
    expect(detail).toMatchObject({ channel: 'web', is_test: true });
    expect(detail.messages.filter((m: { role: string }) => m.role === 'user')).toHaveLength(3);
  });

  it('marks only test chats: a visitor’s widget chat is not a test', async () => {
    const business = await widgetBusiness(app);
    const test = (await tryStart(owner(business))).json().conversation_id;
    const visitor = (await startChat(app, business)).json().conversation_id;
    const { items } = await ownerGet(app, business, '/v1/crm/conversations');
    const flags = Object.fromEntries(items.map((c: { id: string; is_test: boolean }) => [c.id, c.is_test]));
    expect(flags).toEqual({ [test]: true, [visitor]: false });
  });

  it('lets owners and staff try, not viewers; needs credentials', async () => {
    const business = await widgetBusiness(app);
    const staff = await signedIn(app, business.apiKey, 'staff');
    const viewer = await signedIn(app, business.apiKey, 'viewer');
    const started = await tryStart(staff.bearer);
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().conversation_id;
    expect((await tryMessage(staff.bearer, id, 'hello')).statusCode).toBe(200);

    const refused = await tryStart(viewer.bearer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('INSUFFICIENT_ROLE');
    expect((await tryMessage(viewer.bearer, id, 'hello')).statusCode).toBe(403);
    expect((await tryStart({})).statusCode).toBe(401);
    expect((await tryStart({ 'x-widget-token': business.widgetToken })).statusCode).toBe(401);
  });

  it('answers 404 for another tenant’s test chat and for a visitor’s chat, changing nothing', async () => {
    const a = await widgetBusiness(app);
    const b = await widgetBusiness(app);
    const aTest = (await tryStart(owner(a))).json().conversation_id;
    const aVisitor = (await startChat(app, a)).json().conversation_id;
    for (const [headers, id] of [
      [owner(b), aTest],
      [owner(a), aVisitor],
      [owner(a), 'conv_unknown'],
    ] as const) {
      const response = await tryMessage(headers, id, 'hello');
      expect(response.statusCode, id).toBe(404);
      expect(response.json().code).toBe('CONVERSATION_NOT_FOUND');
    }
    const detail = await ownerGet(app, a, `/v1/crm/conversations/${aTest}`);
    expect(detail.message_count).toBe(1);
  });

  it('pauses in lockdown (423) and refuses a bad phone (422)', async () => {
    const business = await widgetBusiness(app);
    expect((await tryStart(owner(business), { phone: 'not a phone' })).statusCode).toBe(422);
    expect((await tryStart(owner(business), { extra: 1 })).statusCode).toBe(422);
    await patchBusiness(app, business, { lockdown_mode: true });
    const locked = await tryStart(owner(business));
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('LOCKDOWN');
  });
});

describeEachDialect('owner widget token', (ctx) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ app } = await buildTestApp({ env: { JWT_SECRET: 'j'.repeat(40) }, overrides: { sql: ctx.sql() } }));
  });
  afterAll(async () => {
    await app?.close();
  });

  const rotate = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/v1/owner/widget-token', headers });
  const widgetBusinessWith = (token: string) =>
    app.inject({ url: '/v1/widget/business', headers: { 'x-widget-token': token } });

  it('rotates the token for an owner: the new one works, the old one stops at once', async () => {
    const business = await widgetBusiness(app);
    const response = await rotate({ 'x-api-key': business.apiKey });
    expect(response.statusCode, response.body).toBe(200);
    const { widget_token } = response.json();
    expect(widget_token).toMatch(/^wt_/);
    expect(widget_token).not.toBe(business.widgetToken);
    expect((await widgetBusinessWith(widget_token)).statusCode).toBe(200);
    expect((await widgetBusinessWith(business.widgetToken)).statusCode).toBe(401);
    // Shown once: the settings never carry it.
    const settings = await ownerGet(app, business, '/v1/owner/business');
    expect(JSON.stringify(settings)).not.toContain(widget_token);

    const signedOwner = await signedIn(app, business.apiKey, 'owner');
    expect((await rotate(signedOwner.bearer)).statusCode).toBe(200);
  });

  it('is for owners only', async () => {
    const business = await widgetBusiness(app);
    for (const role of ['staff', 'viewer'] as const) {
      const user = await signedIn(app, business.apiKey, role);
      const response = await rotate(user.bearer);
      expect(response.statusCode, role).toBe(403);
      expect(response.json().code).toBe('INSUFFICIENT_ROLE');
    }
    expect((await rotate({})).statusCode).toBe(401);
    expect((await widgetBusinessWith(business.widgetToken)).statusCode).toBe(200);
  });
});
