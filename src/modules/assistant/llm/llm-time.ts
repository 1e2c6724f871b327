import { DateTime } from 'luxon';
import type { TimeConstraint } from '../../../platform/time/time-constraint.js';
import { isoDate, localClock } from '../understanding/zone.js';
import type { LlmTime } from './llm-client.js';

// A date further out than this is a model that got the year wrong, not a caller planning ahead.
const HORIZON_DAYS = 366;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;

type DateFields = Pick<TimeConstraint, 'fromDate' | 'toDate'>;

function parseDay(value: string): DateTime | null {
  if (!DATE.test(value)) return null;
  const day = DateTime.fromISO(value, { zone: 'utc' });
  return day.isValid ? day : null;
}

function clock(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const m = CLOCK.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/** Null when any date is garbage, in the past or beyond the horizon: a wrong date books a wrong day. */
function dateFields(time: LlmTime, today: DateTime): DateFields | null {
  const horizon = today.plus({ days: HORIZON_DAYS });
  if (time.date !== undefined) {
    const day = parseDay(time.date);
    if (!day || day < today || day > horizon) return null;
    return { fromDate: isoDate(day), toDate: isoDate(day) };
  }
  const from = time.fromDate === undefined ? undefined : parseDay(time.fromDate);
  const to = time.toDate === undefined ? undefined : parseDay(time.toDate);
  if (from === null || to === null) return null;
  if (to && (to < today || to > horizon)) return null;
  if (from && (from > horizon || (from < today && !to))) return null;
  if (from && to && from > to) return null;
  // A range that began earlier but is still running ("this week" on a Wednesday) counts from today.
  const start = from && from < today ? today : from;
  return { ...(start ? { fromDate: isoDate(start) } : {}), ...(to ? { toDate: isoDate(to) } : {}) };
}

function clockFields(time: LlmTime): Pick<TimeConstraint, 'after' | 'before' | 'at'> | null {
  const after = clock(time.after);
  const before = clock(time.before);
  const at = clock(time.at);
  if (after === null || before === null || at === null) return null;
  if (after && before && after >= before) return null;
  return { ...(after ? { after } : {}), ...(before ? { before } : {}), ...(at ? { at } : {}) };
}

/**
 * The model's time as a TimeConstraint, checked against "now" in the tenant zone. Any bad part
 * drops the whole time: half a preference ("morning" without its day) would mean something else.
 */
export function timeConstraintOf(
  time: LlmTime | undefined,
  ctx: { now: Date; timeZone: string },
): TimeConstraint | undefined {
  if (!time) return undefined;
  const dates = dateFields(time, localClock(ctx.now, ctx.timeZone).today);
  const clocks = clockFields(time);
  if (!dates || !clocks) return undefined;
  const constraint: TimeConstraint = {
    ...dates,
    ...(time.partOfDay ? { partOfDay: time.partOfDay } : {}),
    ...clocks,
    ...(time.asap ? { asap: true } : {}),
  };
  return Object.keys(constraint).length > 0 ? constraint : undefined;
}
