import type { Business } from '../../tenants/tenants.model.js';

/** A time the owner is unavailable (a calendar event), half-open [start, end) in UTC. */
export interface BusyBlock {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The owner's external calendar as availability sees it. An implementation that cannot answer must
 * throw (ideally an AppError with a classified code); availability then offers no slots rather than
 * guessing, and booking from a slot fails.
 */
export interface BusyCalendar {
  busyBetween(business: Business, from: Date, to: Date): Promise<BusyBlock[]>;
}

/** For tenants without a connected calendar: nothing outside our own appointments is busy. */
export const noBusyCalendar: BusyCalendar = {
  busyBetween: async () => [],
};
