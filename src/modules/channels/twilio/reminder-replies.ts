import type { Clock } from '../../../platform/clock.js';
import type { CustomerService } from '../../crm/customers.service.js';
import type { BookingService } from '../../scheduling/booking.service.js';
import type { Business } from '../../tenants/tenants.service.js';

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

const PAGE_SIZE = 200;
// Upcoming appointments of one small business fit in a few pages; beyond that, give up politely.
const MAX_PAGES = 5;

/** Adapter over the booking service's public operations (list upcoming, set status). */
export function createBookingReminderReplies(deps: {
  customers: Pick<CustomerService, 'findByPhone'>;
  bookings: Pick<BookingService, 'list' | 'update'>;
  clock: Clock;
}): ReminderReplies {
  async function nextUpcoming(business: Business, customerId: string) {
    let cursor: string | undefined;
    const from = deps.clock.now().toISOString();
    for (let pageNo = 0; pageNo < MAX_PAGES; pageNo += 1) {
      const page = await deps.bookings.list(business, {
        start_time_from: from,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      });
      const mine = page.items.find(
        (item) =>
          item.customer_id === customerId && (item.status === 'SCHEDULED' || item.status === 'CONFIRMED'),
      );
      if (mine) return mine;
      if (!page.next_cursor) return null;
      cursor = page.next_cursor;
    }
    return null;
  }

  return {
    async confirmNext(business, phone) {
      const customer = await deps.customers.findByPhone(business.id, phone);
      if (!customer) return null;
      const next = await nextUpcoming(business, customer.id);
      if (!next) return null;
      const alreadyConfirmed = next.status === 'CONFIRMED';
      if (!alreadyConfirmed) await deps.bookings.update(business, next.id, { status: 'CONFIRMED' });
      return { appointmentId: next.id, startTime: next.start_time, alreadyConfirmed };
    },
  };
}
