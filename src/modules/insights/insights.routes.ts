import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../tenants/tenants.auth.js';
import {
  statsQuerySchema,
  statsResponseSchema,
  usageQuerySchema,
  usageResponseSchema,
} from './insights.schemas.js';
import type { InsightsService } from './insights.service.js';

export const insightsRoutes: FastifyPluginAsyncZod<{ insights: InsightsService }> = async (
  app,
  { insights },
) => {
  app.get(
    '/v1/owner/stats',
    {
      config: { auth: 'owner' as const },
      schema: {
        tags: ['owner'],
        summary: 'Calls, chats, bookings, conversion and emergencies over the last 7 or 30 local days',
        querystring: statsQuerySchema,
        response: { 200: statsResponseSchema },
      },
    },
    (request) => insights.ownerStats(requireBusiness(request), request.query.days),
  );

  app.get(
    '/v1/admin/usage',
    {
      config: { auth: 'admin' as const },
      schema: {
        tags: ['admin'],
        summary: "Every tenant's calls, chats, bookings, emergencies and texts sent over the last N days",
        querystring: usageQuerySchema,
        response: { 200: usageResponseSchema },
      },
    },
    async (request) => ({ items: await insights.usage(request.query.days) }),
  );
};
