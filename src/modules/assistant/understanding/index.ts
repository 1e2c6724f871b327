export { EMERGENCY_THRESHOLD } from './emergency.js';
export { titleCase } from './lexicon.js';
export type {
  EmergencySignal,
  Expecting,
  Intent,
  Language,
  Understanding,
  UnderstandingContext,
} from './types.js';
export { understand } from './understand.js';
