import { describe, expect, it } from 'vitest';
import { initialState, type SessionState } from '../../../src/modules/assistant/engine/state.js';
import { step } from '../../../src/modules/assistant/engine/step.js';
import type { BusinessFacts } from '../../../src/modules/assistant/engine/types.js';
import type { Understanding } from '../../../src/modules/assistant/understanding/index.js';
import { Sim, testFacts } from './engine-sim.js';

const NOW = new Date('2026-03-09T00:00:00Z'); // Sunday 7 pm in Chicago
const TOMORROW_MORNING = { fromDate: '2026-03-09', toDate: '2026-03-09', partOfDay: 'morning' } as const;

describe('what is asked next', () => {
  const problem = 'a leaking pipe';
  const name = 'Dave Miller';
  const address = '88 Birch Lane';
  const time = TOMORROW_MORNING;
  it.each([
    ['nothing known', {}, null, {}, 'problem'],
    ['problem', { problem }, null, {}, 'time'],
    ['problem, time', { problem, time }, null, {}, 'name'],
    ['problem, time, address', { problem, time, address }, null, {}, 'name'],
    ['problem, time, name', { problem, time, name }, null, {}, 'address'],
    ['time, name, address', { time, name, address }, null, {}, 'problem'],
    ['problem, name, address', { problem, name, address }, null, {}, 'time'],
    ['everything', { problem, time, name, address }, null, {}, 'search'],
    ['problem and time of a known customer', { problem, time }, { name, address }, {}, 'search'],
    ['known customer without address', { problem, time }, { name, address: null }, {}, 'address'],
    [
      'everything but a phone on the web',
      { problem, time, name, address },
      null,
      { channel: 'web', callerPhone: null },
      'phone',
    ],
  ] as const)('%s → %s', (_label, facts, customer, factOverrides, expected) => {
    const state: SessionState = { ...initialState('en'), facts: { ...facts }, customer, pending: 'open' };
    const u: Understanding = { language: 'en', intents: ['book'] };
    const result = step(
      state,
      { type: 'utterance', text: 'i want to book', understanding: u },
      testFacts(factOverrides as Partial<BusinessFacts>),
      NOW,
    );
    if (expected === 'search') {
      expect(result.actions.map((a) => a.type)).toEqual(['find_slots']);
      expect(result.actions[0]).toMatchObject({ constraint: TOMORROW_MORNING });
    } else {
      expect(result.state.pending).toBe(expected);
      expect(result.actions).toEqual([]);
    }
  });
});

describe('front-loaded caller', () => {
  it('gets a slot offer on the first turn and a booking on the third', async () => {
    const sim = new Sim();
    await sim.start();
    const first = await sim.say(
      "hi this is dave miller my water heater is leaking can someone come tomorrow morning i'm at 88 birch lane",
    );
    expect(first.reply).toBe(
      'We can take care of that. I have tomorrow at 8 AM or 10 AM. Which works better?',
    );
    expect(first.state.pending).toBe('pick_slot');
    const second = await sim.say('the first one');
    expect(second.reply).toBe('I can book you tomorrow at 8 AM at 88 Birch Lane. Shall I book that?');
    const third = await sim.say('yes');
    expect(third.state.outcome).toBe('booked');
    expect(third.reply).toMatch(/^You're all set for tomorrow at 8 AM at 88 Birch Lane\./);
    expect(sim.booked[0]).toMatchObject({
      slot: { date: '2026-03-09', time: '08:00' },
      details: {
        name: 'Dave Miller',
        address: '88 Birch Lane',
        phone: '+13125550111',
        problem: 'my water heater is leaking',
        service: 'Water heater repair',
        emergency: false,
      },
    });
  });
});

describe('accepting an offer', () => {
  async function offered() {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking tomorrow morning i'm at 88 birch lane");
    return sim;
  }
  it.each([
    ['the second one', '10:00'],
    ['the later one', '10:00'],
    ['first', '08:00'],
    ['10 works', '10:00'],
    ['yeah 8 is fine', '08:00'],
    ["the 10 o'clock", '10:00'],
  ])('"%s" picks %s', async (answer, time) => {
    const sim = await offered();
    const turn = await sim.say(answer);
    expect(turn.state.pending).toBe('confirm_booking');
    expect(turn.state.chosen?.time).toBe(time);
  });

  it.each([
    ['the tenant has a number to text from', {}, null, true],
    ['the tenant has no number to text from', { canText: false }, null, false],
    ['the caller opted out of texts', {}, { name: 'Dave Miller', address: null, smsOptOut: true }, false],
  ] as const)('promises a confirmation text only when one can be sent: %s', async (_case, facts, customer, promised) => {
    const sim = new Sim({ facts });
    await sim.start(customer);
    await sim.say(
      "hi this is dave miller my water heater is leaking can someone come tomorrow morning i'm at 88 birch lane",
    );
    await sim.say('the first one');
    const booked = await sim.say('yes');
    expect(booked.state.outcome).toBe('booked');
    expect(booked.reply.includes('text confirmation')).toBe(promised);
  });

  it('a time that is not offered searches around it', async () => {
    const sim = await offered();
    const turn = await sim.say('9 works');
    expect(sim.searches.at(-1)).toMatchObject({ fromDate: '2026-03-09', at: '09:00' });
    expect(turn.reply).toBe('I can book you tomorrow at 9 AM at 88 Birch Lane. Shall I book that?');
  });

  it('"yes, that works" to two options books the first and reads it back', async () => {
    const sim = await offered();
    const turn = await sim.say('yes that works');
    expect(turn.reply).toBe(
      "You're all set for tomorrow at 8 AM at 88 Birch Lane. You'll get a text confirmation shortly. Is there anything else I can help with?",
    );
    expect(sim.booked[0]?.slot.time).toBe('08:00');
  });

  it('an exact free time is offered alone, as the confirmation question', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say(
      "this is gloria nunez i need an outlet installed wednesday around 2 i'm at 5129 west addison street",
    );
    expect(turn.reply).toContain(
      'Wednesday, March 11th at 2 PM at 5129 West Addison Street. Shall I book that?',
    );
    expect((await sim.say('yes')).state.outcome).toBe('booked');
  });
});

