import type { ConversationMessageRow, ConversationRow } from './crm.table.js';
import type { PageQuery } from './crm-cursor.js';

export const CONVERSATION_CHANNELS = ['phone', 'sms', 'web', 'api', 'owner_chat'] as const;
export type ConversationChannel = (typeof CONVERSATION_CHANNELS)[number];

export const MESSAGE_ROLES = ['user', 'assistant', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const CONVERSATION_OUTCOMES = [
  'booked',
  'cancelled',
  'rescheduled',
  'emergency',
  'handoff',
  'callback',
  'abandoned',
] as const;
export type ConversationOutcome = (typeof CONVERSATION_OUTCOMES)[number];

export type ConversationStatus = 'OPEN' | 'CLOSED';

export interface Conversation {
  id: string;
  business_id: string;
  channel: ConversationChannel;
  external_id: string | null;
  customer_id: string | null;
  caller_phone: string | null;
  status: ConversationStatus;
  outcome: string | null;
  summary: string | null;
  /** The owner trying their assistant from the dashboard, not a customer. */
  is_test: boolean;
  message_count: number;
  created_at: string;
  updated_at: string;
}

export interface ConversationMessage {
  role: MessageRole;
  text: string;
  created_at: string;
}

export interface ConversationWithMessages extends Conversation {
  messages: ConversationMessage[];
}

export interface StartConversation {
  channel: ConversationChannel;
  /** The channel's own id (CallSid, session id, …): a retried start with it returns the first one. */
  external_id?: string | null;
  customer_id?: string | null;
  /** Stored as E.164 when it parses, otherwise dropped; it links a known customer by phone. */
  caller_phone?: string | null;
  /** The owner trying their assistant (dashboard), not a customer. */
  is_test?: boolean;
}

export interface ConversationListFilters extends Partial<PageQuery> {
  channel?: ConversationChannel | undefined;
  customer_id?: string | undefined;
  status?: ConversationStatus | undefined;
  /** ISO 8601 UTC: conversations started at or after it. */
  since?: string | undefined;
}

export function conversationFromRow(row: ConversationRow, messageCount: number): Conversation {
  return {
    id: row.id,
    business_id: row.business_id,
    channel: row.channel as ConversationChannel,
    external_id: row.external_id,
    customer_id: row.customer_id,
    caller_phone: row.caller_phone,
    status: row.status === 'CLOSED' ? 'CLOSED' : 'OPEN',
    outcome: row.outcome,
    summary: row.summary,
    is_test: Number(row.is_test) === 1,
    message_count: messageCount,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function messageFromRow(row: ConversationMessageRow): ConversationMessage {
  return { role: row.role as MessageRole, text: row.text, created_at: row.created_at };
}
