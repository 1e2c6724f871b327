// Small helpers shared by benchmarks: stores, statistics, a seeded random source and table output.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from '../src/migrations/index.js';
import { createSqlStore, type SqlStore } from '../src/platform/db/create-database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

export interface BenchStore {
  store: SqlStore;
  label: string;
  dispose(): Promise<void>;
}

/** A migrated SQLite file (WAL, as in production) in the temp directory, removed on dispose. */
export async function tempSqlite(): Promise<BenchStore> {
  const file = join(tmpdir(), `bench-${randomBytes(6).toString('hex')}.db`);
  const store = createSqlStore(`sqlite:${file}`);
  await migrateToLatest(store.db);
  return {
    store,
    label: 'sqlite (file)',
    dispose: async () => {
      await store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ??
  process.env.BENCH_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** A migrated throwaway schema on PostgreSQL, dropped on dispose; null when PostgreSQL is unreachable. */
export async function tempPostgres(): Promise<BenchStore | null> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  try {
    await withSchemaLock((client) => client.query(`create schema ${schema}`));
  } catch (error) {
    console.warn(`PostgreSQL at ${POSTGRES_URL} is not reachable (${(error as Error).message}); skipped`);
    return null;
  }
  const store = createSqlStore(POSTGRES_URL, { pgSchema: schema, pgPoolSize: 20 });
  const dispose = async () => {
    await store.close();
    await withSchemaLock((client) => client.query(`drop schema if exists ${schema} cascade`));
  };
  try {
    await withSchemaLock(() => migrateSchema(store, schema));
  } catch (error) {
    await dispose();
    throw error;
  }
  return { store, label: 'postgres', dispose };
}

// Kysely's migrator looks for its bookkeeping tables in every schema unless told which one, and its
// catalog scan fails on a schema being dropped concurrently; so, like the test harness
// (test/helpers/dialects.ts), name the schema and take the same advisory lock around create,
// migrate and drop. The bench can then run beside a test run on the same database.
const SCHEMA_LOCK_KEY = 727_001;

async function migrateSchema(store: SqlStore, schema: string): Promise<void> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: schema,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function withSchemaLock<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    return await work(client);
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end();
  }
}

export interface Summary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
}

export function summarize(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), mean };
}

/** mulberry32: the same pseudo-random sequence every run, so runs compare. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs the tasks with at most `concurrency` in flight. */
export async function runPool(tasks: Array<() => Promise<unknown>>, concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next];
      next += 1;
      await task?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
}

export function printTable(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const ms = (value: number) => value.toFixed(3);

/** The middle value (the upper one of an even count): how the benchmarks combine rounds. */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Runs a load generator (`bench/<script>`) in its own process, so it never shares an event loop with
 * the server under test; its last line on stdout is the JSON result.
 */
export function runLoadGenerator<T>(script: string, options: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', [`bench/${script}`, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as T);
    });
  });
}

/** A benchmark target: started, measured, closed; named for the report. */
export interface BenchTarget {
  readonly name: string;
  close(): Promise<void>;
}

/**
 * Measures every target once per round, started fresh and closed after, in the same order each
 * round, so that targets compared side by side share the machine's state; results by target name.
 * A factory answering null (a store that is not available) is skipped.
 */
export async function measureInRounds<T extends BenchTarget, M>(
  rounds: number,
  factories: ReadonlyArray<() => Promise<T | null>>,
  measure: (target: T) => Promise<M>,
): Promise<Map<string, M[]>> {
  const results = new Map<string, M[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const factory of factories) {
      const target = await factory();
      if (!target) continue;
      try {
        const measured = await measure(target);
        if (process.env.BENCH_DEBUG) console.log(target.name, JSON.stringify(measured));
        results.set(target.name, [...(results.get(target.name) ?? []), measured]);
      } finally {
        await target.close();
      }
    }
  }
  return results;
}
