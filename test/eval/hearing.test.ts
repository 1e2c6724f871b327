import { describe, expect, it } from 'vitest';
import { hear } from './hearing.js';
import { spokenSlots } from './spoken-slots.js';

// The simulated caller's ears: what it hears in a reply decides what it says, so it is tested too.

const NOW = new Date('2026-03-03T01:00:00Z'); // Monday 2026-03-02 19:00 in Chicago
const slots = (reply: string) => spokenSlots(reply, NOW, 'America/Chicago');

describe('spokenSlots', () => {
  it.each([
    [
      'I can book you tomorrow at 8 AM at 2716 North Mozart Street. Shall I book that?',
      [{ date: '2026-03-03', time: '08:00' }],
    ],
    [
      'I have Thursday, March 12th at noon or 2 PM. Which works better?',
      [
        { date: '2026-03-12', time: '12:00' },
        { date: '2026-03-12', time: '14:00' },
      ],
    ],
    ['I see your appointment Friday at 1:30 PM.', [{ date: '2026-03-06', time: '13:30' }]],
    [
      'Tengo el miércoles 4 de marzo a las 8 de la mañana o a la 1 de la tarde. ¿Cuál le conviene más?',
      [
        { date: '2026-03-04', time: '08:00' },
        { date: '2026-03-04', time: '13:00' },
      ],
    ],
    [
      'Le puedo agendar mañana a las 12 del mediodía. ¿Se lo reservo?',
      [{ date: '2026-03-03', time: '12:00' }],
    ],
    ['What day works? For example, the day after tomorrow.', [{ date: '2026-03-04' }]],
    ["What's the address, like 1420 Elm Street?", []],
  ])('%s', (reply, expected) => {
    expect(slots(reply)).toEqual(expected);
  });
});

describe('hear', () => {
  const heard = (reply: string) => hear(reply, slots(reply).length);
  it.each([
    ["I'm sorry to hear that. Can I get your name, please?", 'name'],
    ["Thanks, Ana. What's the address where you need the work done?", 'address'],
    ["What's going on, or what do you need done?", 'problem'],
    ['When would you like someone to come out?', 'time'],
    ['I see your appointment Friday at 1 PM. When would you like to move it to?', 'time'],
    ['What day and time works for you? For example, tomorrow morning, or Friday afternoon.', 'time'],
    ['I have tomorrow at 8 AM or 10 AM. Which works better?', 'options'],
    ['I can move your appointment from Friday at 1 PM to Monday at 9 AM. Shall I do that?', 'offer'],
    ['I see your appointment Thursday at 11 AM. Do you want me to cancel it?', 'offer'],
    ["You're all set for tomorrow at 8 AM. Is there anything else I can help with?", 'anything_else'],
    ['Yes, we do water heater repair. Would you like me to set up a visit?', 'book_visit'],
    ['¿Me da su nombre, por favor?', 'name'],
    ["Sorry, I didn't catch that. Sorry, what name should I put on the appointment?", 'name'],
    ['Perdón, ¿a nombre de quién pongo la cita?', 'name'],
    ['Le puedo agendar mañana a las 9 de la mañana en 12 Main Street. ¿Se lo reservo?', 'offer'],
    ['Are you still there? How can I help you today?', 'problem'],
  ])('%s → %s', (reply, ask) => {
    expect(heard(reply)).toBe(ask);
  });
});
