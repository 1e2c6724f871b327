import type { Speaker } from '../engine/speak.js';
import type { Language } from '../understanding/index.js';
import { EN, EN_SUMMARY } from './en.js';
import { ES, ES_SUMMARY } from './es.js';
import type { MessageId, MessageParams, Phrasebook, SummaryLabels } from './messages.js';

export type { ClosedTime, HoursGroup, MessageId, MessageParams, Range, SummaryLabels } from './messages.js';

const BOOKS: Record<Language, Phrasebook> = { en: EN, es: ES };
const SUMMARIES: Record<Language, SummaryLabels> = { en: EN_SUMMARY, es: ES_SUMMARY };

/** One sentence the policy decided to say; rendered at the end of the step in the caller's language. */
export type Say = { [K in MessageId]: { id: K; params: MessageParams[K] } }[MessageId];

// A sentence ending in a name that ends in a period ("Demo Plumbing Co.") must not get a second one.
const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/g;

export function render(say: Say, speaker: Speaker): string {
  const phrase = BOOKS[speaker.lang][say.id] as (p: MessageParams[MessageId], f: Speaker) => string;
  return phrase(say.params, speaker).replace(DOUBLED_STOP, '.');
}

export function summaryLabels(lang: Language): SummaryLabels {
  return SUMMARIES[lang];
}
