import type { Persona } from '../types.js';
import { booked, emergencyHandled, MORNING, slot } from './defaults.js';

// Callers from the defect hunt who ask the price before booking, or describe an emergency in plain
// words (water through a kitchen ceiling, out of a light fixture, a ceiling starting to sag).

export const edgeFaqEmergency: Persona[] = [
  {
    id: 'edge-asks-the-price-then-books',
    kind: 'question',
    now: '2026-09-24T14:00', // Thursday, open
    caller: {
      phone: '+17735550239',
      language: 'en',
      opening: 'hi um how much do you guys charge to come out and look at a water heater',
      lines: {
        problem: "it's not getting hot enough the water's just lukewarm",
        name: 'ron albrecht',
        address: '6240 north magnolia avenue',
        time: 'monday morning',
      },
    },
    expect: [
      // A receptionist answers the question asked (a price, or how pricing works) before booking.
      {
        kind: 'said',
        what: 'an answer about the price',
        pattern: /\b(price|prices|pricing|cost|costs|charge|charges|fee|estimate|quote)\b/i,
      },
      ...booked(slot('2026-09-28', ...MORNING)),
    ],
  },
  {
    id: 'edge-emergency-in-plain-words',
    kind: 'emergency',
    now: '2026-07-13T09:45', // Monday, open
    tenant: { emergency_keywords: ['burst pipe', 'gas leak', 'no heat'] },
    caller: {
      phone: '+17735550245',
      language: 'en',
      opening:
        "uh hi there's water leaking through my kitchen ceiling it's coming out of the light fixture and the ceiling's starting to sag",
      gives: ['problem'],
      lines: {
        name: 'nadia petrovic',
        address: '3527 north hoyne avenue',
        time: 'as soon as possible',
        safety: 'yeah i turned the breaker off for the kitchen',
      },
      accepts: slot('2026-07-13', '09:45', '17:00'),
      wantsTransfer: true,
    },
    expect: emergencyHandled(slot('2026-07-13', '09:45', '17:00')),
  },
];
