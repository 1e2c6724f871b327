import type { Business } from '../../tenants/tenants.model.js';
import type { TurnContext } from '../assistant.port.js';
import type { BusinessFacts } from '../engine/index.js';

export function factsOf(ctx: TurnContext): BusinessFacts {
  const b: Business = ctx.business;
  return {
    name: b.name,
    timeZone: b.time_zone,
    language: b.language_code,
    hours: b.business_hours,
    closedDates: b.closed_dates,
    services: b.services,
    greeting: b.greeting,
    serviceArea: b.service_area,
    ownerName: b.owner_name,
    ownerPhone: b.owner_phone,
    afterHoursTransfer: b.after_hours_transfer,
    canText: b.twilio_phone_number !== null,
    channel: ctx.channel,
    callerPhone: ctx.callerPhone,
  };
}
