import type { Persona } from '../types.js';
import { booked, emergencyHandled, OPEN, slot } from './defaults.js';

// Fifth QA round, no heat: a heating failure with a cold house ("the thermostat says 48", "hace 10
// grados adentro") or someone vulnerable at home (a six-week-old, "una niña de dos meses", a
// 91-year-old father) is an emergency that gets a transfer, like a burst pipe; the same failure in
// a warm house with nobody at risk stays a routine booking, confirmed with a texted "k".

export const qaRound5NoHeat: Persona[] = [
  {
    id: 'qa5-boiler-thermostat-48-six-week-old',
    kind: 'emergency',
    now: '2026-01-13T23:10', // Tuesday night, closed
    caller: {
      phone: '+17735550601',
      language: 'en',
      opening: "hey the boiler stopped working and the thermostat says 48 and i've got a six week old here",
      gives: ['problem'],
      lines: {
        name: 'dana whitfield',
        address: '2214 west cortland street',
        time: 'whenever someone can get here',
        yes: 'yes',
      },
      accepts: slot(['2026-01-14'], ...OPEN),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-01-14'], ...OPEN)),
  },
  {
    id: 'qa5-es-calefaccion-descompuesta-nina-dos-meses',
    kind: 'spanish',
    now: '2026-02-03T22:00', // martes en la noche, cerrado
    caller: {
      phone: '+17735550602',
      language: 'es',
      opening: 'buenas noches se nos descompuso la calefacción y está helando, tengo una niña de dos meses',
      gives: ['problem'],
      lines: {
        name: 'me llamo rosa elena vargas',
        address: 'vivo en 3350 west 26th street',
        time: 'lo más pronto posible',
        yes: 'sip',
      },
      accepts: slot(['2026-02-04'], ...OPEN),
      wantsTransfer: true,
    },
    expect: [...emergencyHandled(slot(['2026-02-04'], ...OPEN)), { kind: 'spanish' }],
  },
  {
    id: 'qa5-furnace-out-91-year-old-father',
    kind: 'emergency',
    now: '2026-12-19T16:30', // Saturday afternoon, closed
    caller: {
      phone: '+17735550603',
      language: 'en',
      opening: 'my 91 year old father lives with us and the furnace conked out, it is down to 55 inside',
      gives: ['problem'],
      lines: {
        name: 'tom brennan',
        address: '5127 north lincoln avenue',
        time: 'right away if you can',
        yes: 'yes',
      },
      accepts: slot(['2026-12-21'], ...OPEN),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot(['2026-12-21'], ...OPEN)),
  },
  {
    id: 'qa5-heat-not-working-warm-house-routine',
    kind: 'cooperative',
    now: '2026-10-12T10:00', // Monday, open
    caller: {
      phone: '+17735550604',
      language: 'en',
      opening: "the heat's not working in the upstairs bedroom, it's still 68 in here so no big rush",
      gives: ['problem'],
      lines: {
        name: 'nina castillo',
        address: '1840 west berteau avenue',
        time: 'thursday morning',
        yes: 'k',
      },
    },
    expect: [...booked(slot('2026-10-15', '08:00', '12:00')), { kind: 'no_transfer' }],
  },
];
