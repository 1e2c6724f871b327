import { describe, expect, it } from 'vitest';
import { detectEmergency, EMERGENCY_THRESHOLD, scoreEmergency } from './emergency.js';
import { normalize } from './normalize.js';

const emergency = (text: string, keywords: string[] = [], lang: 'en' | 'es' = 'en') =>
  detectEmergency(normalize(text, lang), keywords);

describe('detectEmergency', () => {
  it.each<[string, string, boolean]>([
    ['we have a burst pipe in the basement', 'burst_pipe', false],
    ['my water heater just burst', 'burst_pipe', false],
    ['the basement is flooding', 'flooding', false],
    ["there's water everywhere", 'flooding', false],
    ['the ceiling is leaking', 'flooding', false],
    ['i smell gas in the kitchen', 'gas_leak', true],
    ['there is a gas smell', 'gas_leak', true],
    ['i think we have a gas leak', 'gas_leak', true],
    ["i'm not sure but it smells like gas", 'gas_leak', true],
    ['the panel is sparking', 'electrical_hazard', false],
    ['electrical fire in the garage', 'electrical_hazard', false],
    ["there's a burning smell from the outlet", 'electrical_hazard', false],
    ['sewage is backing up into the basement', 'sewage_backup', false],
    ['we have no water at all', 'no_water', false],
    ['this is an emergency', 'caller_says_emergency', false],
    ['the co alarm is going off', 'carbon_monoxide', true],
    ["the water won't shut off", 'uncontrolled_water', false],
    ['we smelled gas earlier but it seems fine now', 'gas_leak', true],
    ["there's water leaking through my kitchen ceiling", 'flooding', false],
    ['water is dripping from our upstairs bathroom ceiling', 'flooding', false],
    ["water's everywhere", 'flooding', false],
    ["it's coming out of the light fixture", 'water_in_electrical', false],
    ['water is getting into the outlet', 'water_in_electrical', false],
    ["it's dripping from the light in the hallway", 'water_in_electrical', false],
    ["the ceiling's starting to sag", 'ceiling_giving_way', false],
    ['the bedroom ceiling is bulging', 'ceiling_giving_way', false],
    ["there's a sagging ceiling in the basement", 'ceiling_giving_way', false],
  ])('%s → %s', (text, reason, gas) => {
    const signal = emergency(text);
    expect(signal?.reasons).toContain(reason);
    expect(signal?.gas).toBe(gas);
    expect(signal?.score).toBeGreaterThanOrEqual(EMERGENCY_THRESHOLD);
  });

  it.each<[string, string, boolean]>([
    ['hay una inundación en el sótano', 'flooding', false],
    ['se inundó el sótano', 'flooding', false],
    ['huele a gas', 'gas_leak', true],
    ['creo que hay una fuga de gas', 'gas_leak', true],
    ['salen aguas negras del drenaje', 'sewage_backup', false],
    ['estamos sin calefacción y tengo un bebé', 'no_heat', false],
    ['sale agua por la lámpara', 'water_in_electrical', false],
    ['gotea agua por el foco de la cocina', 'water_in_electrical', false],
    ['sale agua del techo', 'flooding', false],
    ['el techo se está cayendo', 'ceiling_giving_way', false],
    ['se está hundiendo el techo del baño', 'ceiling_giving_way', false],
  ])('%s → %s (Spanish)', (text, reason, gas) => {
    const signal = emergency(text, [], 'es');
    expect(signal?.reasons).toContain(reason);
    expect(signal?.gas).toBe(gas);
  });

  it.each([
    'no heat and we have a newborn baby',
    'the furnace went out and my elderly mother lives with me',
    "i'm calling for my mother she is 92 and has no heat",
    "no heat and it's freezing",
    "our heat's been out since this afternoon and it's like 20 degrees out and we've got a baby at home",
    'the heat has been out all day and my grandmother is here',
    "the heater's out and we have a toddler",
    'the furnace quit and my dad is 88',
    'the heat went out and we have a newborn',
  ])('no heat becomes an emergency with someone at risk: %s', (text) => {
    expect(emergency(text)?.reasons).toContain('no_heat');
  });

  it.each<[string, 'en' | 'es']>([
    ["our heat went out it's 50 degrees in here and we have a three month old", 'en'],
    ['the furnace gave out and our daughter is six weeks old', 'en'],
    ['no heat and the baby is 2 months old', 'en'],
    ['the heat is out and my 88 year old mom lives here', 'en'],
    ['the furnace died and my parents are elderly', 'en'],
    ['no tenemos calefacción hace mucho frío y tenemos un bebé de tres meses', 'es'],
    ['se nos fue la calefacción y mi mamá de 88 años está aquí', 'es'],
    ['la caldera se descompuso y mi papá ya está muy grande', 'es'],
    ['el calefactor dejó de funcionar y tengo una niña de dos meses', 'es'],
  ])('no heat with someone vulnerable is an emergency: %s', (text, lang) => {
    const signal = emergency(text, [], lang);
    expect(signal?.reasons).toEqual(expect.arrayContaining(['no_heat', 'vulnerable_occupant']));
    expect(signal?.score).toBeGreaterThanOrEqual(EMERGENCY_THRESHOLD);
  });

  it.each<[string, 'en' | 'es']>([
    ["the heat is out and it's 50 degrees in the house", 'en'],
    ['the furnace quit and the thermostat says 48', 'en'],
    ["the boiler's been off all day, the house is down to 52", 'en'],
    ['la caldera se descompuso y hace 10 grados en la casa', 'es'],
    ['no tenemos calefacción y hace muchísimo frío', 'es'],
  ])('no heat in a cold house is an emergency: %s', (text, lang) => {
    expect(emergency(text, [], lang)?.reasons).toEqual(['no_heat', 'freezing']);
  });

  it.each<[string, 'en' | 'es']>([
    ["the heat's not working upstairs but it's 68 in here", 'en'],
    ["the heat is out and it's 20 degrees warmer in here than outside", 'en'],
    ['the furnace quit, the house is 70 so no rush', 'en'],
    ['no heat and no baby or anything, just us', 'en'],
    ['no tenemos calefacción pero no hace frío', 'es'],
    ['la calefacción no prende, la mayor parte del día estamos fuera', 'es'],
    ['el calefactor no funciona y mi hijo tiene 12 años', 'es'],
  ])('no heat in a warm house with nobody at risk stays routine: %s', (text, lang) => {
    const signal = scoreEmergency(normalize(text, lang));
    expect(signal.reasons).toEqual(['no_heat']);
    expect(signal.score).toBeLessThan(EMERGENCY_THRESHOLD);
  });

  it.each([
    "the heat's been out since noon and it's 20 degrees out",
    "the furnace died and it's 10 below",
    'the heat is out and it is 35 degrees outside',
    "we've got no heat and it's in the single digits",
  ])('no heat in a cold snap is an emergency: %s', (text) => {
    expect(emergency(text)?.reasons).toEqual(['no_heat', 'freezing']);
  });

  it.each([
    'the heat is fine now',
    "it's 20 degrees warmer today",
    "it's 20 degrees out and the faucet drips",
    "the heat's been out since this afternoon",
    'the heat is not out anymore and my baby is fine',
    "the heat's been out and it's 20 degrees warmer today",
  ])('near miss, not an emergency: %s', (text) => {
    expect(emergency(text)).toBeUndefined();
  });

  it.each([
    "the toilet upstairs is overflowing and it won't stop even when i jiggle the handle",
    'the toilet keeps overflowing',
    "the tub is running over and i can't stop it",
    "it's overflowing and it won't stop overflowing",
  ])('water that will not stop is an emergency: %s', (text) => {
    expect(emergency(text)?.reasons).toContain('uncontrolled_water');
  });

  it.each([
    "the toilet won't stop running",
    "my faucet is leaking and it won't stop dripping",
    "the toilet isn't overflowing but it won't stop running",
    "my dog won't stop barking and the sink is clogged",
  ])('a fault that keeps going is not uncontrolled water: %s', (text) => {
    expect(emergency(text)).toBeUndefined();
  });

  it.each([
    "it's not an emergency",
    'no gas smell or anything',
    "i don't smell gas",
    'the toilet is running',
    'no heat in the back bedroom',
    'my smoke detector keeps chirping',
    'i want flood lights installed',
    'there is no flooding just a drip',
    'my faucet is dripping',
    "my water heater's leaking all over the garage",
    'el calentador no prende y no tenemos agua caliente',
    "there was a leak in the ceiling last year, it's fixed now",
    "it's not leaking through the ceiling anymore",
    'my ceiling fan is making noise',
    'the kitchen light fixture flickers',
    'the bathroom faucet is leaking from the fixture',
    "there's a buzzing coming from the panel",
    'the ceiling is not sagging',
  ])('%s → not an emergency', (text) => {
    expect(emergency(text)).toBeUndefined();
  });

  it.each([
    'no sale agua por la lámpara',
    'el techo no se está cayendo',
    'sale agua de la llave',
  ])('%s → not an emergency (Spanish)', (text) => {
    expect(emergency(text, [], 'es')).toBeUndefined();
  });

  it('water through a ceiling, out of a light fixture and a sagging ceiling is a certain emergency', () => {
    const signal = scoreEmergency(
      normalize(
        "uh hi there's water leaking through my kitchen ceiling it's coming out of the light fixture and the ceiling's starting to sag",
      ),
    );
    expect(signal.score).toBe(1);
    expect(signal.reasons).toEqual(['flooding', 'water_in_electrical', 'ceiling_giving_way']);
  });

  it.each<[string, string, 'en' | 'es']>([
    ["uh hi there's water coming up through the floor drain in the basement", 'flooding', 'en'],
    ['water is bubbling up out of the basement drain', 'flooding', 'en'],
    ["water's coming up from the shower drain", 'flooding', 'en'],
    ['está saliendo mucha agua por la coladera del sótano', 'flooding', 'es'],
    ['the water heater is making a hissing noise and leaking a lot', 'water_heater_pressure', 'en'],
    ["there's a loud hissing coming from the water heater", 'water_heater_pressure', 'en'],
    ['the relief valve on the water heater is spraying water', 'water_heater_pressure', 'en'],
    ['el calentador está chiflando y tirando agua', 'water_heater_pressure', 'es'],
  ])('water welling up a drain, a hissing water heater: %s → %s', (text, reason, lang) => {
    expect(emergency(text, [], lang)?.reasons).toContain(reason);
  });

  it.each<[string, 'en' | 'es']>([
    ['the floor drain is slow', 'en'],
    ["there's no water coming up through the floor drain anymore", 'en'],
    ['the water heater makes a popping noise', 'en'],
    ['the water heater is fine no hissing or anything', 'en'],
    ['the radiator is hissing', 'en'],
    ['el drenaje del sótano está lento', 'es'],
  ])('a slow drain or a noisy heater alone is not an emergency: %s', (text, lang) => {
    expect(emergency(text, [], lang)).toBeUndefined();
  });

  it.each<[string, string, 'en' | 'es']>([
    ['the outlet in the kitchen is sparking', 'electrical_hazard', 'en'],
    ["there's arcing at the light switch", 'electrical_hazard', 'en'],
    ['the outlet is smoking', 'electrical_hazard', 'en'],
    ["there's a hot plastic smell coming from the breaker box", 'electrical_hazard', 'en'],
    ['it smells like burning plastic at the panel', 'electrical_hazard', 'en'],
    ['the breaker panel is buzzing and hot', 'hot_electrical', 'en'],
    ['the outlet is hot to the touch', 'hot_electrical', 'en'],
    ['there are exposed live wires hanging out of the wall', 'exposed_wires', 'en'],
    ['the wires are exposed in the basement', 'exposed_wires', 'en'],
    ["there's water near the electrical panel", 'water_in_electrical', 'en'],
    ['el contacto está echando chispas', 'electrical_hazard', 'es'],
    ['el enchufe de la sala saca chispas', 'electrical_hazard', 'es'],
    ['el tomacorriente echa chispas', 'electrical_hazard', 'es'],
    ['hay olor a quemado en el panel', 'electrical_hazard', 'es'],
    ['huele a quemado en la caja de breakers', 'electrical_hazard', 'es'],
    ['la pastilla huele a quemado', 'electrical_hazard', 'es'],
    ['el panel está muy caliente y zumba', 'hot_electrical', 'es'],
    ['hay cables pelados en la pared', 'exposed_wires', 'es'],
  ])('an electrical hazard: %s → %s', (text, reason, lang) => {
    const signal = emergency(text, [], lang);
    expect(signal?.reasons).toContain(reason);
    expect(signal?.gas).toBe(false);
  });

  it.each<[string, 'en' | 'es']>([
    ['i need a hot tub outlet installed', 'en'],
    ['the breaker for the hot tub keeps tripping', 'en'],
    ['the outlet by the hot water heater stopped working', 'en'],
    ['i want to add an outlet in the garage', 'en'],
    ['el contacto de la cocina no funciona', 'es'],
  ])('ordinary electrical work is not an emergency: %s', (text, lang) => {
    expect(emergency(text, [], lang)).toBeUndefined();
  });

  it.each<[string, 'en' | 'es']>([
    ['no heat and my mom is on dialysis', 'en'],
    ["the furnace died and my dad's on an oxygen concentrator", 'en'],
    ['no heat and my husband sleeps with a cpap', 'en'],
    ['no tenemos calefacción y mi papá usa oxígeno', 'es'],
  ])('a medical device at home makes no heat urgent: %s', (text, lang) => {
    expect(emergency(text, [], lang)?.reasons).toEqual(['no_heat', 'medical_device']);
  });

  it('a medical device alone is not an emergency', () => {
    expect(emergency('my mom is on oxygen and i need a faucet fixed')).toBeUndefined();
  });

  it.each<[string, string, 'en' | 'es']>([
    ['my water heater is leaking real bad', 'water_heater_leak', 'en'],
    ['the water heater is pouring water', 'water_heater_leak', 'en'],
    ["it's pouring out of the water heater", 'water_heater_leak', 'en'],
    ['the hot water tank is leaking like crazy', 'water_heater_leak', 'en'],
    ["the water heater's leaking into the downstairs neighbor's unit", 'leak_below', 'en'],
    ["it's leaking through the ceiling of the apartment below", 'leak_below', 'en'],
    ['the water heater is leaking through the ceiling', 'flooding', 'en'],
    ['el calentador está tirando mucha agua', 'water_heater_leak', 'es'],
    ['el calentador de agua gotea muchísimo', 'water_heater_leak', 'es'],
  ])('a water heater losing a lot of water: %s → %s', (text, reason, lang) => {
    expect(emergency(text, [], lang)?.reasons).toContain(reason);
  });

  it.each<[string, 'en' | 'es']>([
    ['my water heater has a slow drip', 'en'],
    ['the water heater is dripping a little from the bottom', 'en'],
    ["it's not leaking real bad just a slow drip from the water heater", 'en'],
    ['the faucet is leaking pretty bad', 'en'],
    ['el calentador gotea un poco', 'es'],
  ])('a slow water heater drip is not an emergency: %s', (text, lang) => {
    expect(emergency(text, [], lang)).toBeUndefined();
  });

  it.each<[string, 'en' | 'es']>([
    ["my bathtub's not draining it just sits there", 'en'],
    ['takes forever to go down', 'en'],
    ['the sink drains slow', 'en'],
    ['the kitchen sink backs up slowly', 'en'],
    ["there's standing water in the tub it takes forever to go down", 'en'],
    ['the shower floods every time i take a shower because it drains so slow', 'en'],
    ["it's backing up and it won't go down", 'en'],
    ['la tina no drena y el agua se queda ahí', 'es'],
    ['el lavabo tarda mucho en bajar', 'es'],
  ])('a slow drain is not an emergency: %s', (text, lang) => {
    expect(emergency(text, [], lang)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['the tub is backing up with sewage', 'sewage_backup'],
    ["the tub won't drain and now it's overflowing onto the floor and won't stop", 'uncontrolled_water'],
    ["the sink is slow and now there's water all over the floor", 'flooding'],
  ])('a drain that floods or brings sewage up still is: %s → %s', (text, reason) => {
    expect(emergency(text)?.reasons).toContain(reason);
  });

  it('tenant keywords count', () => {
    expect(emergency('the boiler is making a weird noise', ['boiler'])?.reasons).toEqual(['keyword:boiler']);
  });

  it('several signals raise the score, capped at 1', () => {
    const signal = scoreEmergency(normalize("a pipe burst and there's water everywhere and sewage"));
    expect(signal.score).toBe(1);
    expect(signal.reasons).toEqual(['burst_pipe', 'flooding', 'sewage_backup']);
  });
});
