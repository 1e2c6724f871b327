import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { systemClock } from '../../platform/clock.js';
import { createTenantService } from '../tenants/tenants.service.js';
import { type CustomerService, createCustomerService } from './customers.service.js';

describeEachDialect('customers service', (ctx) => {
  let customers: CustomerService;
  let businessId: string;
  let otherId: string;
  beforeAll(async () => {
    const db = ctx.sql().db;
    const tenants = createTenantService({ db, clock: systemClock });
    businessId = (await tenants.create({ name: 'Cust Co' })).id;
    otherId = (await tenants.create({ name: 'Other Co' })).id;
    customers = createCustomerService({ db, clock: systemClock });
  });

  it('normalises the phone to E.164 and upserts by it', async () => {
    const first = await customers.upsertByPhone(businessId, { phone: '(512) 555-0101', name: 'Dana' });
    expect(first.created).toBe(true);
    expect(first.customer).toMatchObject({ phone: '+15125550101', name: 'Dana', sms_opt_out: false });
    const second = await customers.upsertByPhone(businessId, {
      phone: '+1 512 555 0101',
      address: '1 Elm St',
    });
    expect(second.created).toBe(false);
    expect(second.customer).toMatchObject({ id: first.customer.id, name: 'Dana', address: '1 Elm St' });
  });

  it('keeps one customer when many upserts race on one phone', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        customers.upsertByPhone(businessId, { phone: '512-555-0102', name: `N${i}` }),
      ),
    );
    expect(new Set(results.map((r) => r.customer.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('scopes every lookup to the tenant', async () => {
    const { customer } = await customers.upsertByPhone(businessId, { phone: '512-555-0103' });
    await expect(customers.get(otherId, customer.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await customers.findByPhone(otherId, '512-555-0103')).toBeNull();
    expect((await customers.getMany(otherId, [customer.id])).size).toBe(0);
    const same = await customers.upsertByPhone(otherId, { phone: '512-555-0103' });
    expect(same.customer.id).not.toBe(customer.id);
  });

  it('records an opt-out and an opt-in, creating an unknown customer', async () => {
    const out = await customers.setSmsOptOut(businessId, '+15125550104', true);
    expect(out.sms_opt_out).toBe(true);
    const back = await customers.setSmsOptOut(businessId, '+15125550104', false);
    expect(back).toMatchObject({ id: out.id, sms_opt_out: false });
  });

  it('rejects a phone that is not one with 422', async () => {
    await expect(customers.upsertByPhone(businessId, { phone: 'call me maybe' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
