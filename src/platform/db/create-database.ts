import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlStore {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface SqlStoreOptions {
  /** PostgreSQL only: run every connection inside this schema (tests isolate files this way). */
  readonly pgSchema?: string;
  readonly pgPoolSize?: number;
  /**
   * SQLite file only: who checkpoints the WAL. 'worker' (the default) keeps checkpoints out of the
   * request path; 'in-commit' is SQLite's own way, kept so a benchmark can compare the two.
   */
  readonly sqliteCheckpoints?: 'worker' | 'in-commit';
}

export function createSqlStore(url: string, options: SqlStoreOptions = {}): SqlStore {
  const dialect: SqlDialect = url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const sqlite = dialect === 'sqlite' ? sqliteDialect(url, options.sqliteCheckpoints ?? 'worker') : null;
  const db = new Kysely<Database>({ dialect: sqlite?.dialect ?? postgresDialect(url, options) });
  return {
    db,
    dialect,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
      await sqlite?.checkpointer?.stop();
    },
  };
}

/** `sqlite::memory:` or `sqlite:<path>` (relative to the working directory). */
export function sqliteFileOf(url: string): string {
  const rest = url.slice('sqlite:'.length).replace(/^\/\//, '');
  return rest === ':memory:' || rest === '' ? ':memory:' : resolve(rest);
}

const CHECKPOINT_INTERVAL_MS = 1_000;
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;
// The worker's checkpoints run beside the writer, so under writes that never pause none of them
// sees the whole WAL copied, and SQLite starts the WAL over only after one does: it would grow
// without bound. Past this many pages (~40 MB) a commit checkpoints itself, as SQLite does by
// default, with most pages already copied by the worker; the WAL then starts over.
const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

function sqliteDialect(
  url: string,
  checkpoints: 'worker' | 'in-commit',
): { dialect: SqliteDialect; checkpointer: WalCheckpointer | null } {
  const file = sqliteFileOf(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers proceed while a writer holds the lock; busy_timeout makes a second process
  // (e.g. `npm run migrate` beside a running server) wait instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  let checkpointer: WalCheckpointer | null = null;
  if (file !== ':memory:' && checkpoints === 'worker') {
    database.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    checkpointer = startWalCheckpointer({
      file,
      intervalMs: CHECKPOINT_INTERVAL_MS,
      fallback: () => {
        if (database.open) database.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      },
    });
  }
  return { dialect: new SqliteDialect({ database: withStatementCache(database) }), checkpointer };
}

const STATEMENT_CACHE_SIZE = 500;

// Kysely prepares every query anew; preparing costs more than running most of our statements.
// Statements are reused by SQL text (the query builder produces a bounded set of shapes). Reuse is
// safe here because the dialect runs one statement at a time on its single connection and never
// keeps an iterator open across statements.
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function postgresDialect(url: string, options: SqlStoreOptions): PostgresDialect {
  const schema = options.pgSchema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query gets a fresh connection.
  pool.on('error', () => {});
  // So does a client lost while checked out between two statements (inside a transaction): its
  // statement fails on its own and the pool discards it; the event itself must not crash us.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new PostgresDialect({ pool });
}
