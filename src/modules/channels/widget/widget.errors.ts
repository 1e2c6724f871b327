import { AppError } from '../../../platform/errors/app-error.js';

export function chatNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Conversation ${id} was not found`, { subcode: 'CONVERSATION_NOT_FOUND' });
}

/** The chat's session lapsed (SESSION_TTL_SECONDS without a message): the widget starts a new one. */
export function chatExpired(): AppError {
  return new AppError('CONFLICT', 'Chat session expired. Please start a new chat.', {
    subcode: 'CHAT_EXPIRED',
  });
}

/** The assistant already closed this chat (it said goodbye): the widget starts a new one. */
export function chatEnded(): AppError {
  return new AppError('CONFLICT', 'This chat has ended. Please start a new chat.', {
    subcode: 'CHAT_ENDED',
  });
}

export function originNotAllowed(): AppError {
  return new AppError('FORBIDDEN', "This website is not in the business's widget_allowed_origins", {
    subcode: 'ORIGIN_NOT_ALLOWED',
  });
}
