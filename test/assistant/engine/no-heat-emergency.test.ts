import { describe, expect, it } from 'vitest';
import { Sim } from './engine-sim.js';

const OWNER = '+13125550199';

// A heating failure in a cold house or with someone vulnerable at home takes the same path as a
// burst pipe: the owner is alerted and the caller is put through; nobody gets a routine intake.
describe('no heat: an emergency like the others', () => {
  it.each<[string, 'en' | 'es']>([
    ["our heat went out it's 50 degrees in here and we have a three month old", 'en'],
    ['i am calling for my mom she is 88 years old and her furnace quit', 'en'],
    ['the boiler stopped working and the thermostat says 48', 'en'],
    ['no tenemos calefacción hace mucho frío y tenemos un bebé de tres meses', 'es'],
    ['se nos fue la calefacción y mi mamá de 88 años vive conmigo', 'es'],
  ])('alerts the owner and transfers: %s', async (text, language) => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, language } });
    await sim.start();
    const turn = await sim.say(text);
    expect(turn.actions).toContainEqual(expect.objectContaining({ type: 'alert_owner', event: 'emergency' }));
    expect(turn.actions.at(-1)).toEqual({ type: 'transfer', to: OWNER });
  });

  it.each<[string, 'en' | 'es']>([
    ["the heat's not working in the back bedroom but it's 68 in here", 'en'],
    ['la calefacción no prende pero no hace frío', 'es'],
  ])('stays a routine booking in a warm house with nobody at risk: %s', async (text, language) => {
    const sim = new Sim({ facts: { ownerPhone: OWNER, language } });
    await sim.start();
    const turn = await sim.say(text);
    expect(turn.actions).not.toContainEqual(expect.objectContaining({ type: 'transfer' }));
    expect(turn.actions).not.toContainEqual(expect.objectContaining({ type: 'alert_owner' }));
  });
});
