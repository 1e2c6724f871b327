import type { Business } from '../tenants/tenants.model.js';
import type { EventTime } from './calendar.port.js';
import type { CalendarAppointments } from './calendar-appointments.port.js';
import { decide } from './inbound-changes.js';

// The relay webhook: a middleman (a script, Zapier, another sync) tells us about one event. Same
// rules as push sync (inbound-changes.ts); the appointment is the one linked to `event_id`.

export interface RelayInput {
  business_id?: string | undefined;
  event_id: string;
  status?: string | undefined;
  start?: string | EventTime | undefined;
  end?: string | EventTime | undefined;
  summary?: string | undefined;
}

export interface CalendarRelayDeps {
  appointments: CalendarAppointments;
  tenants: { findById(id: string): Promise<Business | null> };
  onCalendarChanged?: (businessId: string) => void;
  /** Drops a pending write of the appointment (the calendar's version wins). */
  supersede?: (businessId: string, appointmentId: string) => Promise<void>;
}

export type RelayResult = { processed: boolean; reason: string | null };

export function createCalendarRelay(deps: CalendarRelayDeps) {
  /** `caller` is the owner's tenant (owner credentials), or null for the shared secret. */
  async function relay(caller: Business | null, input: RelayInput): Promise<RelayResult> {
    const business = await tenantOf(caller, input);
    if (!business) return { processed: false, reason: 'unknown_event' };
    const [appointment] = await deps.appointments.findLinked(business.id, [input.event_id]);
    if (!appointment) return { processed: false, reason: 'unknown_event' };
    const decision = decide(appointment, input, business.time_zone);
    if (decision.kind === 'skipped') return { processed: false, reason: decision.reason };
    if (decision.kind === 'unchanged') return { processed: true, reason: 'unchanged' };
    if (await deps.appointments.apply(business, appointment.id, decision)) {
      await deps.supersede?.(business.id, appointment.id);
      deps.onCalendarChanged?.(business.id);
    }
    return { processed: true, reason: null };
  }

  async function tenantOf(caller: Business | null, input: RelayInput): Promise<Business | null> {
    if (caller) return input.business_id && input.business_id !== caller.id ? null : caller;
    if (input.business_id) return deps.tenants.findById(input.business_id);
    // No tenant named: the event id must belong to exactly one tenant's appointment.
    const tenants = await deps.appointments.tenantsWithEvent(input.event_id);
    return tenants.length === 1 ? deps.tenants.findById(tenants[0]!) : null;
  }

  return { relay };
}
export type CalendarRelay = ReturnType<typeof createCalendarRelay>;
