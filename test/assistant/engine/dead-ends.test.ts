import { describe, expect, it } from 'vitest';
import { Sim } from './engine-sim.js';

// Ways out of conversations that would otherwise never end or end wrongly, found by held-out callers.

describe('a conversation going round in circles', () => {
  it('ends in a callback the third time a turn would say exactly the same', async () => {
    const sim = new Sim();
    await sim.start();
    // Each repeat gets the same answer until the third: then the owner is asked to call back.
    const first = await sim.say('how much do you charge to snake a drain');
    const second = await sim.say('how much do you charge to snake a drain');
    expect(second.reply).toBe(first.reply);
    const third = await sim.say('how much do you charge to snake a drain');
    expect(third.reply).not.toBe(first.reply);
    expect(third.state.done).toBe(true);
    expect(third.actions.map((a) => a.type)).toContain('record_callback');
  });
});

describe('turning the visit down', () => {
  it('"no i just wanted a price" at "when would you like someone?" drops the visit', async () => {
    const sim = new Sim();
    await sim.start();
    await sim.say('hi how much do you guys charge to like snake a drain just a kitchen sink');
    const turn = await sim.say('no i just wanted a price for now');
    expect(turn.reply).toBe('Is there anything else I can help with?');
    expect(turn.state.intent).toBeNull();
    const bye = await sim.say("nope that's it thanks");
    expect(bye.state.done).toBe(true);
  });
});

describe('areas', () => {
  it('a place outside the area asked about with a job: says so and books nothing', async () => {
    const sim = new Sim();
    await sim.start();
    const turn = await sim.say('hi do you guys come out to gary indiana i got a leak under my kitchen sink');
    expect(turn.reply).toBe(
      "I'm sorry, we don't cover Gary Indiana: we serve Chicago, Evanston, and Oak Park. Is there anything else I can help with?",
    );
    expect(turn.state.intent).toBeNull();
  });

  it('"Saint Paul" is the "St. Paul" the business serves', async () => {
    const sim = new Sim({ facts: { serviceArea: ['Minneapolis', 'St. Paul'] } });
    await sim.start();
    await sim.say('our furnace is squealing tomorrow morning my name is pat schreiber');
    const turn = await sim.say('1784 marshall avenue saint paul');
    expect(turn.reply).toMatch(/^I have tomorrow/);
  });
});

describe('asking for the owner by name', () => {
  it.each([
    'buenos días con don denise por favor',
    'can i get denise',
    "i'm looking for denise",
  ])('"%s" is a request for a person', async (text) => {
    const sim = new Sim({ facts: { ownerPhone: '+15125550101' } });
    await sim.start();
    const turn = await sim.say(text);
    expect(turn.state.outcome).toBe('handoff');
  });
});
