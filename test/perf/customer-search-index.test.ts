// The indexed customer search (FTS5 on SQLite, trigram candidates on PostgreSQL) answers exactly
// what the plain LIKE answers: the index only narrows which rows the LIKE looks at. Also: the
// SQLite index follows renames, and a query's quotes or short length do not break it.

import { beforeAll, expect, it } from 'vitest';
import { searchCustomers } from '../../src/modules/crm/customers.repository.js';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import { describeEachDialect } from '../helpers/dialects.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const clock = { now: () => NOW };

const PEOPLE: Array<{ phone: string; name?: string; email?: string; address?: string }> = [
  { phone: '+15125550180', name: 'Maria Gonzalez', address: '9 Elm Street' },
  { phone: '+15125550181', name: 'Bob Stone', email: 'bob@stone.example' },
  { phone: '+15125550182', name: 'Ángela Núñez', email: 'angela@nunez.example' },
  { phone: '+15125550183', name: 'Pat O"Brien', address: '12 Quote Ln' },
  { phone: '+15125550184', name: 'Stonewall Services', address: '400 Gonzales Ave' },
  { phone: '+14155550185', email: 'no.name@example.com' },
  { phone: '+15125550186', name: 'ELM STREET DELI', address: 'PO Box 100' },
];

describeEachDialect('customer search through its index', (ctx) => {
  let businessId = '';

  beforeAll(async () => {
    const store = ctx.sql();
    businessId = (await createTenantService({ db: store.db, clock }).create({ name: 'Search' })).id;
    const customers = createCustomerService({ db: store.db, clock, dialect: store.dialect });
    for (const person of PEOPLE) await customers.upsertByPhone(businessId, person);
  });

  const ids = async (dialect: typeof ctx.dialect | undefined, q: string) =>
    (await searchCustomers(ctx.sql().db, dialect, businessId, q, { limit: 50 })).map(
      (row) => row.name ?? row.phone,
    );

  it.each([
    'gonz',
    'GONZALES',
    'stone',
    'stone.example',
    'elm st',
    'ELM',
    'núñez',
    'o"brien',
    '"',
    'example',
    '555-0181',
    '(512) 555',
    '4155',
    'po box 1',
    'zz',
    'xyzzy',
    '%',
    '  st  ',
  ])('answers %j as the plain LIKE does', async (q) => {
    expect(await ids(ctx.dialect, q)).toEqual(await ids(undefined, q));
  });

  it('finds a renamed customer by the new name only', async () => {
    const customers = createCustomerService({ db: ctx.sql().db, clock, dialect: ctx.dialect });
    const { customer } = await customers.upsertByPhone(businessId, {
      phone: '+15125550190',
      name: 'Old Name',
    });
    await customers.update(businessId, customer.id, { name: 'Fresh Moniker' });
    expect(await ids(ctx.dialect, 'old name')).toEqual([]);
    expect(await ids(ctx.dialect, 'moniker')).toEqual(['Fresh Moniker']);
  });

  it('finds by a quote-bearing name without a query syntax error', async () => {
    expect(await ids(ctx.dialect, 'o"brien')).toEqual(['Pat O"Brien']);
  });
});
