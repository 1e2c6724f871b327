import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestSql, DIALECTS } from '../../../test/helpers/dialects.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { migrateToLatest } from './migrate.js';

describe.each(DIALECTS)('migrations [%s]', (dialect) => {
  it('bring an empty database to the latest schema, and a second run changes nothing', async () => {
    const store = await createTestSql(dialect);
    try {
      const tables = (await store.db.introspection.getTables()).map((table) => table.name);
      expect(tables).toContain('businesses');
      const again = await migrateToLatest(store.db);
      expect(again.results).toEqual([]);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        store.db,
      );
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS).sort());
    } finally {
      await store.drop();
    }
  });

  it('are named by timestamp so they run in order', () => {
    for (const name of Object.keys(MIGRATIONS)) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+$/);
    expect(Object.keys(MIGRATIONS)).toEqual([...Object.keys(MIGRATIONS)].sort());
  });
});
