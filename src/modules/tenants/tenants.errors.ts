import { AppError } from '../../platform/errors/app-error.js';

export const businessNotFound = (id: string) =>
  new AppError('NOT_FOUND', `Business ${id} was not found`, { subcode: 'BUSINESS_NOT_FOUND' });

export function businessConflict(column: string): AppError {
  if (column === 'twilio_phone_number') {
    return new AppError('CONFLICT', 'That Twilio number already belongs to another business', {
      subcode: 'TWILIO_NUMBER_TAKEN',
      errors: [{ path: 'body.twilio_phone_number', message: 'is already in use' }],
    });
  }
  if (column === 'id') {
    return new AppError('CONFLICT', 'A business with this id already exists', {
      subcode: 'BUSINESS_EXISTS',
      errors: [{ path: 'body.id', message: 'is already in use' }],
    });
  }
  return new AppError('CONFLICT', `The value of ${column} is already in use`);
}

export const concurrentUpdate = () =>
  new AppError('CONFLICT', 'The business was changed by another request; retry', {
    subcode: 'CONCURRENT_UPDATE',
  });
