import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Two tables for Google Calendar sync:
// - calendar_connections: one row per tenant that connected a calendar (OAuth tokens, encrypted by
//   the app before they get here) or watches one (push channel, sync token, renewal claim);
// - calendar_event_writes: the outbox of calendar writes, one row per appointment. `status` is the
//   appointment's sync status (pending, synced, failed, blocked); `version` grows with every change
//   so a slow attempt never marks a newer change synced; `claimed_at` lets exactly one instance work
//   a row (a stale claim is taken over).
// Timestamps are ISO-8601 UTC text, as everywhere else.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_connections')
    .addColumn('business_id', 'text', (col) => col.primaryKey().references('businesses.id'))
    .addColumn('auth_kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('calendar_id', 'text')
    .addColumn('encrypted_tokens', 'text')
    .addColumn('channel_id', 'text')
    .addColumn('channel_token', 'text')
    .addColumn('channel_resource_id', 'text')
    .addColumn('channel_address', 'text')
    .addColumn('channel_ttl_seconds', 'integer')
    .addColumn('channel_expires_at', 'text')
    .addColumn('renew_claimed_at', 'text')
    .addColumn('sync_token', 'text')
    .addColumn('last_sync_at', 'text')
    .addColumn('disconnected_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_connections_channel_idx')
    .on('calendar_connections')
    .column('channel_id')
    .execute();
  await db.schema
    .createIndex('calendar_connections_expiry_idx')
    .on('calendar_connections')
    .column('channel_expires_at')
    .execute();

  await db.schema
    .createTable('calendar_event_writes')
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('appointment_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('operation', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('calendar_event_writes_pk', ['business_id', 'appointment_id'])
    .execute();
  await db.schema
    .createIndex('calendar_event_writes_due_idx')
    .on('calendar_event_writes')
    .columns(['status', 'next_attempt_at'])
    .execute();

  // A relay that names no tenant finds the appointment by its event id alone (per-tenant lookups use
  // appointments_calendar_event_idx).
  await db.schema
    .createIndex('appointments_event_lookup_idx')
    .on('appointments')
    .column('calendar_event_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appointments_event_lookup_idx').execute();
  await db.schema.dropTable('calendar_event_writes').execute();
  await db.schema.dropTable('calendar_connections').execute();
}
