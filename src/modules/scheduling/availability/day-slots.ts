// The per-day half of the availability search: given one local day and the busy intervals around it,
// which slots are free? Pure and synchronous; the async driver lives in availability.ts.

import {
  localTimeOf,
  parseLocalTime,
  weekdayOfLocalDate,
  zonedToUtc,
} from '../../../platform/time/tenant-time.js';
import { PART_OF_DAY_WINDOWS, type TimeConstraint } from '../../../platform/time/time-constraint.js';
import type { BusyInterval, SchedulingSettings, Slot } from '../scheduling-types.js';

const MINUTE_MS = 60_000;

export interface DaySlotsInput {
  readonly settings: SchedulingSettings;
  /** The tenant-local day to search (YYYY-MM-DD). */
  readonly localDate: string;
  readonly durationMinutes: number;
  readonly constraint: TimeConstraint;
  readonly now: Date;
  /** Jobs and busy blocks overlapping the day (± travel buffer); others are ignored. */
  readonly busy: readonly BusyInterval[];
}

interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

/** Opening ranges of a local day: [] on closed weekdays and closed dates. */
export function businessRangesOf(
  settings: SchedulingSettings,
  localDate: string,
): ReadonlyArray<readonly [string, string]> {
  if (settings.closedDates.includes(localDate)) return [];
  return settings.businessHours[weekdayOfLocalDate(localDate)] ?? [];
}

/**
 * Free slots of one local day, chronological — or, when the constraint has `at` (and not `asap`),
 * ordered by closeness to `at` on that day (ties: earlier first).
 */
export function slotsForDay(input: DaySlotsInput): Slot[] {
  const ranges = businessRangesOf(input.settings, input.localDate);
  if (ranges.length === 0) return [];
  const day = toSpan(input, '00:00', '24:00');
  if (isDayFull(input, day)) return [];
  const window = allowedWindow(input);
  const blocks = blockingSpans(input, day);
  const durationMs = input.durationMinutes * MINUTE_MS;
  const starts = new Set<number>();
  for (const [open, close] of ranges) {
    const range = toSpan(input, open, close);
    for (const startMs of candidateStarts(range, window, durationMs, input.settings.slotStepMinutes)) {
      if (!overlapsAny({ startMs, endMs: startMs + durationMs }, blocks)) starts.add(startMs);
    }
  }
  const ordered = orderStarts([...starts], input);
  return ordered.map((startMs) => toSlot(input, startMs, durationMs));
}

function toSpan(input: DaySlotsInput, from: string, to: string): Span {
  const tz = input.settings.timeZone;
  return {
    startMs: zonedToUtc(input.localDate, from, tz).getTime(),
    endMs: zonedToUtc(input.localDate, to, tz).getTime(),
  };
}

/** maxJobsPerDay counts jobs by the local day they start on. */
function isDayFull({ settings, busy }: DaySlotsInput, day: Span): boolean {
  if (settings.maxJobsPerDay === null) return false;
  const jobsToday = busy.filter(
    (b) => b.kind === 'job' && b.start.getTime() >= day.startMs && b.start.getTime() < day.endMs,
  ).length;
  return jobsToday >= settings.maxJobsPerDay;
}

/** Where a slot may lie today: start ≥ lead time and the caller's "after", end ≤ the caller's "before". */
function allowedWindow(input: DaySlotsInput): Span {
  const leadMs = input.now.getTime() + input.settings.minLeadMinutes * MINUTE_MS;
  if (input.constraint.asap) return { startMs: leadMs, endMs: Number.POSITIVE_INFINITY };
  const { after, before } = clockWindow(input.constraint);
  const tz = input.settings.timeZone;
  const afterMs = after === undefined ? leadMs : zonedToUtc(input.localDate, after, tz).getTime();
  const beforeMs =
    before === undefined ? Number.POSITIVE_INFINITY : zonedToUtc(input.localDate, before, tz).getTime();
  return { startMs: Math.max(leadMs, afterMs), endMs: beforeMs };
}

/** Intersection of the part-of-day window and the explicit after/before. */
export function clockWindow(constraint: TimeConstraint): { after?: string; before?: string } {
  const part = constraint.partOfDay ? PART_OF_DAY_WINDOWS[constraint.partOfDay] : undefined;
  return {
    after: pickTime(part?.after, constraint.after, Math.max),
    before: pickTime(part?.before, constraint.before, Math.min),
  };
}

function pickTime(a: string | undefined, b: string | undefined, pick: (x: number, y: number) => number) {
  if (a === undefined || b === undefined) return a ?? b;
  return pick(parseLocalTime(a), parseLocalTime(b)) === parseLocalTime(a) ? a : b;
}

/** Jobs grow by the travel buffer on both sides; busy blocks stay as they are. Only those touching the day matter. */
function blockingSpans({ settings, busy }: DaySlotsInput, day: Span): Span[] {
  const bufferMs = settings.travelBufferMinutes * MINUTE_MS;
  return busy
    .map((b) => {
      const pad = b.kind === 'job' ? bufferMs : 0;
      return { startMs: b.start.getTime() - pad, endMs: b.end.getTime() + pad };
    })
    .filter((b) => b.startMs < day.endMs && b.endMs > day.startMs);
}

/** Real-time steps from the range start, so across a DST change inside a range slots stay `step` apart. */
function* candidateStarts(range: Span, window: Span, durationMs: number, stepMinutes: number) {
  const stepMs = stepMinutes * MINUTE_MS;
  const lastEndMs = Math.min(range.endMs, window.endMs);
  const skipped = Math.max(0, Math.ceil((window.startMs - range.startMs) / stepMs));
  for (let startMs = range.startMs + skipped * stepMs; startMs + durationMs <= lastEndMs; startMs += stepMs) {
    yield startMs;
  }
}

function overlapsAny(slot: Span, blocks: readonly Span[]): boolean {
  return blocks.some((b) => slot.startMs < b.endMs && b.startMs < slot.endMs);
}

function orderStarts(starts: number[], input: DaySlotsInput): number[] {
  const chronological = starts.sort((a, b) => a - b);
  const at = input.constraint.asap ? undefined : input.constraint.at;
  if (at === undefined) return chronological;
  const atMs = zonedToUtc(input.localDate, at, input.settings.timeZone).getTime();
  // Stable sort keeps earlier-first among equally close slots.
  return chronological.sort((a, b) => Math.abs(a - atMs) - Math.abs(b - atMs));
}

function toSlot(input: DaySlotsInput, startMs: number, durationMs: number): Slot {
  const start = new Date(startMs);
  return {
    start,
    end: new Date(startMs + durationMs),
    localDate: input.localDate,
    localTime: localTimeOf(start, input.settings.timeZone),
  };
}
