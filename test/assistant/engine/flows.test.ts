import { describe, expect, it } from 'vitest';
import type { KnownAppointment } from '../../../src/modules/assistant/engine/types.js';
import { Sim } from './engine-sim.js';

const OWNER = '+13125550199';
const BURST = "my water heater just burst and there's water all over my basement floor";
const ALWAYS_OPEN = [['00:00', '24:00']] as const;

describe('emergencies', () => {
  it('with an owner phone: alerts once and transfers at any hour', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say(BURST);
    expect(turn.actions.map((a) => a.type)).toEqual(['alert_owner', 'transfer']);
    expect(turn.actions[0]).toMatchObject({ event: 'emergency' });
    expect(turn.actions[1]).toEqual({ type: 'transfer', to: OWNER });
    expect(turn.state).toMatchObject({
      done: true,
      outcome: 'emergency',
      emergency: { active: true, alerted: true },
    });
  });

  it('without an owner phone: the earliest slot, flagged, after one alert', async () => {
    const sim = new Sim();
    await sim.start();
    const first = await sim.say(BURST);
    expect(first.reply).toMatch(/^If you can get to it safely, shut off the water/);
    expect(first.reply).toMatch(/This sounds like an emergency\. I've alerted Denise/);
    expect(first.actions.filter((a) => a.type === 'alert_owner')).toHaveLength(1);
    await sim.say('this is trevor lang');
    const offer = await sim.say('4470 north malden street');
    expect(sim.searches.at(-1)).toEqual({ asap: true });
    expect(offer.reply).toBe(
      'I can get someone out tomorrow at 8 AM at 4470 North Malden Street. Shall I book that?',
    );
    const booked = await sim.say('yes please');
    expect(booked.reply).toContain("We've marked it as an emergency.");
    expect(sim.booked[0]?.details.emergency).toBe(true);
    const again = await sim.say('the basement is still flooding');
    expect(again.actions.filter((a) => a.type === 'alert_owner')).toEqual([]);
  });

  it('on a text channel there is no transfer even with an owner phone', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, channel: 'sms' } });
    await sim.start();
    const turn = await sim.say(BURST);
    expect(turn.actions.map((a) => a.type)).toEqual(['alert_owner']);
    expect(turn.state.pending).toBe('name');
  });

  it('gas: leave the building comes first, before anything else', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('i smell gas in the kitchen');
    expect(turn.reply).toMatch(
      /^If you smell gas, please leave the building right now.*call the gas company or 911/,
    );
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });

  it('carbon monoxide: everyone out and 911, without "if you smell gas"', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('my carbon monoxide detector is going off');
    expect(turn.reply).toMatch(
      /^Carbon monoxide can make you sick without any smell: please leave the building right now with everyone/,
    );
    expect(turn.reply).not.toContain('smell gas');
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });
});

describe('a person', () => {
  it('transfers to the owner while open', async () => {
    const sim = new Sim({
      facts: {
        ownerPhone: OWNER,
        hours: { mon: ALWAYS_OPEN, tue: [], wed: [], thu: [], fri: [], sat: [], sun: ALWAYS_OPEN },
      },
    });
    await sim.start();
    const turn = await sim.say('can i speak to a manager please');
    expect(turn.actions).toEqual([{ type: 'transfer', to: OWNER }]);
    expect(turn.state.outcome).toBe('handoff');
  });
  it('asking for the owner by name is asking for a person', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, afterHoursTransfer: true } });
    await sim.start();
    expect((await sim.say('yeah can i just talk to denise please')).actions).toEqual([
      { type: 'transfer', to: OWNER },
    ]);
  });
  it('transfers after hours when the tenant allows it', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, afterHoursTransfer: true } });
    await sim.start();
    expect((await sim.say('transfer me please')).actions).toEqual([{ type: 'transfer', to: OWNER }]);
  });
  it('records a HANDOFF callback when closed and says the owner will call back', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say("i'd rather talk to a person");
    expect(turn.actions.map((a) => a.type)).toEqual(['record_callback', 'alert_owner']);
    expect(turn.actions[0]).toMatchObject({ reason: 'HANDOFF', summary: 'Asked for a person' });
    expect(turn.reply).toContain("I've asked Denise to call you back at this number");
    const bye = await sim.say('no thanks');
    expect(bye.state).toMatchObject({ done: true, outcome: 'handoff' });
  });
  it('greets a chat as a chat, not as a call', async () => {
    const chat = new Sim({ facts: { channel: 'web', callerPhone: null } });
    expect((await chat.start()).reply).toMatch(/^Thanks for contacting /);
    const call = new Sim();
    expect((await call.start()).reply).toMatch(/^Thanks for calling /);
  });

  it('asks a web visitor for a number before promising a callback', async () => {
    const sim = new Sim({ facts: { channel: 'web', callerPhone: null } });
    await sim.start();
    expect((await sim.say('i want to talk to a real person')).state.pending).toBe('phone');
    const turn = await sim.say('my number is 312 555 0142');
    expect(turn.actions[0]).toMatchObject({ type: 'record_callback', reason: 'HANDOFF' });
  });
});

