import type { CallbackRow } from './crm.table.js';

export const CALLBACK_REASONS = [
  'MISSED_CALL',
  'VOICEMAIL',
  'PARTIAL_INTAKE',
  'HANDOFF',
  'EMERGENCY',
] as const;
export type CallbackReason = (typeof CALLBACK_REASONS)[number];

export const CALLBACK_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** Reasons a call that ends in a booking must not leave behind. */
export const UNBOOKED_REASONS: readonly CallbackReason[] = ['MISSED_CALL', 'PARTIAL_INTAKE'];

export interface Callback {
  id: string;
  business_id: string;
  customer_id: string | null;
  conversation_id: string | null;
  phone: string | null;
  name: string | null;
  reason: CallbackReason;
  status: CallbackStatus;
  summary: string | null;
  voicemail_url: string | null;
  transcription: string | null;
  call_sid: string | null;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
}

export interface RecordCallback {
  reason: CallbackReason;
  /** E.164 when it parses; otherwise kept out of `phone` and quoted in `summary`. */
  phone?: string | null;
  name?: string | null;
  summary?: string | null;
  voicemail_url?: string | null;
  transcription?: string | null;
  call_sid?: string | null;
  conversation_id?: string | null;
  customer_id?: string | null;
  /**
   * A second record with the same key is a no-op answering the first callback (blank fields of the
   * first are filled in). Defaults to one per (call, reason); MISSED_CALL and PARTIAL_INTAKE with a
   * call_sid always share one key per call, so removeForCall holds in either order.
   */
  dedupeKey?: string | null;
}

export function callbackFromRow(row: CallbackRow): Callback {
  return {
    id: row.id,
    business_id: row.business_id,
    customer_id: row.customer_id,
    conversation_id: row.conversation_id,
    phone: row.phone,
    name: row.name,
    reason: row.reason as CallbackReason,
    status: row.status === 'RESOLVED' ? 'RESOLVED' : 'OPEN',
    summary: row.summary,
    voicemail_url: row.voicemail_url,
    transcription: row.transcription,
    call_sid: row.call_sid,
    created_at: row.created_at,
    updated_at: row.updated_at,
    resolved_at: row.resolved_at,
  };
}
