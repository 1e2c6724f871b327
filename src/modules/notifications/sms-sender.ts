/** One outbound text, in our own terms (no provider types leak past this port). */
export interface OutboundSms {
  /** E.164 number the message comes from (the tenant's Twilio number). */
  from: string;
  /** E.164 recipient. */
  to: string;
  body: string;
  /** Where the provider reports delivery progress (queued → sent → delivered | undelivered | failed). */
  statusCallbackUrl?: string;
}

export interface SmsSendResult {
  /** The provider's message id (Twilio: `SM` + 32 hex). */
  sid: string;
  /** The provider's status at acceptance, e.g. `queued` or `accepted`. */
  status: string;
}

/**
 * Why a send failed, which decides what a caller may do next:
 * - `transient`: network trouble, a timeout, 429 or a 5xx; the same message may succeed later.
 * - `rejected`: the provider refused this message (invalid number 21211, unsubscribed recipient
 *   21610, …); retrying the same message will fail again.
 * - `auth`: our credentials were refused (401/403, Twilio 20003); nothing will send until an
 *   operator fixes the configuration.
 */
export type SmsFailureKind = 'transient' | 'rejected' | 'auth';

export class SmsSendError extends Error {
  override readonly name = 'SmsSendError';

  constructor(
    readonly kind: SmsFailureKind,
    message: string,
    readonly details: {
      /** The provider's own error code (Twilio: 21211, 21610, 20003, …). */
      providerCode?: number;
      httpStatus?: number;
      /** The provider's explanation; may quote the recipient's number, so store it but never log it. */
      providerMessage?: string;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Sends one SMS through a provider. Resolves once the provider has accepted the message (delivery
 * is reported later through the status callback). Every failure rejects with an SmsSendError whose
 * `kind` classifies it; implementations never retry on their own, so a caller's dedupe decides.
 */
export interface SmsSender {
  send(message: OutboundSms): Promise<SmsSendResult>;
}