describe('a goodbye said with the confirmation', () => {
  async function confirming(options: ConstructorParameters<typeof Sim>[0] = {}) {
    const sim = new Sim(options);
    await sim.start();
    await sim.say("this is dave miller my sink is leaking tomorrow morning i'm at 88 birch lane");
    await sim.say('the first one');
    return sim;
  }
  it('books, confirms and closes instead of asking "anything else?"', async () => {
    const sim = await confirming();
    const turn = await sim.say("oh that's perfect yes thank you so much bye bye");
    expect(turn.reply).toBe(
      "You're all set for tomorrow at 8 AM at 88 Birch Lane. You'll get a text confirmation shortly. Thanks for calling Lakeview Plumbing. Goodbye!",
    );
    expect(turn.actions.map((a) => a.type)).toEqual(['book', 'end']);
    expect(turn.state).toMatchObject({ done: true, outcome: 'booked', pending: null });
    expect(sim.booked).toHaveLength(1);
  });
  it('a plain yes still asks "anything else?"', async () => {
    const sim = await confirming();
    const turn = await sim.say('yes');
    expect(turn.reply).toMatch(/shortly\. Is there anything else I can help with\?$/);
    expect(turn.state).toMatchObject({ done: false, outcome: 'booked', pending: 'anything_else' });
  });
  it('a slot taken meanwhile still offers fresh slots, and the next plain yes does not close', async () => {
    const sim = await confirming({ bookResults: ['taken'] });
    const taken = await sim.say('yes thanks bye');
    expect(taken.reply).toMatch(/^Sorry, that time was just taken\. I have /);
    expect(taken.state).toMatchObject({ done: false, pending: 'pick_slot' });
    await sim.say('the first one');
    const turn = await sim.say('yes');
    expect(turn.reply).toMatch(/Is there anything else I can help with\?$/);
    expect(turn.state.done).toBe(false);
  });
});

describe('a time outside business hours', () => {
  const ready = "this is dave miller my sink is leaking i'm at 88 birch lane";
  async function offer(time: string, options: ConstructorParameters<typeof Sim>[0] = {}) {
    const sim = new Sim(options);
    await sim.start();
    return (await sim.say(`${ready} ${time}`)).reply;
  }
  it('says the business is not open at the hour asked before offering the nearest times', async () => {
    expect(await offer('can you come tomorrow at 9 pm')).toBe(
      "We can take care of that. We're not open at 9 PM. I have tomorrow at 3:30 PM or 4 PM. Which works better?",
    );
  });
  it('says the business is not open in the part of day asked, instead of "nothing open then"', async () => {
    expect(await offer('tomorrow evening')).toBe(
      "We can take care of that. We're not open in the evening. I have tomorrow at 8 AM or 10 AM. Which works better?",
    );
  });
  it('says so for "after" and "before" a time outside the hours, not for one inside them', async () => {
    expect(await offer('tomorrow after 6 pm')).toContain("We're not open after 6 PM. I have ");
    expect(await offer('tomorrow before 7 am')).toContain("We're not open before 7 AM. I have ");
    expect(await offer('tomorrow after 2 pm')).not.toContain('not open');
  });
  it('checks the hours of the day offered: Saturday closes at 1', async () => {
    expect(await offer('saturday at 3 pm')).toContain(
      "We're not open at 3 PM. I have Saturday, March 14th at 11:30 AM or noon.",
    );
    expect(await offer('saturday afternoon')).not.toContain('not open');
  });
  it('a time within hours that is taken is not called closed', async () => {
    // A job from 2 to 4 PM tomorrow.
    const job = { start: new Date('2026-03-09T19:00:00Z'), end: new Date('2026-03-09T21:00:00Z') };
    const busy = [{ ...job, kind: 'job' as const }];
    const reply = await offer('tomorrow at 2 pm', { busy });
    expect(reply).toBe('We can take care of that. I have tomorrow at noon or 12:30 PM. Which works better?');
  });
});

