import type { Clock } from '../../../platform/clock.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { BookingService } from '../../scheduling/booking/booking.service.js';
import type { Business } from '../../tenants/tenants.model.js';

/** The appointment a "C" / "CONFIRM" / "YES" text confirmed. */
export interface ConfirmedAppointment {
  appointmentId: string;
  startTime: string;
  /** It was CONFIRMED before this text (a repeated reply). */
  alreadyConfirmed: boolean;
}

/** Port: what a reply to a reminder does to the texter's appointments. */
export interface ReminderReplies {
  /** Confirms the texter's next upcoming appointment; null when they have none. */
  confirmNext(business: Business, phone: string): Promise<ConfirmedAppointment | null>;
}

/** Adapter over the booking service's public operations (a customer's upcoming, set status). */
export function createBookingReminderReplies(deps: {
  customers: Pick<CustomerService, 'findByPhone'>;
  bookings: Pick<BookingService, 'upcomingForCustomer' | 'update'>;
  clock: Clock;
}): ReminderReplies {
  return {
    async confirmNext(business, phone) {
      const customer = await deps.customers.findByPhone(business.id, phone);
      if (!customer) return null;
      const [next] = await deps.bookings.upcomingForCustomer(business, customer.id, deps.clock.now(), 1);
      if (!next) return null;
      const alreadyConfirmed = next.status === 'CONFIRMED';
      if (!alreadyConfirmed) await deps.bookings.update(business, next.id, { status: 'CONFIRMED' });
      return { appointmentId: next.id, startTime: next.start_time, alreadyConfirmed };
    },
  };
}
