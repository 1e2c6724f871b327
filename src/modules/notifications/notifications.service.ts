import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { decodeKeysetCursor, page } from '../../platform/http/pagination.js';
import { newId } from '../../platform/ids.js';
import type { Metrics } from '../../platform/metrics/metrics.js';
import type { CustomerService } from '../crm/customers.service.js';
import type { Business } from '../tenants/tenants.model.js';
import {
  higherStatuses,
  messageFromRow,
  recordFromRow,
  type SmsMessage,
  statusFromProvider,
} from './messages.model.js';
import * as repo from './messages.repository.js';
import type { Notifier, SmsKind, SmsRecord } from './notifier.js';
import type { NewSmsMessageRow, SmsMessageRow } from './sms-messages.table.js';
import { SmsSendError, type SmsSender } from './sms-sender.js';

/** The few logger methods this service uses (pino and Fastify's logger fit). */
export interface NotificationLog {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface NotificationServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  sender: SmsSender;
  customers: Pick<CustomerService, 'get' | 'findByPhone'>;
  /** When set, providers report delivery to `${publicBaseUrl}/v1/twilio/sms-status`. */
  publicBaseUrl?: string | undefined;
  log?: NotificationLog;
  /** Counts texts the provider took and those it did not, by kind. */
  metrics?: Pick<Metrics, 'sms'>;
}

export type NotificationService = ReturnType<typeof createNotificationService>;

// Confirmations of the opt-out keywords themselves must reach an opted-out number (carrier rules).
const ALWAYS_ALLOWED: ReadonlySet<SmsKind> = new Set(['opt_out', 'opt_in', 'help']);

const silent: NotificationLog = { warn: () => {}, error: () => {} };

/** Sends of one message in all, the first included, while its failures are transient. */
export const MAX_SEND_ATTEMPTS = 3;
/** Wait before the next try, by attempts made so far: the provider gets time to recover. */
const RETRY_DELAYS_MS = [60_000, 5 * 60_000];

/** When a transient failure after `attempts` sends may be retried; null once no tries are left. */
function retryAtAfter(attempts: number, at: Date): string | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return attempts < MAX_SEND_ATTEMPTS && delay !== undefined
    ? new Date(at.getTime() + delay).toISOString()
    : null;
}

interface Outbound {
  kind: string;
  to: string;
  body: string;
  /** Stored key: unique per tenant, so a repeat is a no-op. */
  dedupeKey: string;
  customerId: string | null;
  appointmentId: string | null;
  optedOut: boolean;
}

