import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { classifyError, toProblem } from '../../../platform/errors/error-handler.js';
import { markFailed } from '../../../platform/http/failures.js';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import type { Business } from '../../tenants/tenants.model.js';
import type { ChatConversation } from './conversation-store.js';
import { chatRequestSchema, chatResponseSchema, sseBodySchema } from './owner-chat.schemas.js';
import type { OwnerChatService } from './owner-chat.service.js';
import { chunkText, sseEvent } from './sse.js';

const tags = ['owner'];

// Owner credentials, and no `automation` flag: the owner chat only reads the owner's own records
// (what GET /v1/owner/* also shows), so lockdown does not stop it — an owner in lockdown needs it
// most — it only keeps the language model out (see the service). A suspended tenant's owner still
// reads everything, and this POST writes nothing but its own conversation: hence `whileSuspended`.
const config = { auth: 'owner' as const, whileSuspended: true };

const ANSWERS =
  'Answers from the business records in the tenant\'s language and time zone: the schedule for a day ("tomorrow", "Friday", "2027-03-10"), today\'s summary, the next appointment, open callbacks, emergencies this week, bookings this month, who called today; follow-ups ("and the day after?") continue the previous question. Anything else gets a list of what it can answer. With LLM_* configured a model may read questions the rules miss and rewords the answer from the same facts (never adding any); when it fails, the rules\' answer is sent. Works during lockdown (rules only).';

export const ownerChatRoutes: FastifyPluginAsyncZod<{ chat: OwnerChatService }> = async (app, { chat }) => {
  app.post(
    '/v1/chat',
    {
      config,
      schema: {
        tags,
        summary: "Ask about the business in plain language (owner's assistant)",
        description: ANSWERS,
        body: chatRequestSchema,
        response: { 200: chatResponseSchema },
      },
    },
    (request) => chat.ask(requireBusiness(request), request.body),
  );

  app.post(
    '/v1/chat/stream',
    {
      config,
      schema: {
        tags,
        summary: 'The same answer as POST /v1/chat, as server-sent events',
        description: `${ANSWERS}\n\nEvents: \`meta\` with \`{"conversation_id"}\` first, then the answer as text events of about 120 characters (joined, they are the reply text), then \`done\` (data \`end\`), after which the connection closes. A failure before the stream starts is a problem document; after it, an \`error\` event whose data is one.`,
        body: chatRequestSchema,
        response: {
          200: {
            description: 'Server-sent events: meta, the answer in text events, done (or error)',
            content: { 'text/event-stream': { schema: sseBodySchema } },
          },
        },
      },
    },
    async (request, reply) => {
      const business = requireBusiness(request);
      // Anything that fails up to here (credentials, body, session store) is a plain problem document.
      const conversation = await chat.open(business, request.body.conversation_id);
      const stream = new PassThrough();
      // Proxies (nginx) would otherwise buffer the events until the answer is complete.
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no');
      stream.write(sseEvent('meta', JSON.stringify({ conversation_id: conversation.id })));
      void streamAnswer(request, reply, { chat, business, conversation, text: request.body.text }, stream);
      // Fastify pipes a stream as it is (no serializer); the 200 schema above only documents it.
      return reply.send(stream as unknown as string);
    },
  );
};

async function streamAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  input: { chat: OwnerChatService; business: Business; conversation: ChatConversation; text: string },
  stream: PassThrough,
): Promise<void> {
  // A client that goes away stops the model call it was waiting for.
  const abort = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) abort.abort();
  });
  try {
    const text = await input.chat.answer(input.business, input.conversation, input.text, abort.signal);
    // Nobody is listening any more: the answer is kept for a follow-up, the stream is gone.
    if (stream.destroyed) return;
    for (const chunk of chunkText(text)) stream.write(sseEvent(null, chunk));
    stream.end(sseEvent('done', 'end'));
  } catch (error) {
    if (stream.destroyed) return;
    const problem = toProblem(classifyError(error), String(request.id));
    if (problem.status >= 500) {
      request.log.error({ err: error, kind: 'stream' }, 'owner chat stream failed');
      markFailed(request, error);
    }
    stream.end(sseEvent('error', JSON.stringify(problem)));
  }
}
