import type { Failure } from './api.js';

// What the visitor reads when something goes wrong: what happened and what to do, never a code.

export const TEXT = {
  title: 'Chat with us',
  launcher: 'Chat',
  close: 'Close chat',
  intro: 'Ask a question or book a visit. Name and phone are optional.',
  name: 'Your name (optional)',
  phone: 'Phone for a text confirmation (optional)',
  startChat: 'Start chat',
  message: 'Your message',
  send: 'Send',
  typing: 'Typing…',
  ended: 'This chat has ended.',
  again: 'Start a new chat',
  expired: 'This chat has expired. Start a new chat to continue; your message is still in the box.',
};

export type Moment = 'load' | 'start' | 'send';

export function describeFailure(failure: Failure, moment: Moment): string {
  if (failure.kind === 'refused') {
    return 'This chat is not available on this website. (The business has not added this site to its allowed websites.)';
  }
  if (failure.kind === 'network') {
    return moment === 'send'
      ? 'Your message was not sent: the chat cannot be reached. Check your connection and press Send again.'
      : 'The chat cannot be reached right now. Check your connection and try again.';
  }
  const { status, code, detail } = failure;
  if (status === 423 || code === 'BUSINESS_SUSPENDED') {
    return 'The chat is unavailable right now. Please try again later or call the business.';
  }
  if (code === 'ORIGIN_NOT_ALLOWED') {
    return 'This chat is not available on this website. (The business has not added this site to its allowed websites.)';
  }
  if (status === 401) return 'This chat is not set up correctly (its widget token is not valid).';
  if (status === 429) return 'Too many messages at once. Wait a moment, then try again.';
  if (status === 422) return detail || 'Please check what you typed.';
  return 'Something went wrong. Please try again.';
}

/** A chat the service no longer continues (expired, ended, unknown): start a new one. */
export function isChatGone(failure: Failure): boolean {
  return failure.kind === 'http' && (failure.status === 409 || failure.status === 404);
}
