import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import { AUDIO_BODY_LIMIT } from './audio-json.js';
import {
  endResponseSchema,
  inputBodySchema,
  sessionParamsSchema,
  startBodySchema,
  startResponseSchema,
  turnResponseSchema,
} from './voice-session.schemas.js';
import type { VoiceSessionService } from './voice-session.service.js';

// /v1/voice/session/*: a tenant's voice front end (its own telephony or a browser) drives the
// assistant turn by turn with the tenant's API key.

const tags = ['voice sessions'];
const config = { auth: 'api' as const, automation: true };

const ERRORS =
  'Errors: 401 without valid credentials; 404 for an unknown session or one of another tenant; 409 ' +
  '`SESSION_EXPIRED` after SESSION_TTL_SECONDS idle, `SESSION_ENDED` after its end; 423 in lockdown.';

export const voiceSessionRoutes: FastifyPluginAsyncZod<{ sessions: VoiceSessionService }> = async (
  app,
  { sessions },
) => {
  app.post(
    '/v1/voice/session/start',
    {
      config,
      schema: {
        tags,
        summary: 'Start a voice session: the greeting',
        description:
          'Creates a session (channel `api`) and answers 201 with its id and the greeting, as text and, ' +
          'when speech synthesis is configured, audio. A known `caller_phone` is greeted as a returning customer.',
        body: startBodySchema.optional(),
        response: { 201: startResponseSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sessions.start(requireBusiness(request), request.body ?? {})),
  );

  app.post(
    '/v1/voice/session/:id/input',
    {
      config,
      bodyLimit: AUDIO_BODY_LIMIT,
      schema: {
        tags,
        summary: 'One caller turn: text or audio in, the reply out',
        description:
          'Text wins over audio; audio is transcribed first (STT_BASE_URL). A transcription failure is ' +
          'never guessed at: 503 `SPEECH_RECOGNITION_FAILED` (timeout, provider down or refusing our key) ' +
          'or 422 (no recogniser configured, audio refused); the turn is not taken. Audio the recogniser ' +
          `hears as silence is a silent turn. Audio over the size limit: 413. ${ERRORS}`,
        params: sessionParamsSchema,
        body: inputBodySchema,
        response: { 200: turnResponseSchema },
      },
    },
    (request) => sessions.input(requireBusiness(request), request.params.id, request.body),
  );

  app.post(
    '/v1/voice/session/:id/end',
    {
      config,
      schema: {
        tags,
        summary: 'End a voice session',
        description:
          'Settles the session like the end of a call: without a booking (or handoff) the caller becomes ' +
          `a callback for the owner. Ending again answers the same. ${ERRORS}`,
        params: sessionParamsSchema,
        response: { 200: endResponseSchema },
      },
    },
    (request) => sessions.end(requireBusiness(request), request.params.id),
  );
};
