import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { beforeKeyset } from '../../platform/db/keyset.js';
import type { CustomerRow, CustomerRowUpdate, NewCustomerRow } from './crm.table.js';

type Db = Kysely<Database>;

export function findCustomerById(db: Db, businessId: string, id: string): Promise<CustomerRow | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCustomerByPhone(
  db: Db,
  businessId: string,
  phone: string,
): Promise<CustomerRow | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('phone', '=', phone)
    .executeTakeFirst();
}

export function findCustomersByIds(db: Db, businessId: string, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('customers')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', 'in', ids)
    .execute();
}

/** Inserts unless (business_id, phone) exists; returns whether this call inserted. */
export async function insertCustomerIfAbsent(db: Db, row: NewCustomerRow): Promise<boolean> {
  const result = await db
    .insertInto('customers')
    .values(row)
    .onConflict((oc) => oc.columns(['business_id', 'phone']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateCustomer(
  db: Db,
  businessId: string,
  id: string,
  changes: CustomerRowUpdate,
): Promise<void> {
  await db
    .updateTable('customers')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .execute();
}

export function listCustomers(
  db: Db,
  businessId: string,
  page: { limit: number; before?: { created_at: string; id: string } },
): Promise<CustomerRow[]> {
  let query = db
    .selectFrom('customers')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  const before = page.before;
  if (before) query = query.where(beforeKeyset('created_at', before.created_at, before.id));
  return query.execute();
}

/**
 * Case-insensitive match on name, email, address or phone digits, newest first. Wildcards are dropped
 * rather than escaped: LIKE escaping differs between the dialects.
 */
export function searchCustomers(
  db: Db,
  businessId: string,
  q: string,
  page: { limit: number; before?: { created_at: string; id: string } },
): Promise<CustomerRow[]> {
  const text = q
    .toLowerCase()
    .replace(/[\\%_]/g, '')
    .trim();
  const digits = q.replace(/\D/g, '');
  let query = db
    .selectFrom('customers')
    .selectAll()
    .where('business_id', '=', businessId)
    .where((eb) => {
      const terms: Expression<SqlBool>[] = [];
      if (text !== '') {
        const pattern = `%${text}%`;
        terms.push(
          eb(eb.fn('lower', ['name']), 'like', pattern),
          eb(eb.fn('lower', ['email']), 'like', pattern),
          eb(eb.fn('lower', ['address']), 'like', pattern),
        );
      }
      if (digits.length >= 3) terms.push(eb('phone', 'like', `%${digits}%`));
      return eb.or(terms);
    })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  const before = page.before;
  if (before) query = query.where(beforeKeyset('created_at', before.created_at, before.id));
  return query.execute();
}
