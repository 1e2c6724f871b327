import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireBusiness } from './tenants.auth.js';
import {
  businessResponseSchema,
  lockdownBodySchema,
  lockdownResponseSchema,
  ownerBusinessPatchSchema,
} from './tenants.schemas.js';
import type { TenantService } from './tenants.service.js';

const tags = ['owner'];
const config = { auth: 'owner' as const };
// A suspended tenant may still change its settings: that is how it fixes what got it suspended.
// Settings and lockdown: owners only (staff and viewers get 403, see tenants.auth assertRoleAllows).
const settingsConfig = { ...config, whileSuspended: true, ownerOnly: true };

export const ownerBusinessRoutes: FastifyPluginAsyncZod<{ tenants: TenantService }> = async (
  app,
  { tenants },
) => {
  app.get(
    '/v1/owner/business',
    {
      config,
      schema: { tags, summary: "The caller's business settings", response: { 200: businessResponseSchema } },
    },
    (request) => requireBusiness(request),
  );

  app.patch(
    '/v1/owner/business',
    {
      config: settingsConfig,
      schema: {
        tags,
        summary: "Change the caller's business settings (not status or credentials)",
        body: ownerBusinessPatchSchema,
        response: { 200: businessResponseSchema },
      },
    },
    (request) => tenants.update(requireBusiness(request).id, request.body),
  );

  app.post(
    '/v1/owner/lockdown',
    {
      config: settingsConfig,
      schema: {
        tags,
        summary:
          'Pause (or resume) all automation: widget, chat, voice, telephony and Twilio routes answer 423',
        body: lockdownBodySchema,
        response: { 200: lockdownResponseSchema },
      },
    },
    async (request) => {
      const business = await tenants.update(requireBusiness(request).id, {
        lockdown_mode: request.body.enabled,
      });
      return { lockdown_mode: business.lockdown_mode };
    },
  );
};
