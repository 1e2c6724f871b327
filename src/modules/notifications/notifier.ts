import type { Business } from '../tenants/tenants.model.js';

export type SmsKind =
  | 'confirmation'
  | 'reminder'
  | 'owner_alert'
  | 'reply'
  | 'cancellation'
  | 'reschedule'
  | 'opt_out'
  | 'opt_in'
  | 'help';
export type OwnerEvent =
  | 'new_booking'
  | 'emergency'
  | 'voicemail'
  | 'missed_call'
  | 'handoff'
  | 'cancellation'
  | 'reschedule'
  | 'callback';

/** What happened to one outbound SMS, as stored in sms_messages. */
export interface SmsRecord {
  id: string;
  status: 'queued' | 'sent' | 'delivered' | 'failed' | 'undelivered' | 'blocked' | 'skipped';
  provider_sid: string | null;
  deduplicated: boolean;
  /**
   * A failed send that may be retried: repeating the call with the same dedupe key from this time
   * on tries again (same message, same id). Null when the outcome is final.
   */
  retry_at: string | null;
}

/**
 * Outbound messages to customers and owners. Implementations never throw for a provider failure:
 * the message is stored as failed and the caller's work (a booking, a call) carries on.
 * A dedupeKey makes a repeated call a no-op that returns the first record (`deduplicated: true`),
 * except after a transient provider failure (network, timeout, 429, 5xx): a repeat from the
 * record's `retry_at` on sends the same message again, up to MAX_SEND_ATTEMPTS sends in all.
 * Keys are scoped per tenant and per kind (owner alerts have their own scope), so one key such as
 * an appointment id may serve a confirmation, a reminder and an owner alert without clashing.
 * Opted-out customers get nothing (status `blocked`) except opt_out/opt_in/help confirmations; a
 * tenant without twilio_phone_number gets `skipped`; alertOwner returns null without owner_phone.
 */
export interface Notifier {
  notifyCustomer(
    business: Business,
    message: { customerId: string; kind: SmsKind; body: string; dedupeKey: string; appointmentId?: string },
  ): Promise<SmsRecord>;
  alertOwner(
    business: Business,
    alert: { event: OwnerEvent; body: string; dedupeKey: string },
  ): Promise<SmsRecord | null>;
}
