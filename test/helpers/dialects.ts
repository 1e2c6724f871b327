import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
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

/** Creates a migrated, empty store of one dialect. `drop()` removes everything it made. */
export async function createTestSql(dialect: SqlDialect): Promise<SqlStore & { drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = createSqlStore('sqlite::memory:');
    await migrateToLatest(store.db);
    return { ...store, drop: () => store.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const store = createSqlStore(TEST_DATABASE_URL, { pgSchema: schema, pgPoolSize: 20 });
  await migrateToLatest(store.db);
  return {
    ...store,
    drop: async () => {
      await store.close();
      await adminQuery(`drop schema if exists ${schema} cascade`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface DialectContext {
  readonly dialect: SqlDialect;
  /** The suite's migrated store (shared by the tests of one dialect; create unique data per test). */
  sql(): SqlStore;
}

export function describeEachDialect(title: string, body: (ctx: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${title} [${dialect}]`, () => {
      let store: (SqlStore & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        store = await createTestSql(dialect);
      });
      afterAll(async () => {
        await store?.drop();
      });
      body({
        dialect,
        sql: () => {
          if (!store) throw new Error('store not ready: call sql() inside a test or hook');
          return store;
        },
      });
    });
  }
}
