import { describe, expect, it } from 'vitest';
import { MAX_SLOTS_TAKEN } from '../../../src/modules/assistant/engine/booking.js';
import { initialState, parseState, type SessionState } from '../../../src/modules/assistant/engine/state.js';
import { step } from '../../../src/modules/assistant/engine/step.js';
import type { SlotOffer } from '../../../src/modules/assistant/engine/types.js';
import { Sim, type SimOptions, type SimTurn, testFacts } from './engine-sim.js';

// Callers racing for the same slots: a slot booked by someone else between our offer and the caller's
// yes is not trouble with our schedule. The caller hears it was just taken and picks again from fresh
// slots, spread away from the other callers; only a long run of lost slots ends in a callback, told
// truthfully.

const READY = "this is dave miller my sink is leaking tomorrow i'm at 88 birch lane";
const TROUBLE = /trouble with our schedule/i;
const TAKEN = /^Sorry, that time was just taken\. /;

/** A caller who always takes the first time offered and says yes to it, until booked or the call ends. */
async function raceToTheEnd(sim: Sim, first: SimTurn, maxTurns = 40): Promise<SimTurn[]> {
  const turns = [first];
  let turn = first;
  for (let i = 0; i < maxTurns && !turn.state.done && turn.state.outcome !== 'booked'; i += 1) {
    if (turn.state.pending === 'pick_slot') turn = await sim.say('the first one');
    else if (turn.state.pending === 'confirm_booking') turn = await sim.say('yes');
    else throw new Error(`unexpected question ${turn.state.pending}: ${turn.reply}`);
    turns.push(turn);
  }
  return turns;
}

async function offered(options: SimOptions = {}): Promise<{ sim: Sim; turn: SimTurn }> {
  const sim = new Sim(options);
  await sim.start();
  const turn = await sim.say(READY);
  expect(turn.state.pending).toBe('pick_slot');
  return { sim, turn };
}

const taken = (n: number) => Array.from({ length: n }, () => 'taken' as const);

