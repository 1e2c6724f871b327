import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Metrics } from '../../platform/metrics/metrics.js';

// This instance's counters. With several instances each answers for itself; Prometheus (or
// whoever scrapes) adds them up. Labels are route patterns, never raw paths.

const snapshotSchema = z
  .record(z.string(), z.union([z.number(), z.record(z.string(), z.number())]))
  .describe(
    'Counters of this instance: requests and errors by route pattern, Twilio requests and errors by kind, assistant turns by channel, bookings, emergencies, handoffs, callbacks, SMS sent and failed, calendar syncs, and rate_limit_blocks_total, rate_limit_blocks_by_route ("<route pattern>": n) and rate_limit_blocks_by_route_business ("<route pattern>|<business_id or ->": n).',
  );

export const metricsRoutes: FastifyPluginAsyncZod<{ metrics: Metrics }> = async (app, { metrics }) => {
  app.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: "This instance's counters as JSON",
        response: { 200: snapshotSchema },
      },
    },
    () => metrics.snapshot(),
  );

  app.get(
    '/metrics/prometheus',
    {
      schema: {
        tags: ['operations'],
        summary: "This instance's metrics in the Prometheus text format 0.0.4",
        produces: ['text/plain'],
      },
    },
    async (_request, reply) => {
      const text = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(text);
    },
  );
};
