import type { Business } from '../tenants/tenants.model.js';
import type { InboundChange, LinkedAppointment } from './inbound-changes.js';

/**
 * What calendar sync needs from appointments. Only scheduling writes appointments, so scheduling
 * implements this (scheduling/booking/calendar-inbound.ts) and app.ts hands it in: calendar sits
 * below scheduling and never imports it.
 */
export interface CalendarAppointments {
  /** The tenant's appointments linked to any of these event ids. */
  findLinked(businessId: string, eventIds: readonly string[]): Promise<LinkedAppointment[]>;
  /** Tenants with an appointment linked to this event id (a relay that names no tenant). */
  tenantsWithEvent(eventId: string): Promise<string[]>;
  /** Applies the change; false when the appointment no longer exists or is closed. */
  apply(business: Business, appointmentId: string, change: InboundChange): Promise<boolean>;
  /** Several changes under one lock (a page of a sync); returns the ids of the appointments changed. */
  applyAll(
    business: Business,
    changes: ReadonlyArray<{ appointmentId: string; change: InboundChange }>,
  ): Promise<string[]>;
  /** Records the event written for an appointment that had none, so later pushes find it. */
  linkEvent(businessId: string, appointmentId: string, eventId: string): Promise<void>;
}