describe('questions', () => {
  it.each([
    [
      'are you guys open on saturday',
      "On Saturday we're open from 9 AM to 1 PM. Is there anything else I can help with?",
    ],
    // A closed day names the next open one and offers the visit the caller is probably after.
    [
      'are you open today',
      "Today, Sunday, we're closed; we're open again tomorrow from 8 AM to 5 PM. Would you like me to set up a visit?",
    ],
    [
      'what are your hours',
      "We're open Monday to Friday from 8 AM to 5 PM and Saturday from 9 AM to 1 PM, and closed Sunday. Is there anything else I can help with?",
    ],
    [
      'what services do you offer',
      'We handle water heater repair and drain cleaning. Is there anything else I can help with?',
    ],
    ['do you fix water heaters', 'Yes, we do water heater repair. Would you like me to set up a visit?'],
    ['do you guys service evanston', 'Yes, we serve Evanston. Would you like me to set up a visit?'],
    [
      'what areas do you cover',
      'We serve Chicago, Evanston, and Oak Park. Is there anything else I can help with?',
    ],
    [
      'do you guys do gutters or like roofing stuff',
      "Sorry, we don't do gutters or roofing: we handle water heater repair and drain cleaning. Is there anything else I can help with?",
    ],
    [
      'hi do you guys come out to naperville',
      "I'm sorry, we don't cover Naperville: we serve Chicago, Evanston, and Oak Park. Is there anything else I can help with?",
    ],
  ])('"%s"', async (question, answer) => {
    const sim = new Sim();
    await sim.start();
    expect((await sim.say(question)).reply).toBe(answer);
  });

  it('answers mid-booking and asks the pending question again', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('my drain is clogged');
    const turn = await sim.say('wait are you open on saturday');
    expect(turn.reply).toBe(
      "On Saturday we're open from 9 AM to 1 PM. When would you like someone to come out?",
    );
    expect(turn.state.facts.time).toBeUndefined();
  });

  it('answers an hours question and takes the job told in the same breath', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say('hi do you guys work saturdays my furnace is making a squealing noise');
    expect(turn.reply).toMatch(/^On Saturday we're open from 9 AM to 1 PM\. /);
    expect(turn.state.intent).toBe('book');
    expect(turn.state.facts.problem).toBe('my furnace is making a squealing noise');
    // The day asked about is not taken as the time wanted.
    expect(turn.state.facts.time).toBeUndefined();
  });

  it('a caller who takes the visit back mid-booking is not booked', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('my toilet wobbles a little');
    await sim.say('thursday maybe');
    const turn = await sim.say(
      'you know what never mind my son in law can fix it himself so dont book anything',
    );
    expect(turn.reply).toBe("No problem, I won't book anything. Is there anything else I can help with?");
    expect(turn.state.intent).toBeNull();
    expect(turn.state.pending).toBe('anything_else');
  });

  it('a closed day asked about leads to a visit on the next open day', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('are you open today');
    const turn = await sim.say('sure');
    expect(turn.state.intent).toBe('book');
    expect(turn.state.pending).toBe('problem');
  });

  it('a caller who says goodbye to the offer of a visit is not booked', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('do you fix water heaters');
    const turn = await sim.say('okay good to know thank you bye');
    expect(turn.state.done).toBe(true);
    expect(turn.state.intent).toBeNull();
  });

  it('answers a price question honestly, without numbers, and offers a visit', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say('what are your prices');
    expect(turn.reply).toBe(
      'Prices depend on the job: the technician looks at it and gives you a price before doing any work. Would you like me to set up a visit?',
    );
    expect(turn.state.pending).toBe('offer_booking');
  });

  it('answers the price, then books the visit asked for in the same breath', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say(
      'hi um how much do you guys charge to come out and look at a water heater tomorrow morning',
    );
    expect(turn.reply).toBe(
      'Prices depend on the job: the technician looks at it and gives you a price before doing any work. Can I get your name, please?',
    );
    expect(turn.state.intent).toBe('book');
    // The water heater was the problem all along: it is not asked for again.
    expect(turn.state.facts.problem).toContain('water heater');
    expect(turn.state.facts.time).toMatchObject({ partOfDay: 'morning' });
  });

  it('keeps the booking facts said with a price question mid-booking', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('my drain is clogged');
    const turn = await sim.say('how much will it be? tomorrow morning works, my name is john smith');
    expect(turn.reply).toBe(
      "Prices depend on the job: the technician looks at it and gives you a price before doing any work. What's the address where you need the work done?",
    );
    expect(turn.state.facts).toMatchObject({ name: 'John Smith', time: { partOfDay: 'morning' } });
  });

  it('books a job described with "free estimate" without a price speech', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say(
      "my water heater is leaking and i'd like someone to come out for a free estimate",
    );
    expect(turn.reply).toBe('We can take care of that. When would you like someone to come out?');
    expect(turn.state.facts.problem).toMatch(/water heater is leaking/);
  });

  it('closes politely after the answer', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('what are your hours');
    const bye = await sim.say('okay thanks bye');
    expect(bye).toMatchObject({
      reply: 'Thanks for calling Lakeview Plumbing. Goodbye!',
      actions: [{ type: 'end' }],
    });
    expect(bye.state.outcome).toBe('faq');
  });
});

