import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface CustomerTable {
  id: string;
  business_id: string;
  name: string | null;
  phone: string; // E.164
  email: string | null;
  address: string | null;
  notes: string | null;
  sms_opt_out: number;
  sms_opt_out_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationTable {
  id: string;
  business_id: string;
  customer_id: string | null;
  channel: string; // phone | sms | web | api | owner_chat
  external_id: string | null; // CallSid, session id, (phone) for SMS threads
  caller_phone: string | null;
  status: string; // OPEN | CLOSED
  outcome: string | null; // booked | cancelled | rescheduled | emergency | handoff | callback | abandoned
  summary: string | null;
  /** 1: the owner trying their assistant from the dashboard, not a customer. */
  is_test: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConversationMessageTable {
  id: string;
  business_id: string;
  conversation_id: string;
  role: string; // user | assistant | system
  text: string;
  created_at: string;
}

export interface CallbackTable {
  id: string;
  business_id: string;
  customer_id: string | null;
  conversation_id: string | null;
  phone: string | null;
  name: string | null;
  reason: string; // MISSED_CALL | VOICEMAIL | PARTIAL_INTAKE | HANDOFF | EMERGENCY
  status: string; // OPEN | RESOLVED
  summary: string | null;
  voicemail_url: string | null;
  transcription: string | null;
  call_sid: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
}

export type CustomerRow = Selectable<CustomerTable>;
export type NewCustomerRow = Insertable<CustomerTable>;
export type CustomerRowUpdate = Updateable<CustomerTable>;
export type ConversationRow = Selectable<ConversationTable>;
export type ConversationMessageRow = Selectable<ConversationMessageTable>;
export type CallbackRow = Selectable<CallbackTable>;
