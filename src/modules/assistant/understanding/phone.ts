import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Extracted } from './names.js';

// Callers read numbers in groups ("312 555 1234") or digit by digit; a run of 10 digits (11 with a
// leading 1, or more after a "+") is a phone number. Shorter runs are house numbers or times.
const DIGIT_RUN = /(?:\+?\d{1,4}[ ]?)+/g;

/** A phone number spoken or typed anywhere in the utterance, as E.164 (US numbering by default). */
export function extractPhone(text: string): Extracted | undefined {
  for (const m of text.matchAll(DIGIT_RUN)) {
    const raw = m[0].trim();
    const digits = raw.replace(/[^\d+]/g, '');
    const plain = digits.replace('+', '');
    const plausible = digits.startsWith('+')
      ? plain.length >= 8
      : plain.length === 10 || (plain.length === 11 && plain.startsWith('1'));
    if (!plausible) continue;
    const parsed = parsePhoneNumberFromString(digits, 'US');
    if (parsed?.isPossible()) return { value: parsed.number, span: raw };
  }
  return undefined;
}
