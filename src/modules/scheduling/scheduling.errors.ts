import { AppError } from '../../platform/errors/app-error.js';

export const appointmentNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Appointment ${id} was not found`, { subcode: 'APPOINTMENT_NOT_FOUND' });

export const slotTaken = () =>
  new AppError('CONFLICT', 'That time overlaps another appointment', { subcode: 'SLOT_TAKEN' });

export const slotUnavailable = () =>
  new AppError('CONFLICT', 'That time is no longer offered; search for availability again', {
    subcode: 'SLOT_UNAVAILABLE',
  });

export const appointmentClosed = (status: 'CANCELLED' | 'COMPLETED') =>
  new AppError('CONFLICT', `The appointment is ${status.toLowerCase()} and cannot be changed that way`, {
    subcode: status === 'CANCELLED' ? 'APPOINTMENT_CANCELLED' : 'APPOINTMENT_COMPLETED',
  });

export const idempotencyKeyReused = () =>
  new AppError('VALIDATION_FAILED', 'This Idempotency-Key was already used for a different request', {
    subcode: 'IDEMPOTENCY_KEY_REUSED',
    errors: [{ path: 'headers.idempotency-key', message: 'was already used with a different body' }],
  });

export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The request has invalid values', { errors: [{ path, message }] });

export const calendarUnavailable = (cause: unknown) =>
  new AppError(
    'DEPENDENCY_UNAVAILABLE',
    'The calendar could not be read, so no times can be offered right now',
    { subcode: 'CALENDAR_UNAVAILABLE' },
    { cause },
  );
