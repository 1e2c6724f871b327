import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. The retry sweep looks for failed texts whose
// retry time has come, across tenants, every minute: an index keeps that flat as the log grows.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('sms_messages_retry_idx')
    .on('sms_messages')
    .columns(['status', 'retry_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sms_messages_retry_idx').execute();
}
