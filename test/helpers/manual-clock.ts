import type { Clock } from '../../src/platform/clock.js';

/** A clock that moves only when a test moves it. */
export interface ManualClock extends Clock {
  set(to: Date | string | number): void;
  advance(ms: number): void;
}

/** Starts at `start` (a Date, an ISO string or epoch milliseconds). */
export function manualClock(start: Date | string | number): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
