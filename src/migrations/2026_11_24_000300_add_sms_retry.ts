import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. A text that failed for a passing reason
// (network, timeout, 429, 5xx) may be sent again: `attempts` counts the sends, `retry_at` says from
// when a repeat of the same message (same dedupe key) may try again; null means final.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sms_messages')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('sms_messages').addColumn('retry_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sms_messages').dropColumn('retry_at').execute();
  await db.schema.alterTable('sms_messages').dropColumn('attempts').execute();
}
