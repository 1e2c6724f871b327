import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { SqlDialect } from '../../platform/db/create-database.js';
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
  return (
    db
      .selectFrom('customers')
      .selectAll()
      // The ids find the rows. The tenant check is written so that no index can serve it: without
      // statistics SQLite would rather walk the tenant's whole (business_id, created_at) index than
      // look up five or more ids by primary key.
      .where(sql<SqlBool>`(${sql.ref('business_id')} || '') = ${businessId}`)
      .where('id', 'in', ids)
      .execute()
  );
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
 *
 * The LIKE on each field decides. What keeps a search from reading every customer of the tenant is
 * a candidate test that an index of 3-character parts (trigrams, migration 2026_12_09_001500)
 * answers, true of every row the LIKE accepts: on PostgreSQL a LIKE on all text fields joined
 * (GIN, pg_trgm), on SQLite the FTS5 table `customers_fts`. A search under 3 characters has no
 * trigram and reads the tenant's customers newest first until the page is full (short terms match
 * often, so that stops early); so does a service built without a dialect.
 */
export function searchCustomers(
  db: Db,
  dialect: SqlDialect | undefined,
  businessId: string,
  q: string,
  page: { limit: number; before?: { created_at: string; id: string } },
): Promise<CustomerRow[]> {
  const text = q
    .toLowerCase()
    .replace(/[\\%_]/g, '')
    .trim();
  const digits = q.replace(/\D/g, '');
  const phoneDigits = digits.length >= 3 ? digits : '';
  const indexed = [...text].length >= 3 ? dialect : undefined;
  let query = db
    .selectFrom('customers')
    .selectAll()
    // Unary + keeps SQLite from reading the tenant through its business_id index (it takes an
    // equality as selective when it has no statistics) instead of from the FTS candidates.
    .where(
      indexed === 'sqlite'
        ? sql<SqlBool>`+${sql.ref('business_id')} = ${businessId}`
        : sql<SqlBool>`${sql.ref('business_id')} = ${businessId}`,
    )
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
      if (phoneDigits) terms.push(eb('phone', 'like', `%${phoneDigits}%`));
      return eb.or(terms);
    })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (indexed === 'sqlite') {
    query = query.where(
      sql<SqlBool>`customers.rowid in (select rowid from customers_fts where customers_fts match ${ftsQuery(text, phoneDigits)})`,
    );
  } else if (indexed === 'postgres') {
    query = query.where((eb) =>
      eb.or([
        eb(SEARCH_TEXT, 'like', `%${text}%`),
        ...(phoneDigits ? [eb('phone', 'like', `%${phoneDigits}%`)] : []),
      ]),
    );
  }
  const before = page.before;
  if (before) query = query.where(beforeKeyset('created_at', before.created_at, before.id));
  return query.execute();
}

// The expression of PostgreSQL's customers_search_trgm_idx, character for character.
const SEARCH_TEXT = sql<string>`lower(coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(address, ''))`;

// An FTS5 phrase is a substring match under the trigram tokenizer (case folded, so a superset of
// what lower() + LIKE accepts); a double quote inside a phrase is written twice.
function ftsQuery(text: string, phoneDigits: string): string {
  const phrase = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const textMatch = `{name email address} : ${phrase(text)}`;
  return phoneDigits ? `${textMatch} OR phone : ${phrase(phoneDigits)}` : textMatch;
}
