import type { Migration } from 'kysely';
import * as createBusinesses from './2026_11_23_000100_create_businesses.js';
import * as createCrmAndScheduling from './2026_11_23_000200_create_crm_and_scheduling.js';
import * as addAppointmentRequestFingerprint from './2026_11_24_000100_add_appointment_request_fingerprint.js';
import * as indexCallbackLookups from './2026_11_24_000200_index_callback_lookups.js';
import * as addSmsRetry from './2026_11_24_000300_add_sms_retry.js';
import * as indexSmsRetries from './2026_12_07_000100_index_sms_retries.js';
import * as createCalendarSync from './2026_12_08_000500_create_calendar_sync.js';
import * as indexOpenConversations from './2026_12_08_001000_index_open_conversations.js';
import * as createAccounts from './2026_12_08_002000_create_accounts.js';
import * as createFeedback from './2026_12_08_002100_create_feedback.js';
import * as indexHistoryLookups from './2026_12_09_001500_index_history_lookups.js';
import * as addConversationIsTest from './2026_12_09_002000_add_conversation_is_test.js';
import * as addWidgetTokenExpiry from './2026_12_09_003000_add_widget_token_expiry.js';

// Listed explicitly (not read from disk) so the same set runs from src under tsx and from dist.
// Names are timestamps: they run in this order.
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_000100_create_businesses': createBusinesses,
  '2026_11_23_000200_create_crm_and_scheduling': createCrmAndScheduling,
  '2026_11_24_000100_add_appointment_request_fingerprint': addAppointmentRequestFingerprint,
  '2026_11_24_000200_index_callback_lookups': indexCallbackLookups,
  '2026_11_24_000300_add_sms_retry': addSmsRetry,
  '2026_12_07_000100_index_sms_retries': indexSmsRetries,
  '2026_12_08_000500_create_calendar_sync': createCalendarSync,
  '2026_12_08_001000_index_open_conversations': indexOpenConversations,
  '2026_12_08_002000_create_accounts': createAccounts,
  '2026_12_08_002100_create_feedback': createFeedback,
  '2026_12_09_001500_index_history_lookups': indexHistoryLookups,
  '2026_12_09_002000_add_conversation_is_test': addConversationIsTest,
  '2026_12_09_003000_add_widget_token_expiry': addWidgetTokenExpiry,
};
