import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. A conversation the owner had with their own
// assistant from the dashboard ("Try the assistant") is marked, so it can be told from a customer's.
// An integer 0/1 (as customers.sms_opt_out): the same type and the same values on SQLite and
// PostgreSQL; every existing conversation is a real one.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('conversations')
    .addColumn('is_test', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('is_test').execute();
}
