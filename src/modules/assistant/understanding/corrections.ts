import { rx } from './re.js';
import { ANY_WEEKDAY, ES_WEEKDAY } from './weekdays.js';

const VALUE_START = String.raw`(?:make|let's|on|the|it's|its|i|it|at|around|${ANY_WEEKDAY}|tomorrow|today|next|this|morning|afternoon|evening|\d)`;

// Phrases after which the caller gives the value that replaces the one said before.
const LEADING_MARKERS: readonly RegExp[] = [
  rx(String.raw`\bno,? wait\b|\bwait\b|\bhold on\b`, 'g'),
  rx(String.raw`\bi mean\b|\bi meant\b|\bwhat i meant\b`, 'g'),
  rx(String.raw`\bsorry\b(?= (?:no|make|it's|its|i meant|i mean|wait|actually)\b)`, 'g'),
  rx(String.raw`\bmake (?:that|it)\b|\bchange (?:that|it) to\b|\bscratch that\b|\bon second thought\b`, 'g'),
  // Not "rather than": what follows it is the value given up ("thursday rather than tuesday").
  rx(String.raw`\brather\b(?! than\b)|\bcorrection\b|\blet me correct that\b`, 'g'),
  rx(String.raw`(?<=\S\s)\bno\b(?= ${VALUE_START})`, 'g'),
  rx(
    String.raw`\bperd[oó]n\b|\bquiero decir\b|\bo sea\b|\bm[aá]s bien\b|\bespere?\b|\bespera\b|\bcorrijo\b`,
    'g',
  ),
  rx(String.raw`\bc[aá]mbie(?:lo|la)? (?:a|para)\b`, 'g'),
  // "…tomorrow… can you move it to monday the 28th": in a move, the time after "to" is the new one;
  // the day before it names the visit being moved. So in "cancel the monday one and book one for
  // wednesday" the time after the rebooking.
  rx(
    String.raw`\b(?:move|push|switch|bump|reschedule)\b(?: [\p{L}']+){0,3}? (?:to|till|until)\b|\bcancel\b(?: [\p{L}']+){0,4}? (?:and|then) (?:re-?book|book|schedule|set up|make|get) (?:one|another(?: one)?|a new one|a new appointment|it)\b|\bcancelar\b(?: \p{L}+){0,4}? y (?:mejor )?que (?:vengan|venga|pasen)(?: mejor)?\b|\bcancelar\b(?: \p{L}+){0,4}? y (?:mejor )?(?:agendar|apartar|hacer|programar|poner|sacar|pasar|cambiar|mover)(?:la|me)?(?: mejor)?(?: otra| una nueva)?\b|\b(?:p[aá]s(?:e|ar)(?:la|lo)?|mu[eé]va(?:la|lo)|mover(?:la|lo)) (?:para|a)\b`,
    'g',
  ),
  rx(
    String.raw`(?:^|\b(?:no|pues|ay|sí|si|bueno|o|este)\s)mejor\b|\bmejor\b(?= (?:el|la|a|en|por|para|ma[nñ]ana|hoy|pasado|${ES_WEEKDAY})\b)`,
    'g',
  ),
  rx(
    String.raw`(?:^(?:\S+\s)?|\b(?:no|oh|wait|sorry|yeah|yes|well|ok|okay|hmm|so|but)\s)actually\b|\bactually\b(?= (?:no|make|let's|can we|could we)\b)`,
    'g',
  ),
];
// "1842 not 1824": naming the wrong number is itself a correction.
const TRAILING_MARKERS = rx(
  String.raw`\binstead\b|\brather than\b|\bwrong (?:house )?(?:number|address)\b|\bme equivoqu[eé]\b|\bnot \d+[a-z]?$|\bwould be better\b|\bis better\b|\ben vez\b|\bmejor\b|\b\d+[a-z]? not \d|\bnot \d+(?: \d+)*[a-z]?,? (?:it's|its|it is|but) \d`,
);

/** Texts that follow each correction marker, the last marker first ("…no wait make that thursday" → "thursday"). */
export function correctionTails(text: string): string[] {
  const ends: number[] = [];
  for (const re of LEADING_MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) ends.push(m.index + m[0].length);
  }
  return [...new Set(ends)]
    .sort((a, b) => b - a)
    .map((end) => text.slice(end).trim())
    .filter((tail) => tail.length > 0);
}

/**
 * True when the caller is correcting something ("no wait", "actually", "thursday instead", "mejor").
 * `tails` saves finding them again when the caller already has them.
 */
export function hasCorrectionMarker(text: string, tails: readonly string[] = correctionTails(text)): boolean {
  return tails.length > 0 || TRAILING_MARKERS.test(text);
}
