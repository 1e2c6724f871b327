import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import type { Metrics } from '../../platform/metrics/metrics.js';
import {
  type Callback,
  type CallbackReason,
  type CallbackStatus,
  callbackFromRow,
  type RecordCallback,
  UNBOOKED_REASONS,
} from './callbacks.model.js';
import * as repo from './callbacks.repository.js';
import { findConversationById } from './conversations.repository.js';
import { callbackNotFound, conversationNotFound } from './crm.errors.js';
import type { CallbackRow, CallbackTable } from './crm.table.js';
import { decodeTimeKey, type Page, type PageQuery, pageSize, timePage } from './crm-cursor.js';
import * as customers from './customers.repository.js';
import { customerNotFound, normalizePhone } from './customers.service.js';

export type CallbackService = ReturnType<typeof createCallbackService>;

const FILLABLE = [
  'phone',
  'name',
  'summary',
  'voicemail_url',
  'transcription',
  'customer_id',
  'conversation_id',
] as const;

const unbookedKey = (callSid: string) => `call:${callSid}:unbooked`;

function dedupeKeyOf(input: RecordCallback): string | null {
  const callSid = input.call_sid ?? null;
  if (callSid && UNBOOKED_REASONS.includes(input.reason)) return unbookedKey(callSid);
  if (input.dedupeKey) return input.dedupeKey;
  return callSid ? `call:${callSid}:${input.reason.toLowerCase()}` : null;
}

/** Caller ID that is not a number (anonymous, restricted) is not lost: the owner reads it in the summary. */
function phoneAndSummary(input: RecordCallback): { phone: string | null; summary: string | null } {
  const raw = input.phone?.trim() || null;
  const phone = raw ? normalizePhone(raw) : null;
  if (!raw || phone) return { phone, summary: input.summary ?? null };
  const note = `Caller ID as given: ${raw.slice(0, 100)}`;
  return { phone: null, summary: input.summary ? `${input.summary}\n${note}` : note };
}

export function createCallbackService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  /** Counts callbacks recorded, by reason. */
  metrics?: Pick<Metrics, 'callback'>;
}) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();

  async function linkedIds(businessId: string, input: RecordCallback, phone: string | null) {
    if (input.conversation_id && !(await findConversationById(db, businessId, input.conversation_id))) {
      throw conversationNotFound(input.conversation_id);
    }
    let customerId: string | null = null;
    if (input.customer_id) {
      if (!(await customers.findCustomerById(db, businessId, input.customer_id)))
        throw customerNotFound(input.customer_id);
      customerId = input.customer_id;
    } else if (phone) {
      customerId = (await customers.findCustomerByPhone(db, businessId, phone))?.id ?? null;
    }
    return { customer_id: customerId, conversation_id: input.conversation_id ?? null };
  }

  /**
   * Race-safe: the (business, dedupe_key) unique constraint decides which record creates the row.
   * `callback` is null when removeForCall already ran for this booked call: nothing was recorded.
   */
  async function record(
    businessId: string,
    input: RecordCallback,
  ): Promise<{ callback: Callback | null; created: boolean }> {
    const { phone, summary } = phoneAndSummary(input);
    const dedupeKey = dedupeKeyOf(input);
    const at = now();
    const id = newId('cb');
    const fields = {
      phone,
      name: input.name ?? null,
      summary,
      voicemail_url: input.voicemail_url ?? null,
      transcription: input.transcription ?? null,
      ...(await linkedIds(businessId, input, phone)),
    };
    const created = await repo.insertCallbackIfAbsent(db, {
      id,
      business_id: businessId,
      reason: input.reason,
      status: 'OPEN',
      call_sid: input.call_sid ?? null,
      dedupe_key: dedupeKey,
      created_at: at,
      updated_at: at,
      ...fields,
    });
    const row =
      created || dedupeKey === null
        ? await repo.findCallbackById(db, businessId, id)
        : await fillBlanks(businessId, dedupeKey, fields);
    if (!row) throw new AppError('INTERNAL', 'Callback vanished during record');
    if (created && row.status !== 'SUPPRESSED') deps.metrics?.callback(input.reason);
    return { callback: row.status === 'SUPPRESSED' ? null : callbackFromRow(row), created };
  }

  async function fillBlanks(
    businessId: string,
    dedupeKey: string,
    fields: Pick<CallbackTable, (typeof FILLABLE)[number]>,
  ): Promise<CallbackRow | undefined> {
    const existing = await repo.findCallbackByDedupeKey(db, businessId, dedupeKey);
    if (!existing || existing.status === 'SUPPRESSED') return existing;
    const changes: Partial<Pick<CallbackTable, (typeof FILLABLE)[number]>> = {};
    for (const key of FILLABLE) {
      if (existing[key] === null && fields[key] !== null) changes[key] = fields[key];
    }
    if (Object.keys(changes).length === 0) return existing;
    await repo.updateCallback(db, businessId, existing.id, { ...changes, updated_at: now() });
    return repo.findCallbackById(db, businessId, existing.id);
  }

  async function get(businessId: string, id: string): Promise<Callback> {
    const row = await repo.findCallbackById(db, businessId, id);
    if (!row || row.status === 'SUPPRESSED') throw callbackNotFound(id);
    return callbackFromRow(row);
  }

  async function setStatus(businessId: string, id: string, status: CallbackStatus): Promise<Callback> {
    const current = await get(businessId, id);
    if (current.status === status) return current;
    await repo.updateCallback(db, businessId, id, {
      status,
      resolved_at: status === 'RESOLVED' ? now() : null,
      updated_at: now(),
    });
    return get(businessId, id);
  }

  /** Newest first; without a status, open and resolved ones. */
  async function list(
    businessId: string,
    query: Partial<PageQuery> & { status?: CallbackStatus | undefined } = {},
  ): Promise<Page<Callback>> {
    const limit = pageSize(query.limit);
    const rows = await repo.listCallbacks(
      db,
      businessId,
      { status: query.status },
      { limit: limit + 1, before: decodeTimeKey(query.cursor) },
    );
    return timePage(rows, limit, (row) => ({ at: row.created_at, id: row.id }), callbackFromRow);
  }

  async function hasOpenFor(businessId: string, rawPhone: string): Promise<boolean> {
    const phone = normalizePhone(rawPhone);
    return phone ? repo.hasOpenCallback(db, businessId, phone) : false;
  }

  /**
   * For a call that ended in a booking: removes its callbacks of these reasons and, for MISSED_CALL
   * and PARTIAL_INTAKE, leaves a hidden marker so a status webhook arriving later records nothing.
   */
  async function removeForCall(
    businessId: string,
    callSid: string,
    reasons: readonly CallbackReason[] = UNBOOKED_REASONS,
  ): Promise<void> {
    const key = unbookedKey(callSid);
    if (reasons.some((reason) => UNBOOKED_REASONS.includes(reason))) {
      const at = now();
      await repo.upsertCallbackStatus(db, {
        id: newId('cb'),
        business_id: businessId,
        reason: 'MISSED_CALL',
        status: 'SUPPRESSED',
        call_sid: callSid,
        dedupe_key: key,
        created_at: at,
        updated_at: at,
      });
    }
    await repo.deleteCallbacksForCall(db, businessId, callSid, [...reasons], key);
  }

  return {
    record,
    get,
    setStatus,
    resolve: (businessId: string, id: string) => setStatus(businessId, id, 'RESOLVED'),
    reopen: (businessId: string, id: string) => setStatus(businessId, id, 'OPEN'),
    list,
    hasOpenFor,
    removeForCall,
  };
}
