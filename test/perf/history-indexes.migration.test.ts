// The history-indexes migration undoes cleanly and applies again on a schema with data: the search
// index is rebuilt from the customers already there.

import { sql } from 'kysely';
import { expect, it } from 'vitest';
import * as migration from '../../src/migrations/2026_12_09_001500_index_history_lookups.js';
import { searchCustomers } from '../../src/modules/crm/customers.repository.js';
import { createCustomerService } from '../../src/modules/crm/customers.service.js';
import { createTenantService } from '../../src/modules/tenants/tenants.service.js';
import { describeEachDialect } from '../helpers/dialects.js';

const clock = { now: () => new Date('2026-12-01T12:00:00Z') };

describeEachDialect('history indexes migration', (ctx) => {
  async function indexNames(): Promise<string[]> {
    const { db, dialect } = ctx.sql();
    const { rows } =
      dialect === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where name like '%trgm%' or name like 'customers_fts%' or name like '%caller%'`.execute(
            db,
          )
        : await sql<{
            name: string;
          }>`select indexname as name from pg_indexes where schemaname = current_schema() and (indexname like '%trgm%' or indexname like '%caller%')`.execute(
            db,
          );
    return rows.map((row) => row.name).sort();
  }

  it('drops its indexes on down and rebuilds them, with existing customers, on up', async () => {
    const { db, dialect } = ctx.sql();
    const businessId = (await createTenantService({ db, clock }).create({ name: 'Migrating' })).id;
    await createCustomerService({ db, clock, dialect }).upsertByPhone(businessId, {
      phone: '+15125550177',
      name: 'Wilhelmina Existing',
    });
    const created = await indexNames();
    expect(created.length).toBeGreaterThan(1);

    await migration.down(db);
    expect(await indexNames()).toEqual([]);
    await migration.up(db);
    expect(await indexNames()).toEqual(created);

    const found = await searchCustomers(db, dialect, businessId, 'wilhelm', { limit: 10 });
    expect(found.map((row) => row.name)).toEqual(['Wilhelmina Existing']);
  });
});
