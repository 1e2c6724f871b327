import type { Clock } from '../../../platform/clock.js';
import type { Assistant } from '../../assistant/assistant.port.js';
import type { Customer } from '../../crm/customers.model.js';
import type { CustomerService } from '../../crm/customers.service.js';
import { formatWhen } from '../../notifications/texts/text-format.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { ReminderReplies } from './reminder-replies.js';
import { callerPhoneOf, turnContext } from './twilio.context.js';
import type { SmsForm } from './twilio.schemas.js';
import { text } from './twilio.texts.js';
import { messageTwiml } from './twiml.js';

// Inbound texts: carrier keywords first (whole message, any case), then reminder replies, then the
// assistant. Consent keywords get no reply from us: on long codes Twilio itself answers STOP and
// START (and blocks anything we send to an opted-out number, error 21610), so a reply would be
// dropped or duplicate Twilio's. We mirror the consent in the CRM because Twilio enforces it.

const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const OPT_IN = new Set(['START', 'UNSTOP']);
const HELP = new Set(['HELP', 'INFO']);
const CONFIRM = new Set(['C', 'CONFIRM', 'YES', 'Y']);
// Twilio's default opt-in keywords include YES, so an opted-out texter saying YES is subscribed again.
const TWILIO_OPT_IN_TOO = new Set(['YES']);

/** The SMS log (the notifications module implements it): inbound texts and TwiML replies. */
export interface TwilioMessageLog {
  recordInbound(
    business: Business,
    message: { from: string; to: string; body: string; providerSid: string },
  ): Promise<unknown>;
  recordReply(
    business: Business,
    reply: {
      to: string;
      body: string;
      kind?: 'reply';
      dedupeKey?: string;
      customerId?: string | null;
    },
  ): Promise<unknown>;
  updateStatusBySid(sid: string, providerStatus: string, errorCode?: string): Promise<boolean>;
}

/** Where a failure that the texter was apologised for still gets reported (log, metrics, Sentry). */
export interface FailureReport {
  error(fields: object, message: string): void;
  failed?(error: unknown): void;
}

export interface SmsDeps {
  assistant: Assistant;
  customers: Pick<CustomerService, 'findByPhone' | 'setSmsOptOut'>;
  messageLog: TwilioMessageLog;
  reminderReplies: ReminderReplies;
  clock: Clock;
}

export type SmsService = ReturnType<typeof createSmsService>;

export function createSmsService(deps: SmsDeps) {
  const { assistant, customers, messageLog, reminderReplies, clock } = deps;

  /** Answers one inbound text with messaging TwiML (`<Message>` or an empty `<Response/>`). */
  async function receive(business: Business, form: SmsForm, log: FailureReport): Promise<string> {
    const from = form.From;
    const phone = callerPhoneOf(from);
    if (form.MessageSid) {
      const to = form.To ?? business.twilio_phone_number ?? '';
      await messageLog.recordInbound(business, { from, to, body: form.Body, providerSid: form.MessageSid });
    }
    const keyword = form.Body.trim().toUpperCase();
    if (phone && (OPT_OUT.has(keyword) || OPT_IN.has(keyword))) {
      await customers.setSmsOptOut(business.id, phone, OPT_OUT.has(keyword));
      return messageTwiml(null);
    }
    let customer = phone ? await customers.findByPhone(business.id, phone) : null;
    if (phone && customer?.sms_opt_out && TWILIO_OPT_IN_TOO.has(keyword)) {
      customer = await customers.setSmsOptOut(business.id, phone, false);
    }
    const send = (body: string) => reply(business, form, customer, body);
    if (HELP.has(keyword)) return send(helpText(business));
    if (phone && CONFIRM.has(keyword)) {
      const confirmed = await reminderReplies.confirmNext(business, phone);
      // Without an appointment to confirm, "yes" is an answer for the assistant.
      if (confirmed) return send(confirmedText(business, confirmed));
    }
    const ctx = turnContext(business, 'sms', `sms:${phone ?? from}`, from, clock.now());
    try {
      const input = { text: form.Body, ...(form.MessageSid ? { deliveryId: form.MessageSid } : {}) };
      return send((await assistant.turn(ctx, input)).reply);
    } catch (error) {
      // The texter still gets (and the log still shows) an answer when the assistant fails.
      log.error({ err: error }, 'assistant failed on an inbound text');
      log.failed?.(error);
      return send(text(business.language_code, 'smsError'));
    }
  }

  // Every <Message> we return is an outbound SMS in the log (kind `reply`), unless the texter
  // opted out: Twilio would block it, so nothing is sent or logged.
  async function reply(business: Business, form: SmsForm, customer: Customer | null, body: string) {
    if (customer?.sms_opt_out || !body.trim()) return messageTwiml(null);
    await messageLog.recordReply(business, {
      to: form.From,
      body,
      kind: 'reply',
      ...(form.MessageSid ? { dedupeKey: form.MessageSid } : {}),
      customerId: customer?.id ?? null,
    });
    return messageTwiml(body);
  }

  /** A delivery report for an SMS we sent; unknown SIDs are ignored. */
  async function deliveryReport(sid: string, status: string, errorCode: string | undefined): Promise<void> {
    await messageLog.updateStatusBySid(sid, status, errorCode);
  }

  return { receive, deliveryReport };
}

function helpText(business: Business): string {
  const phone = business.twilio_phone_number;
  const values = { business: business.name, phone: phone ?? '' };
  return text(business.language_code, phone ? 'help' : 'helpNoPhone', values);
}

function confirmedText(business: Business, confirmed: { startTime: string; alreadyConfirmed: boolean }) {
  const when = formatWhen(confirmed.startTime, business);
  return text(business.language_code, confirmed.alreadyConfirmed ? 'alreadyConfirmed' : 'confirmed', {
    when,
  });
}
