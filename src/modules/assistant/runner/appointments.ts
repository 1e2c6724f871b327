import type { Appointment } from '../../scheduling/appointments.model.js';
import type { BookingService } from '../../scheduling/booking.service.js';
import { localDateOf, localTimeOf } from '../../scheduling/tenant-time.js';
import type { Business } from '../../tenants/tenants.service.js';
import type { KnownAppointment } from '../engine/index.js';

const PAGE = 200;
const MAX_PAGES = 5;

export function knownAppointment(appointment: Appointment, timeZone: string): KnownAppointment {
  const start = new Date(appointment.start_time);
  return {
    id: appointment.id,
    start: appointment.start_time,
    end: appointment.end_time,
    date: localDateOf(start, timeZone),
    time: localTimeOf(start, timeZone),
    service: appointment.service_type,
    address: appointment.address,
  };
}

/**
 * The customer's next open appointment from `now`, preferring one on `onDate` (the day the caller
 * named). Reads the tenant's upcoming appointments page by page (bounded).
 */
export async function nextAppointmentOf(
  bookings: Pick<BookingService, 'list'>,
  business: Business,
  customerId: string,
  now: Date,
  onDate: string | null,
): Promise<KnownAppointment | null> {
  const mine: KnownAppointment[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await bookings.list(business, {
      start_time_from: now.toISOString(),
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    for (const appointment of result.items) {
      const open = appointment.status === 'SCHEDULED' || appointment.status === 'CONFIRMED';
      if (open && appointment.customer_id === customerId)
        mine.push(knownAppointment(appointment, business.time_zone));
    }
    const onThatDay = onDate ? mine.find((appointment) => appointment.date === onDate) : undefined;
    if (onThatDay) return onThatDay;
    if ((mine.length > 0 && !onDate) || !result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return mine[0] ?? null;
}
