// Asking the planner about the repositories' real queries. A repository function is run against a
// Kysely whose driver only records the compiled statements (no database behind it, every query
// answers no rows); each recorded statement is then EXPLAINed on a real store. A change in how a
// repository builds its query is thus a change in what is explained: nothing here copies SQL.

import {
  CompiledQuery as Compiled,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { SqlDialect, SqlStore } from '../../src/platform/db/create-database.js';
import type { Database } from '../../src/platform/db/database.js';

class RecordingDriver implements Driver {
  readonly queries: CompiledQuery[] = [];
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        this.queries.push(query);
        return { rows: [] };
      },
      streamQuery: () => {
        throw new Error('not recorded');
      },
    };
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** The statements `work` sends, compiled for `dialect`. */
export async function recordQueries(
  dialect: SqlDialect,
  work: (db: Kysely<Database>) => Promise<unknown>,
): Promise<CompiledQuery[]> {
  const driver = new RecordingDriver();
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (dialect === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => driver,
      createIntrospector: (inner) =>
        dialect === 'sqlite' ? new SqliteIntrospector(inner) : new PostgresIntrospector(inner),
      createQueryCompiler: () =>
        dialect === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
    },
  });
  await work(db);
  await db.destroy();
  return driver.queries;
}

/** One access step of a plan: what is read, and through which index (if any). */
export interface PlanStep {
  /** SQLite: the EXPLAIN QUERY PLAN detail; PostgreSQL: the node type. */
  what: string;
  table?: string;
  index?: string;
  /** True when a hot table is read whole (SQLite SCAN of a table, PostgreSQL Seq Scan). */
  fullScan: boolean;
}

export async function explain(store: SqlStore, query: CompiledQuery): Promise<PlanStep[]> {
  return store.dialect === 'sqlite' ? explainSqlite(store, query) : explainPostgres(store, query);
}

async function explainSqlite(store: SqlStore, query: CompiledQuery): Promise<PlanStep[]> {
  const { rows } = await store.db.executeQuery<{ detail: string }>(
    Compiled.raw(`explain query plan ${query.sql}`, [...query.parameters]),
  );
  return rows.map(({ detail }) => {
    // "SCAN t", "SCAN t USING [COVERING] INDEX i" (every entry of an index, in order: a full read
    // too), "SEARCH t USING INDEX i (a=?)", "SCAN t VIRTUAL TABLE INDEX 0:M1" (FTS5 answering MATCH).
    const scan = /^SCAN (\w+)(?! VIRTUAL TABLE)/.exec(detail);
    const table = /^(?:SCAN|SEARCH) (\w+)/.exec(detail)?.[1];
    const index =
      /USING (?:COVERING )?INDEX (\w+)/.exec(detail)?.[1] ??
      (/USING INTEGER PRIMARY KEY/.test(detail) ? 'rowid' : undefined) ??
      (/VIRTUAL TABLE INDEX/.test(detail) ? 'virtual table' : undefined);
    return {
      what: detail,
      ...(table ? { table } : {}),
      ...(index ? { index } : {}),
      fullScan: scan !== null,
    };
  });
}

interface PgNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PgNode[];
}

async function explainPostgres(store: SqlStore, query: CompiledQuery): Promise<PlanStep[]> {
  const { rows } = await store.db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PgNode }> }>(
    Compiled.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
  );
  const steps: PlanStep[] = [];
  const walk = (node: PgNode) => {
    steps.push({
      what: node['Node Type'],
      ...(node['Relation Name'] ? { table: node['Relation Name'] } : {}),
      ...(node['Index Name'] ? { index: node['Index Name'] } : {}),
      fullScan: node['Node Type'] === 'Seq Scan',
    });
    for (const child of node.Plans ?? []) walk(child);
  };
  for (const row of rows) for (const plan of row['QUERY PLAN']) walk(plan.Plan);
  return steps;
}

/** Readable in a failure message. */
export function describePlan(steps: PlanStep[]): string {
  return steps
    .map((s) => `${s.what}${s.table ? ` on ${s.table}` : ''}${s.index ? ` via ${s.index}` : ''}`)
    .join('; ');
}
