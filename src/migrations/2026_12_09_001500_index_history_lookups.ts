import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here. Indexes that keep the owner's reads flat as a
// tenant's history grows (`npm run bench -- scale`, test/perf/query-plans.test.ts):
// - a customer's timeline reads conversations of an unrecognised caller by phone, and text messages
//   by customer or by either phone: each branch of those ORs needs its own index, or the whole
//   tenant's history is read to find one customer's;
// - customer search matches any part of a name, email, address or phone, which no b-tree serves.
//   PostgreSQL: trigram GIN indexes (pg_trgm) on the expressions the query's candidate test
//   compares (the LIKE on each field still decides). SQLite: an FTS5 table with the trigram tokenizer
//   that the query asks for candidate rows (the LIKE still decides). Both need 3 characters or more.
//   Where pg_trgm cannot be installed (no privilege, not shipped) the migration leaves search as it
//   was (correct, a scan of the tenant's customers) instead of failing the deploy.

// One index for the text fields (a search looks in all three: one index scan instead of three) and
// one for the phone. fastupdate off: a search never has to read a long list of pending entries.
// The query (customers.repository.ts) repeats these expressions exactly, or the index is not used.
const TRIGRAM_INDEXES: Array<[name: string, expression: string]> = [
  [
    'customers_search_trgm_idx',
    "lower(coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(address, ''))",
  ],
  ['customers_phone_trgm_idx', 'phone'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('conversations_business_caller_idx')
    .on('conversations')
    .columns(['business_id', 'caller_phone', 'created_at'])
    .execute();
  for (const column of ['customer_id', 'to_phone', 'from_phone']) {
    await db.schema
      .createIndex(`sms_messages_business_${column}_idx`)
      .on('sms_messages')
      .columns(['business_id', column, 'created_at'])
      .execute();
  }
  if (isPostgres(db)) await createTrigramIndexes(db);
  else await createSqliteSearchTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const [name] of TRIGRAM_INDEXES) await sql`drop index if exists ${sql.ref(name)}`.execute(db);
  } else {
    for (const trigger of ['customers_fts_insert', 'customers_fts_delete', 'customers_fts_update'])
      await sql`drop trigger if exists ${sql.ref(trigger)}`.execute(db);
    await sql`drop table if exists customers_fts`.execute(db);
  }
  for (const index of [
    'sms_messages_business_from_phone_idx',
    'sms_messages_business_to_phone_idx',
    'sms_messages_business_customer_id_idx',
    'conversations_business_caller_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}

// Placeholders tell the dialects apart without reaching into Kysely internals: `$1` is PostgreSQL.
function isPostgres(db: Kysely<any>): boolean {
  return sql`${1}`.compile(db).sql === '$1';
}

async function createTrigramIndexes(db: Kysely<any>): Promise<void> {
  const schema = await trigramSchema(db);
  if (!schema) return;
  for (const [name, expression] of TRIGRAM_INDEXES) {
    await sql`create index ${sql.ref(name)} on customers using gin ((${sql.raw(expression)}) ${sql.ref(schema)}.gin_trgm_ops) with (fastupdate = off)`.execute(
      db,
    );
  }
}

/**
 * The schema pg_trgm lives in, installing it when missing; null when it cannot be. The extension is
 * database-wide, so it goes to `public` rather than the first schema on the search path (a test or
 * bench schema that is dropped later would take it, and every index using it, along).
 */
async function trigramSchema(db: Kysely<any>): Promise<string | null> {
  const installed = await extensionSchema(db);
  if (installed) return installed;
  // The migration runs in a transaction: a failed CREATE EXTENSION would abort it, a savepoint not.
  const guarded = db.isTransaction;
  if (guarded) await sql`savepoint pg_trgm_install`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    if (guarded) await sql`release savepoint pg_trgm_install`.execute(db);
  } catch {
    if (guarded) await sql`rollback to savepoint pg_trgm_install`.execute(db);
  }
  // A concurrent install elsewhere also ends here with the extension present.
  return extensionSchema(db);
}

async function extensionSchema(db: Kysely<any>): Promise<string | null> {
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  return rows[0]?.schema ?? null;
}

// External content: the FTS table keeps only its index and reads the text from customers by rowid;
// triggers keep it in step with every insert, update and delete. SQLite's documentation allows a
// VACUUM to renumber the rowids of a table without an INTEGER PRIMARY KEY (today's VACUUM copies
// them unchanged); after one that did, search could miss rows (never return wrong ones: the LIKE
// decides) until `insert into customers_fts(customers_fts) values ('rebuild')`.
async function createSqliteSearchTable(db: Kysely<any>): Promise<void> {
  await sql`create virtual table customers_fts using fts5(
    name, email, address, phone, content='customers', content_rowid='rowid', tokenize='trigram')`.execute(db);
  await sql`create trigger customers_fts_insert after insert on customers begin
    insert into customers_fts(rowid, name, email, address, phone)
      values (new.rowid, new.name, new.email, new.address, new.phone);
  end`.execute(db);
  await sql`create trigger customers_fts_delete after delete on customers begin
    insert into customers_fts(customers_fts, rowid, name, email, address, phone)
      values ('delete', old.rowid, old.name, old.email, old.address, old.phone);
  end`.execute(db);
  await sql`create trigger customers_fts_update after update of name, email, address, phone on customers begin
    insert into customers_fts(customers_fts, rowid, name, email, address, phone)
      values ('delete', old.rowid, old.name, old.email, old.address, old.phone);
    insert into customers_fts(rowid, name, email, address, phone)
      values (new.rowid, new.name, new.email, new.address, new.phone);
  end`.execute(db);
  await sql`insert into customers_fts(customers_fts) values ('rebuild')`.execute(db);
}
