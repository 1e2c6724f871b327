import type { Appointment } from '../../scheduling/appointments.model.js';
import type { BookingService } from '../../scheduling/booking.service.js';
import { localDateOf, localTimeOf } from '../../scheduling/tenant-time.js';
import type { Business } from '../../tenants/tenants.service.js';
import type { KnownAppointment } from '../engine/index.js';

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
 * named) among their upcoming ones.
 */
export async function nextAppointmentOf(
  bookings: Pick<BookingService, 'upcomingForCustomer'>,
  business: Business,
  customerId: string,
  now: Date,
  onDate: string | null,
): Promise<KnownAppointment | null> {
  const upcoming = (await bookings.upcomingForCustomer(business, customerId, now)).map((appointment) =>
    knownAppointment(appointment, business.time_zone),
  );
  const onThatDay = onDate ? upcoming.find((appointment) => appointment.date === onDate) : undefined;
  return onThatDay ?? upcoming[0] ?? null;
}
