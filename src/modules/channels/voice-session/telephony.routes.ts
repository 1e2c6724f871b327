import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import { AUDIO_BODY_LIMIT } from './audio-json.js';
import {
  endResponseSchema,
  startBodySchema,
  startResponseSchema,
  telephonyAudioBodySchema,
  telephonyEndBodySchema,
  turnResponseSchema,
} from './voice-session.schemas.js';
import type { VoiceSessionService } from './voice-session.service.js';

// /telephony/* and /v1/telephony/* (registered under both prefixes): the same sessions as
// /v1/voice/session/*, shaped for a telephony gateway. `inbound` needs the tenant's credentials;
// `audio` and `end` carry the session id in the body and, as in the reference system, may be sent
// without credentials: the unguessable id is the capability. Credentials that are sent must be
// valid and name the session's tenant.

const tags = ['telephony'];

const ERRORS =
  'Errors: 401 for invalid credentials; 404 for an unknown session or one of another tenant; 409 ' +
  '`SESSION_EXPIRED` / `SESSION_ENDED`; 423 when the tenant is in lockdown.';

export const telephonyRoutes: FastifyPluginAsyncZod<{ sessions: VoiceSessionService }> = async (
  app,
  { sessions },
) => {
  app.post(
    '/inbound',
    {
      config: { auth: 'api', automation: true },
      schema: {
        tags,
        summary: 'A call arrives: start a session and answer with the greeting',
        description:
          'Answers 201 `{session_id, reply_text, session_state, audio}`. Errors: 401 without valid credentials; 423 in lockdown.',
        body: startBodySchema.optional(),
        response: { 201: startResponseSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sessions.start(requireBusiness(request), request.body ?? {})),
  );

  app.post(
    '/audio',
    {
      config: { auth: 'api', automation: true, credentialsOptional: true },
      bodyLimit: AUDIO_BODY_LIMIT,
      schema: {
        tags,
        summary: 'One caller turn of a telephony session: text or audio in, the reply out',
        description: `Same rules as \`POST /v1/voice/session/{id}/input\`. ${ERRORS}`,
        body: telephonyAudioBodySchema,
        response: { 200: turnResponseSchema },
      },
    },
    (request) => {
      const { session_id, ...input } = request.body;
      return sessions.input(request.business, session_id, input);
    },
  );

  app.post(
    '/end',
    {
      config: { auth: 'api', automation: true, credentialsOptional: true },
      schema: {
        tags,
        summary: 'The call ended: settle the session',
        description: `Same as \`POST /v1/voice/session/{id}/end\`. ${ERRORS}`,
        body: telephonyEndBodySchema,
        response: { 200: endResponseSchema },
      },
    },
    (request) => sessions.end(request.business, request.body.session_id),
  );
};