describe('rejections and corrections', () => {
  async function confirming() {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking wednesday morning i'm at 88 birch lane");
    await sim.say('the first one');
    return sim;
  }
  it('"no" asks for another time, and the new preference is searched', async () => {
    const sim = await confirming();
    const no = await sim.say('no');
    expect(no.reply).toBe('No problem. What day and time would work better?');
    expect(no.state.pending).toBe('time');
    const friday = await sim.say('friday afternoon');
    expect(sim.searches.at(-1)).toEqual({
      fromDate: '2026-03-13',
      toDate: '2026-03-13',
      partOfDay: 'afternoon',
    });
    expect(friday.reply).toContain('Friday, March 13th at noon');
  });
  it('"no wait make that thursday" searches thursday, keeping the morning', async () => {
    const sim = await confirming();
    const turn = await sim.say('no wait make that thursday');
    expect(sim.searches.at(-1)).toEqual({
      fromDate: '2026-03-12',
      toDate: '2026-03-12',
      partOfDay: 'morning',
    });
    expect(turn.reply).toContain('Thursday, March 12th at 8 AM');
    expect(sim.booked).toEqual([]);
  });
  it('"no, it\'s 55 oak avenue" replaces the address and confirms again', async () => {
    const sim = await confirming();
    const turn = await sim.say("no, it's 55 oak avenue");
    expect(turn.reply).toBe(
      'I can book you Wednesday, March 11th at 8 AM at 55 Oak Avenue. Shall I book that?',
    );
    await sim.say('yes');
    expect(sim.booked[0]?.details.address).toBe('55 Oak Avenue');
  });
  it('"sorry it\'s 86 not 88" corrects only the house number', async () => {
    const sim = await confirming();
    const turn = await sim.say("sorry it's 86 not 88");
    expect(turn.reply).toBe(
      'I can book you Wednesday, March 11th at 8 AM at 86 Birch Lane. Shall I book that?',
    );
    await sim.say('yes');
    expect(sim.booked[0]?.details.address).toBe('86 Birch Lane');
  });
  it('a house number corrected while times are offered is read back with the offer', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking wednesday morning i'm at 1457 birch lane");
    const turn = await sim.say("sorry not fourteen fifty seven it's 1475 birch lane");
    expect(turn.reply).toMatch(/^Got it, 1475 Birch Lane\. I have Wednesday/);
    await sim.say('the first one');
    await sim.say('yes');
    expect(sim.booked[0]?.details.address).toBe('1475 Birch Lane');
  });
  it('a house number correction naming another number is not applied', async () => {
    const sim = await confirming();
    await sim.say("sorry it's 86 not 90");
    await sim.say('yes');
    expect(sim.booked[0]?.details.address).toBe('88 Birch Lane');
  });
  it('a time said as "10 not 11" leaves house number 11 alone', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say("this is dave miller my sink is leaking wednesday morning i'm at 11 birch lane");
    const turn = await sim.say('can you come at 10 not 11');
    expect(turn.reply).toBe(
      'I can book you Wednesday, March 11th at 10 AM at 11 Birch Lane. Shall I book that?',
    );
    await sim.say('yes');
    expect(sim.booked[0]?.details.address).toBe('11 Birch Lane');
  });
  it('a closed day moves to the next open day', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say("this is dave miller my sink is leaking sunday morning i'm at 88 birch lane");
    expect(turn.reply).toContain(
      "I don't have anything open then. I have Monday, March 16th at 8 AM or 10 AM.",
    );
  });
});

