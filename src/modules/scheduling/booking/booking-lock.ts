import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../../../platform/db/create-database.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors/app-error.js';

// No double booking is a database guarantee, not an application check: every appointment write of a
// tenant runs inside `withTenantWriteLock`, which serialises "look for an overlap, then write" across
// connections, pools and processes.
//
// - PostgreSQL: `pg_advisory_xact_lock(hashtextextended('booking:<tenant>', 0))` is the first statement
//   of the transaction. It is held until COMMIT/ROLLBACK, so the next writer of the same tenant waits;
//   under READ COMMITTED its overlap query then sees every row the previous holder committed. Other
//   tenants take other keys and never wait (a hash collision only adds a little serialisation).
// - SQLite: `BEGIN IMMEDIATE` takes the database write lock when the transaction starts, so a second
//   connection (another process on the same file) cannot begin until the first commits. Kysely's
//   db.transaction() issues a deferred BEGIN, which would let two readers both pass the check.
//   Within one process Kysely's SQLite driver already hands its single connection out one caller at a
//   time; the lock is for other processes sharing the file.
//
// Inside `work`, use only the transaction handle given: on SQLite the store's one connection is held
// for the whole callback, so a query through the outer `db` (or a service built on it) would wait forever.

export interface LockableStore {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
}

const SQLITE_LOCK_WAIT_MS = 10_000;

export async function withTenantWriteLock<T>(
  store: LockableStore,
  businessId: string,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`booking:${businessId}`}, 0))`.execute(trx);
      return work(trx);
    });
  }
  return store.db.connection().execute(async (conn) => {
    await beginImmediate(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing is left to undo then.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * better-sqlite3 is synchronous: with the store's busy_timeout, waiting for another connection's
 * write lock would block this process's event loop — and, when the holder lives in the same process,
 * keep it from ever finishing. So the lock is polled with busy_timeout 0 and an async back-off.
 */
async function beginImmediate(conn: Kysely<Database>): Promise<void> {
  const saved = await sql<{ timeout: number }>`pragma busy_timeout`.execute(conn);
  const timeout = Number(saved.rows[0]?.timeout ?? 5000);
  await sql.raw('pragma busy_timeout = 0').execute(conn);
  try {
    const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await sql`begin immediate`.execute(conn);
        return;
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        if (Date.now() >= deadline) throw databaseBusy(error);
        await sleep(Math.min(2 ** attempt, 25) * (0.5 + Math.random()));
      }
    }
  } finally {
    await sql.raw(`pragma busy_timeout = ${Math.trunc(timeout)}`).execute(conn);
  }
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function databaseBusy(cause: unknown): AppError {
  return new AppError(
    'DEPENDENCY_UNAVAILABLE',
    'The database is busy with other bookings; retry shortly',
    { subcode: 'DATABASE_BUSY' },
    { cause },
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
