import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { extractProblem } from './problem.js';
import { matchService } from './services.js';

const SERVICES = [
  'Water heater repair',
  'Tankless water heater installation',
  'Drain cleaning',
  'Toilet repair',
  'Leak detection',
  'Sewer line service',
  'Gas line repair',
  'Garbage disposal',
  'Sump pump service',
  'Faucet repair',
  'Electrical troubleshooting',
  'HVAC repair',
];

describe('extractProblem', () => {
  it.each([
    ['hi i need somebody to look at a leak under my bathroom sink', 'a leak under my bathroom sink'],
    ['my water heater is leaking', 'my water heater is leaking'],
    ['hi i want to get my sump pump checked out', 'my sump pump checked out'],
    ['and my basement drain is backing up', 'my basement drain is backing up'],
    ['le hablo porque el inodoro del baño no deja de correr', 'el inodoro del baño no deja de correr'],
    ["hi so our heat's been out since this afternoon", "our heat's been out since this afternoon"],
    ['the heating stopped working', 'the heating stopped working'],
  ])('%s → %s', (text, expected) => {
    expect(extractProblem(normalize(text), false)).toBe(expected);
  });

  // Other extractors replace what they took with " | ", a clause boundary.
  it.each([
    ['the drain is clogged can you come out | | |', 'the drain is clogged'],
    [
      "our water heater is making a popping noise and the water's only lukewarm | and | works best",
      "our water heater is making a popping noise and the water's only lukewarm",
    ],
  ])('%s → %s (after other slots were taken out)', (rest, expected) => {
    expect(extractProblem(rest, false)).toBe(expected);
  });

  it('takes any answer when the assistant asked for the problem', () => {
    expect(extractProblem(normalize('the vanity has a puddle under it'), true)).toBe(
      'the vanity has a puddle under it',
    );
  });

  it.each(['yes', 'hi there', 'tomorrow works'])('%s → no problem', (text) => {
    expect(extractProblem(normalize(text), false)).toBeUndefined();
  });
});

describe('matchService', () => {
  it.each([
    ['my water heater is leaking', 'Water heater repair'],
    ['no hot water since yesterday', 'Water heater repair'],
    ['do you do tankless water heaters', 'Tankless water heater installation'],
    ['the kitchen drain is clogged', 'Drain cleaning'],
    ["my toilet won't stop running", 'Toilet repair'],
    ['the sewer is backing up', 'Sewer line service'],
    ['i think the gas line needs work', 'Gas line repair'],
    ['the faucet drips all night', 'Faucet repair'],
    ['my sump pump runs constantly', 'Sump pump service'],
    ['the lights keep flickering', 'Electrical troubleshooting'],
    ['the ac is blowing warm air', 'HVAC repair'],
    ['my furnace stopped working', 'HVAC repair'],
    ['el calentador no calienta', 'Water heater repair'],
    ['el inodoro no deja de correr', 'Toilet repair'],
    ['el drenaje está tapado', 'Drain cleaning'],
    ['hay una fuga en la pared', 'Leak detection'],
  ])('%s → %s', (text, expected) => {
    expect(matchService(normalize(text), SERVICES)).toBe(expected);
  });

  it('returns nothing when no service fits', () => {
    expect(matchService(normalize('can you paint my fence'), SERVICES)).toBeUndefined();
  });
});

describe('slow drains', () => {
  it.each<[string, 'en' | 'es']>([
    ["my bathtub's not draining it just sits there", 'en'],
    ['takes forever to go down', 'en'],
    ['the sink drains slow', 'en'],
    ['the kitchen sink backs up slowly', 'en'],
    ["it's slow to go down", 'en'],
    ['the water just sits there', 'en'],
    ['la tina no drena y el agua se queda ahí', 'es'],
    ['el lavabo tarda mucho en bajar', 'es'],
  ])('%s → a drain-cleaning job, even unprompted', (text, lang) => {
    const norm = normalize(text, lang);
    const problem = extractProblem(norm, false);
    expect(problem).toBeDefined();
    expect(matchService(problem ?? '', SERVICES)).toBe('Drain cleaning');
  });
});

describe('electrical hazards and water heater leaks name their job', () => {
  it.each<[string, string, 'en' | 'es']>([
    ['the outlet is sparking', 'Electrical troubleshooting', 'en'],
    ['the breaker panel is buzzing and hot', 'Electrical troubleshooting', 'en'],
    ['el contacto está echando chispas', 'Electrical troubleshooting', 'es'],
    ['la pastilla huele a quemado', 'Electrical troubleshooting', 'es'],
    ['my water heater is leaking real bad', 'Water heater repair', 'en'],
  ])('%s → %s', (text, service, lang) => {
    const problem = extractProblem(normalize(text, lang), false);
    expect(problem).toBeDefined();
    expect(matchService(problem ?? '', SERVICES)).toBe(service);
  });
});
