import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * The next page of a list ordered by (column, id) descending: rows strictly before the last one
 * returned. A row-value comparison, valid on SQLite and PostgreSQL, so ties on `column` break by id.
 */
export function beforeKeyset(column: string, key: string, id: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)}, ${sql.ref('id')}) < (${key}, ${id})`;
}
