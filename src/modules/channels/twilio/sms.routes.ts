import { markFailed } from '../../../platform/http/failures.js';
import { smsReplayKey, smsStatusReplayKey } from './replay-keys.js';
import { type TwilioApp, twilioDoc, twilioRoute } from './route-support.js';
import type { TwilioChannel } from './twilio.channel.js';
import { twilioBusiness } from './twilio.context.js';
import { sendTwiml } from './twilio.hooks.js';
import { smsFormSchema, smsStatusFormSchema } from './twilio.schemas.js';

export function registerSmsRoutes(app: TwilioApp, channel: TwilioChannel): void {
  app.post(
    '/sms',
    {
      ...twilioRoute({ twiml: 'messaging', replayKey: smsReplayKey }),
      schema: {
        ...twilioDoc(
          'Inbound text',
          'Answers messaging TwiML. STOP/STOPALL/UNSUBSCRIBE/CANCEL/END/QUIT opt out and START/UNSTOP opt in (no reply: Twilio confirms those itself); HELP answers; C/CONFIRM/YES confirms the next appointment; anything else goes to the assistant. Every `<Message>` is logged as an outbound SMS of kind `reply`.',
        ),
        body: smsFormSchema,
      },
    },
    async (request, reply) => {
      const report = {
        error: request.log.error.bind(request.log),
        failed: (error: unknown) => markFailed(request, error),
      };
      const twiml = await channel.sms.receive(twilioBusiness(request), request.body, report);
      return sendTwiml(reply, twiml);
    },
  );

  app.post(
    '/sms-status',
    {
      ...twilioRoute({ twiml: 'none', replayKey: smsStatusReplayKey, tenantNumber: 'From' }),
      schema: {
        ...twilioDoc(
          'Delivery report of an SMS we sent',
          'Updates the message log by MessageSid. Answers 204.',
        ),
        body: smsStatusFormSchema,
      },
    },
    async (request, reply) => {
      const { MessageSid, MessageStatus, ErrorCode } = request.body;
      await channel.sms.deliveryReport(MessageSid, MessageStatus, ErrorCode);
      return reply.code(204).send();
    },
  );
}
