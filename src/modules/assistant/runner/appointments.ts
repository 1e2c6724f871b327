import { localDateOf, localTimeOf } from '../../../platform/time/tenant-time.js';
import type { Appointment } from '../../scheduling/appointments/appointments.model.js';
import type { BookingService } from '../../scheduling/booking/booking.service.js';
import type { Business } from '../../tenants/tenants.model.js';
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
 * The customer's next open appointment from `now` among their upcoming ones, preferring one on
 * `onDate` (the day the caller named), then one for `service` ("the furnace one").
 */
export async function nextAppointmentOf(
  bookings: Pick<BookingService, 'upcomingForCustomer'>,
  business: Business,
  customerId: string,
  now: Date,
  hints: { onDate: string | null; service: string | null },
): Promise<KnownAppointment | null> {
  const upcoming = (await bookings.upcomingForCustomer(business, customerId, now)).map((appointment) =>
    knownAppointment(appointment, business.time_zone),
  );
  const service = hints.service?.toLowerCase();
  const onThatDay = hints.onDate ? upcoming.find((a) => a.date === hints.onDate) : undefined;
  const forService = service ? upcoming.find((a) => a.service?.toLowerCase() === service) : undefined;
  return onThatDay ?? forService ?? upcoming[0] ?? null;
}
