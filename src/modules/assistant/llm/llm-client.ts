import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import type { Expecting, Intent, Language } from '../understanding/index.js';

/** What the model may answer about a time; dates are local YYYY-MM-DD, clock times local HH:MM. */
export interface LlmTime {
  /** One specific day. */
  date?: string;
  fromDate?: string;
  toDate?: string;
  partOfDay?: PartOfDay;
  after?: string;
  before?: string;
  at?: string;
  asap?: boolean;
}

/** A partial understanding of one caller turn, as a model extracted it. Every field is optional. */
export interface LlmExtraction {
  intents?: Intent[];
  name?: string;
  address?: string;
  phone?: string;
  problem?: string;
  service?: string;
  time?: LlmTime;
  yesNo?: 'yes' | 'no';
  correction?: boolean;
  emergency?: boolean;
  language?: Language;
}

export interface LlmExtractInput {
  /** The caller's words for this turn. Sent to the model; never logged. */
  text: string;
  language: Language;
  /** Tenant zone: IANA name or fixed offset. */
  timeZone: string;
  now: Date;
  expecting?: Expecting | null;
  businessName: string;
  services: string[];
}

/**
 * Why an extraction failed. Every kind leads to the same thing (the deterministic result is used);
 * the kind is for metrics and for an operator: `auth` and `rejected` need a configuration fix,
 * `timeout` and `transient` are the provider's weather, `invalid_output` is the model's.
 */
export type LlmErrorKind = 'timeout' | 'transient' | 'auth' | 'rejected' | 'invalid_output';

export class LlmError extends Error {
  override readonly name = 'LlmError';

  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly details: { httpStatus?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Extracts caller facts from one turn with a language model. Rejects with an LlmError; never
 * retries (it runs inside a phone turn, where a late answer is worth nothing).
 */
export interface LlmClient {
  extract(input: LlmExtractInput, signal?: AbortSignal): Promise<LlmExtraction>;
}
