import type { Clock } from '../../../platform/clock.js';
import { localDateOf, localDayBoundsUtc, localTimeOf } from '../../../platform/time/tenant-time.js';
import type { Callback, CallbackReason } from '../../crm/callbacks.model.js';
import type { CallbackService } from '../../crm/callbacks.service.js';
import type { ConversationService } from '../../crm/conversations.service.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { Appointment } from '../../scheduling/appointments/appointments.model.js';
import type { BookingService } from '../../scheduling/booking/booking.service.js';
import type { OwnerScheduleService } from '../../scheduling/owner-schedule/owner-schedule.service.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { Period } from './periods.js';
import type { Question } from './questions.js';

// The facts behind an answer, read through the CRM and scheduling services (the same reads the
// owner's API routes make, so the chat and the dashboard never disagree). Only what an answer
// says is kept: these facts are also all a language model is allowed to phrase.

/** The services the owner chat reads; nothing here writes. */
export interface OwnerChatData {
  schedule: Pick<OwnerScheduleService, 'schedule' | 'today'>;
  bookings: Pick<BookingService, 'list'>;
  callbacks: Pick<CallbackService, 'list'>;
  conversations: Pick<ConversationService, 'list'>;
  customers: Pick<CustomerService, 'getMany'>;
}

export interface AppointmentFact {
  local_date: string;
  local_time: string;
  customer_name: string | null;
  service_type: string | null;
  description: string | null;
  address: string | null;
  is_emergency: boolean;
  status: Appointment['status'];
}

export interface CallbackFact {
  reason: CallbackReason;
  name: string | null;
  phone: string | null;
  summary: string | null;
  local_date: string;
  local_time: string;
}

export interface CallerFact {
  name: string | null;
  phone: string | null;
  calls: number;
}

export type Facts =
  | { kind: 'schedule'; period: Period; appointments: AppointmentFact[]; truncated: boolean }
  | {
      kind: 'summary';
      period: Period;
      total: number;
      emergencies: number;
      completed: number;
      remaining: number;
      cancelled: number;
      next: AppointmentFact | null;
    }
  | { kind: 'next_appointment'; next: AppointmentFact | null }
  | { kind: 'callbacks'; total: number; items: CallbackFact[]; truncated: boolean }
  | { kind: 'emergencies'; period: Period; appointments: AppointmentFact[]; callbacks: CallbackFact[] }
  | {
      kind: 'bookings';
      period: Period;
      total: number;
      emergencies: number;
      completed: number;
      cancelled: number;
      truncated: boolean;
    }
  | { kind: 'calls'; period: Period; total: number; callers: CallerFact[]; truncated: boolean }
  | { kind: 'help' };

/** Reads stop here: a small business never gets near it, and an answer never lists that many. */
export const MAX_ROWS = 1000;
const PAGE = 200;

interface Paged<T> {
  items: T[];
  next_cursor: string | null;
}

/** Pages through a list in its order until `keepGoing` says stop, the list ends, or MAX_ROWS. */
async function collect<T>(
  fetch: (cursor: string | undefined) => Promise<Paged<T>>,
  keepGoing: (item: T) => boolean = () => true,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetch(cursor);
    for (const item of page.items) {
      if (!keepGoing(item)) return { items, truncated: false };
      if (items.length === MAX_ROWS) return { items, truncated: true };
      items.push(item);
    }
    if (!page.next_cursor) return { items, truncated: false };
    cursor = page.next_cursor;
  }
}

