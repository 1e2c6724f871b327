import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  feedbackBodySchema,
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackSubmittedSchema,
  signupBodySchema,
  signupResponseSchema,
} from './accounts.schemas.js';
import type { FeedbackService } from './feedback.service.js';
import type { SignupService } from './signup.service.js';

// Self sign-up and feedback: open to anyone (both prefixes are rate limited by the edge).
export const publicAccountRoutes: FastifyPluginAsyncZod<{
  signup: SignupService;
  feedback: FeedbackService;
}> = async (app, { signup, feedback }) => {
  app.post(
    '/v1/public/signup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a business and its owner account (when ALLOW_SELF_SIGNUP=true, else 403)',
        description: 'The API key and widget token are shown only in this answer. A used email answers 409.',
        body: signupBodySchema,
        response: { 201: signupResponseSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await signup.signup(request.body)),
  );

  app.post(
    '/v1/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Send product feedback',
        description: "Anyone may send it; a URL's query string and fragment are dropped before storing.",
        body: feedbackBodySchema,
        response: { 200: feedbackSubmittedSchema },
      },
    },
    async (request) => {
      await feedback.submit(request.body, null);
      return { submitted: true as const };
    },
  );

  app.get(
    '/v1/admin/feedback',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'List feedback, newest first',
        querystring: feedbackListQuerySchema,
        response: { 200: feedbackListSchema },
      },
    },
    (request) => feedback.list(request.query),
  );
};
