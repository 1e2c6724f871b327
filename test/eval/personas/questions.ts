import type { Check, Persona } from '../types.js';

// Callers with a question only: the answer comes from the tenant's settings, then a polite close,
// and nothing gets booked.

const answered = (what: string, pattern: RegExp): Check[] => [
  { kind: 'said', what, pattern },
  { kind: 'no_booking' },
  { kind: 'closed' },
];

export const questions: Persona[] = [
  {
    id: 'question-open-on-saturdays',
    kind: 'question',
    now: '2026-03-12T16:00', // Thursday, open
    caller: { phone: '+17735550191', language: 'en' },
    script: ['hey are you guys open on saturdays', 'okay cool thanks bye'],
    expect: answered(
      'Saturday hours 9 to 1',
      /\b(9|nine)(:00)?\s*(am|a\.m\.)?\s*(to|until|till|-|–)\s*(1|one)(:00)?\s*(pm|p\.m\.)?/i,
    ),
  },
  {
    id: 'question-closing-time-today',
    kind: 'question',
    now: '2026-06-02T15:10', // Tuesday, open
    caller: { phone: '+17735550192', language: 'en' },
    script: ['hi what time do you guys close today', "alright that's all i needed thank you"],
    expect: answered(
      'closes at 5 pm',
      /\b(to|until|till|close at|closes at)\s*(5|five)(:00)?\s*(pm|p\.m\.)/i,
    ),
  },
  {
    id: 'question-do-you-fix-water-heaters',
    kind: 'question',
    now: '2026-04-21T09:30', // Tuesday, open
    caller: { phone: '+17735550193', language: 'en' },
    script: [
      'um do you guys work on water heaters',
      "no not right now i'll call back when my husband's home thanks bye",
    ],
    expect: answered('yes, water heater repair', /\b(yes|yeah|we do|we can|we offer)\b.*water heater/i),
  },
  {
    id: 'question-service-area-evanston',
    kind: 'question',
    now: '2026-05-27T13:00', // Wednesday, open
    caller: { phone: '+17735550194', language: 'en' },
    script: ['hi do you service evanston', 'okay good to know thank you bye'],
    expect: answered('yes, Evanston is served', /\b(yes|yeah|we do|we serve|we cover)\b.*evanston/i),
  },
  {
    id: 'question-service-area-naperville-not-served',
    kind: 'question',
    now: '2026-09-29T10:45', // Tuesday, open
    caller: { phone: '+17735550195', language: 'en' },
    script: ['hi quick question do you guys come out to naperville', 'oh okay no problem thanks anyway bye'],
    expect: answered(
      'Naperville is not served',
      // A plain no, or the list of places served without claiming Naperville.
      /\b(no|not|don't|outside|unfortunately|sorry)\b|^(?!.*naperville).*\bwe (serve|cover|service)\b/i,
    ),
  },
];
