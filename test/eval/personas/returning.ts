import type { Persona } from '../types.js';
import { MORNING, slot } from './defaults.js';

// Returning customers (seeded through the CRM API, calling from the phone on file) who cancel or
// move a job. The right appointment must change and any other one must stay as it was.

export const returning: Persona[] = [
  {
    id: 'cancel-thursday-toilet',
    kind: 'cancel',
    now: '2026-03-16T18:00', // Monday evening
    seed: {
      customer: { name: 'Rosa Delgado', address: '2117 North Kedvale Avenue' },
      appointments: [
        { start: '2026-03-19T11:00', service_type: 'Toilet repair', description: 'toilet rocks' },
      ],
    },
    caller: {
      phone: '+17735550181',
      language: 'en',
      opening: 'hi um i need to cancel my appointment for thursday',
      lines: {
        name: 'rosa delgado',
        address: '2117 north kedvale avenue',
        yes: 'yes cancel it please',
        reason: 'my brother in law fixed it already',
        otherwise: 'i just want to cancel the one on thursday',
      },
    },
    expect: [{ kind: 'cancelled', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'cancel-the-friday-one-of-two',
    kind: 'cancel',
    now: '2026-04-20T12:00', // Monday, open
    seed: {
      customer: { name: 'Ben Carter', address: '4711 North Malden Street' },
      appointments: [
        {
          start: '2026-04-22T09:00',
          service_type: 'Drain cleaning',
          description: 'basement floor drain slow',
        },
        { start: '2026-04-24T14:00', service_type: 'Water heater repair', description: 'pilot light out' },
      ],
    },
    caller: {
      phone: '+17735550182',
      language: 'en',
      opening: 'yeah hi this is ben carter i gotta cancel the water heater appointment on friday',
      gives: ['name'],
      lines: {
        name: 'ben carter',
        address: '4711 north malden street',
        yes: 'yeah that one',
        no: 'no not that one the friday one',
        reason: 'the pilot light came back on',
        otherwise: 'i just need to cancel the water heater one on friday',
      },
    },
    expect: [{ kind: 'cancelled', seed: 1 }, { kind: 'unchanged', seed: 0 }, { kind: 'no_booking' }],
  },
  {
    id: 'reschedule-to-friday-same-time',
    kind: 'reschedule',
    now: '2026-05-05T10:00', // Tuesday, open
    seed: {
      customer: { name: 'Dana Whitfield', address: '1408 West Granville Avenue' },
      appointments: [
        { start: '2026-05-07T10:00', service_type: 'Leak repair', description: 'drip under the tub' },
      ],
    },
    caller: {
      phone: '+17735550183',
      language: 'en',
      opening:
        'hi this is dana whitfield i have an appointment on thursday can we push it to friday same time',
      gives: ['name', 'time'],
      lines: {
        name: 'dana whitfield',
        address: '1408 west granville avenue',
        problem: 'the leak under the tub you guys are already coming out for',
        time: 'friday at 10',
        yes: 'yes perfect',
      },
    },
    expect: [
      { kind: 'moved', seed: 0, window: slot('2026-05-08', '10:00', '10:30') },
      { kind: 'no_transfer' },
    ],
  },
  {
    id: 'reschedule-to-tuesday-morning',
    kind: 'reschedule',
    now: '2026-06-10T16:00', // Wednesday, open
    seed: {
      customer: { name: 'Mike Brennan', address: '3245 North Seminary Avenue' },
      appointments: [
        { start: '2026-06-12T13:00', service_type: 'Drain cleaning', description: 'kitchen drain slow' },
      ],
    },
    caller: {
      phone: '+17735550184',
      language: 'en',
      opening: 'yeah hi i need to move my appointment',
      lines: {
        name: "it's mike brennan",
        address: '3245 north seminary avenue',
        problem: 'the drain cleaning you already have me down for',
        time: 'next tuesday morning',
        yes: 'yeah that works',
      },
    },
    // Said on a Wednesday, "next tuesday" is the coming one to some people and the one after to others.
    expect: [
      { kind: 'moved', seed: 0, window: slot(['2026-06-16', '2026-06-23'], ...MORNING) },
      { kind: 'no_transfer' },
    ],
  },
];
