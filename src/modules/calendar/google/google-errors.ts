import { CalendarError, type CalendarErrorKind } from '../calendar.errors.js';

// Google's failures, sorted into the classes the rest of the module acts on. Messages name the
// operation and the HTTP status only: Google's error bodies can quote calendar data.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

interface VendorError {
  status?: number;
  code?: string | number;
  name?: string;
  response?: { status?: number; data?: unknown };
}

export function classifyGoogleError(operation: string, error: unknown): CalendarError {
  if (error instanceof CalendarError) return error;
  const vendor = (error ?? {}) as VendorError;
  const status = vendor.response?.status ?? (typeof vendor.status === 'number' ? vendor.status : undefined);
  const kind = status === undefined ? networkKind(vendor) : statusKind(status, vendor.response?.data);
  const what = status === undefined ? 'no answer' : `HTTP ${status}`;
  return new CalendarError(kind, `Google Calendar ${operation} failed (${what})`, status, { cause: error });
}

function networkKind(error: VendorError): CalendarErrorKind {
  // No HTTP answer at all: refused, reset, timed out or aborted. All of them may pass.
  if (typeof error.code === 'string' && NETWORK_CODES.has(error.code)) return 'transient';
  return 'transient';
}

function statusKind(status: number, data: unknown): CalendarErrorKind {
  // The token endpoint answers 400 invalid_grant when the owner revoked access or the refresh token
  // expired; the API answers 401 when the access token is no longer accepted.
  if (oauthError(data) === 'invalid_grant' || status === 401) return 'auth_revoked';
  if (status === 403) return RATE_LIMIT_REASONS.has(apiReason(data) ?? '') ? 'transient' : 'rejected';
  if (status === 404) return 'not_found';
  if (status === 410) return 'gone';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'rejected';
}

function oauthError(data: unknown): string | undefined {
  const value = (data as { error?: unknown } | undefined)?.error;
  return typeof value === 'string' ? value : undefined;
}

function apiReason(data: unknown): string | undefined {
  const errors = (data as { error?: { errors?: Array<{ reason?: unknown }> } } | undefined)?.error?.errors;
  const reason = errors?.[0]?.reason;
  return typeof reason === 'string' ? reason : undefined;
}
