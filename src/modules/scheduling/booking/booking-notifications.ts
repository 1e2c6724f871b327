// Messages that follow a committed booking change. They run after COMMIT (a rolled-back booking must
// never have texted anyone) and can never undo or fail the booking: errors are logged and dropped.
// Dedupe keys derive from our own records, so a retried call never texts twice.

import type { Notifier } from '../../notifications/notifier.js';
import { type AppointmentTextKind, appointmentText } from '../../notifications/texts/customer-texts.js';
import {
  bookedAlert,
  cancelledAlert,
  movedAlert,
  type OwnerAlert,
} from '../../notifications/texts/owner-texts.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { Appointment } from '../appointments/appointments.model.js';

export interface WarnLogger {
  warn(details: object, message: string): void;
}

export const silentLogger: WarnLogger = { warn: () => undefined };

export type BookingNotifications = ReturnType<typeof createBookingNotifications>;

export function createBookingNotifications(notifier: Notifier, log: WarnLogger) {
  async function guarded(label: string, appointmentId: string, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      log.warn({ err: error, notification: label, appointment_id: appointmentId }, 'notification failed');
    }
  }

  // The owner's alert and, when asked, the customer's text about the same change, side by side.
  async function tell(
    business: Business,
    appointment: Appointment,
    owner: OwnerAlert,
    customer: { kind: AppointmentTextKind; dedupeKey: string } | null,
  ): Promise<void> {
    const alert = guarded(owner.event, appointment.id, () => notifier.alertOwner(business, owner));
    const text = customer
      ? guarded(customer.kind, appointment.id, () =>
          notifier.notifyCustomer(business, {
            kind: customer.kind,
            customerId: appointment.customer_id,
            appointmentId: appointment.id,
            body: appointmentText(customer.kind, business, appointment.start_time),
            dedupeKey: customer.dedupeKey,
          }),
        )
      : undefined;
    await Promise.all([alert, text]);
  }

  function booked(business: Business, appointment: Appointment, notifyCustomer: boolean) {
    const confirmation = { kind: 'confirmation' as const, dedupeKey: `confirmation:${appointment.id}` };
    return tell(
      business,
      appointment,
      bookedAlert(business, appointment),
      notifyCustomer ? confirmation : null,
    );
  }

  function rescheduled(
    business: Business,
    appointment: Appointment,
    previousStart: string,
    notifyCustomer: boolean,
  ) {
    // Each move is its own event: keyed by the new start so moving twice texts twice.
    const notice = {
      kind: 'reschedule' as const,
      dedupeKey: `reschedule:${appointment.id}:${appointment.start_time}`,
    };
    const alert = movedAlert(business, appointment, previousStart);
    return tell(business, appointment, alert, notifyCustomer ? notice : null);
  }

  function cancelled(business: Business, appointment: Appointment, notifyCustomer: boolean) {
    const notice = { kind: 'cancellation' as const, dedupeKey: `cancellation:${appointment.id}` };
    return tell(business, appointment, cancelledAlert(business, appointment), notifyCustomer ? notice : null);
  }

  return { booked, rescheduled, cancelled };
}
