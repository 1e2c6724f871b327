import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { requireBusiness } from '../../tenants/tenants.auth.js';
import type { AvailabilityService } from '../availability/availability.service.js';
import type { Slot } from '../scheduling-types.js';
import {
  availabilityQuerySchema,
  availabilityResponseSchema,
  scheduleQuerySchema,
  scheduleResponseSchema,
  todaySummarySchema,
} from './owner-schedule.schemas.js';
import type { OwnerScheduleService } from './owner-schedule.service.js';

const tags = ['owner'];
const config = { auth: 'owner' as const };

export const ownerScheduleRoutes: FastifyPluginAsyncZod<{
  schedule: OwnerScheduleService;
  availability: AvailabilityService;
}> = async (app, { schedule, availability }) => {
  app.get(
    '/v1/owner/schedule',
    {
      config,
      schema: {
        tags,
        summary: "A local day's non-cancelled appointments in start order (default today)",
        querystring: scheduleQuerySchema,
        response: { 200: scheduleResponseSchema },
      },
    },
    (request) => schedule.schedule(requireBusiness(request), request.query.date),
  );

  app.get(
    '/v1/owner/summary/today',
    {
      config,
      schema: {
        tags,
        summary: "Today's numbers in the business's time zone, and the next appointment",
        response: { 200: todaySummarySchema },
      },
    },
    (request) => schedule.today(requireBusiness(request)),
  );

  app.get(
    '/v1/owner/availability',
    {
      config,
      schema: {
        tags,
        summary: 'Free slots the assistant would offer: business hours, lead time, travel buffer, daily cap',
        description: 'Answers 503 CALENDAR_UNAVAILABLE when the connected calendar cannot be read.',
        querystring: availabilityQuerySchema,
        response: { 200: availabilityResponseSchema },
      },
    },
    async (request) => {
      const business = requireBusiness(request);
      const { query } = request;
      const result = await availability.search(business, {
        constraint: constraintOf(query),
        serviceType: query.service_type ?? null,
        ...(query.duration_minutes ? { durationMinutes: query.duration_minutes } : {}),
        limit: query.limit,
      });
      const items = result.slots.map(slotView);
      return {
        time_zone: business.time_zone,
        duration_minutes: result.durationMinutes,
        items,
        next_cursor: null,
      };
    },
  );
};

function constraintOf(query: z.output<typeof availabilityQuerySchema>): TimeConstraint {
  return {
    fromDate: query.date ?? query.from_date,
    toDate: query.date ?? query.to_date,
    partOfDay: query.part_of_day,
    after: query.after,
    before: query.before,
    at: query.at,
    asap: query.asap,
  };
}

function slotView(slot: Slot) {
  return {
    start_time: slot.start.toISOString(),
    end_time: slot.end.toISOString(),
    local_date: slot.localDate,
    local_time: slot.localTime,
  };
}
