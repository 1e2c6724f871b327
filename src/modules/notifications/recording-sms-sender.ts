import { randomBytes } from 'node:crypto';
import {
  type OutboundSms,
  type SmsFailureKind,
  SmsSendError,
  type SmsSender,
  type SmsSendResult,
} from './sms-sender.js';

export interface RecordedSms extends OutboundSms {
  sid: string;
}

/**
 * Development and test sender: keeps every message in memory instead of sending it. Chosen in
 * app.ts when SMS_PROVIDER=recording; tests read `sent()` and script failures with `failNext()`.
 */
export class RecordingSmsSender implements SmsSender {
  readonly #sent: RecordedSms[] = [];
  readonly #failures: SmsSendError[] = [];

  async send(message: OutboundSms): Promise<SmsSendResult> {
    const failure = this.#failures.shift();
    if (failure) throw failure;
    const sid = `SM${randomBytes(16).toString('hex')}`;
    this.#sent.push({ ...message, sid });
    return { sid, status: 'queued' };
  }

  /** Every message accepted so far, oldest first. */
  sent(): readonly RecordedSms[] {
    return [...this.#sent];
  }

  /** Makes the next `count` sends fail with this classification (and provider code, if given). */
  failNext(count = 1, kind: SmsFailureKind = 'transient', providerCode?: number): void {
    for (let i = 0; i < count; i += 1) {
      this.#failures.push(
        new SmsSendError(kind, `Recorded ${kind} failure`, {
          ...(providerCode === undefined ? {} : { providerCode }),
          providerMessage: `scripted ${kind} failure`,
        }),
      );
    }
  }

  clear(): void {
    this.#sent.length = 0;
    this.#failures.length = 0;
  }
}
