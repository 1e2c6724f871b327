import { describe, expect, it } from 'vitest';
import { initialState, parseState } from '../../../src/modules/assistant/engine/state.js';
import { step } from '../../../src/modules/assistant/engine/step.js';
import { Sim, testFacts } from './engine-sim.js';

// Words that would betray an English sentence inside a Spanish reply.
const ENGLISH = /\b(the|you|your|what|when|which|shall|book|thanks|tomorrow|today|at \d)\b/i;

describe('Spanish', () => {
  it('a Spanish tenant books a Spanish caller, every reply in Spanish', async () => {
    const sim = new Sim({ facts: { language: 'es', name: 'Plomería Hermanos Ibarra' } });
    const replies = [(await sim.start()).reply];
    for (const line of [
      'buenos días le hablo porque el inodoro del baño no deja de correr',
      'el lunes en la tarde',
      'me llamo carlos ibarra',
      'mi dirección es 2847 south kedzie avenue',
      'la primera',
      'sí me parece bien',
    ]) {
      replies.push((await sim.say(line)).reply);
    }
    for (const reply of replies) expect(reply).not.toMatch(ENGLISH);
    expect(replies[1]).toBe('Con gusto le ayudo con eso. ¿Cuándo le gustaría que vaya alguien?');
    expect(replies[4]).toBe(
      'Tengo mañana a las 12 del mediodía o a las 2 de la tarde. ¿Cuál le conviene más?',
    );
    expect(replies[5]).toBe(
      'Le puedo agendar mañana a las 12 del mediodía en 2847 South Kedzie Avenue. ¿Se lo reservo?',
    );
    expect(replies[6]).toMatch(/^Listo, su cita quedó para mañana a las 12 del mediodía/);
    expect(sim.booked[0]?.details.name).toBe('Carlos Ibarra');
  });

  it('an English tenant answers a caller who speaks Spanish in Spanish from then on', async () => {
    const sim = new Sim();
    expect((await sim.start()).reply).toMatch(/^Thanks for calling/);
    const first = await sim.say('hola necesito un plomero el inodoro está goteando');
    expect(first.state.language).toBe('es');
    expect(first.reply).toBe('Con gusto le ayudo con eso. ¿Cuándo le gustaría que vaya alguien?');
    const second = await sim.say('okay');
    expect(second.reply).toMatch(/^Perdón, no le entendí\./);
  });

  it.each([
    ['huele a gas en la cocina', /^Si huele a gas, salga del edificio ahora mismo/],
    ['quiero hablar con una persona', /^No le puedo comunicar en este momento/],
    ['a qué hora abren el sábado', /^El sábado abrimos de 9 de la mañana a 1 de la tarde\./],
    ['cuánto cobran por revisar el calentador', /^El precio depende del trabajo: el técnico lo revisa/],
  ])('"%s"', async (line, expected) => {
    const sim = new Sim({ facts: { language: 'es', ownerPhone: '+13125550199' } });
    await sim.start();
    expect((await sim.say(line)).reply).toMatch(expected);
  });

  it('says in Spanish that the business is not open at the hour asked', async () => {
    const sim = new Sim({ facts: { language: 'es' } });
    await sim.start();
    const turn = await sim.say(
      'hola necesito un plomero el inodoro está goteando, me llamo carlos ibarra, mi dirección es 2847 south kedzie avenue, mañana a las 9 de la noche',
    );
    expect(turn.reply).toContain(
      'No abrimos a las 9 de la noche. Tengo mañana a las 8 de la mañana o a las 10 de la mañana.',
    );
  });

  it('says goodbye in Spanish after a booking confirmed with a goodbye', async () => {
    const sim = new Sim({ facts: { language: 'es', name: 'Plomería Ibarra' } });
    await sim.start();
    await sim.say(
      'hola el inodoro está goteando, me llamo carlos ibarra, mi dirección es 2847 south kedzie avenue, el lunes en la tarde',
    );
    await sim.say('la primera');
    const turn = await sim.say('sí perfecto, muchas gracias, adiós');
    expect(turn.reply).toMatch(/^Listo, su cita quedó para .*Gracias por llamar a Plomería Ibarra/);
    expect(turn.reply).not.toContain('algo más');
    expect(turn.state).toMatchObject({ done: true, outcome: 'booked' });
  });

  it('two silences on a call end in a Spanish voicemail prompt', async () => {
    const sim = new Sim({ facts: { language: 'es' } });
    await sim.start();
    expect((await sim.say('')).reply).toBe('¿Sigue ahí? ¿En qué le puedo ayudar hoy?');
    expect((await sim.say('')).reply).toMatch(/^Perdón, no le escucho\. Deje su nombre/);
  });
});

describe('session state', () => {
  it('survives a JSON round trip and validates', () => {
    const state = { ...initialState('es'), facts: { name: 'Ana', time: { asap: true } } };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  it.each([
    null,
    42,
    {},
    { ...initialState('en'), v: 2 },
    { ...initialState('en'), pending: 'dance' },
  ])('rejects %j so the session starts over', (value) => {
    expect(parseState(value)).toBeNull();
  });
  it('loads a state stored before `leaving` existed, as not leaving', () => {
    const { leaving: _new, ...stored } = initialState('en');
    expect(parseState(JSON.parse(JSON.stringify(stored)))).toEqual(initialState('en'));
  });
  it('step never mutates the state it is given', () => {
    const state = initialState('en');
    const frozen = JSON.stringify(state);
    step(state, { type: 'start', customer: { name: 'Ana Ruiz', address: null } }, testFacts(), new Date());
    step(state, { type: 'silence' }, testFacts(), new Date());
    expect(JSON.stringify(state)).toBe(frozen);
  });
  it('a finished session starts over on a new message, keeping the customer and language', () => {
    const done = {
      ...initialState('es'),
      done: true,
      outcome: 'booked' as const,
      customer: { name: 'Ana', address: null },
    };
    const result = step(
      done,
      { type: 'utterance', text: 'hola', understanding: { language: 'es', intents: [] } },
      testFacts(),
      new Date(),
    );
    expect(result.state).toMatchObject({
      done: false,
      outcome: null,
      customer: { name: 'Ana' },
      language: 'es',
    });
  });
});

describe('Spanish moves', () => {
  it('"del jueves", never "de el jueves"', async () => {
    const thursday = {
      id: 'apt_ana',
      start: '2026-03-12T16:00:00.000Z',
      end: '2026-03-12T17:00:00.000Z',
      date: '2026-03-12',
      time: '11:00',
      service: null,
      address: null,
    };
    const sim = new Sim({ facts: { language: 'es' }, appointment: thursday });
    await sim.start({ name: 'Ana Ruiz', address: null });
    const turn = await sim.say('quiero cambiar mi cita para el viernes a las 11');
    expect(turn.reply).toBe(
      'Puedo cambiar su cita del jueves 12 de marzo a las 11 de la mañana al viernes 13 de marzo a las 11 de la mañana. ¿Lo hago?',
    );
  });
});
