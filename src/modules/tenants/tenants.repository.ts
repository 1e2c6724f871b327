import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { BusinessRow, BusinessRowUpdate, NewBusinessRow } from './tenants.table.js';

type Db = Kysely<Database>;

export async function insertBusiness(db: Db, row: NewBusinessRow): Promise<void> {
  await db.insertInto('businesses').values(row).execute();
}

export function findBusinessById(db: Db, id: string): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBusinessByCredentialHash(
  db: Db,
  column: 'api_key_hash' | 'widget_token_hash',
  hash: string,
): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where(column, '=', hash).executeTakeFirst();
}

export function findBusinessByTwilioNumber(db: Db, number: string): Promise<BusinessRow | undefined> {
  return db.selectFrom('businesses').selectAll().where('twilio_phone_number', '=', number).executeTakeFirst();
}

export function listBusinesses(db: Db, page: { afterId?: string; limit: number }): Promise<BusinessRow[]> {
  let query = db.selectFrom('businesses').selectAll().orderBy('id').limit(page.limit);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  return query.execute();
}

export async function updateBusiness(
  db: Db,
  id: string,
  changes: BusinessRowUpdate,
): Promise<BusinessRow | undefined> {
  const result = await db.updateTable('businesses').set(changes).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findBusinessById(db, id);
}

/**
 * The settings documents that contain `text` (compared in lower case): narrows a lookup across
 * tenants to the documents that mention it; the caller parses those to check for an exact match.
 */
export async function findSettingsContaining(db: Db, text: string): Promise<string[]> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('businesses')
    .select('settings')
    .where(sql<boolean>`lower(settings) like ${pattern} escape '\\'`)
    .execute();
  return rows.map((row) => row.settings);
}
