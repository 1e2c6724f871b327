import type { Clock } from '../../platform/clock.js';
import type { Business } from '../tenants/tenants.model.js';
import { CalendarError } from './calendar.errors.js';
import type { BusyPeriod } from './calendar.port.js';
import type { CalendarConnections, WarnLogger } from './calendar-connections.service.js';

// The owner's own events as busy time for availability. Answers are reused for a short while (a
// call asks for the same days turn after turn). When Google cannot be reached, the last answer that
// covers the asked range is used, and said so in logs and metrics; with none, the error goes up and
// availability offers nothing: free time is never invented.

export type BusyOutcome = 'fresh' | 'cached' | 'stale' | 'unavailable';

export interface CalendarBusyDeps {
  clock: Clock;
  connections: Pick<CalendarConnections, 'calendarFor' | 'markRevoked'>;
  cacheSeconds: number;
  log: WarnLogger;
  metrics?: { calendarBusy(outcome: BusyOutcome): void };
}

interface Answer {
  from: number;
  to: number;
  at: number;
  busy: BusyPeriod[];
}

/** A stale answer is still better than nothing for this long. */
const STALE_LIMIT_MS = 6 * 60 * 60_000;
const ANSWERS_PER_TENANT = 16;

export type CalendarBusy = ReturnType<typeof createCalendarBusy>;

export function createCalendarBusy(deps: CalendarBusyDeps) {
  const { clock, connections, log } = deps;
  const answers = new Map<string, Answer[]>();
  const count = (outcome: BusyOutcome) => deps.metrics?.calendarBusy(outcome);

  function covering(businessId: string, from: Date, to: Date, maxAgeMs: number): Answer | undefined {
    const at = clock.now().getTime();
    return answers
      .get(businessId)
      ?.find(
        (answer) => answer.from <= from.getTime() && answer.to >= to.getTime() && at - answer.at <= maxAgeMs,
      );
  }

  function remember(businessId: string, answer: Answer): void {
    const list = (answers.get(businessId) ?? []).filter(
      (other) => clock.now().getTime() - other.at <= STALE_LIMIT_MS,
    );
    list.unshift(answer);
    answers.set(businessId, list.slice(0, ANSWERS_PER_TENANT));
  }

  function clip(answer: Answer, from: Date, to: Date): BusyPeriod[] {
    return answer.busy.filter((period) => period.start < to && period.end > from);
  }

  async function busyBetween(business: Business, from: Date, to: Date): Promise<BusyPeriod[]> {
    const calendar = await connections.calendarFor(business);
    if (!calendar) return [];
    const fresh = covering(business.id, from, to, deps.cacheSeconds * 1000);
    if (fresh) {
      count('cached');
      return clip(fresh, from, to);
    }
    try {
      const busy = await calendar.provider.freeBusy(from, to);
      remember(business.id, { from: from.getTime(), to: to.getTime(), at: clock.now().getTime(), busy });
      count('fresh');
      return busy;
    } catch (error) {
      const kind = error instanceof CalendarError ? error.kind : 'transient';
      if (kind === 'auth_revoked') await connections.markRevoked(business);
      const stale = covering(business.id, from, to, STALE_LIMIT_MS);
      if (stale) {
        count('stale');
        log.warn(
          { business_id: business.id, kind, age_s: Math.round((clock.now().getTime() - stale.at) / 1000) },
          'calendar unreachable; using the last busy times',
        );
        return clip(stale, from, to);
      }
      count('unavailable');
      log.warn({ business_id: business.id, kind }, 'calendar unreachable; no slots offered');
      throw error;
    }
  }

  /** Forget a tenant's answers (its calendar just changed under us). */
  function invalidate(businessId: string): void {
    answers.delete(businessId);
  }

  return { busyBetween, invalidate };
}
