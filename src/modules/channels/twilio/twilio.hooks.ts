import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, STATUS_BY_CODE } from '../../../platform/errors/app-error.js';
import { classifyError, sendProblem } from '../../../platform/errors/error-handler.js';
import { markFailed } from '../../../platform/http/failures.js';
import { addLogBindings } from '../../../platform/logger/logger.js';
import { normalizePhone } from '../../crm/customers.service.js';
import { assertAutomationAllowed } from '../../tenants/tenants.auth.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { TenantService } from '../../tenants/tenants.service.js';
import { twilioField, twilioRouteConfig } from './twilio.context.js';
import type { TwilioQuery } from './twilio.schemas.js';
import { type Language, text } from './twilio.texts.js';
import { emptyTwiml, messageTwiml, sayAndHangup, sayAndRecord, TWIML_CONTENT_TYPE } from './twiml.js';

// The request pipeline shared by every Twilio route, in order: signature (preValidation), then
// the preHandlers below (uptime check, malformed form, tenant), then replay (twilio.replay.ts).

export function sendTwiml(reply: FastifyReply, twiml: string, status = 200): FastifyReply {
  return reply.code(status).type(TWIML_CONTENT_TYPE).send(twiml);
}

/** `?uptime_check=1`: a signed probe that proves the webhook answers, with no side effect. */
export async function answerUptimeCheck(request: FastifyRequest, reply: FastifyReply) {
  const flag = (request.query as Record<string, unknown>).uptime_check;
  if (flag === '1' || flag === 'true') return sendTwiml(reply, emptyTwiml());
  return undefined;
}

/** Routes validate with attachValidation, so a bad form is our 400 (not the generic 422). */
export async function rejectMalformed(request: FastifyRequest): Promise<void> {
  if (!request.validationError) return;
  const errors = classifyError(request.validationError).details.errors ?? [];
  throw new AppError('BAD_REQUEST', 'The Twilio request is malformed', { errors });
}

/**
 * Twilio routes name their tenant themselves: `?business_id=` when present, else the tenant
 * whose twilio_phone_number is the called number. Unknown → apology (200, so Twilio does not
 * retry); suspended or in lockdown → 423 with TwiML saying the line is unavailable.
 */
export function createTenantResolver(tenants: Pick<TenantService, 'findById' | 'findByTwilioNumber'>) {
  async function find(request: FastifyRequest): Promise<Business | null> {
    const businessId = (request.query as TwilioQuery).business_id;
    if (businessId) return tenants.findById(businessId);
    const number = twilioField(request, twilioRouteConfig(request).tenantNumber ?? 'To');
    const e164 = number ? normalizePhone(number) : null;
    return e164 ? tenants.findByTwilioNumber(e164) : null;
  }

  return async function resolveTwilioTenant(request: FastifyRequest, reply: FastifyReply) {
    const business = await find(request);
    if (!business) {
      request.log.info({ outcome: 'unknown_tenant' }, 'twilio webhook for an unknown tenant');
      const messaging = twilioRouteConfig(request).twiml === 'messaging';
      return sendTwiml(
        reply,
        messaging
          ? messageTwiml(text('en', 'smsUnknownNumber'))
          : sayAndHangup(text('en', 'unknownNumber'), 'en'),
      );
    }
    request.business = business;
    addLogBindings(request.log, { business_id: business.id });
    try {
      assertAutomationAllowed(business);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      request.log.info({ outcome: error.details.subcode }, 'twilio webhook for a paused tenant');
      const language = business.language_code;
      return sendTwiml(reply, sayAndHangup(text(language, 'unavailable'), language), 423);
    }
    return undefined;
  };
}

/**
 * Client errors stay problem documents; a failure while a caller or texter waits becomes a TwiML
 * apology (200), so Twilio never plays its "application error" message. On routes that allow it,
 * a caller of a known tenant is offered to leave a message (`<Record>` to `voicemailUrl`) rather
 * than hung up on: what they came to say still reaches the owner.
 */
export function createTwilioErrorHandler(voicemailUrl: (request: FastifyRequest) => string) {
  function voiceApology(request: FastifyRequest, language: Language): string {
    const takeMessage = twilioRouteConfig(request).takeMessageOnError && request.business;
    return takeMessage
      ? sayAndRecord(text(language, 'offerMessage'), language, { voicemail: () => voicemailUrl(request) })
      : sayAndHangup(text(language, 'voiceError'), language);
  }

  return function handleTwilioError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    const appError = classifyError(error);
    const status = STATUS_BY_CODE[appError.code];
    const kind = twilioRouteConfig(request).twiml;
    if (status < 500) {
      request.log.info({ code: appError.code, status }, appError.message);
      return sendProblem(reply, appError);
    }
    request.log.error({ err: error }, 'twilio webhook failed');
    markFailed(request, error);
    if (kind === 'none') return sendProblem(reply, appError);
    const language: Language = request.business?.language_code ?? 'en';
    return sendTwiml(
      reply,
      kind === 'messaging' ? messageTwiml(text(language, 'smsError')) : voiceApology(request, language),
    );
  };
}
