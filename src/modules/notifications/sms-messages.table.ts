import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface SmsMessageTable {
  id: string;
  business_id: string;
  customer_id: string | null;
  appointment_id: string | null;
  direction: string; // outbound | inbound
  to_phone: string;
  from_phone: string | null;
  body: string;
  kind: string; // confirmation | reminder | owner_alert | reply | opt_out | …
  status: string; // queued | sent | delivered | failed | undelivered | blocked | received
  provider_sid: string | null;
  error_code: string | null;
  error_message: string | null;
  dedupe_key: string | null;
  /** Sends tried so far (a transient failure may be retried). */
  attempts: Generated<number>;
  /** A failed send may be tried again by a repeat of the message from this time on; null = final. */
  retry_at: string | null;
  created_at: string;
  updated_at: string;
}

export type SmsMessageRow = Selectable<SmsMessageTable>;
export type NewSmsMessageRow = Insertable<SmsMessageTable>;
export type SmsMessageRowUpdate = Updateable<SmsMessageTable>;
