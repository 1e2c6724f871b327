// A caller's time preference, already resolved against "now" in the tenant's zone.
// Produced by the assistant's understanding, consumed by the availability search.
// All dates are local calendar dates (YYYY-MM-DD) and local clock times (HH:MM) in the tenant zone.

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface TimeConstraint {
  /** Earliest local date to consider (inclusive). Absent: today. */
  readonly fromDate?: string;
  /** Latest local date to consider (inclusive). Absent: open-ended search horizon. */
  readonly toDate?: string;
  /** Restrict to a part of the day (morning 08–12, afternoon 12–17, evening 17–21). */
  readonly partOfDay?: PartOfDay;
  /** Local clock window: the job must start at or after `after` and end by `before`. */
  readonly after?: string;
  readonly before?: string;
  /** A specific local start time the caller asked for ("at 3"); the search prefers the nearest slot. */
  readonly at?: string;
  /** "As soon as possible": the earliest slot wins regardless of other preferences. */
  readonly asap?: boolean;
  /** Local dates the caller ruled out ("next week but not wednesday"); never searched, even with `asap`. */
  readonly excludeDates?: readonly string[];
}

// The business's own hours bound every search; these only split its day. Morning starts at 6 so a
// business that opens at 6 or 7 can offer its first hour to a caller who asks for "first thing".
export const PART_OF_DAY_WINDOWS: Readonly<Record<PartOfDay, { after: string; before: string }>> = {
  morning: { after: '06:00', before: '12:00' },
  afternoon: { after: '12:00', before: '17:00' },
  evening: { after: '17:00', before: '21:00' },
};
