import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import { widgetBusinessSchema } from '../../tenants/tenants.schemas.js';

export const widgetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/widget/business',
    {
      config: { auth: 'widget', automation: true },
      schema: {
        tags: ['widget'],
        summary: 'What the chat widget shows about the business',
        response: { 200: widgetBusinessSchema },
      },
    },
    (request) => {
      const { id, name, language_code } = requireBusiness(request);
      return { id, name, language_code };
    },
  );
};
