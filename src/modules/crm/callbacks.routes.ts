import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../tenants/tenants.auth.js';
import {
  callbackIdParamsSchema,
  callbackListQuerySchema,
  callbackListSchema,
  callbackPatchSchema,
  callbackResponseSchema,
} from './callbacks.schemas.js';
import type { CallbackService } from './callbacks.service.js';

const tags = ['owner'];
const config = { auth: 'owner' as const };

export const callbackRoutes: FastifyPluginAsyncZod<{ callbacks: CallbackService }> = async (
  app,
  { callbacks },
) => {
  app.get(
    '/v1/owner/callbacks',
    {
      config,
      schema: {
        tags,
        summary:
          'Callers to call back (missed calls, voicemails, unfinished intakes, handoffs), newest first',
        querystring: callbackListQuerySchema,
        response: { 200: callbackListSchema },
      },
    },
    (request) => callbacks.list(requireBusiness(request).id, request.query),
  );

  app.patch(
    '/v1/owner/callbacks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Resolve a callback, or reopen it',
        params: callbackIdParamsSchema,
        body: callbackPatchSchema,
        response: { 200: callbackResponseSchema },
      },
    },
    (request) => callbacks.setStatus(requireBusiness(request).id, request.params.id, request.body.status),
  );
};
