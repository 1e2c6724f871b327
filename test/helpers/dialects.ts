import { randomBytes } from 'node:crypto';
import { type Kysely, Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { createSqlStore, type SqlDialect, type SqlStore } from '../../src/platform/db/create-database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

// Repository and route tests run once per SQL dialect. PostgreSQL comes from TEST_DATABASE_URL;
// each suite gets its own schema so test files can run in parallel against one database.

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requested = (process.env.TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim()) as SqlDialect[];

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresUp = requested.includes('postgres') ? await postgresReachable() : false;
if (requested.includes('postgres') && !postgresUp) {
  // In CI a missing database is a failure, never a silent skip.
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${TEST_DATABASE_URL}`);
  console.warn(`PostgreSQL is not reachable at ${TEST_DATABASE_URL}: PostgreSQL variants are skipped`);
}

export const DIALECTS: SqlDialect[] = requested.filter(
  (d) => d === 'sqlite' || (d === 'postgres' && postgresUp),
);

export interface TestSqlStore extends SqlStore {
  drop(): Promise<void>;
  /**
   * A second store on the same data, as another instance of the app would have: on PostgreSQL its
   * own pool on the same schema. In-memory SQLite has a single connection, so there it shares this
   * store's connection (and its close() does nothing). The caller closes it before drop().
   */
  reopen(): SqlStore;
}

/** Creates a migrated, empty store of one dialect. `drop()` removes everything it made. */
export async function createTestSql(dialect: SqlDialect): Promise<TestSqlStore> {
  if (dialect === 'sqlite') {
    const store = createSqlStore('sqlite::memory:');
    await migrateToLatest(store.db);
    return { ...store, drop: () => store.close(), reopen: () => ({ ...store, close: async () => {} }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = createSqlStore(TEST_DATABASE_URL, { pgSchema: schema, pgPoolSize: 20 });
  await withSchemaLock(async (client) => {
    await client.query(`create schema ${schema}`);
    await migrateSchema(store.db, schema);
  });
  return {
    ...store,
    reopen: () => createSqlStore(TEST_DATABASE_URL, { pgSchema: schema, pgPoolSize: 20 }),
    drop: async () => {
      await store.close();
      await withSchemaLock((client) => client.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

// Kysely's migrator looks for its bookkeeping tables in every schema of the database, so a suite
// would take another suite's kysely_migration tables for its own; naming the schema prevents that.
// Its catalog scan also fails on a table that a concurrent DROP SCHEMA is removing, so creating
// and dropping suite schemas take turns under an advisory lock.
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on an untyped schema by design.
async function migrateSchema(db: Kysely<any>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: schema,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw new Error(`Migrating test schema ${schema} failed`, { cause: result.error });
}

const SCHEMA_LOCK_KEY = 727_001;

async function withSchemaLock<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    return await work(client);
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end();
  }
}

export interface DialectContext {
  readonly dialect: SqlDialect;
  /** The suite's migrated store (shared by the tests of one dialect; create unique data per test). */
  sql(): SqlStore;
  /** Another store on the suite's data (see TestSqlStore.reopen); the caller closes it. */
  reopen(): SqlStore;
}

export function describeEachDialect(title: string, body: (ctx: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${title} [${dialect}]`, () => {
      let store: TestSqlStore | undefined;
      beforeAll(async () => {
        store = await createTestSql(dialect);
      });
      afterAll(async () => {
        await store?.drop();
      });
      const ready = (): TestSqlStore => {
        if (!store) throw new Error('store not ready: call sql() inside a test or hook');
        return store;
      };
      body({ dialect, sql: ready, reopen: () => ready().reopen() });
    });
  }
}