describe('a slot taken by another caller', () => {
  it(`${MAX_SLOTS_TAKEN} times in a row still books the caller on a later slot, never "trouble with our schedule"`, async () => {
    expect(MAX_SLOTS_TAKEN).toBe(6);
    const { sim, turn } = await offered({ bookResults: taken(MAX_SLOTS_TAKEN) });
    const turns = await raceToTheEnd(sim, turn);
    const last = turns.at(-1)!;
    expect(last.state).toMatchObject({ outcome: 'booked', done: false, pending: 'anything_else' });
    expect(last.reply).toMatch(/^You're all set for /);
    for (const t of turns) expect(t.reply).not.toMatch(TROUBLE);
    // Each loss was said honestly, and was followed by a fresh choice.
    const losses = turns.filter((t) => TAKEN.test(t.reply));
    expect(losses).toHaveLength(MAX_SLOTS_TAKEN);
    for (const loss of losses) expect(['pick_slot', 'confirm_booking']).toContain(loss.state.pending);
    // Seven different slots were tried; the one booked is the last, none of the lost ones.
    expect(sim.attempts).toHaveLength(MAX_SLOTS_TAKEN + 1);
    expect(new Set(sim.attempts).size).toBe(MAX_SLOTS_TAKEN + 1);
    expect(sim.booked.map((b) => b.slot.start)).toEqual([sim.attempts.at(-1)]);
    // A taken slot is not a failure of the schedule: the error count stays at zero; a booked request
    // starts the next one with a clean slate.
    expect(last.state.bookFailures).toBe(0);
    expect(last.state.taken).toEqual([]);
  });

  it('is never offered again: every later search excludes the slots lost so far', async () => {
    const { sim, turn } = await offered({ bookResults: taken(3) });
    await raceToTheEnd(sim, turn);
    const lost = sim.attempts.slice(0, 3);
    // The first search excludes nothing; each search after a loss excludes every slot lost before it.
    expect(sim.exclusions[0]).toEqual([]);
    expect(sim.exclusions.slice(1)).toEqual([lost.slice(0, 1), lost.slice(0, 2), lost.slice(0, 3)]);
  });

  it('more than the bound ends in an honest answer and a callback, not "trouble with our schedule"', async () => {
    const { sim, turn } = await offered({ bookResults: taken(MAX_SLOTS_TAKEN + 1) });
    const turns = await raceToTheEnd(sim, turn);
    const last = turns.at(-1)!;
    expect(last.reply).toBe(
      "Sorry, that time was just taken. I couldn't find an open time that works, so I'll have Denise call you back to set one up. Thanks for calling!",
    );
    expect(last.actions.map((a) => a.type)).toEqual(['book', 'record_callback', 'alert_owner', 'end']);
    expect(last.actions.find((a) => a.type === 'record_callback')).toMatchObject({
      reason: 'PARTIAL_INTAKE',
      summary: expect.stringContaining('Dave Miller'),
    });
    expect(last.state).toMatchObject({ done: true, outcome: 'callback' });
    for (const t of turns) expect(t.reply).not.toMatch(TROUBLE);
    expect(sim.attempts).toHaveLength(MAX_SLOTS_TAKEN + 1);
    expect(sim.booked).toEqual([]);
  });

  it('does not use up the bound for real errors: an error after lost slots is still trouble at once', async () => {
    const { sim, turn } = await offered({ bookResults: ['taken', 'taken', 'error'] });
    const turns = await raceToTheEnd(sim, turn);
    const last = turns.at(-1)!;
    expect(last.reply).toMatch(/^I'm having trouble with our schedule right now/);
    expect(last.state).toMatchObject({ done: true, outcome: 'callback', bookFailures: 1 });
    expect(turns.slice(0, -1).every((t) => !TROUBLE.test(t.reply))).toBe(true);
  });

  it('after a loss, callers with different numbers are offered different slots: they spread out', async () => {
    const firstOffers = new Set<string>();
    const afterLoss = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const callerPhone = `+1312555${String(1000 + i * 37).padStart(4, '0')}`;
      const { sim, turn } = await offered({ bookResults: ['taken'], facts: { callerPhone } });
      firstOffers.add(turn.state.offers[0]!.start);
      await sim.say('the first one');
      const lost = await sim.say('yes');
      expect(lost.reply).toMatch(TAKEN);
      expect(lost.state.pending).toBe('pick_slot');
      afterLoss.add(lost.state.offers[0]!.start);
      // Still what the caller asked for: tomorrow, on the hour grid of the slots that were free.
      expect(lost.state.offers.every((o) => o.date === turn.state.offers[0]!.date)).toBe(true);
      expect(lost.state.offers.map((o) => o.start)).not.toContain(sim.attempts[0]);
    }
    // Everyone hears the same earliest slots first (the engine is not random); after losing it, not
    // everyone queues for the same next one.
    expect(firstOffers.size).toBe(1);
    expect(afterLoss.size).toBeGreaterThan(1);
  });

  it('spreads deterministically: the same caller in the same state hears the same offers', async () => {
    const run = async () => {
      const { sim } = await offered({ bookResults: ['taken', 'taken'] });
      await sim.say('the first one');
      await sim.say('yes');
      await sim.say('the first one');
      return (await sim.say('yes')).state.offers;
    };
    const [a, b] = [await run(), await run()];
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('spreads over slots that do not overlap, so racing winners cannot strand the time between them', async () => {
    for (let i = 0; i < 12; i += 1) {
      const callerPhone = `+1312555${String(2000 + i * 53).padStart(4, '0')}`;
      const { sim } = await offered({ bookResults: ['taken'], facts: { callerPhone } });
      await sim.say('the first one');
      const lost = await sim.say('yes');
      // The lost slot was 8 AM; with 30 minutes of travel the first free start is 9:30, and one-hour
      // jobs spread on 9:30, 10:30, 11:30… (never 10:00 or 11:00, which would overlap two of those).
      const first = lost.state.offers[0]!;
      expect(first.date).toBe('2026-03-09');
      expect(['09:30', '10:30', '11:30', '12:30', '13:30', '14:30', '15:30']).toContain(first.time);
    }
  });

  it('moves an emergency only one slot further per loss: it still gets the earliest help', async () => {
    const sim = new Sim({ bookResults: ['taken'] });
    await sim.start();
    const offer = await sim.say(
      "this is dave miller my basement is flooding water everywhere i'm at 88 birch lane",
    );
    expect(offer.state.emergency.active).toBe(true);
    const turns = await raceToTheEnd(sim, offer);
    expect(turns.at(-1)!.state.outcome).toBe('booked');
    // After 8 AM is lost (a one-hour job, 30 minutes of travel), the next free start or the one after.
    const [lost, booked] = sim.attempts;
    expect(lost).toBe('2026-03-09T13:00:00.000Z');
    expect(['2026-03-09T14:30:00.000Z', '2026-03-09T15:30:00.000Z']).toContain(booked);
    expect(turns.every((t) => !TROUBLE.test(t.reply))).toBe(true);
  });

  it('while moving an appointment is said honestly and fresh times are offered', () => {
    const facts = testFacts();
    const now = new Date('2026-03-09T00:00:00Z');
    const slot = (time: string): SlotOffer => ({
      start: `2026-03-10T${time}:00-05:00`,
      end: `2026-03-10T${time}:00-05:00`,
      date: '2026-03-10',
      time,
    });
    const state: SessionState = {
      ...initialState('en'),
      intent: 'reschedule',
      appointment: { ...slot('08:00'), id: 'apt_1', service: null, address: '88 Birch Lane' },
      chosen: slot('11:00'),
      facts: { time: { fromDate: '2026-03-10', toDate: '2026-03-10' } },
    };
    const lost = step(state, { type: 'reschedule_failed', reason: 'taken' }, facts, now);
    expect(lost.reply).toBe('Sorry, that time was just taken.');
    expect(lost.state.taken).toEqual([slot('11:00').start]);
    expect(lost.actions).toEqual([
      expect.objectContaining({ type: 'find_slots', exclude: [slot('11:00').start] }),
    ]);
    const found = [slot('08:00'), slot('11:00'), slot('11:30'), slot('13:00'), slot('14:30')];
    const offers = step(lost.state, { type: 'slots_found', slots: found }, facts, now);
    expect(offers.reply).toMatch(/^I have /);
    // Neither the lost slot nor the appointment's own time is offered.
    const starts = offers.state.offers.map((o) => o.start);
    expect(starts).not.toContain(slot('11:00').start);
    expect(starts).not.toContain(slot('08:00').start);
  });

  it('a session stored before lost slots were remembered still loads', () => {
    const { taken: _taken, ...stored } = initialState('en');
    expect(parseState(JSON.parse(JSON.stringify(stored)))).toEqual(initialState('en'));
  });
});
