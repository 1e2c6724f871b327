import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { systemClock } from '../../platform/clock.js';
import { createTenantService } from '../tenants/tenants.service.js';
import { type CallbackService, createCallbackService } from './callbacks.service.js';
import { type CustomerService, createCustomerService } from './customers.service.js';

describeEachDialect('callbacks service', (ctx) => {
  let callbacks: CallbackService;
  let customers: CustomerService;
  let businessId: string;
  let otherId: string;
  beforeAll(async () => {
    const db = ctx.sql().db;
    const tenants = createTenantService({ db, clock: systemClock });
    businessId = (await tenants.create({ name: 'Callback Co' })).id;
    otherId = (await tenants.create({ name: 'Other Callback Co' })).id;
    callbacks = createCallbackService({ db, clock: systemClock });
    customers = createCustomerService({ db, clock: systemClock });
  });

  it('keeps one row when 20 records with one key race', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        callbacks.record(businessId, { reason: 'HANDOFF', phone: '512-555-0150', dedupeKey: 'race-1' }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.callback?.id)).size).toBe(1);
    const listed = await callbacks.list(businessId, { limit: 200 });
    expect(listed.items.filter((c) => c.id === results[0]!.callback!.id)).toHaveLength(1);
  });

  it('normalises the phone, links a known customer, and keeps an unparseable caller ID in the summary', async () => {
    const { customer } = await customers.upsertByPhone(businessId, { phone: '512-555-0151' });
    const known = await callbacks.record(businessId, { reason: 'VOICEMAIL', phone: '(512) 555-0151' });
    expect(known.callback).toMatchObject({ phone: '+15125550151', customer_id: customer.id, status: 'OPEN' });
    const anonymous = await callbacks.record(businessId, {
      reason: 'MISSED_CALL',
      phone: 'anonymous',
      summary: 'Hung up',
    });
    expect(anonymous.callback).toMatchObject({
      phone: null,
      summary: 'Hung up\nCaller ID as given: anonymous',
    });
  });

  it('fills blanks of the first record when a later one with the same key brings them', async () => {
    const first = await callbacks.record(businessId, {
      reason: 'VOICEMAIL',
      call_sid: 'CA-vm-1',
      phone: '512-555-0152',
      voicemail_url: 'https://api.twilio.com/rec/RE1',
    });
    const again = await callbacks.record(businessId, {
      reason: 'VOICEMAIL',
      call_sid: 'CA-vm-1',
      voicemail_url: 'https://elsewhere/ignored',
      transcription: 'Water everywhere',
    });
    expect(again.created).toBe(false);
    expect(again.callback).toMatchObject({
      id: first.callback!.id,
      voicemail_url: 'https://api.twilio.com/rec/RE1',
      transcription: 'Water everywhere',
    });
  });

  it('resolves and reopens', async () => {
    const { callback } = await callbacks.record(businessId, { reason: 'EMERGENCY', phone: '512-555-0153' });
    const resolved = await callbacks.resolve(businessId, callback!.id);
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolved_at).not.toBeNull();
    const reopened = await callbacks.reopen(businessId, callback!.id);
    expect(reopened).toMatchObject({ status: 'OPEN', resolved_at: null });
    expect(await callbacks.hasOpenFor(businessId, '+15125550153')).toBe(true);
    expect(await callbacks.hasOpenFor(otherId, '+15125550153')).toBe(false);
  });

  it('removes the missed-call callback of a booked call, whichever comes first', async () => {
    const before = await callbacks.record(businessId, { reason: 'PARTIAL_INTAKE', call_sid: 'CA-book-1' });
    await callbacks.removeForCall(businessId, 'CA-book-1');
    await expect(callbacks.get(businessId, before.callback!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await callbacks.removeForCall(businessId, 'CA-book-2');
    const late = await callbacks.record(businessId, { reason: 'MISSED_CALL', call_sid: 'CA-book-2' });
    expect(late).toEqual({ callback: null, created: false });

    const ids = (await callbacks.list(businessId, { limit: 200 })).items.map((c) => c.call_sid);
    expect(ids).not.toContain('CA-book-1');
    expect(ids).not.toContain('CA-book-2');
  });

  it('leaves other reasons of a booked call alone', async () => {
    const handoff = await callbacks.record(businessId, { reason: 'HANDOFF', call_sid: 'CA-book-3' });
    await callbacks.removeForCall(businessId, 'CA-book-3');
    expect((await callbacks.get(businessId, handoff.callback!.id)).status).toBe('OPEN');
  });

  it('filters by status and never shows another tenant', async () => {
    const { callback } = await callbacks.record(businessId, { reason: 'HANDOFF', phone: '512-555-0154' });
    await callbacks.resolve(businessId, callback!.id);
    const resolved = await callbacks.list(businessId, { status: 'RESOLVED', limit: 200 });
    expect(resolved.items.every((c) => c.status === 'RESOLVED')).toBe(true);
    expect(resolved.items.map((c) => c.id)).toContain(callback!.id);
    expect(
      (await callbacks.list(businessId, { status: 'OPEN', limit: 200 })).items.map((c) => c.id),
    ).not.toContain(callback!.id);
    expect((await callbacks.list(otherId)).items).toEqual([]);
    await expect(callbacks.resolve(otherId, callback!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