describe('never loops', () => {
  it('two failed answers to one question end in a callback with a summary', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('my kitchen sink is clogged');
    await sim.say('tomorrow afternoon');
    const first = await sim.say('uh');
    expect(first.reply).toBe("Sorry, I didn't catch that. Sorry, what name should I put on the appointment?");
    const second = await sim.say('hmm');
    expect(second.state.done).toBe(true);
    expect(second.actions.map((a) => a.type)).toEqual(['record_callback', 'alert_owner', 'end']);
    expect(second.actions[0]).toMatchObject({ reason: 'PARTIAL_INTAKE' });
    expect((second.actions[0] as { summary: string }).summary).toBe(
      'Wants to book. Problem: my kitchen sink is clogged. Wants: tomorrow afternoon',
    );
  });
  it('"hello?" and "can you hear me" are answered, not counted, until they repeat', async () => {
    const sim = new Sim();
    await sim.start();
    expect((await sim.say('hello?')).reply).toBe("Yes, I'm here. How can I help you today?");
    expect((await sim.say('can you hear me')).reply).toBe("Yes, I'm here. How can I help you today?");
    expect((await sim.say('hello')).reply).toBe("Sorry, I didn't catch that. How can I help you today?");
    expect((await sim.say('my sink is clogged')).state.pending).toBe('time');
  });
  it('an answer that adds anything resets the count', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('my kitchen sink is clogged');
    await sim.say('uh');
    const turn = await sim.say('tomorrow afternoon');
    expect(turn.state).toMatchObject({ pending: 'name', attempts: 0 });
  });
});

describe('silence', () => {
  it('reprompts, then records a voicemail on a call', async () => {
    const sim = new Sim();
    await sim.start();
    expect((await sim.say('')).reply).toBe('Are you still there? How can I help you today?');
    const second = await sim.say('');
    expect(second.actions).toEqual([{ type: 'record_voicemail' }]);
    expect(second.state).toMatchObject({ done: true, outcome: 'voicemail' });
  });
  it('closes politely on a text channel', async () => {
    const sim = new Sim({ facts: { channel: 'web' } });
    await sim.start();
    await sim.say('');
    const second = await sim.say('');
    expect(second.actions).toEqual([{ type: 'end' }]);
    expect(second.reply).toContain("I'll close this conversation");
  });
  it('a word in between starts the count again', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('');
    await sim.say('my sink is clogged');
    expect((await sim.say('')).actions).toEqual([]);
  });
});

describe('an address outside the service area', () => {
  const facts = { problem: 'a clogged drain', time: TOMORROW_MORNING, name: 'Brenda Holloway' };
  const answer = (address: string, extra: Partial<SessionState> = {}) =>
    step(
      { ...initialState('en'), facts: { ...facts }, pending: 'address', intent: 'book', ...extra },
      { type: 'utterance', text: address, understanding: { language: 'en', intents: [], address } },
      testFacts(),
      NOW,
    );

  const reply = (state: SessionState, yesNo: 'yes' | 'no') =>
    step(
      state,
      { type: 'utterance', text: yesNo, understanding: { language: 'en', intents: [], yesNo } },
      testFacts(),
      NOW,
    );

  it('asks first: the place may be a neighbourhood of a city it serves', () => {
    const asked = answer('1220 West Ogden Avenue, Naperville');
    expect(asked.actions).toEqual([]);
    expect(asked.reply).toBe(
      'Just to check: is Naperville in Chicago, Evanston, or Oak Park? Those are the areas we serve.',
    );
    expect(asked.state.pending).toBe('confirm_area');
  });

  it('is not booked when the caller says no: the caller hears where the business works', () => {
    const result = reply(answer('1220 West Ogden Avenue, Naperville').state, 'no');
    expect(result.actions).toEqual([]);
    expect(result.reply).toBe(
      "I'm sorry, Naperville is outside our service area: we serve Chicago, Evanston, and Oak Park, so I can't book a visit there. Is there anything else I can help with?",
    );
    expect(result.state).toMatchObject({ intent: null, pending: 'anything_else' });
  });

  it('books when the caller says the place is inside ("… in Rogers Park": yes, Chicago)', () => {
    const result = reply(answer('1420 West Morse Avenue, Rogers Park').state, 'yes');
    expect(result.actions.map((a) => a.type)).toEqual(['find_slots']);
    expect(result.state.areaConfirmed).toBe('Rogers Park');
  });

  it.each([
    ['a served city', '88 Birch Lane, Evanston'],
    ['a served city with state and ZIP', '4436 North Kedvale Avenue, Chicago IL 60630'],
    ['no city at all', '88 Birch Lane'],
  ])('searches for %s', (_label, address) => {
    expect(answer(address).actions.map((a) => a.type)).toEqual(['find_slots']);
  });

  it('names the city without its state and ZIP', () => {
    expect(answer('12 Main Street, Naperville IL 60540').reply).toContain('is Naperville in');
  });

  it('does not stand in the way of an emergency', () => {
    const emergency = { ...initialState('en').emergency, active: true };
    const result = answer('1220 West Ogden Avenue, Naperville', { emergency });
    expect(result.reply).not.toContain('outside our service area');
  });
});
