import type { Insertable, Selectable, Updateable } from 'kysely';

export interface AppointmentTable {
  id: string;
  business_id: string;
  customer_id: string;
  start_time: string; // ISO UTC
  end_time: string;
  status: string; // SCHEDULED | CONFIRMED | CANCELLED | COMPLETED
  source: string; // phone | sms | web | api | calendar
  is_emergency: number;
  service_type: string | null;
  description: string | null;
  address: string | null;
  calendar_event_id: string | null;
  idempotency_key: string | null;
  /** Hash of the request first made with idempotency_key (see booking-rules.ts). */
  idempotency_fingerprint: string | null;
  reminder_claimed_at: string | null;
  reminder_sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AppointmentRow = Selectable<AppointmentTable>;
export type NewAppointmentRow = Insertable<AppointmentTable>;
export type AppointmentRowUpdate = Updateable<AppointmentTable>;
