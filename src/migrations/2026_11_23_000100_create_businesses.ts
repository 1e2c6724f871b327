import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Types are valid on SQLite and PostgreSQL;
// timestamps are ISO-8601 UTC text and booleans are 0/1 integers on both dialects.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('businesses')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('active'))
    .addColumn('lockdown_mode', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('twilio_phone_number', 'text', (col) => col.unique())
    .addColumn('api_key_hash', 'text', (col) => col.unique())
    .addColumn('widget_token_hash', 'text', (col) => col.unique())
    .addColumn('api_key_rotated_at', 'text')
    .addColumn('widget_token_rotated_at', 'text')
    .addColumn('settings', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('businesses').execute();
}
