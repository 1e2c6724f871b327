import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import type { Clock } from '../../platform/clock.js';
import { createTenantService } from '../tenants/tenants.service.js';
import { type ConversationService, createConversationService } from './conversations.service.js';
import { type CustomerService, createCustomerService } from './customers.service.js';

// A clock that stands still: every message of a burst shares one millisecond unless the service orders them.
const frozen: Clock = { now: () => new Date('2026-03-02T15:00:00.000Z') };

describeEachDialect('conversations service', (ctx) => {
  let conversations: ConversationService;
  let customers: CustomerService;
  let businessId: string;
  let otherId: string;
  beforeAll(async () => {
    const db = ctx.sql().db;
    const tenants = createTenantService({ db, clock: frozen });
    businessId = (await tenants.create({ name: 'Conv Co' })).id;
    otherId = (await tenants.create({ name: 'Other Conv Co' })).id;
    conversations = createConversationService({ db, clock: frozen });
    customers = createCustomerService({ db, clock: frozen });
  });

  it('returns the same conversation when a start is retried, even concurrently', async () => {
    const input = { channel: 'phone' as const, external_id: 'CA-retry-1', caller_phone: '(512) 555-0140' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => conversations.start(businessId, input)),
    );
    expect(new Set(results.map((r) => r.conversation.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0]!.conversation).toMatchObject({
      channel: 'phone',
      external_id: 'CA-retry-1',
      caller_phone: '+15125550140',
      status: 'OPEN',
    });
    const found = await conversations.findByExternal(businessId, 'phone', 'CA-retry-1');
    expect(found?.id).toBe(results[0]!.conversation.id);
    expect(await conversations.findByExternal(otherId, 'phone', 'CA-retry-1')).toBeNull();
  });

  it('starts a new conversation every time without an external id', async () => {
    const a = await conversations.start(businessId, { channel: 'web' });
    const b = await conversations.start(businessId, { channel: 'web' });
    expect(a.conversation.id).not.toBe(b.conversation.id);
  });

  it('links a known customer by the caller phone, and refuses another tenant customer', async () => {
    const { customer } = await customers.upsertByPhone(businessId, { phone: '512-555-0141', name: 'Lee' });
    const { conversation } = await conversations.start(businessId, {
      channel: 'sms',
      external_id: '+15125550141',
      caller_phone: '+1 512 555 0141',
    });
    expect(conversation.customer_id).toBe(customer.id);
    await expect(
      conversations.start(otherId, { channel: 'web', customer_id: customer.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps messages in the order they were appended within one millisecond', async () => {
    const { conversation } = await conversations.start(businessId, { channel: 'web' });
    const texts = ['hi', 'my sink leaks', 'tomorrow 9am?', 'yes', 'thanks'];
    for (const [i, text] of texts.entries()) {
      await conversations.appendMessage(businessId, conversation.id, {
        role: i % 2 === 0 ? 'user' : 'assistant',
        text,
      });
    }
    const detail = await conversations.get(businessId, conversation.id);
    expect(detail.messages.map((m) => m.text)).toEqual(texts);
    expect(detail.messages[1]).toMatchObject({ role: 'assistant' });
    expect(detail.message_count).toBe(5);
  });

  it('stores the text exactly as given', async () => {
    const { conversation } = await conversations.start(businessId, { channel: 'web' });
    const text = '  My card is 4111 1111 1111 1111, call 512-555-0199 — ¿sí?  ';
    await conversations.appendMessage(businessId, conversation.id, { role: 'user', text });
    expect((await conversations.get(businessId, conversation.id)).messages[0]!.text).toBe(text);
  });

  it('closes with an outcome and summary', async () => {
    const { conversation } = await conversations.start(businessId, {
      channel: 'phone',
      external_id: 'CA-close',
    });
    const closed = await conversations.close(businessId, conversation.id, {
      outcome: 'booked',
      summary: 'Booked',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'booked', summary: 'Booked' });
  });

  it('links a customer later', async () => {
    const { customer } = await customers.upsertByPhone(businessId, { phone: '512-555-0142' });
    const { conversation } = await conversations.start(businessId, { channel: 'web' });
    expect(conversation.customer_id).toBeNull();
    const linked = await conversations.linkCustomer(businessId, conversation.id, customer.id);
    expect(linked.customer_id).toBe(customer.id);
  });

  it('filters the list by channel, customer and start time', async () => {
    const { customer } = await customers.upsertByPhone(businessId, { phone: '512-555-0143' });
    await conversations.start(businessId, { channel: 'owner_chat', customer_id: customer.id });
    await conversations.start(businessId, { channel: 'api', customer_id: customer.id });
    const byChannel = await conversations.list(businessId, { channel: 'owner_chat' });
    expect(byChannel.items.every((c) => c.channel === 'owner_chat')).toBe(true);
    expect(byChannel.items.length).toBeGreaterThan(0);
    const byCustomer = await conversations.list(businessId, { customer_id: customer.id });
    expect(byCustomer.items.map((c) => c.channel).sort()).toEqual(['api', 'owner_chat']);
    expect((await conversations.list(businessId, { since: '2026-03-03T00:00:00.000Z' })).items).toEqual([]);
  });

  it('answers NOT_FOUND for another tenant on every operation', async () => {
    const { conversation } = await conversations.start(businessId, { channel: 'web' });
    const id = conversation.id;
    await expect(conversations.get(otherId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(conversations.appendMessage(otherId, id, { role: 'user', text: 'x' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await expect(conversations.close(otherId, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await conversations.list(otherId)).items).toEqual([]);
  });
});
