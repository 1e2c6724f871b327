import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';
import {
  type Conversation,
  type ConversationChannel,
  type ConversationListFilters,
  type ConversationMessage,
  type ConversationOutcome,
  type ConversationWithMessages,
  conversationFromRow,
  type MessageRole,
  messageFromRow,
  type StartConversation,
} from './conversations.model.js';
import * as repo from './conversations.repository.js';
import { conversationNotFound } from './crm.errors.js';
import type { ConversationRow } from './crm.table.js';
import { decodeTimeKey, type Page, pageSize, timePage } from './crm-cursor.js';
import * as customers from './customers.repository.js';
import { customerNotFound, normalizePhone } from './customers.service.js';
import { createMessageAppends } from './message-appends.js';

/** Messages returned with one conversation: the latest ones when a thread grows longer. */
export const MAX_MESSAGES = 1000;

export type ConversationService = ReturnType<typeof createConversationService>;

export function createConversationService(deps: { db: Kysely<Database>; clock: Clock }) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  const appends = createMessageAppends({ db, clock });

  async function requireRow(businessId: string, id: string): Promise<ConversationRow> {
    const row = await repo.findConversationById(db, businessId, id);
    if (!row) throw conversationNotFound(id);
    return row;
  }

  async function withCount(businessId: string, row: ConversationRow): Promise<Conversation> {
    const counts = await repo.countMessages(db, businessId, [row.id]);
    return conversationFromRow(row, counts.get(row.id) ?? 0);
  }

  async function customerFor(businessId: string, input: StartConversation, phone: string | null) {
    if (input.customer_id) {
      const customer = await customers.findCustomerById(db, businessId, input.customer_id);
      if (!customer) throw customerNotFound(input.customer_id);
      return customer.id;
    }
    if (!phone) return null;
    return (await customers.findCustomerByPhone(db, businessId, phone))?.id ?? null;
  }

  /** Stores a new conversation unless its external id is taken; true when this call stored it. */
  async function insertIfAbsent(businessId: string, id: string, input: StartConversation): Promise<boolean> {
    const phone = input.caller_phone ? normalizePhone(input.caller_phone) : null;
    const at = now();
    return repo.insertConversationIfAbsent(db, {
      id,
      business_id: businessId,
      customer_id: await customerFor(businessId, input, phone),
      channel: input.channel,
      external_id: input.external_id ?? null,
      caller_phone: phone,
      status: 'OPEN',
      is_test: input.is_test ? 1 : 0,
      created_at: at,
      updated_at: at,
    });
  }

  /**
   * The id of the conversation with this external id, started when there is none: all a channel
   * needs to keep its transcript, in two statements where start, which answers the whole
   * conversation, takes five.
   */
  async function openId(businessId: string, input: StartConversation & { external_id: string }) {
    const id = newId('conv');
    if (await insertIfAbsent(businessId, id, input)) return id;
    const row = await repo.findConversationByExternal(db, businessId, input.channel, input.external_id);
    if (!row) throw new AppError('INTERNAL', 'Conversation vanished during start');
    return row.id;
  }

  /** Idempotent on (business, channel, external_id): a retry returns the existing conversation. */
  async function start(
    businessId: string,
    input: StartConversation,
  ): Promise<{ conversation: Conversation; created: boolean }> {
    const externalId = input.external_id ?? null;
    if (externalId !== null) {
      const existing = await repo.findConversationByExternal(db, businessId, input.channel, externalId);
      if (existing) return { conversation: await withCount(businessId, existing), created: false };
    }
    const id = newId('conv');
    const created = await insertIfAbsent(businessId, id, input);
    // Losing an insert race means another start with this external id won: answer with its row.
    const row =
      created || externalId === null
        ? await repo.findConversationById(db, businessId, id)
        : await repo.findConversationByExternal(db, businessId, input.channel, externalId);
    if (!row) throw new AppError('INTERNAL', 'Conversation vanished during start');
    return { conversation: await withCount(businessId, row), created };
  }

  /**
   * Stores the text exactly as given. Timestamps never go backwards within a conversation, so two
   * messages appended in the same millisecond keep their order.
   */
  async function appendMessage(
    businessId: string,
    conversationId: string,
    message: { role: MessageRole; text: string },
  ): Promise<ConversationMessage> {
    const [stored] = await appendMessages(businessId, conversationId, [message]);
    return stored as ConversationMessage;
  }

  /**
   * Appends messages in order, as appendMessage would one by one: a voice turn writes its caller
   * and assistant lines together. Concurrent appends are written in one transaction (group commit,
   * message-appends.ts); this resolves once these messages are committed. Touching updated_at
   * doubles as the existence check and reads the latest message time, fresh from the database (so
   * writers on other instances are seen): new timestamps start after it.
   */
  function appendMessages(
    businessId: string,
    conversationId: string,
    messages: ReadonlyArray<{ role: MessageRole; text: string }>,
  ): Promise<ConversationMessage[]> {
    return appends.append(businessId, conversationId, messages);
  }

  /**
   * Streaming voice: the caller interrupted the latest assistant message and heard only `heard`;
   * the unheard rest is dropped (the whole message when nothing was heard). Any other latest
   * message is left alone: the transcript never loses a caller's words.
   */
  async function reviseLastReply(
    businessId: string,
    conversationId: string,
    heard: string,
  ): Promise<boolean> {
    return repo.reviseLatestMessage(db, businessId, conversationId, 'assistant', heard.trim());
  }

  async function close(
    businessId: string,
    id: string,
    input: { outcome?: ConversationOutcome | null; summary?: string | null } = {},
  ): Promise<Conversation> {
    await requireRow(businessId, id);
    await repo.updateConversation(db, businessId, id, {
      status: 'CLOSED',
      updated_at: now(),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
    });
    return withCount(businessId, await requireRow(businessId, id));
  }

  /** Sets the customer once the channel learns who is talking (a widget chat that gave a phone). */
  async function linkCustomer(businessId: string, id: string, customerId: string): Promise<Conversation> {
    await requireRow(businessId, id);
    const customer = await customers.findCustomerById(db, businessId, customerId);
    if (!customer) throw customerNotFound(customerId);
    await repo.updateConversation(db, businessId, id, { customer_id: customer.id, updated_at: now() });
    return withCount(businessId, await requireRow(businessId, id));
  }

  async function get(businessId: string, id: string): Promise<ConversationWithMessages> {
    const row = await requireRow(businessId, id);
    const [counts, messages] = await Promise.all([
      repo.countMessages(db, businessId, [id]),
      repo.listMessages(db, businessId, id, MAX_MESSAGES),
    ]);
    return { ...conversationFromRow(row, counts.get(id) ?? 0), messages: messages.map(messageFromRow) };
  }

  /** Newest first. */
  async function list(
    businessId: string,
    filters: ConversationListFilters = {},
  ): Promise<Page<Conversation>> {
    const limit = pageSize(filters.limit);
    const rows = await repo.listConversations(
      db,
      businessId,
      {
        channel: filters.channel,
        customerId: filters.customer_id,
        status: filters.status,
        since: filters.since,
      },
      { limit: limit + 1, before: decodeTimeKey(filters.cursor) },
    );
    const counts = await repo.countMessages(
      db,
      businessId,
      rows.slice(0, limit).map((row) => row.id),
    );
    return timePage(
      rows,
      limit,
      (row) => ({ at: row.created_at, id: row.id }),
      (row) => conversationFromRow(row, counts.get(row.id) ?? 0),
    );
  }

  async function findByExternal(
    businessId: string,
    channel: ConversationChannel,
    externalId: string,
  ): Promise<Conversation | null> {
    const row = await repo.findConversationByExternal(db, businessId, channel, externalId);
    return row ? withCount(businessId, row) : null;
  }

  /** Open conversations on `channels`, across tenants, idle since `before` (oldest first). */
  async function idle(
    channels: readonly ConversationChannel[],
    before: Date,
    limit: number,
  ): Promise<Conversation[]> {
    const rows = await repo.findIdleConversations(db, { channels, before: before.toISOString(), limit });
    return rows.map((row) => conversationFromRow(row, 0));
  }

  return {
    start,
    openId,
    idle,
    appendMessage,
    appendMessages,
    reviseLastReply,
    close,
    linkCustomer,
    get,
    list,
    findByExternal,
  };
}
