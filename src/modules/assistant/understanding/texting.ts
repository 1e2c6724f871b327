// Texters write differently from how callers speak ("tmrw b4 noon pls", "r u open sat"). The
// shorthand is spelled out here, token by token, into the words the understanding rules know, so
// texts and calls share one set of rules.

// Texting shorthand that means one thing wherever it stands, spelled the way the rules expect it.
// A Map, not an object literal, so words like "constructor" find nothing. Left out on purpose:
// "apt" (apartment), "ty" (a name), "k" (a spelled letter), "eve" (a name), "st"/"dr" (street or
// saint, drive or doctor).
const TEXTING = new Map<string, string>(
  Object.entries({
    tmr: 'tomorrow',
    tmrw: 'tomorrow',
    tmrow: 'tomorrow',
    tmmrw: 'tomorrow',
    tmro: 'tomorrow',
    '2moro': 'tomorrow',
    '2morro': 'tomorrow',
    '2morrow': 'tomorrow',
    '2mrw': 'tomorrow',
    '2mro': 'tomorrow',
    tomoro: 'tomorrow',
    tomorow: 'tomorrow',
    tommorow: 'tomorrow',
    tommorrow: 'tomorrow',
    '2day': 'today',
    '2nite': 'tonight',
    '2night': 'tonight',
    tonite: 'tonight',
    pls: 'please',
    plz: 'please',
    plse: 'please',
    thx: 'thanks',
    thnx: 'thanks',
    thanx: 'thanks',
    tysm: 'thank you so much',
    appt: 'appointment',
    appts: 'appointments',
    b4: 'before',
    nxt: 'next',
    wk: 'week',
    wks: 'weeks',
    wknd: 'weekend',
    wkend: 'weekend',
    hr: 'hour',
    hrs: 'hours',
    mins: 'minutes',
    rn: 'right now',
    nvm: 'never mind',
    l8r: 'later',
    kk: 'ok',
    mon: 'monday',
    tue: 'tuesday',
    thu: 'thursday',
    thur: 'thursday',
    fri: 'friday',
    aftn: 'afternoon',
  }),
);
// "sat" and "sun" are also a verb and a noun ("it sat there", "the sun room"): a day only beside a day cue.
const DAY_BEFORE = new Set(
  'on this next or and by till til until before after open free come from to through thru either available avail monday tuesday wednesday thursday friday saturday sunday mon tue tues thu thur thurs fri sat sun wed weds'.split(
    ' ',
  ),
);
const DAY_AFTER = new Set('morning afternoon aft aftn evening night am pm or'.split(' '));
const SAT_SUN = new Map([
  ['sat', 'saturday'],
  ['sun', 'sunday'],
]);
// "wed like to book" is "we'd" with the apostrophe dropped; otherwise "wed" is wednesday.
const WE_WOULD_NEXT = new Set(
  'like love need prefer be want rather have appreciate also really just'.split(' '),
);
// "r u", "ur": texting words, unless they are letters in a spelled run ("b r u c e", "j r smith").
const TEXT_PRONOUNS = new Map([
  ['u', 'you'],
  ['r', 'are'],
  ['ur', 'your'],
]);
// Spanish "u" is "or" before an o sound: "siete u ocho", "uno u otro".
const SPANISH_U_NEXT = new Set('ocho once otro otra otros otras hoy hora horas hombre oeste'.split(' '));
const isSpelledLetter = (w: string) => /^\p{L}$/u.test(w) && w !== 'a' && w !== 'i' && !TEXT_PRONOUNS.has(w);

const startsWithDigit = (w: string | undefined) => w !== undefined && /^\d/.test(w);

function satOrSun(day: string, word: string, prev: string | undefined, next: string | undefined): string {
  const cued = (prev !== undefined && DAY_BEFORE.has(prev)) || (next !== undefined && DAY_AFTER.has(next));
  const alone = prev === undefined && (next === undefined || startsWithDigit(next));
  return cued || alone ? day : word;
}

/** True when the token at `i` sits in a run of single letters that spells something. */
function inSpelledRun(tokens: string[], i: number): boolean {
  const letter = (t: string | undefined) => t !== undefined && /^\p{L}$/u.test(t);
  let a = i;
  let b = i;
  while (letter(tokens[a - 1])) a--;
  while (letter(tokens[b + 1])) b++;
  return tokens.slice(a, b + 1).some(isSpelledLetter);
}

function expandTextingToken(tokens: string[], i: number): string {
  const w = tokens[i] ?? '';
  const fixed = TEXTING.get(w);
  if (fixed !== undefined) return fixed;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const day = SAT_SUN.get(w);
  if (day !== undefined) return satOrSun(day, w, prev, next);
  if (w === 'wed') return next !== undefined && WE_WOULD_NEXT.has(next) ? "we'd" : 'wednesday';
  // "aft 3" is after three; "tmrw aft" is the afternoon.
  if (w === 'aft') return startsWithDigit(next) ? 'after' : 'afternoon';
  const pronoun = TEXT_PRONOUNS.get(w);
  if (pronoun === undefined) return w;
  if (w === 'u' && next !== undefined && SPANISH_U_NEXT.has(next)) return w;
  return inSpelledRun(tokens, i) ? w : pronoun;
}

/** Spells texting shorthand ("tmrw", "b4", "r u", "sat aft") the way the rules expect it. */
export function expandTexting(tokens: string[]): string[] {
  return tokens.map((_w, i) => expandTextingToken(tokens, i));
}
