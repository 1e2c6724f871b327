import { AppError } from '../../platform/errors/app-error.js';

export function conversationNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Conversation ${id} was not found`, { subcode: 'CONVERSATION_NOT_FOUND' });
}

export function callbackNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Callback ${id} was not found`, { subcode: 'CALLBACK_NOT_FOUND' });
}
