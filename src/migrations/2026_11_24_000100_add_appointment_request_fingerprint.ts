import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. An Idempotency-Key replay must be told apart
// from a different request reusing the key; the fingerprint of the first request is kept beside it
// (comparing against the appointment itself would fail once it is legitimately moved or edited).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appointments').addColumn('idempotency_fingerprint', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appointments').dropColumn('idempotency_fingerprint').execute();
}
