import { describe, expect, it } from 'vitest';
import { Sim } from './engine-sim.js';

const OWNER = '+13125550199';
const ELECTRICAL_EN =
  /^Please don't touch it or use it\. If there's any smoke or fire, leave the building and call 911 from outside\. Only switch off the breaker or the main if you can do it safely\./;
const ELECTRICAL_ES =
  /^Por favor, no lo toque ni lo use\. Si hay humo o fuego, salgan de la casa y llamen al 911 desde afuera\. Apague el breaker o el interruptor principal solo si puede hacerlo sin peligro\./;

describe('electrical hazards: safety script first', () => {
  it.each([
    'the outlet in the bedroom is sparking',
    "there's a hot plastic smell at the breaker box",
    'the breaker panel is buzzing and hot',
    'there are exposed live wires hanging out of the wall',
    "there's water near the electrical panel",
  ])('before the transfer: %s', async (text) => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say(text);
    expect(turn.reply).toMatch(ELECTRICAL_EN);
    expect(turn.reply).toContain("I'm connecting you now");
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });

  it('before the booking when there is no owner phone, and only once', async () => {
    const sim = new Sim();
    await sim.start();
    const first = await sim.say('the outlet is smoking');
    expect(first.reply).toMatch(ELECTRICAL_EN);
    expect(first.reply).toContain("I'll get someone out to you as soon as possible");
    const next = await sim.say('this is dana reyes');
    expect(next.reply).not.toContain("don't touch");
  });

  it('in Spanish', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, language: 'es' } });
    await sim.start();
    const turn = await sim.say('el contacto está echando chispas');
    expect(turn.reply).toMatch(ELECTRICAL_ES);
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });

  it('gas wins: one script, leave the building', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('i smell gas and the outlet is sparking');
    expect(turn.reply).toMatch(/^If you smell gas, please leave the building/);
    expect(turn.reply).not.toContain("don't touch");
  });

  it('a burst pipe gets the water shut-off script, not the electrical one', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('a pipe burst in the basement');
    expect(turn.reply).not.toContain("don't touch");
    expect(turn.reply).toMatch(/^If you can get to it safely, shut off the water at the main valve/);
    expect(turn.reply).toContain('This sounds like an emergency');
  });

  it('a pipe that came apart and sprays gets the shut-off script in Spanish too', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('se reventó la tubería debajo del fregadero y sale agua por todos lados');
    expect(turn.reply).toMatch(/^Si puede hacerlo sin peligro, cierre la llave de paso principal/);
  });

  it('a loudly buzzing breaker box is an electrical hazard with its script', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say(
      'the breaker box in the basement is buzzing really loud and the metal door on it is warm',
    );
    expect(turn.state.emergency.active).toBe(true);
    expect(turn.reply).toMatch(/^Please don't touch it or use it/);
  });
});

describe('water heaters and drains', () => {
  it('a water heater leaking real bad is an emergency', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say("my water heater is leaking real bad and it's going through the ceiling");
    expect(turn.state.emergency.active).toBe(true);
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });

  it('a water heater with a slow drip is booked as a routine job', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('my water heater has a slow drip');
    expect(turn.state.emergency.active).toBe(false);
    expect(turn.actions.map((a) => a.type)).not.toContain('transfer');
    expect(turn.state.facts.service).toBe('Water heater repair');
  });

  it('a slow tub is a drain-cleaning job, never a transfer', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const first = await sim.say("my bathtub's not draining it just sits there");
    expect(first.state.facts.problem).toBeDefined();
    expect(first.state.facts.service).toBe('Drain cleaning');
    const second = await sim.say('takes forever to go down');
    for (const turn of [first, second]) {
      expect(turn.state.emergency.active).toBe(false);
      expect(turn.actions.map((a) => a.type)).not.toContain('transfer');
    }
  });

  it('no heat with someone on a medical device is an emergency', async () => {
    const sim = new Sim({ facts: { ownerPhone: OWNER } });
    await sim.start();
    const turn = await sim.say('our heat is out and my mother is on an oxygen concentrator');
    expect(turn.state.emergency.active).toBe(true);
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });
});
