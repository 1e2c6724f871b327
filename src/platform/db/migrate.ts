import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { MIGRATIONS } from '../../migrations/index.js';

// biome-ignore lint/suspicious/noExplicitAny: the migrator works on an untyped schema by design.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((entry) => entry.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(unknown)'} failed`, { cause: result.error });
  }
  return result;
}
