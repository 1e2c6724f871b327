import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen in time: never import application code here. Every minute a sweep looks for open chats and
// voice sessions nobody has touched for a while, across tenants; an index over open conversations
// only (closed ones are almost all of them) keeps that flat as the history grows.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('conversations_open_idle_idx')
    .on('conversations')
    .columns(['updated_at'])
    .where(sql.ref('status'), '=', 'OPEN')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('conversations_open_idle_idx').execute();
}
