import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. A widget token may be issued with an end
// date (a campaign page, a contractor's site): after it the token answers 401 "Widget token
// expired". Null, as for every token issued before, means it lasts until rotated.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('businesses').addColumn('widget_token_expires_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('businesses').dropColumn('widget_token_expires_at').execute();
}
