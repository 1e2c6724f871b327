import { AppError } from '../../../platform/errors/app-error.js';
import { callbackAlert, emergencyAlert, handoffAlert } from '../../notifications/texts/owner-texts.js';
import type { AppointmentSource } from '../../scheduling/appointments/appointments.model.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { TurnContext } from '../assistant.port.js';
import {
  type BookFailure,
  type EngineAction,
  type EngineEvent,
  knownName,
  type SlotOffer,
} from '../engine/index.js';
import { nextAppointmentOf } from './appointments.js';
import type { AssistantDeps, AssistantLog } from './deps.js';
import type { StoredSession } from './session-store.js';

// Carries out the engine's actions against the real services and turns their results into events.
// A failing service never fails the call: it becomes a *_failed event the engine answers politely.

const SEARCH_LIMIT = 12;
/** The most slots the engine may ask for (to spread callers racing for the same slots). */
const MAX_SEARCH_LIMIT = 96;
/** At most this many excluded starts widen a search (they are skipped in any case). */
const MAX_EXCLUDED = 48;

type Act<T extends EngineAction['type']> = Extract<EngineAction, { type: T }>;

export interface ActionScope {
  ctx: TurnContext;
  session: StoredSession;
  deps: AssistantDeps;
  log: AssistantLog;
}

const SOURCE: Record<TurnContext['channel'], AppointmentSource> = {
  phone: 'phone',
  sms: 'sms',
  web: 'web',
  api: 'api',
};

function failureOf(error: unknown): BookFailure {
  const subcode = error instanceof AppError ? error.details.subcode : undefined;
  return subcode === 'SLOT_TAKEN' || subcode === 'SLOT_UNAVAILABLE' ? 'taken' : 'error';
}

export function unbookedKey(sessionId: string): string {
  return `assistant:${sessionId}:unbooked`;
}

function warn(scope: ActionScope, action: string, error: unknown): void {
  const code = error instanceof AppError ? error.code : 'UNEXPECTED';
  scope.log.warn(
    { business_id: scope.ctx.business.id, session_id: scope.ctx.sessionId, action, code },
    'assistant action failed',
  );
}

async function findSlots(scope: ActionScope, action: Act<'find_slots'>): Promise<EngineEvent> {
  // While rescheduling, the appointment being moved must not block the times around itself.
  const { intent, appointment } = scope.session.engine;
  const moving = intent === 'reschedule' && appointment ? appointment.id : undefined;
  // Slots the caller turned down or lost are skipped here, asking for as many more, so the engine still
  // gets a full list of fresh slots instead of widening the search or giving up.
  const excluded = new Set((action.exclude ?? []).map((start) => Date.parse(start)));
  const wanted = Math.min(MAX_SEARCH_LIMIT, Math.max(SEARCH_LIMIT, action.limit ?? 0));
  try {
    const { slots } = await scope.deps.availability.search(scope.ctx.business, {
      constraint: action.constraint,
      serviceType: action.service,
      ...(action.durationMinutes ? { durationMinutes: action.durationMinutes } : {}),
      ...(moving ? { excludeAppointmentId: moving } : {}),
      limit: wanted + Math.min(excluded.size, MAX_EXCLUDED),
    });
    const offers: SlotOffer[] = slots
      .filter((slot) => !excluded.has(slot.start.getTime()))
      .slice(0, wanted)
      .map((slot) => ({
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        date: slot.localDate,
        time: slot.localTime,
      }));
    return { type: 'slots_found', slots: offers };
  } catch (error) {
    warn(scope, 'find_slots', error);
    return { type: 'slots_failed' };
  }
}

async function linkConversation(scope: ActionScope, customerId: string): Promise<void> {
  const conversationId = scope.session.meta.conversationId;
  if (!conversationId) return;
  await scope.deps.conversations
    .linkCustomer(scope.ctx.business.id, conversationId, customerId)
    .catch((error) => {
      warn(scope, 'link_customer', error);
    });
}

async function book(scope: ActionScope, action: Act<'book'>): Promise<EngineEvent> {
  const { business, sessionId, channel } = scope.ctx;
  const { details, slot } = action;
  if (!details.phone) return { type: 'book_failed', reason: 'error' };
  try {
    const { customer } = await scope.deps.customers.upsertByPhone(business.id, {
      phone: details.phone,
      ...(details.name ? { name: details.name } : {}),
      ...(details.address ? { address: details.address } : {}),
    });
    await linkConversation(scope, customer.id);
    const { appointment } = await scope.deps.bookings.bookFromSlot(
      business,
      {
        customer_id: customer.id,
        start_time: slot.start,
        end_time: slot.end,
        service_type: details.service,
        description: details.problem,
        address: details.address,
        is_emergency: details.emergency,
        notify_customer: true,
      },
      { source: SOURCE[channel], idempotencyKey: `assistant:${sessionId}:${slot.start}` },
    );
    return { type: 'booked', appointmentId: appointment.id, slot };
  } catch (error) {
    warn(scope, 'book', error);
    return { type: 'book_failed', reason: failureOf(error) };
  }
}

