import type { SmsRecord } from './notifier.js';
import type { SmsMessageRow } from './sms-messages.table.js';

/** One row of the SMS log, as the owner API shows it. */
export interface SmsMessage {
  id: string;
  direction: 'outbound' | 'inbound';
  kind: string;
  status: string;
  to: string;
  from: string | null;
  body: string;
  customer_id: string | null;
  appointment_id: string | null;
  provider_sid: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

export function messageFromRow(row: SmsMessageRow): SmsMessage {
  return {
    id: row.id,
    direction: row.direction === 'inbound' ? 'inbound' : 'outbound',
    kind: row.kind,
    status: row.status,
    to: row.to_phone,
    from: row.from_phone,
    body: row.body,
    customer_id: row.customer_id,
    appointment_id: row.appointment_id,
    provider_sid: row.provider_sid,
    error_code: row.error_code,
    error_message: row.error_message,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function recordFromRow(
  row: Pick<SmsMessageRow, 'id' | 'status' | 'provider_sid'> & { retry_at?: string | null },
  deduplicated: boolean,
): SmsRecord {
  return {
    id: row.id,
    status: row.status as SmsRecord['status'],
    provider_sid: row.provider_sid,
    deduplicated,
    retry_at: row.status === 'failed' ? (row.retry_at ?? null) : null,
  };
}

// Twilio's message statuses, folded onto ours. A status never moves to a lower rank, because
// delivery reports can arrive out of order.
const STATUS_FROM_PROVIDER: Record<string, 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed'> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};

const RANK: Record<string, number> = { queued: 0, sent: 1, delivered: 2, undelivered: 2, failed: 2 };

export function statusFromProvider(providerStatus: string): keyof typeof RANK | null {
  return STATUS_FROM_PROVIDER[providerStatus.trim().toLowerCase()] ?? null;
}

/** Statuses a report of `status` must not overwrite. */
export function higherStatuses(status: string): string[] {
  const rank = RANK[status] ?? 0;
  return Object.keys(RANK).filter((other) => (RANK[other] ?? 0) > rank);
}