export function createNotificationService(deps: NotificationServiceDeps) {
  const { db, clock, sender, customers } = deps;
  const log = deps.log ?? silent;
  const now = () => clock.now().toISOString();

  function statusCallbackUrl(business: Business): string | undefined {
    if (!deps.publicBaseUrl) return undefined;
    return `${deps.publicBaseUrl}/v1/twilio/sms-status?business_id=${encodeURIComponent(business.id)}`;
  }

  /** Store first (the dedupe key decides who sends), then send, then record the outcome. */
  async function deliver(business: Business, message: Outbound): Promise<SmsRecord> {
    const at = now();
    const row: NewSmsMessageRow & { status: string; from_phone: string | null; provider_sid: null } = {
      id: newId('sms'),
      business_id: business.id,
      customer_id: message.customerId,
      appointment_id: message.appointmentId,
      direction: 'outbound',
      to_phone: message.to,
      from_phone: business.twilio_phone_number,
      body: message.body,
      kind: message.kind,
      provider_sid: null,
      dedupe_key: message.dedupeKey,
      created_at: at,
      updated_at: at,
      ...initialStatus(business, message),
    };
    if (!(await repo.insertMessageIfAbsent(db, row))) {
      const existing = await repo.findMessageByDedupeKey(db, business.id, message.dedupeKey);
      if (!existing) throw new AppError('INTERNAL', 'SMS dedupe row vanished');
      return retryIfDue(business, existing);
    }
    if (row.status !== 'queued' || !row.from_phone) return recordFromRow(row, false);
    return send(business, { ...row, from_phone: row.from_phone, attempts: 1 });
  }

  /**
   * A repeat of a message: the stored outcome, unless an earlier send failed transiently and its
   * retry time has come. Of several repeats at once, the conditional claim lets one send.
   */
  async function retryIfDue(business: Business, existing: SmsMessageRow): Promise<SmsRecord> {
    const due = existing.status === 'failed' && existing.retry_at !== null && existing.retry_at <= now();
    if (!due || !existing.from_phone) return recordFromRow(existing, true);
    const attempts = existing.attempts + 1;
    const claimed = await repo.claimRetry(db, business.id, existing.id, existing.attempts, {
      status: 'queued',
      attempts,
      retry_at: null,
      error_code: null,
      error_message: null,
      updated_at: now(),
    });
    if (!claimed) return recordFromRow(existing, true);
    return send(business, { ...existing, from_phone: existing.from_phone, attempts });
  }

  async function send(
    business: Business,
    row: { id: string; kind: string; to_phone: string; from_phone: string; body: string; attempts: number },
  ): Promise<SmsRecord> {
    const callback = statusCallbackUrl(business);
    let sid: string;
    try {
      ({ sid } = await sender.send({
        from: row.from_phone,
        to: row.to_phone,
        body: row.body,
        ...(callback ? { statusCallbackUrl: callback } : {}),
      }));
    } catch (error) {
      deps.metrics?.sms(row.kind, 'failed');
      return recordFailure(business, row, error);
    }
    deps.metrics?.sms(row.kind, 'sent');
    await repo.updateMessageFromStatus(db, business.id, row.id, 'queued', {
      status: 'sent',
      provider_sid: sid,
      updated_at: now(),
    });
    return { id: row.id, status: 'sent', provider_sid: sid, deduplicated: false, retry_at: null };
  }

  async function recordFailure(
    business: Business,
    row: { id: string; kind: string; attempts: number },
    error: unknown,
  ): Promise<SmsRecord> {
    const failure = error instanceof SmsSendError ? error : new SmsSendError('transient', String(error));
    const retryAt = failure.kind === 'transient' ? retryAtAfter(row.attempts, clock.now()) : null;
    const fields = {
      business_id: business.id,
      message_id: row.id,
      kind: row.kind,
      error_kind: failure.kind,
      provider_code: failure.details.providerCode ?? null,
      attempts: row.attempts,
      retry_at: retryAt,
    };
    if (failure.kind === 'auth') log.error(fields, 'SMS provider refused our credentials');
    else log.warn(fields, 'SMS send failed');
    await repo.updateMessageFromStatus(db, business.id, row.id, 'queued', {
      status: 'failed',
      error_code: String(failure.details.providerCode ?? failure.kind),
      error_message: `${failure.kind}: ${failure.details.providerMessage ?? failure.message}`,
      retry_at: retryAt,
      updated_at: now(),
    });
    return { id: row.id, status: 'failed', provider_sid: null, deduplicated: false, retry_at: retryAt };
  }

  const notifyCustomer: Notifier['notifyCustomer'] = async (business, message) => {
    const customer = await customers.get(business.id, message.customerId);
    return deliver(business, {
      kind: message.kind,
      to: customer.phone,
      body: message.body,
      dedupeKey: `${message.kind}:${message.dedupeKey}`,
      customerId: customer.id,
      appointmentId: message.appointmentId ?? null,
      optedOut: customer.sms_opt_out && !ALWAYS_ALLOWED.has(message.kind),
    });
  };

  const alertOwner: Notifier['alertOwner'] = async (business, alert) => {
    if (!business.owner_phone) return null;
    return deliver(business, {
      kind: 'owner_alert',
      to: business.owner_phone,
      body: alert.body,
      dedupeKey: `owner_alert:${alert.dedupeKey}`,
      customerId: null,
      appointmentId: null,
      optedOut: false,
    });
  };

  /** Logs an inbound text once per provider SID (redeliveries return the first row). */
  async function recordInbound(
    business: Business,
    message: { from: string; to: string; body: string; providerSid: string },
  ): Promise<SmsMessage & { deduplicated: boolean }> {
    const customer = await customers.findByPhone(business.id, message.from);
    return insertLogged(business, {
      direction: 'inbound',
      kind: 'inbound',
      status: 'received',
      to_phone: message.to,
      from_phone: message.from,
      body: message.body,
      customer_id: customer?.id ?? null,
      provider_sid: message.providerSid,
      dedupe_key: `inbound:${message.providerSid}`,
    });
  }

  /** Logs a reply the channel returned as TwiML `<Message>` (Twilio sends it, not us). */
  async function recordReply(
    business: Business,
    reply: {
      to: string;
      body: string;
      kind?: Extract<SmsKind, 'reply' | 'opt_out' | 'opt_in' | 'help'>;
      dedupeKey?: string;
      customerId?: string | null;
    },
  ): Promise<SmsMessage & { deduplicated: boolean }> {
    const kind = reply.kind ?? 'reply';
    return insertLogged(business, {
      direction: 'outbound',
      kind,
      status: 'sent',
      to_phone: reply.to,
      from_phone: business.twilio_phone_number,
      body: reply.body,
      customer_id: reply.customerId ?? null,
      provider_sid: null,
      dedupe_key: reply.dedupeKey ? `${kind}:${reply.dedupeKey}` : null,
    });
  }

  async function insertLogged(
    business: Business,
    fields: Omit<NewSmsMessageRow, 'id' | 'business_id' | 'created_at' | 'updated_at'>,
  ): Promise<SmsMessage & { deduplicated: boolean }> {
    const at = now();
    const row = { id: newId('sms'), business_id: business.id, created_at: at, updated_at: at, ...fields };
    const inserted = await repo.insertMessageIfAbsent(db, row);
    const stored =
      inserted || !row.dedupe_key
        ? await repo.findMessageById(db, business.id, row.id)
        : await repo.findMessageByDedupeKey(db, business.id, row.dedupe_key);
    if (!stored) throw new AppError('INTERNAL', 'SMS log row vanished');
    return { ...messageFromRow(stored), deduplicated: !inserted };
  }

  /** Applies a provider delivery report; false when the SID is unknown or the status is stale. */
  async function updateStatusBySid(
    sid: string,
    providerStatus: string,
    errorCode?: string,
  ): Promise<boolean> {
    const status = statusFromProvider(providerStatus);
    if (!status) return false;
    return repo.updateMessageBySid(db, sid, higherStatuses(status), {
      status,
      ...(errorCode ? { error_code: errorCode } : {}),
      updated_at: now(),
    });
  }

  async function list(
    businessId: string,
    query: { direction?: 'outbound' | 'inbound'; kind?: string; limit: number; cursor?: string },
  ): Promise<{ items: SmsMessage[]; next_cursor: string | null }> {
    const rows = await repo.listMessages(db, businessId, {
      limit: query.limit + 1,
      ...(query.direction ? { direction: query.direction } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...beforeOf(query.cursor),
    });
    const result = page(rows, query.limit, (row) => `${row.created_at}|${row.id}`);
    return { items: result.items.map(messageFromRow), next_cursor: result.next_cursor };
  }

  /**
   * Sends again every text whose passing failure's retry time has come (confirmations, owner alerts,
   * reminders alike), so a provider outage delays a text rather than losing it. Safe on every
   * instance at once: each resend is claimed. Returns how many were handed to the provider.
   */
  async function retryDue(
    businessOf: (id: string) => Promise<Business | null>,
    options: { limit?: number; signal?: AbortSignal } = {},
  ): Promise<number> {
    let sent = 0;
    for (const row of await repo.findDueRetries(db, now(), options.limit ?? 100)) {
      if (options.signal?.aborted) break;
      const business = await businessOf(row.business_id);
      if (business && (await retryIfDue(business, row)).status === 'sent') sent += 1;
    }
    return sent;
  }

  return { notifyCustomer, alertOwner, recordInbound, recordReply, updateStatusBySid, list, retryDue };
}

function initialStatus(
  business: Business,
  message: Outbound,
): { status: string; error_code?: string; error_message?: string } {
  if (!business.twilio_phone_number) {
    return {
      status: 'skipped',
      error_code: 'no_sender_number',
      error_message: 'The business has no twilio_phone_number to send from',
    };
  }
  if (message.optedOut) {
    return { status: 'blocked', error_code: 'opted_out', error_message: 'The customer opted out of SMS' };
  }
  return { status: 'queued' };
}

function beforeOf(cursor: string | undefined): { before?: { created_at: string; id: string } } {
  const position = decodeKeysetCursor(cursor);
  return position ? { before: { created_at: position.key, id: position.id } } : {};
}