async function reschedule(scope: ActionScope, action: Act<'reschedule'>): Promise<EngineEvent> {
  const { slot } = action;
  try {
    await scope.deps.bookings.reschedule(
      scope.ctx.business,
      action.appointmentId,
      { start_time: slot.start, end_time: slot.end, notify_customer: true },
      { fromSlot: true },
    );
    return { type: 'rescheduled', slot };
  } catch (error) {
    warn(scope, 'reschedule', error);
    return { type: 'reschedule_failed', reason: failureOf(error) };
  }
}

async function cancel(scope: ActionScope, action: Act<'cancel'>): Promise<EngineEvent> {
  try {
    await scope.deps.bookings.cancel(scope.ctx.business, action.appointmentId, { notifyCustomer: true });
    return { type: 'cancelled' };
  } catch (error) {
    warn(scope, 'cancel', error);
    return { type: 'cancel_failed' };
  }
}

async function findNext(scope: ActionScope, action: Act<'find_next_appointment'>): Promise<EngineEvent> {
  const { business, now, callerVerified } = scope.ctx;
  try {
    const found = await scope.deps.customers.findByPhone(business.id, action.phone);
    // A number nobody vouches for (typed into a web chat) finds visits only with the full name on
    // file beside it: whoever owns a number, a stranger typing it may not hear, move or cancel their
    // visits (without a match the engine offers a callback).
    const named = scope.session.engine.facts.name ?? null;
    const customer = callerVerified === false && !sameName(found?.name ?? null, named) ? null : found;
    const appointment = customer
      ? await nextAppointmentOf(scope.deps.bookings, business, customer.id, now, {
          onDate: action.onDate,
          service: action.service,
        })
      : null;
    return { type: 'appointment_found', appointment };
  } catch (error) {
    warn(scope, 'find_next_appointment', error);
    return { type: 'appointment_found', appointment: null };
  }
}

async function recordCallback(scope: ActionScope, action: Act<'record_callback'>): Promise<void> {
  const { business, sessionId, channel, callerPhone } = scope.ctx;
  const engine = scope.session.engine;
  const partial = action.reason === 'PARTIAL_INTAKE';
  await scope.deps.callbacks.record(business.id, {
    reason: action.reason,
    phone: engine.facts.phone ?? callerPhone,
    name: knownName(engine),
    summary: action.summary || null,
    call_sid: channel === 'phone' ? sessionId : null,
    conversation_id: scope.session.meta.conversationId,
    dedupeKey: partial ? unbookedKey(sessionId) : `assistant:${sessionId}:${action.reason.toLowerCase()}`,
  });
}

async function alertOwner(scope: ActionScope, action: Act<'alert_owner'>): Promise<void> {
  const { business, sessionId, callerPhone } = scope.ctx;
  const phone = scope.session.engine.facts.phone ?? callerPhone;
  const alert = ownerAlert(business, action, sessionId, phone);
  await scope.deps.notifier.alertOwner(business, alert);
}

/** Carries out one action; result actions answer with the event to feed back into `step`. */
export async function runAction(scope: ActionScope, action: EngineAction): Promise<EngineEvent | null> {
  switch (action.type) {
    case 'find_slots':
      return findSlots(scope, action);
    case 'book':
      return book(scope, action);
    case 'reschedule':
      return reschedule(scope, action);
    case 'cancel':
      return cancel(scope, action);
    case 'find_next_appointment':
      return findNext(scope, action);
    case 'record_callback':
      await recordCallback(scope, action).catch((error) => warn(scope, 'record_callback', error));
      return null;
    case 'alert_owner':
      if (action.event === 'emergency' || action.event === 'handoff')
        scope.deps.metrics?.assistantEvent(action.event);
      await alertOwner(scope, action).catch((error) => warn(scope, 'alert_owner', error));
      return null;
    default:
      // transfer, record_voicemail and end are the channel's: they shape the TurnResult.
      return null;
  }
}

function ownerAlert(business: Business, action: Act<'alert_owner'>, sessionId: string, phone: string | null) {
  if (action.event === 'emergency') {
    return emergencyAlert(business, { callSid: sessionId, callerPhone: phone, summary: action.summary });
  }
  if (action.event === 'handoff') return handoffAlert(business, sessionId, phone, action.summary);
  return callbackAlert(business, sessionId, phone, action.summary);
}

/** The full name said matches the one on file: every word of both, at least a first and a last name. */
function sameName(onFile: string | null, said: string | null): boolean {
  const words = (name: string | null) =>
    (name ?? '')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .sort()
      .join(' ');
  const a = words(onFile);
  return a.includes(' ') && a === words(said);
}