const THURSDAY_11: KnownAppointment = {
  id: 'apt_julia',
  start: '2026-03-12T16:00:00.000Z',
  end: '2026-03-12T17:00:00.000Z',
  date: '2026-03-12',
  time: '11:00',
  service: 'Electrical troubleshooting',
  address: '915 West Montrose Avenue',
};

describe('returning callers', () => {
  const julia = { name: 'Julia Romero', address: '915 West Montrose Avenue' };

  it('are greeted by name and cancel after confirming', async () => {
    const sim = new Sim({ appointment: THURSDAY_11 });
    expect((await sim.start(julia)).reply).toBe(
      'Hi Julia, thanks for calling Lakeview Plumbing. How can I help you today?',
    );
    const found = await sim.say('hi i need to cancel my appointment for thursday');
    expect(found.actions[0]).toEqual({
      type: 'find_next_appointment',
      phone: '+13125550111',
      onDate: '2026-03-12',
      service: null,
    });
    expect(found.reply).toBe(
      'I see your electrical troubleshooting appointment Thursday, March 12th at 11 AM. Do you want me to cancel it?',
    );
    const done = await sim.say('yes cancel it please');
    expect(done.actions).toEqual([{ type: 'cancel', appointmentId: 'apt_julia' }]);
    expect(done.state).toMatchObject({ outcome: 'cancelled', appointmentId: 'apt_julia' });
  });

  it('keep the appointment when they say no', async () => {
    const sim = new Sim({ appointment: THURSDAY_11 });
    await sim.start(julia);
    await sim.say('i want to cancel my appointment');
    const kept = await sim.say('no');
    expect(kept.reply).toBe("Okay, I'll leave it as it is. Is there anything else I can help with?");
    expect(kept.actions).toEqual([]);
  });

  it('move to the following day at the same time', async () => {
    const sim = new Sim({
      appointment: { ...THURSDAY_11, time: '10:00', start: '2026-03-12T15:00:00.000Z' },
    });
    await sim.start({ name: 'Omar Haddad', address: null });
    const offer = await sim.say(
      'hi this is omar haddad i have an appointment on thursday could you move it to the following day same time',
    );
    expect(sim.searches.at(-1)).toEqual({ fromDate: '2026-03-13', toDate: '2026-03-13', at: '10:00' });
    expect(offer.reply).toBe(
      'I can move your appointment from Thursday, March 12th at 10 AM to Friday, March 13th at 10 AM. Shall I do that?',
    );
    const done = await sim.say('yes perfect');
    expect(done.actions[0]).toMatchObject({
      type: 'reschedule',
      appointmentId: 'apt_julia',
      slot: { date: '2026-03-13', time: '10:00' },
    });
    expect(done.state.outcome).toBe('rescheduled');
  });

  it('cancel and close when the confirmation also says goodbye', async () => {
    const sim = new Sim({ appointment: THURSDAY_11 });
    await sim.start(julia);
    await sim.say('i need to cancel my appointment');
    const done = await sim.say('yes please cancel it thank you bye');
    expect(done.reply).toBe(
      'Done, your appointment Thursday, March 12th at 11 AM is cancelled. Thanks for calling Lakeview Plumbing. Goodbye!',
    );
    expect(done.state).toMatchObject({ done: true, outcome: 'cancelled' });
  });

  it('move and close when the confirmation also says goodbye', async () => {
    const sim = new Sim({ appointment: THURSDAY_11 });
    await sim.start(julia);
    await sim.say('can i move my appointment to friday at 11');
    const done = await sim.say("yes perfect that's all thanks");
    expect(done.reply).toBe(
      "Done, you're now booked for Friday, March 13th at 11 AM. You'll get a text with the new time. Thanks for calling Lakeview Plumbing. Goodbye!",
    );
    expect(done.state).toMatchObject({ done: true, outcome: 'rescheduled' });
  });

  it('ask when to move it when no time was given', async () => {
    const sim = new Sim({ appointment: THURSDAY_11 });
    await sim.start(julia);
    const turn = await sim.say('i need to reschedule');
    expect(turn.reply).toBe(
      'I see your appointment Thursday, March 12th at 11 AM. When would you like to move it to?',
    );
    const offer = await sim.say('monday afternoon');
    expect(offer.state.pending).toBe('pick_slot');
  });

  it('are offered a new booking when nothing is scheduled', async () => {
    const sim = new Sim({ appointment: null });
    await sim.start();
    const turn = await sim.say('i need to cancel my appointment');
    expect(turn.reply).toContain("I couldn't find an upcoming appointment");
    expect((await sim.say('yes')).state).toMatchObject({ intent: 'book', pending: 'problem' });
  });
});

describe('when the services fail', () => {
  const ready = "this is dave miller my sink is leaking tomorrow morning i'm at 88 birch lane";
  it('a slot taken meanwhile is apologised for and fresh slots are offered', async () => {
    const sim = new Sim({ bookResults: ['taken'] });
    await sim.start();
    await sim.say(ready);
    await sim.say('the first one');
    const turn = await sim.say('yes');
    expect(turn.reply).toMatch(/^Sorry, that time was just taken\. I have /);
    expect(turn.state.pending).toBe('pick_slot');
  });
  it('a booking error ends in a callback, not a loop', async () => {
    const sim = new Sim({ bookResults: ['error'] });
    await sim.start();
    await sim.say(ready);
    await sim.say('the first one');
    const turn = await sim.say('yes');
    expect(turn.actions.map((a) => a.type)).toEqual(['book', 'record_callback', 'alert_owner', 'end']);
  });
  it('a schedule that cannot be read ends in a callback', async () => {
    const sim = new Sim({ failSearch: true });
    await sim.start();
    const turn = await sim.say(ready);
    expect(turn.reply).toContain("I'm having trouble with our schedule right now");
    expect(turn.state.outcome).toBe('callback');
  });
});
