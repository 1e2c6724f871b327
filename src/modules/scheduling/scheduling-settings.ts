import type { Business } from '../tenants/tenants.model.js';
import type { SchedulingSettings } from './scheduling-types.js';

/** Search knobs that are not tenant settings (yet): the slot grid and how far ahead slots are offered. */
export interface SearchPolicy {
  readonly slotStepMinutes: number;
  readonly horizonDays: number;
}

export const DEFAULT_SEARCH_POLICY: SearchPolicy = { slotStepMinutes: 30, horizonDays: 60 };

export function schedulingSettingsOf(
  business: Business,
  policy: SearchPolicy = DEFAULT_SEARCH_POLICY,
): SchedulingSettings {
  return {
    timeZone: business.time_zone,
    businessHours: business.business_hours,
    closedDates: business.closed_dates,
    travelBufferMinutes: business.travel_buffer_minutes,
    maxJobsPerDay: business.max_jobs_per_day,
    minLeadMinutes: business.min_lead_minutes,
    slotStepMinutes: policy.slotStepMinutes,
    horizonDays: policy.horizonDays,
  };
}

/** The tenant's service with this name (case- and space-insensitive), if any. */
export function findService(
  business: Business,
  serviceType: string | null | undefined,
): Business['services'][number] | undefined {
  const wanted = normalizeName(serviceType);
  if (!wanted) return undefined;
  return business.services.find((service) => normalizeName(service.name) === wanted);
}

/** Minutes a job of this service takes: the named service's duration, else the tenant default. */
export function serviceDurationMinutes(business: Business, serviceType: string | null | undefined): number {
  return findService(business, serviceType)?.duration_minutes ?? business.default_duration_minutes;
}

function normalizeName(name: string | null | undefined): string {
  return (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}
