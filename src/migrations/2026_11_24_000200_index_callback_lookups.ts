import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Callbacks are looked up by call (a booked call
// removes its missed-call callback) and by caller (the customer timeline), not only by status.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('callbacks_business_call_idx')
    .on('callbacks')
    .columns(['business_id', 'call_sid'])
    .execute();
  await db.schema
    .createIndex('callbacks_business_phone_idx')
    .on('callbacks')
    .columns(['business_id', 'phone', 'created_at'])
    .execute();
  await db.schema
    .createIndex('callbacks_business_customer_idx')
    .on('callbacks')
    .columns(['business_id', 'customer_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'callbacks_business_customer_idx',
    'callbacks_business_phone_idx',
    'callbacks_business_call_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}