export function createFactReader(data: OwnerChatData, clock: Clock) {
  const utcBounds = (business: Business, period: Period) => ({
    from: localDayBoundsUtc(period.from, business.time_zone).start.toISOString(),
    to: localDayBoundsUtc(period.to, business.time_zone).start.toISOString(),
  });

  const appointmentFact = (business: Business, a: Appointment): AppointmentFact => {
    const start = new Date(a.start_time);
    return {
      local_date: localDateOf(start, business.time_zone),
      local_time: localTimeOf(start, business.time_zone),
      customer_name: a.customer_name,
      service_type: a.service_type,
      description: a.description,
      address: a.address,
      is_emergency: a.is_emergency,
      status: a.status,
    };
  };

  const callbackFact = (business: Business, c: Callback): CallbackFact => {
    const at = new Date(c.created_at);
    return {
      reason: c.reason,
      name: c.name,
      phone: c.phone,
      summary: c.summary,
      local_date: localDateOf(at, business.time_zone),
      local_time: localTimeOf(at, business.time_zone),
    };
  };

  /** Every appointment starting in the period, cancelled ones too, in start order. */
  function appointmentsIn(business: Business, period: Period) {
    const { from, to } = utcBounds(business, period);
    return collect((cursor) =>
      data.bookings.list(business, {
        start_time_from: from,
        start_time_to: to,
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      }),
    );
  }

  async function schedule(business: Business, period: Period): Promise<Facts> {
    if (period.unit === 'day') {
      const day = await data.schedule.schedule(business, period.from);
      const appointments = day.appointments.map((a) => appointmentFact(business, a));
      return { kind: 'schedule', period, appointments, truncated: false };
    }
    const { items, truncated } = await appointmentsIn(business, period);
    const active = items.filter((a) => a.status !== 'CANCELLED');
    return {
      kind: 'schedule',
      period,
      appointments: active.map((a) => appointmentFact(business, a)),
      truncated,
    };
  }

  async function summary(business: Business, period: Period): Promise<Facts> {
    const today = localDateOf(clock.now(), business.time_zone);
    if (period.unit === 'day' && period.from === today) {
      const s = await data.schedule.today(business);
      return {
        kind: 'summary',
        period,
        total: s.appointments_total,
        emergencies: s.emergency_appointments,
        completed: s.completed,
        remaining: s.remaining,
        cancelled: s.cancelled,
        next: s.next_appointment ? appointmentFact(business, s.next_appointment) : null,
      };
    }
    const { items } = await appointmentsIn(business, period);
    const active = items.filter((a) => a.status !== 'CANCELLED');
    const now = clock.now().toISOString();
    const upcoming = active.filter((a) => a.status !== 'COMPLETED' && a.start_time >= now);
    const next = upcoming[0];
    return {
      kind: 'summary',
      period,
      total: active.length,
      emergencies: active.filter((a) => a.is_emergency).length,
      completed: active.filter((a) => a.status === 'COMPLETED').length,
      remaining: upcoming.length,
      cancelled: items.length - active.length,
      next: next ? appointmentFact(business, next) : null,
    };
  }

  async function nextAppointment(business: Business): Promise<Facts> {
    const { next_appointment } = await data.schedule.today(business);
    return {
      kind: 'next_appointment',
      next: next_appointment ? appointmentFact(business, next_appointment) : null,
    };
  }

  async function openCallbacks(business: Business): Promise<Facts> {
    const { items, truncated } = await collect((cursor) =>
      data.callbacks.list(business.id, { status: 'OPEN', limit: PAGE, cursor }),
    );
    // Oldest first: whoever has waited longest is called back first.
    const facts = items.map((c) => callbackFact(business, c)).reverse();
    return { kind: 'callbacks', total: items.length, items: facts, truncated };
  }

  async function emergencies(business: Business, period: Period): Promise<Facts> {
    const { from, to } = utcBounds(business, period);
    const [appointments, callbacks] = await Promise.all([
      appointmentsIn(business, period),
      // Newest first: stop at the first callback older than the period.
      collect(
        (cursor) => data.callbacks.list(business.id, { limit: PAGE, cursor }),
        (c) => c.created_at >= from,
      ),
    ]);
    return {
      kind: 'emergencies',
      period,
      appointments: appointments.items
        .filter((a) => a.is_emergency && a.status !== 'CANCELLED')
        .map((a) => appointmentFact(business, a)),
      callbacks: callbacks.items
        .filter((c) => c.reason === 'EMERGENCY' && c.created_at < to)
        .map((c) => callbackFact(business, c))
        .reverse(),
    };
  }

  async function bookings(business: Business, period: Period): Promise<Facts> {
    const { items, truncated } = await appointmentsIn(business, period);
    const active = items.filter((a) => a.status !== 'CANCELLED');
    return {
      kind: 'bookings',
      period,
      total: active.length,
      emergencies: active.filter((a) => a.is_emergency).length,
      completed: active.filter((a) => a.status === 'COMPLETED').length,
      cancelled: items.length - active.length,
      truncated,
    };
  }

  async function calls(business: Business, period: Period): Promise<Facts> {
    const { from, to } = utcBounds(business, period);
    const { items, truncated } = await collect((cursor) =>
      data.conversations.list(business.id, { channel: 'phone', since: from, limit: PAGE, cursor }),
    );
    const inPeriod = items.filter((c) => c.created_at < to);
    const names = await data.customers.getMany(
      business.id,
      inPeriod.flatMap((c) => (c.customer_id ? [c.customer_id] : [])),
    );
    // One line per caller (a customer, else a number), in the order they first called.
    const callers = new Map<string, CallerFact>();
    for (const call of [...inPeriod].reverse()) {
      const name = call.customer_id ? (names.get(call.customer_id)?.name ?? null) : null;
      const key = call.customer_id ?? call.caller_phone ?? `unknown:${call.id}`;
      const known = callers.get(key);
      if (known) known.calls += 1;
      else callers.set(key, { name, phone: call.caller_phone, calls: 1 });
    }
    return { kind: 'calls', period, total: inPeriod.length, callers: [...callers.values()], truncated };
  }

  /** The facts that answer a question. */
  function read(business: Business, question: Question): Promise<Facts> {
    const { kind, period } = question;
    if (kind === 'help') return Promise.resolve({ kind: 'help' });
    if (kind === 'next_appointment') return nextAppointment(business);
    if (kind === 'callbacks') return openCallbacks(business);
    if (!period) throw new Error(`A ${kind} question always has a period`);
    if (kind === 'schedule') return schedule(business, period);
    if (kind === 'summary') return summary(business, period);
    if (kind === 'emergencies') return emergencies(business, period);
    if (kind === 'bookings') return bookings(business, period);
    return calls(business, period);
  }

  return { read };
}

export type FactReader = ReturnType<typeof createFactReader>;
