import { rx } from './re.js';

// The caller takes the visit back before it is booked: "you know what, never mind, my son-in-law
// can fix it, so don't book anything". Said outright, it stands whatever else the turn carries; a
// bare "never mind" or "forget it" only counts when nothing new (a time, a name, an address) comes
// with it, because "never mind, it's 1428 not 1482" corrects rather than withdraws.

const ENDS = String.raw`(?=\s*(?:$|,|thanks|thank you|then|yet|for now|right now|please|after all|i'll|i will|we'll|ok|okay|bye|i'm|i am|just|out\b))`;

const OUTRIGHT = rx(
  [
    String.raw`\b(?:do ?n'?t|do not|no need to)\s+(?:book|schedule|send)\s+(?:anything|anyone|anybody|nobody|it|that|a visit|someone|somebody)${ENDS}`,
    String.raw`\b(?:do ?n'?t|do not)\s+(?:need|want)\s+(?:anyone|anybody|someone|somebody|a visit|an appointment)(?:\s+to come(?:\s+out)?)?${ENDS}`,
    String.raw`\b(?:i|we|he|she|they|my \w+(?: in law)?)\s+(?:can|will|'ll|is going to|are going to|gonna)\s+(?:fix|handle|do)\s+it\s+(?:my|him|her|our|them)sel(?:f|ves)\b`,
    String.raw`\bno (?:me )?(?:agende|agendes|reserve|programe|mande|manden|env[ií]e)\w*\s+(?:nada|a nadie)\b`,
    String.raw`\bno (?:me )?(?:haga|hagan|ponga|pongan|aparte|agende)n? (?:ninguna )?cita\b`,
    String.raw`\bya no (?:lo )?(?:necesito|necesitamos|hace falta|es necesario)\b`,
  ].join('|'),
);

// "I changed my mind, can we do thursday instead" changes the time, so these need nothing new said.
const BARE = rx(
  [
    String.raw`^(?:(?:oh|ah|um|uh|you know what|actually|well|no|wait|sorry)\s+)*(?:never ?mind|forget (?:it|about it)|olv[ií]d(?:elo|alo)|mejor no|d[eé]jelo)\b`,
    String.raw`\b(?:i|we)(?: have| 've|'ve)? changed (?:my|our) minds?\b`,
    String.raw`\bcambi[eé] de (?:idea|opini[oó]n)\b`,
  ].join('|'),
);

export function withdrawsVisit(norm: string, saysSomethingNew: boolean): boolean {
  if (OUTRIGHT.test(norm)) return true;
  return !saysSomethingNew && BARE.test(norm);
}
