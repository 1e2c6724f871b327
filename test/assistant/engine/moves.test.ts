import { describe, expect, it } from 'vitest';
import { initialState, parseState } from '../../../src/modules/assistant/engine/state.js';
import type { KnownAppointment } from '../../../src/modules/assistant/engine/types.js';
import { Sim } from './engine-sim.js';

// Moving a visit relative to itself, naming which one, refusing offers, and taking back a request
// for a person (QA round 2).

const OWNER = '+13125550199';
const tom = { name: 'Tom Reyes', address: '2902 West Foster Avenue' };

/** Wednesday April 1st at 1 PM (Chicago), seen from Monday March 30th. */
const WEDNESDAY_1PM: KnownAppointment = {
  id: 'apt_tom',
  start: '2026-04-01T18:00:00.000Z',
  end: '2026-04-01T19:00:00.000Z',
  date: '2026-04-01',
  time: '13:00',
  service: 'Toilet repair',
  address: '2902 West Foster Avenue',
};
const MONDAY = '2026-03-30T16:00:00Z';

async function returning(appointment: KnownAppointment = WEDNESDAY_1PM): Promise<Sim> {
  const sim = new Sim({ now: MONDAY, appointment });
  await sim.start(tom);
  return sim;
}

describe('moves said relative to the appointment', () => {
  it('"push it back a week" moves it seven days, same time, never onto itself', async () => {
    const sim = await returning();
    const offer = await sim.say(
      "hi it's tom reyes i need to reschedule wednesday's appointment can we push it back a week",
    );
    expect(sim.searches.at(-1)).toEqual({ fromDate: '2026-04-08', toDate: '2026-04-08', at: '13:00' });
    expect(offer.reply).toBe(
      'I can move your appointment from Wednesday, April 1st at 1 PM to Wednesday, April 8th at 1 PM. Shall I do that?',
    );
  });

  it('"same time next week instead" from a returning caller is a move, not a second booking', async () => {
    const sim = await returning();
    const offer = await sim.say(
      "you've got me down wednesday at one could we do the same time next week instead",
    );
    expect(offer.state.intent).toBe('reschedule');
    expect(offer.reply).toContain('to Wednesday, April 8th at 1 PM');
    await sim.say('yes');
    expect(sim.booked).toEqual([]);
  });

  it('"move it up a day" once the appointment is known', async () => {
    const sim = await returning();
    await sim.say('i need to reschedule');
    const offer = await sim.say('can you move it up a day');
    expect(sim.searches.at(-1)).toEqual({ fromDate: '2026-03-31', toDate: '2026-03-31', at: '13:00' });
    expect(offer.reply).toContain('to tomorrow at 1 PM');
  });

  it("the appointment's own day names it: asks for the new time instead of reusing it", async () => {
    const sim = await returning();
    const turn = await sim.say("i need to reschedule wednesday's appointment");
    expect(turn.reply).toBe(
      'I see your appointment Wednesday, April 1st at 1 PM. When would you like to move it to?',
    );
    expect(sim.searches).toEqual([]);
  });

  it("never offers the appointment's own start", async () => {
    const sim = await returning();
    const offer = await sim.say('can i move my appointment to wednesday after 1');
    const starts = offer.state.offers.map((o) => o.start);
    expect(starts).not.toContain(WEDNESDAY_1PM.start);
    expect(offer.state.chosen?.start).not.toBe(WEDNESDAY_1PM.start);
  });

  it('"move the furnace one on friday" looks up the friday job and asks when', async () => {
    const furnace = {
      ...WEDNESDAY_1PM,
      start: '2026-04-03T19:00:00.000Z',
      date: '2026-04-03',
      time: '14:00',
    };
    const sim = await returning(furnace);
    const turn = await sim.say(
      'hi i have two appointments with you guys and i need to move the furnace one on friday',
    );
    expect(turn.actions[0]).toMatchObject({ type: 'find_next_appointment', onDate: '2026-04-03' });
    expect(turn.reply).toBe(
      'I see your appointment Friday, April 3rd at 2 PM. When would you like to move it to?',
    );
  });
});

describe('refused offers', () => {
  async function offered(): Promise<Sim> {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking wednesday morning i'm at 88 birch lane");
    return sim;
  }

  it('are never offered again; repeated refusals ask openly, then end in a callback', async () => {
    const sim = await offered();
    const first = sim.state.offers.map((o) => o.start);
    const again = await sim.say("no that doesn't work how about wednesday morning");
    expect(again.state.pending).toBe('pick_slot');
    expect(again.state.offers.map((o) => o.start).some((start) => first.includes(start))).toBe(false);
    const open = await sim.say("no that doesn't work how about wednesday morning");
    expect(open.reply).toBe('What day and time would suit you best?');
    await sim.say('wednesday morning');
    const seen = sim.state.declined;
    expect(sim.state.offers.some((o) => seen.includes(o.start))).toBe(false);
    const last = await sim.say('no');
    expect(last.reply).toMatch(/^I couldn't find an open time that works, so I'll have Denise call you back/);
    expect(last.actions.map((a) => a.type)).toEqual(['record_callback', 'alert_owner', 'end']);
  });

  it('a day ruled out while choosing is searched around, not offered again', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking this week i'm at 88 birch lane");
    const day = sim.state.offers[0]?.start.slice(0, 10);
    const weekday = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long' });
    const turn = await sim.say(`no ${weekday.toLowerCase()} doesn't work for me`);
    expect(turn.state.pending).toBe('pick_slot');
    expect(turn.state.facts.time?.excludeDates).toHaveLength(1);
    expect(turn.state.offers.length).toBeGreaterThan(0);
    expect(turn.state.offers.every((offer) => !offer.start.startsWith(day ?? '-'))).toBe(true);
    // The ruled-out day is kept between turns, when the session is stored and read back.
    expect(parseState(JSON.parse(JSON.stringify(turn.state)))?.facts.time?.excludeDates).toEqual(
      turn.state.facts.time?.excludeDates,
    );
  });

  it('a new preference starts the count over', async () => {
    const sim = await offered();
    await sim.say('no how about thursday morning');
    const turn = await sim.say('no how about friday afternoon');
    expect(turn.state).toMatchObject({ pending: 'pick_slot', declines: 0 });
  });

  it('a state stored before declines were remembered still loads', () => {
    const { declined: _a, declines: _b, shiftDays: _c, ...stored } = initialState('en');
    expect(parseState(JSON.parse(JSON.stringify(stored)))).toEqual(initialState('en'));
  });
});

describe('a request for a person taken back', () => {
  it('"no never mind" in the same breath carries on with the booking', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, afterHoursTransfer: true } });
    await sim.start();
    await sim.say('hi my toilet keeps running all night');
    await sim.say('thursday afternoon');
    await sim.say('paula greer');
    const turn = await sim.say(
      "is there a real person i could talk to no never mind you're doing fine it's 1437 west thorndale avenue",
    );
    expect(turn.actions.some((a) => a.type === 'transfer')).toBe(false);
    expect(turn.state.facts.address).toBe('1437 West Thorndale Avenue');
    expect(turn.state.pending).toBe('pick_slot');
  });
});
