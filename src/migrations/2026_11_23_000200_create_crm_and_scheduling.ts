import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Every tenant-owned row carries business_id
// and every lookup index starts with it. Timestamps are ISO-8601 UTC text (lexical order = time
// order); booleans are 0/1 integers on both dialects.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('name', 'text')
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('notes', 'text')
    .addColumn('sms_opt_out', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('sms_opt_out_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('customers_business_phone_unique', ['business_id', 'phone'])
    .execute();
  await db.schema
    .createIndex('customers_business_created_idx')
    .on('customers')
    .columns(['business_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('start_time', 'text', (col) => col.notNull())
    .addColumn('end_time', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('SCHEDULED'))
    .addColumn('source', 'text', (col) => col.notNull().defaultTo('api'))
    .addColumn('is_emergency', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('service_type', 'text')
    .addColumn('description', 'text')
    .addColumn('address', 'text')
    .addColumn('calendar_event_id', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('reminder_claimed_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('appointments_business_idempotency_unique', ['business_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('appointments_business_start_idx')
    .on('appointments')
    .columns(['business_id', 'start_time'])
    .execute();
  await db.schema
    .createIndex('appointments_customer_idx')
    .on('appointments')
    .columns(['business_id', 'customer_id', 'start_time'])
    .execute();
  await db.schema
    .createIndex('appointments_reminder_idx')
    .on('appointments')
    .columns(['status', 'reminder_sent_at', 'start_time'])
    .execute();
  await db.schema
    .createIndex('appointments_calendar_event_idx')
    .on('appointments')
    .columns(['business_id', 'calendar_event_id'])
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id'))
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('external_id', 'text')
    .addColumn('caller_phone', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('OPEN'))
    .addColumn('outcome', 'text')
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('conversations_business_channel_external_unique', [
      'business_id',
      'channel',
      'external_id',
    ])
    .execute();
  await db.schema
    .createIndex('conversations_business_created_idx')
    .on('conversations')
    .columns(['business_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('conversations_customer_idx')
    .on('conversations')
    .columns(['business_id', 'customer_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('conversation_messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('conversation_id', 'text', (col) => col.notNull().references('conversations.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_messages_conversation_idx')
    .on('conversation_messages')
    .columns(['conversation_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('callbacks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id'))
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id'))
    .addColumn('phone', 'text')
    .addColumn('name', 'text')
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('OPEN'))
    .addColumn('summary', 'text')
    .addColumn('voicemail_url', 'text')
    .addColumn('transcription', 'text')
    .addColumn('call_sid', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('callbacks_business_dedupe_unique', ['business_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('callbacks_business_status_idx')
    .on('callbacks')
    .columns(['business_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('sms_messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('business_id', 'text', (col) => col.notNull().references('businesses.id'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id'))
    .addColumn('appointment_id', 'text', (col) => col.references('appointments.id'))
    .addColumn('direction', 'text', (col) => col.notNull())
    .addColumn('to_phone', 'text', (col) => col.notNull())
    .addColumn('from_phone', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('provider_sid', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('sms_messages_business_dedupe_unique', ['business_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('sms_messages_business_created_idx')
    .on('sms_messages')
    .columns(['business_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('sms_messages_provider_sid_idx')
    .on('sms_messages')
    .column('provider_sid')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sms_messages',
    'callbacks',
    'conversation_messages',
    'conversations',
    'appointments',
    'customers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
