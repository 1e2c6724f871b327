import type { Clock } from '../../../platform/clock.js';
import type { KeyValueStore } from '../../../platform/kv/key-value-store.js';
import type { Metrics } from '../../../platform/metrics/metrics.js';
import type { CallbackService } from '../../crm/callbacks.service.js';
import type { ConversationService } from '../../crm/conversations.service.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { Notifier } from '../../notifications/notifier.js';
import type { AvailabilityService } from '../../scheduling/availability/availability.service.js';
import type { BookingService } from '../../scheduling/booking/booking.service.js';
import type { Understanding, UnderstandingContext } from '../understanding/index.js';

/** Structured logger (pino fits). Fields carry ids and outcomes only, never what callers said. */
export interface AssistantLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface AssistantDeps {
  /** Session state store (memory or Redis). */
  sessions: KeyValueStore;
  clock: Clock;
  customers: Pick<CustomerService, 'findByPhone' | 'upsertByPhone'>;
  conversations: Pick<
    ConversationService,
    'openId' | 'appendMessage' | 'appendMessages' | 'reviseLastReply' | 'close' | 'linkCustomer'
  >;
  callbacks: Pick<CallbackService, 'record' | 'removeForCall'>;
  availability: Pick<AvailabilityService, 'search'>;
  bookings: Pick<BookingService, 'bookFromSlot' | 'reschedule' | 'cancel' | 'upcomingForCustomer'>;
  notifier: Notifier;
  log?: AssistantLog;
  /**
   * Optional second opinion on each utterance (an LLM): gets the rules' understanding and returns the
   * one to use. Should always resolve; if it rejects, the rules' understanding stands.
   */
  refineUnderstanding?: (
    text: string,
    ctx: UnderstandingContext & { businessName: string },
    deterministic: Understanding,
  ) => Promise<Understanding>;
  /** Counts turns by channel, emergencies and handoffs; times turns. */
  metrics?: Pick<Metrics, 'assistantTurn' | 'assistantEvent' | 'turnTime'>;
  /** Session lifetime (default 1 h). */
  sessionTtlMs?: number;
  /** A repeat of the last input this soon after it was answered is a transport retry (default 5 s). */
  retryWindowMs?: number;
}

export const silentLog: AssistantLog = { info: () => undefined, warn: () => undefined };
