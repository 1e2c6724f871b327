// Messages that follow a committed booking change. They run after COMMIT (a rolled-back booking must
// never have texted anyone) and can never undo or fail the booking: errors are logged and dropped.
// Dedupe keys derive from our own records, so a retried call never texts twice.

import type { Notifier } from '../../notifications/notifier.js';
import { type AppointmentTextKind, appointmentText } from '../../notifications/texts/customer-texts.js';
import { bookedAlert, cancelledAlert, movedAlert } from '../../notifications/texts/owner-texts.js';
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

  function customer(
    business: Business,
    appointment: Appointment,
    kind: AppointmentTextKind,
    dedupeKey: string,
  ): Promise<void> {
    return guarded(kind, appointment.id, () =>
      notifier.notifyCustomer(business, {
        kind,
        customerId: appointment.customer_id,
        appointmentId: appointment.id,
        body: appointmentText(kind, business, appointment.start_time),
        dedupeKey,
      }),
    );
  }

  async function booked(business: Business, appointment: Appointment, notifyCustomer: boolean) {
    const alert = guarded('new_booking', appointment.id, () =>
      notifier.alertOwner(business, bookedAlert(business, appointment)),
    );
    const confirmation = notifyCustomer
      ? customer(business, appointment, 'confirmation', `confirmation:${appointment.id}`)
      : undefined;
    await Promise.all([alert, confirmation]);
  }

  async function rescheduled(
    business: Business,
    appointment: Appointment,
    previousStart: string,
    notifyCustomer: boolean,
  ) {
    // Each move is its own event: keyed by the new start so moving twice texts twice.
    const key = `${appointment.id}:${appointment.start_time}`;
    const alert = guarded('reschedule', appointment.id, () =>
      notifier.alertOwner(business, movedAlert(business, appointment, previousStart)),
    );
    const notice = notifyCustomer
      ? customer(business, appointment, 'reschedule', `reschedule:${key}`)
      : undefined;
    await Promise.all([alert, notice]);
  }

  async function cancelled(business: Business, appointment: Appointment, notifyCustomer: boolean) {
    const alert = guarded('cancellation', appointment.id, () =>
      notifier.alertOwner(business, cancelledAlert(business, appointment)),
    );
    const notice = notifyCustomer
      ? customer(business, appointment, 'cancellation', `cancellation:${appointment.id}`)
      : undefined;
    await Promise.all([alert, notice]);
  }

  return { booked, rescheduled, cancelled };
}
