// Test support for the engine: a tenant, and a simulated runner that answers the engine's actions
// with the real (pure) slot search over an empty or partly busy calendar.

import { expectingOf } from '../../../src/modules/assistant/engine/expecting.js';
import { initialState, type SessionState } from '../../../src/modules/assistant/engine/state.js';
import { step } from '../../../src/modules/assistant/engine/step.js';
import type {
  BusinessFacts,
  EngineAction,
  EngineEvent,
  KnownAppointment,
  KnownCustomer,
  SlotOffer,
} from '../../../src/modules/assistant/engine/types.js';
import { RESULT_ACTIONS } from '../../../src/modules/assistant/engine/types.js';
import { understand } from '../../../src/modules/assistant/understanding/index.js';
import { findSlots } from '../../../src/modules/scheduling/availability/availability.js';
import type { BusyInterval } from '../../../src/modules/scheduling/scheduling-types.js';
import type { TimeConstraint } from '../../../src/platform/time/time-constraint.js';

const WEEKDAY = [['08:00', '17:00']] as const;

export function testFacts(overrides: Partial<BusinessFacts> = {}): BusinessFacts {
  return {
    name: 'Lakeview Plumbing',
    timeZone: 'America/Chicago',
    language: 'en',
    hours: {
      mon: WEEKDAY,
      tue: WEEKDAY,
      wed: WEEKDAY,
      thu: WEEKDAY,
      fri: WEEKDAY,
      sat: [['09:00', '13:00']],
      sun: [],
    },
    closedDates: [],
    services: [
      { name: 'Water heater repair', duration_minutes: 120 },
      { name: 'Drain cleaning', duration_minutes: 90 },
    ],
    greeting: null,
    serviceArea: ['Chicago', 'Evanston', 'Oak Park'],
    ownerName: 'Denise Kaplan',
    ownerPhone: null,
    afterHoursTransfer: false,
    canText: true,
    channel: 'phone',
    callerPhone: '+13125550111',
    ...overrides,
  };
}

export interface SimTurn {
  reply: string;
  /** Every action of the turn, in order (result actions included). */
  actions: EngineAction[];
  state: SessionState;
}

export interface SimOptions {
  facts?: Partial<BusinessFacts>;
  /** Default: Sunday 2026-03-08 19:00 in Chicago. */
  now?: string;
  busy?: BusyInterval[];
  appointment?: KnownAppointment | null;
  /** Book results in order; default always 'ok'. */
  bookResults?: Array<'ok' | 'taken' | 'error'>;
  failSearch?: boolean;
}

/** Drives the engine the way the runner does: understand → step → carry out actions → feed results. */
export class Sim {
  readonly facts: BusinessFacts;
  readonly now: Date;
  state: SessionState;
  readonly searches: TimeConstraint[] = [];
  readonly booked: Array<Extract<EngineAction, { type: 'book' }>> = [];
  /** The `exclude` list of every search, in order. */
  readonly exclusions: string[][] = [];
  /** Starts of every booking tried, in order (taken ones included). */
  readonly attempts: string[] = [];
  /** Slots another caller booked (a 'taken' answer): busy for later searches. */
  private readonly taken: BusyInterval[] = [];

  constructor(private readonly options: SimOptions = {}) {
    this.facts = testFacts(options.facts);
    this.now = new Date(options.now ?? '2026-03-09T00:00:00Z');
    this.state = initialState(this.facts.language);
  }

  async start(customer: KnownCustomer | null = null): Promise<SimTurn> {
    return this.run({ type: 'start', customer });
  }

  async say(text: string): Promise<SimTurn> {
    if (text.trim() === '') return this.run({ type: 'silence' });
    const understanding = understand(text, {
      now: this.now,
      timeZone: this.facts.timeZone,
      language: this.state.language,
      expecting: expectingOf(this.state),
      serviceNames: this.facts.services.map((s) => s.name),
    });
    return this.run({ type: 'utterance', text, understanding });
  }

  private async run(first: EngineEvent): Promise<SimTurn> {
    const replies: string[] = [];
    const actions: EngineAction[] = [];
    let event: EngineEvent | null = first;
    for (let i = 0; event && i < 6; i += 1) {
      const result = step(this.state, event, this.facts, this.now);
      this.state = result.state;
      if (result.reply) replies.push(result.reply);
      actions.push(...result.actions);
      const pending = result.actions.find((action) => RESULT_ACTIONS.has(action.type));
      event = pending ? await this.answer(pending) : null;
    }
    return { reply: replies.join(' '), actions, state: this.state };
  }

  private async answer(action: EngineAction): Promise<EngineEvent | null> {
    switch (action.type) {
      case 'find_slots':
        return this.search(
          action.constraint,
          action.durationMinutes ?? 60,
          action.exclude ?? [],
          action.limit,
        );
      case 'book':
        return this.book(action);
      case 'find_next_appointment':
        return { type: 'appointment_found', appointment: this.options.appointment ?? null };
      case 'cancel':
        return { type: 'cancelled' };
      case 'reschedule':
        return { type: 'rescheduled', slot: action.slot };
      default:
        return null;
    }
  }

  /** Like the runner: a dozen slots or the limit asked for; excluded starts skipped, as many more looked for. */
  private async search(
    constraint: TimeConstraint,
    durationMinutes: number,
    exclude: readonly string[],
    limit = 12,
  ): Promise<EngineEvent> {
    this.searches.push(constraint);
    this.exclusions.push([...exclude]);
    const excluded = new Set(exclude.map((start) => Date.parse(start)));
    if (this.options.failSearch) return { type: 'slots_failed' };
    const slots = await findSlots({
      settings: {
        timeZone: this.facts.timeZone,
        businessHours: this.facts.hours,
        closedDates: this.facts.closedDates,
        travelBufferMinutes: 30,
        maxJobsPerDay: null,
        minLeadMinutes: 60,
        slotStepMinutes: 30,
        horizonDays: 30,
      },
      durationMinutes,
      constraint,
      now: this.now,
      limit: limit + excluded.size,
      lookupBusy: async () => [...(this.options.busy ?? []), ...this.taken],
    });
    const fresh = slots.filter((slot) => !excluded.has(slot.start.getTime())).slice(0, limit);
    const offers: SlotOffer[] = fresh.map((slot) => ({
      start: slot.start.toISOString(),
      end: slot.end.toISOString(),
      date: slot.localDate,
      time: slot.localTime,
    }));
    return { type: 'slots_found', slots: offers };
  }

  private book(action: Extract<EngineAction, { type: 'book' }>): EngineEvent {
    const outcome = this.options.bookResults?.shift() ?? 'ok';
    this.attempts.push(action.slot.start);
    if (outcome === 'taken') {
      // Another caller booked it: the calendar shows it busy from now on.
      this.taken.push({ start: new Date(action.slot.start), end: new Date(action.slot.end), kind: 'job' });
    }
    if (outcome !== 'ok') return { type: 'book_failed', reason: outcome };
    this.booked.push(action);
    return { type: 'booked', appointmentId: `apt_${this.booked.length}`, slot: action.slot };
  }
}
