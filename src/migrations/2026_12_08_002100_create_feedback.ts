import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Product feedback from anyone (the widget,
// the dashboard, scripts); `business_id` is set when the caller sent valid tenant credentials.
// Listed newest first for platform admins, hence the (created_at, id) index.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text')
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('details', 'text')
    .addColumn('category', 'text')
    .addColumn('email', 'text')
    .addColumn('url', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('feedback_created_idx').on('feedback').columns(['created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('feedback').execute();
}
