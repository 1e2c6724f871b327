/** Source of the current time; injected so time-dependent code can be tested with a manual clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};
