import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Services } from '../../src/app.js';
import { createIdleSessionSweep } from '../../src/modules/channels/idle-sessions.js';
import { RecordingSmsSender } from '../../src/modules/notifications/recording-sms-sender.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { manualClock } from '../helpers/manual-clock.js';
import { buildTestApp } from '../helpers/test-app.js';
import { ownerGet, sendMessage, startChat, widgetBusiness } from './widget/setup.js';

// A visitor who tells the chat their problem and name, then closes the tab: nothing says the chat
// ended, so the sweep settles it once it has been idle as long as a session lives, and the owner
// gets a callback with what was said.

const TTL_SECONDS = 600;

describeEachDialect('idle web chats are settled', (ctx) => {
  let app: FastifyInstance;
  let services: Services;
  const clock = manualClock('2031-03-04T15:00:00Z');
  beforeAll(async () => {
    ({ app, services } = await buildTestApp({
      env: { SESSION_TTL_SECONDS: String(TTL_SECONDS) },
      overrides: { sql: ctx.sql(), clock, sms: new RecordingSmsSender() },
    }));
  });
  afterAll(async () => {
    await app?.close();
  });

  const sweep = () =>
    createIdleSessionSweep({
      conversations: services.conversations,
      tenants: services.tenants,
      assistant: services.assistant,
      idleMs: TTL_SECONDS * 1000,
      log: { warn: () => undefined },
    }).sweep(clock.now());

  it('turns a walked-away chat into one callback and closes it, once', async () => {
    const business = await widgetBusiness(app);
    const started = await startChat(app, business, { customer_phone: '+15125550177' });
    const chatId = started.json().conversation_id as string;
    await sendMessage(app, business, chatId, 'my kitchen sink is leaking under the cabinet');
    await sendMessage(app, business, chatId, 'this is dana whitfield');

    clock.set(new Date(clock.now().getTime() + (TTL_SECONDS - 60) * 1000).toISOString());
    expect(await sweep()).toBe(0);

    clock.set(new Date(clock.now().getTime() + 120 * 1000).toISOString());
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    const callbacks = (await ownerGet(app, business, '/v1/owner/callbacks')).items;
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ reason: 'PARTIAL_INTAKE', phone: '+15125550177' });
    expect(callbacks[0].summary).toMatch(/sink/i);
    const conversation = await ownerGet(app, business, `/v1/crm/conversations/${chatId}`);
    expect(conversation.status).toBe('CLOSED');

    // Swept again later: nothing new.
    clock.set(new Date(clock.now().getTime() + 3_600_000).toISOString());
    await sweep();
    expect((await ownerGet(app, business, '/v1/owner/callbacks')).items).toHaveLength(1);
  });

  it('leaves a chat that is still going alone', async () => {
    const business = await widgetBusiness(app);
    const started = await startChat(app, business, { customer_phone: '+15125550178' });
    const chatId = started.json().conversation_id as string;
    await sendMessage(app, business, chatId, 'my water heater is making a banging noise');
    await sweep();
    const conversation = await ownerGet(app, business, `/v1/crm/conversations/${chatId}`);
    expect(conversation.status).toBe('OPEN');
  });
});
