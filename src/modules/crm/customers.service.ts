import type { Kysely } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Clock } from '../../platform/clock.js';
import type { SqlDialect } from '../../platform/db/create-database.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import type { CustomerRow, CustomerRowUpdate } from './crm.table.js';
import { decodeTimeKey, type Page, type PageQuery, pageSize, timePage } from './crm-cursor.js';
import { type Customer, type CustomerInput, type CustomerPatch, customerFromRow } from './customers.model.js';
import * as repo from './customers.repository.js';

export type CustomerService = ReturnType<typeof createCustomerService>;

// Recent answers by raw text: every webhook normalises the same caller id again, and a
// libphonenumber parse was ~2% of a voice turn. The function is pure, so entries never go stale.
const PHONE_CACHE_SIZE = 1000;
const normalizedPhones = new Map<string, string | null>();

/** E.164 or null; numbers without a country code are read as US/Canada. */
export function normalizePhone(raw: string): string | null {
  const cached = normalizedPhones.get(raw);
  if (cached !== undefined) return cached;
  const parsed = parsePhoneNumberFromString(raw.trim(), 'US');
  const phone = parsed?.isPossible() ? parsed.number : null;
  if (raw.length <= 64) {
    if (normalizedPhones.size >= PHONE_CACHE_SIZE) {
      normalizedPhones.delete(normalizedPhones.keys().next().value as string);
    }
    normalizedPhones.set(raw, phone);
  }
  return phone;
}

export function customerNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Customer ${id} was not found`, { subcode: 'CUSTOMER_NOT_FOUND' });
}

/** `dialect` picks the search's index (see searchCustomers); without it search reads by LIKE alone. */
export function createCustomerService(deps: { db: Kysely<Database>; clock: Clock; dialect?: SqlDialect }) {
  const { db, clock, dialect } = deps;

  function requirePhone(raw: string): string {
    const phone = normalizePhone(raw);
    if (!phone) {
      throw new AppError('VALIDATION_FAILED', 'The phone number is not valid', {
        errors: [{ path: 'body.phone', message: 'must be a phone number' }],
      });
    }
    return phone;
  }

  async function get(businessId: string, id: string): Promise<Customer> {
    const row = await repo.findCustomerById(db, businessId, id);
    if (!row) throw customerNotFound(id);
    return customerFromRow(row);
  }

  async function findByPhone(businessId: string, rawPhone: string): Promise<Customer | null> {
    const phone = normalizePhone(rawPhone);
    if (!phone) return null;
    const row = await repo.findCustomerByPhone(db, businessId, phone);
    return row ? customerFromRow(row) : null;
  }

  /**
   * Creates the customer for this phone, or fills in the given fields on the existing one.
   * Race-safe: the (business, phone) unique key decides, and the loser updates the winner's row.
   */
  async function upsertByPhone(
    businessId: string,
    input: CustomerInput,
  ): Promise<{ customer: Customer; created: boolean }> {
    const phone = requirePhone(input.phone);
    const at = clock.now().toISOString();
    const created = await repo.insertCustomerIfAbsent(db, {
      id: newId('cus'),
      business_id: businessId,
      phone,
      name: input.name ?? null,
      email: input.email ?? null,
      address: input.address ?? null,
      notes: input.notes ?? null,
      sms_opt_out: 0,
      created_at: at,
      updated_at: at,
    });
    const row = await repo.findCustomerByPhone(db, businessId, phone);
    if (!row) throw new AppError('INTERNAL', 'Customer vanished during upsert');
    if (created) return { customer: customerFromRow(row), created };
    const changes = definedFields(input);
    if (Object.keys(changes).length === 0) return { customer: customerFromRow(row), created };
    await repo.updateCustomer(db, businessId, row.id, { ...changes, updated_at: at });
    return { customer: await get(businessId, row.id), created };
  }

  async function update(businessId: string, id: string, patch: CustomerPatch): Promise<Customer> {
    await get(businessId, id);
    const at = clock.now().toISOString();
    const changes: CustomerRowUpdate = { ...definedFields(patch), updated_at: at };
    if (patch.sms_opt_out !== undefined) {
      changes.sms_opt_out = patch.sms_opt_out ? 1 : 0;
      changes.sms_opt_out_at = patch.sms_opt_out ? at : null;
    }
    await repo.updateCustomer(db, businessId, id, changes);
    return get(businessId, id);
  }

  /** Newest first. */
  async function list(businessId: string, query: PageQuery): Promise<Page<Customer>> {
    const limit = pageSize(query.limit);
    const rows = await repo.listCustomers(db, businessId, { limit: limit + 1, ...before(query.cursor) });
    return timePage(rows, limit, keyOf, customerFromRow);
  }

  /** Name, email or address containing `q` (any case), or a phone containing its digits; newest first. */
  async function search(businessId: string, q: string, query: PageQuery): Promise<Page<Customer>> {
    const limit = pageSize(query.limit);
    const rows = await repo.searchCustomers(db, dialect, businessId, q, {
      limit: limit + 1,
      ...before(query.cursor),
    });
    return timePage(rows, limit, keyOf, customerFromRow);
  }

  /** Records an SMS opt-out or opt-in for a phone, creating the customer when unknown. */
  async function setSmsOptOut(businessId: string, rawPhone: string, optedOut: boolean): Promise<Customer> {
    const { customer } = await upsertByPhone(businessId, { phone: rawPhone });
    const at = clock.now().toISOString();
    await repo.updateCustomer(db, businessId, customer.id, {
      sms_opt_out: optedOut ? 1 : 0,
      sms_opt_out_at: optedOut ? at : null,
      updated_at: at,
    });
    return get(businessId, customer.id);
  }

  async function getMany(businessId: string, ids: string[]): Promise<Map<string, Customer>> {
    const rows = await repo.findCustomersByIds(db, businessId, [...new Set(ids)]);
    return new Map(rows.map((row) => [row.id, customerFromRow(row)]));
  }

  return { get, findByPhone, upsertByPhone, update, list, search, setSmsOptOut, getMany, normalizePhone };
}

const keyOf = (row: CustomerRow) => ({ at: row.created_at, id: row.id });

function before(cursor: string | undefined): { before?: { created_at: string; id: string } } {
  const key = decodeTimeKey(cursor);
  return key ? { before: { created_at: key.at, id: key.id } } : {};
}

function definedFields(input: CustomerPatch): CustomerRowUpdate {
  const changes: CustomerRowUpdate = {};
  for (const key of ['name', 'email', 'address', 'notes'] as const) {
    if (input[key] !== undefined) changes[key] = input[key];
  }
  return changes;
}
