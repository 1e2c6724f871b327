import { wordsToDigits } from './number-words.js';
import { rx, squish } from './re.js';
import { expandTexting } from './texting.js';
import type { Language } from './types.js';

const NOISE = /\[[^\]]*\]|<[^>]*>|\((?![\d\s-]+\))[^)]*\)|\{[^}]*\}|%\w+/g;
const AFFIRM = rx(String.raw`\b(?:uh[- ]?huh|m+[- ]?hm+|mhm+|yeah-?huh)\b`, 'g');
const DENY = rx(String.raw`\b(?:uh-uh|nuh-?uh)\b`, 'g');
// A Map, not an object literal: caller words such as "constructor" must not find Object's members.
const CONTRACTIONS = new Map<string, string>(
  Object.entries({
    im: "i'm",
    ive: "i've",
    dont: "don't",
    doesnt: "doesn't",
    didnt: "didn't",
    cant: "can't",
    wont: "won't",
    isnt: "isn't",
    arent: "aren't",
    wasnt: "wasn't",
    thats: "that's",
    whats: "what's",
    theres: "there's",
    its: "it's",
    youre: "you're",
    theyre: "they're",
    lets: "let's",
    couldnt: "couldn't",
    wouldnt: "wouldn't",
    havent: "haven't",
    hasnt: "hasn't",
  }),
);

// Compiled once at load (they were rebuilt on every call, a measurable share of each turn). All are
// global and only used with String.replace, which starts from lastIndex 0 and leaves it there.
const DOTTED_AM_PM = rx(String.raw`\b([ap])\.\s?m\b\.?`, 'g');
// "10ish", "2pm-ish", "3 ish": about that time.
const TEXT_ISH = rx(String.raw`\b(\d{1,2}(?::\d\d)?(?:\s?[ap]m)?)\s?-?ish\b`, 'g');

/**
 * Cleans recogniser output: lower case, no bracketed noise tags, no punctuation except what
 * carries meaning ("3:30", "3/10", "i'm"), and "a.m."/"uh-huh" spelled one way.
 */
