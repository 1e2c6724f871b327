import type { Expecting } from '../understanding/index.js';
import type { Pending, SessionState } from './state.js';
import type { BusinessFacts } from './types.js';

const EXPECTING: Record<Pending, Expecting | null> = {
  open: null,
  problem: 'problem',
  time: 'time',
  name: 'name',
  address: 'address',
  phone: 'phone',
  confirm_area: 'confirm',
  pick_slot: 'choice',
  confirm_booking: 'confirm',
  confirm_reschedule: 'confirm',
  confirm_cancel: 'confirm',
  offer_booking: 'confirm',
  anything_else: 'confirm',
};

/** What the assistant just asked, so understanding can read bare answers ("john smith", "the second one"). */
export function expectingOf(state: SessionState): Expecting | null {
  return state.pending ? EXPECTING[state.pending] : null;
}

const YES_NO: Record<'en' | 'es', string[]> = { en: ['yes', 'no'], es: ['sí', 'no'] };
const TIMES: Record<'en' | 'es', string[]> = {
  en: [
    'today',
    'tomorrow',
    'morning',
    'afternoon',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ],
  es: [
    'hoy',
    'mañana',
    'en la mañana',
    'en la tarde',
    'lunes',
    'martes',
    'miércoles',
    'jueves',
    'viernes',
    'sábado',
  ],
};

/** Speech-recognition hints for the answer we expect next. */
export function hintsFor(state: SessionState, facts: BusinessFacts): string[] {
  const lang = state.language;
  switch (expectingOf(state)) {
    case 'confirm':
      return YES_NO[lang];
    case 'time':
      return TIMES[lang];
    case 'choice':
      return [
        ...YES_NO[lang],
        lang === 'es' ? 'la primera' : 'the first one',
        lang === 'es' ? 'la segunda' : 'the second one',
      ];
    case 'problem':
      return facts.services.map((service) => service.name);
    default:
      return [];
  }
}