export function cleanTranscript(text: string): string {
  let t = text.normalize('NFC').toLowerCase().replace(NOISE, ' ');
  t = t.replace(/[’‘`´]/g, "'").replace(/[“”"«»]/g, ' ');
  t = t.replace(DOTTED_AM_PM, '$1m');
  t = t.replace(/(\d),(\d{3})(?!\d)/g, '$1$2').replace(/(\d{1,2})\.(\d{2})(?!\d)/g, '$1:$2');
  t = t.replace(AFFIRM, ' yes ').replace(DENY, ' no ');
  t = t
    .replace(/&/g, ' and ')
    .replace(/#\s?(?=\d)/g, ' number ')
    .replace(/@\s?(?=\d)/g, ' at ');
  t = t.replace(TEXT_ISH, 'around $1 ');
  t = t.replace(/\b(\d{1,2}(?::\d\d)?(?:am|pm)?)\s?-\s?(\d{1,2}(?::\d\d)?(?:am|pm)?)\b/g, '$1 to $2');
  t = t.replace(/[^\p{L}\p{N}':/+ ]+/gu, ' ');
  t = t.replace(/\+(?!\d)/g, ' ').replace(/(?<!\d)[:/]|[:/](?!\d)/g, ' ');
  t = t.replace(/(?<!\p{L})'|'(?!\p{L})/gu, ' ');
  const tokens = squish(t)
    .split(' ')
    .map((w) => CONTRACTIONS.get(w) ?? w);
  return expandTexting(tokens).join(' ');
}

const FILLERS = rx(
  String.raw`\b(?:u+m+|u+h+m*|e+r+m+|err?|a+h+|h+m+|m{2,}|e+h+m?|you know|pues|basically|literally)\b`,
  'g',
);
const LIKE_KEEPERS = new Set(
  "i we you they would i'd we'd you'd they'd don't do does didn't look looks looked sound sounds seem seems feel feels smell smells smelling something just really".split(
    ' ',
  ),
);
const ESTE_KEEPERS = new Set(
  'lunes martes miércoles miercoles jueves viernes sábado sabado domingo fin mes año número numero'.split(
    ' ',
  ),
);

function dropContextualFillers(tokens: string[]): string[] {
  return tokens.filter((token, i) => {
    if (token === 'like') return LIKE_KEEPERS.has(tokens[i - 1] ?? '');
    if (token === 'este') return ESTE_KEEPERS.has(tokens[i + 1] ?? '');
    return true;
  });
}

const CLOCK_CUES = String.raw`(?:^|\b(?:at|around|about|by|after|before|between|until|till|to|and|from|like|say|maybe|or|it|that|is|las|la)\s)`;
const CLOCK_FOLLOW = String.raw`(?=\s?(?:am|pm)\b|$|\s(?:in the|this|tonight|tomorrow|today|on|works|would|is|o'clock|de la|por la)\b)`;
const O_CLOCK = rx(String.raw`\b(\d{1,2}) (?:o'clock|oclock|o clock|en punto)\b`, 'g');
const SPACED_AM_PM = rx(String.raw`\b(\d{1,2}(?::\d{2})?) ?([ap]) ?m\b`, 'g');
const PAST_HOUR = rx(String.raw`\b(?:(half)|(?:a )?quarter) (?:past|after) (\d{1,2})\b`, 'g');
const QUARTER_TO = rx(String.raw`\b(?:a )?quarter (?:to|till|til|of|before) (\d{1,2})\b`, 'g');
const Y_MEDIA = rx(String.raw`\b(\d{1,2}) y (media|cuarto)\b`, 'g');
const MENOS_CUARTO = rx(String.raw`\b(\d{1,2}) menos cuarto\b`, 'g');
const LAS_Y_MINUTES = rx(String.raw`(?<!(?:entre|desde|de) )\b(las?) (\d{1,2}) y ([1-5][05])\b`, 'g');
const HOUR_MINUTE = rx(
  String.raw`${CLOCK_CUES}(1[0-2]|[1-9]) (?:0 ([1-9])|([0-5]\d))(am|pm)?\b${CLOCK_FOLLOW}`,
  'g',
);
const DOUBLE_DIGIT = rx(String.raw`\bdouble (\d)\b`, 'g');
const TRIPLE_DIGIT = rx(String.raw`\btriple (\d)\b`, 'g');
// Single letters other than "i" are left alone: "a n n a" spells a name.
const REPEATED_WORD = rx(String.raw`\b(\p{L}{2,}|i)(?: \1\b)+`, 'g');
// "my name is dorothy hale dorothy hale": a phrase of two to four words said twice (or more) in a row.
// Words of letters only, so digits are never merged ("15 15" is 1515, "5 5 5 5" part of a phone number).
const REPEATED_PHRASE = rx(
  String.raw`(?<![\p{L}'])(\p{L}[\p{L}']*(?: \p{L}[\p{L}']*){1,3})(?: \1(?![\p{L}']))+`,
  'g',
);

/**
 * Says each repeated word or phrase once, the way a listener hears "the the" or a name said twice.
 * A run of single letters is left alone: "b o b o" spells a name.
 */
function collapseRepeats(text: string): string {
  const once = text.replace(REPEATED_PHRASE, (whole: string, phrase: string) =>
    /\p{L}{2}/u.test(phrase) ? phrase : whole,
  );
  return once.replace(REPEATED_WORD, '$1');
}

function composeClockTimes(text: string): string {
  let t = text;
  t = t.replace(O_CLOCK, '$1:00');
  t = t.replace(SPACED_AM_PM, '$1$2m');
  t = t.replace(PAST_HOUR, (_m, half, h) => (half ? `${h}:30` : `${h}:15`));
  t = t.replace(QUARTER_TO, (_m, h) => `${Number(h) === 1 ? 12 : Number(h) - 1}:45`);
  t = t.replace(Y_MEDIA, (_m, h, part) => (part === 'media' ? `${h}:30` : `${h}:15`));
  t = t.replace(MENOS_CUARTO, (_m, h) => `${Number(h) === 1 ? 12 : Number(h) - 1}:45`);
  t = t.replace(LAS_Y_MINUTES, '$1 $2:$3');
  return t.replace(HOUR_MINUTE, (match: string, h: string, oh?: string, mm?: string, ampm?: string) => {
    const prefix = match.slice(0, match.indexOf(`${h} `));
    return `${prefix}${h}:${oh ? `0${oh}` : mm}${ampm ?? ''}`;
  });
}

/**
 * Removes fillers and turns spoken numbers into digits. Expects `cleanTranscript` output.
 * "uh three thirty" → "3:30", "ten a m" → "10am", "fourteen twenty elm" → "14 20 elm".
 */
export function normalizeTranscript(cleaned: string, lang: Language): string {
  const withoutFillers = squish(cleaned.replace(FILLERS, ' '));
  const tokens = dropContextualFillers(withoutFillers.split(' ').filter(Boolean));
  let t = wordsToDigits(tokens, lang).join(' ');
  // Every digit and clock rewrite needs a digit, and most turns have none.
  if (/\d/.test(t)) t = composeClockTimes(t.replace(DOUBLE_DIGIT, '$1 $1').replace(TRIPLE_DIGIT, '$1 $1 $1'));
  return squish(collapseRepeats(t));
}

/** Full normalisation in one call (language defaults to English number words). */
export function normalize(text: string, lang: Language = 'en'): string {
  return normalizeTranscript(cleanTranscript(text), lang);
}
