import { NOT_A_NAME, titleCase } from './lexicon.js';
import type { Extracted } from './names.js';
import { ordinalSuffix } from './number-words.js';
import { rx } from './re.js';
import type { Understanding } from './types.js';

const SUFFIXES = new Set(
  `street st avenue ave av road rd boulevard blvd drive dr lane ln court ct way place pl terrace ter circle cir
  parkway pkwy highway hwy trail trl loop square sq alley row path pike crossing cove plaza expressway broadway`.split(
    /\s+/,
  ),
);
const DIRECTIONS = new Set(
  'north south east west n s e w northeast northwest southeast southwest ne nw se sw'.split(' '),
);
const UNITS = new Set(
  'apartment apt unit suite ste lot building bldg floor room space apartamento apto depto departamento interior unidad piso'.split(
    ' ',
  ),
);
const SPANISH_STREETS = new Set(
  'calle avenida camino paseo bulevar privada carretera callejón cerrada'.split(' '),
);
const CUE_END = rx(
  String.raw`\b(?:i'm|i am|we're|we are|i live|we live|live|located|it's|house is|home is|property is|over|out|come to|send someone to)(?: over)? at$|\baddress(?: is|'s)?$|\b(?:vivo|vivimos|estoy|estamos|queda) en(?: el| la)?$|\bdirecci[oó]n(?: es)?$`,
);
// Two-letter state codes that are not also common words ("in", "me", "or", "hi", "ok" are left out).
const STATES = new Set(
  'al ak az ar ca co ct de dc fl ga ia id il ks ky la ma md mi mn mo ms mt nc nd ne nh nj nm nv ny pa ri sc sd tn tx ut va vt wa wi wv wy'.split(
    ' ',
  ),
);
// Spanish compass words, said after a numbered street ("la 18 oeste") or before it.
const SPANISH_DIRECTIONS = new Map([
  ['norte', 'north'],
  ['sur', 'south'],
  ['este', 'east'],
  ['oriente', 'east'],
  ['oeste', 'west'],
  ['poniente', 'west'],
  ['noroeste', 'northwest'],
  ['noreste', 'northeast'],
  ['suroeste', 'southwest'],
  ['sureste', 'southeast'],
]);
// Where an address ends when no street type, unit or city closes it: the words turn into a time or a
// request ("… 18th street puede venir alguien el viernes", "… kedzie can someone come"). The shared
// NOT_A_NAME list already stops at function words ("and", "y", "because", "mañana").
const ADDRESS_STOP = new Set(
  `someone somebody anyone anybody whenever anytime sometime soon asap tonight puede pueden podría podria podrían
  podrian alguien venir vengan venga mande manden manda pasar porque pero cuando necesito necesitamos quiero
  queremos quisiera tarde tardes noche noches madrugada mediodía mediodia lunes martes miércoles miercoles jueves
  viernes sábado sabado domingo semana hoy ahorita también tambien entonces pasado próximo proximo media cuarto
  gracias favor`.split(/\s+/),
);
const HOUSE_NUMBER = /^\d{1,6}[a-z]?$|^\d{1,2}:\d{2}$/;
const UNIT_VALUE = /^(?:\d{1,5}[a-z]?|[a-z]|\d?[a-z]\d{0,3})$/;
// Lone letters that are words, not a unit's letter: "apartment 4 i think", Spanish "y"/"o" (and/or).
const NOT_UNIT_LETTERS = new Set(['i', 'y', 'o']);

const isStreetWord = (t: string) =>
  /^(?:\p{L}[\p{L}'-]*|\d{1,3}(?:st|nd|rd|th))$/u.test(t) && !NOT_A_NAME.has(t) && !ADDRESS_STOP.has(t);
const isCityWord = (t: string) =>
  /^\p{L}[\p{L}'-]+$/u.test(t) && !NOT_A_NAME.has(t) && !SUFFIXES.has(t) && !ADDRESS_STOP.has(t);
const STREET_NUMBER = /^\d{1,3}$/;
const ORDINAL_STREET = /^\d{1,3}(?:st|nd|rd|th)$/;
const direction = (t: string | undefined) =>
  t === undefined ? undefined : DIRECTIONS.has(t) ? t : SPANISH_DIRECTIONS.get(t);
const ordinal = (n: string) => `${n}${ordinalSuffix(Number(n))}`;

interface Parsed {
  end: number;
  parts: string[];
}

/** House number: "1420", or "14 20" / "1 4 2 0" spoken in pieces. */
function houseNumber(tokens: readonly string[], i: number): Parsed | undefined {
  const digits: string[] = [];
  let j = i;
  while (j < tokens.length && HOUSE_NUMBER.test(tokens[j] ?? '') && digits.join('').length < 6) {
    digits.push((tokens[j] ?? '').replace(':', ''));
    j += 1;
  }
  const number = digits.join('');
  return number.length > 0 && number.length <= 6 ? { end: j, parts: [number] } : undefined;
}

/**
 * A direction after the street type belongs to the street ("penn avenue south in bloomington",
 * "ogden ave nw"). A whole word followed by more words may start the city instead ("south bend").
 */
function postDirectional(tokens: readonly string[], k: number): boolean {
  const word = tokens[k] ?? '';
  if (!DIRECTIONS.has(word)) return false;
  if (word.length <= 2) return true;
  const next = tokens[k + 1];
  return next === undefined || next === 'in' || UNITS.has(next) || /^\d{5}$/.test(next) || !isCityWord(next);
}

const STREET_ARTICLES = new Set(['la', 'el', 'las', 'los', 'del']);

function streetName(tokens: readonly string[], i: number, requireSuffix: boolean): Parsed | undefined {
  let j = i;
  const parts: string[] = [];
  const next = tokens[j + 1] ?? '';
  if (DIRECTIONS.has(tokens[j] ?? '') && (isStreetWord(next) || STREET_ARTICLES.has(next)))
    parts.push(tokens[j++] ?? '');
  const nameStart = j;
  while (j < tokens.length && j - nameStart < 4) {
    const token = tokens[j] ?? '';
    if (SUFFIXES.has(token) && (j > nameStart || token === 'broadway')) {
      const post = postDirectional(tokens, j + 1) ? 1 : 0;
      const street = tokens
        .slice(nameStart, j + 1 + post)
        .map((t, k) => (k > j - nameStart && t.length <= 2 ? t.toUpperCase() : t));
      return { end: j + 1 + post, parts: [...parts, ...street] };
    }
    // "north la brea avenue", "el camino real": a Spanish article inside a street's own name.
    const article = STREET_ARTICLES.has(token) && j === nameStart && isStreetWord(tokens[j + 1] ?? '');
    if (!isStreetWord(token) && !article) break;
    j += 1;
  }
  if (requireSuffix || j === nameStart) return undefined;
  // Without a suffix the street is at most three words; a fourth is the city ("77 prospect park west brooklyn").
  const end = Math.min(j, nameStart + 3);
  return { end, parts: [...parts, ...tokens.slice(nameStart, end)] };
}

/** The unit's number or letter: "4", "3b", or "3 b" (the recogniser splits "3b"; the letter is part of it). */
function unitValue(tokens: readonly string[], k: number): Parsed | undefined {
  const value = tokens[k] ?? '';
  if (!UNIT_VALUE.test(value)) return undefined;
  const letter = tokens[k + 1] ?? '';
  if (/^\d+$/.test(value) && /^[a-z]$/.test(letter) && !NOT_UNIT_LETTERS.has(letter)) {
    return { end: k + 2, parts: [value + letter] };
  }
  return { end: k + 1, parts: [value] };
}

const FLOOR_ORDINALS = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map(
    (word, k) => [word, `${k + 1}${ordinalSuffix(k + 1)}`],
  ),
);

/** "second floor (unit)", "3rd floor": which floor, the way a landlord says it. */
function floorAt(tokens: readonly string[], j: number): Parsed | undefined {
  const word = tokens[j] ?? '';
  const ordinalFloor = FLOOR_ORDINALS.get(word) ?? (ORDINAL_STREET.test(word) ? word : undefined);
  if (!ordinalFloor || tokens[j + 1] !== 'floor') return undefined;
  const end = tokens[j + 2] === 'unit' && !UNIT_VALUE.test(tokens[j + 3] ?? '') ? j + 3 : j + 2;
  return { end, parts: [`${ordinalFloor} Floor`] };
}

function unitAndCity(tokens: readonly string[], i: number): Parsed {
  let j = i;
  const parts: string[] = [];
  const floor = floorAt(tokens, j);
  if (floor) {
    parts.push(...floor.parts);
    j = floor.end;
  }
  if (UNITS.has(tokens[j] ?? '')) {
    const unit = unitValue(tokens, tokens[j + 1] === 'number' ? j + 2 : j + 1);
    if (unit) {
      parts.push(`${titleCase(tokens[j] ?? '')} ${unit.parts.join('').toUpperCase()}`);
      j = unit.end;
    }
  }
  const cityStart = tokens[j] === 'in' || tokens[j] === 'en' ? j + 1 : j;
  let k = cityStart;
  while (k < tokens.length && k - cityStart < 3 && isCityWord(tokens[k] ?? '')) k += 1;
  if (k > cityStart) {
    const city = tokens.slice(cityStart, k).map((t) => (STATES.has(t) ? t.toUpperCase() : titleCase(t)));
    parts.push(`, ${city.join(' ')}`);
    j = k;
  }
  if (/^\d{5}$/.test(tokens[j] ?? '')) parts.push(` ${tokens[j++]}`);
  return { end: j, parts };
}

function format(street: string[], extra: string[]): string {
  const unit = extra.filter((p) => !p.startsWith(',') && !p.startsWith(' '));
  const rest = extra.filter((p) => p.startsWith(',') || p.startsWith(' '));
  return [titleCase(street.join(' ')), ...unit].join(' ') + rest.join('');
}

/** "noroeste 7 avenida", "nw 7th ave": a direction, a numbered street and its type (Miami's grid). */
function directedNumberedStreet(tokens: readonly string[], k: number): Parsed | undefined {
  const after = tokens[k + 2] ?? '';
  if (!direction(tokens[k]) || !(SUFFIXES.has(after) || STREET_TYPE.has(after))) return undefined;
  return numberedStreet(tokens, k, 'street');
}

function englishAt(
  tokens: readonly string[],
  i: number,
  hasCue: boolean,
): { end: number; value: string } | undefined {
  const number = houseNumber(tokens, i);
  if (!number) return undefined;
  const street = directedNumberedStreet(tokens, number.end) ?? streetName(tokens, number.end, !hasCue);
  if (!street) return undefined;
  const tail = unitAndCity(tokens, street.end);
  return { end: tail.end, value: format([...number.parts, ...street.parts], tail.parts) };
}

/**
 * A numbered street said the Spanish way: "18 oeste", "oeste 18", "26th" (after "calle", "de la").
 * Spanish callers say "calle 18" for 18th Street, so it is stored in the English form the rest of the
 * system uses: "West 18th Street", and "18th Street" (not "Calle 18") when no direction is said: the
 * technician looks it up on an English street map.
 */
function numberedStreet(tokens: readonly string[], i: number, type: string): Parsed | undefined {
  let j = i;
  const isNumbered = (t: string | undefined) => STREET_NUMBER.test(t ?? '') || ORDINAL_STREET.test(t ?? '');
  let dir = isNumbered(tokens[j + 1]) ? direction(tokens[j]) : undefined;
  if (dir) j += 1;
  const n = tokens[j] ?? '';
  if (!isNumbered(n)) return undefined;
  j += 1;
  let suffix = type;
  if (SUFFIXES.has(tokens[j] ?? '') && tokens[j] !== 'broadway') suffix = tokens[j++] ?? type;
  else if (STREET_TYPE.has(tokens[j] ?? '')) suffix = STREET_TYPE.get(tokens[j++] ?? '') ?? type;
  const after = direction(tokens[j]);
  if (!dir && after) {
    dir = after;
    j += 1;
  }
  const name = STREET_NUMBER.test(n) ? ordinal(n) : n;
  return { end: j, parts: [...(dir ? [dir] : []), name, suffix] };
}

const STREET_TYPE = new Map([
  ['calle', 'street'],
  ['avenida', 'avenue'],
]);

/** After "calle"/"avenida"/…: "calle 18 oeste" → West 18th Street, "calle roble" → Calle Roble. */
function spanishStreet(tokens: readonly string[], i: number): Parsed | undefined {
  const kind = tokens[i] ?? '';
  const type = STREET_TYPE.get(kind);
  const numbered = type ? numberedStreet(tokens, i + 1, type) : undefined;
  if (numbered) return numbered;
  const name = streetName(tokens, i + 1, false);
  return name && { end: name.end, parts: [kind, ...name.parts] };
}

/** "calle roble 123", "avenida juárez número 45", "calle 18 número 1533" (→ 1533 18th Street). */
function spanishAt(tokens: readonly string[], i: number): { end: number; value: string } | undefined {
  const street = spanishStreet(tokens, i);
  if (!street) return undefined;
  let j = street.end;
  if (['número', 'numero', 'no', 'number'].includes(tokens[j] ?? '')) j += 1;
  const number = houseNumber(tokens, j);
  if (!number) return undefined;
  // A named Spanish street keeps its Spanish order ("Calle Roble 123"); a numbered one is English.
  const numbered = STREET_TYPE.has(tokens[i] ?? '') && street.parts[0] !== tokens[i];
  const words = numbered ? [...number.parts, ...street.parts] : [...street.parts, ...number.parts];
  return { end: number.end, value: titleCase(words.join(' ')) };
}

/**
 * The house number first, Spanish style: "el 2210 de la south laramie avenue", "el 1533 de la 18
 * oeste", "el 1200 de la calle 18", "4127 calle 47 oeste". Without a street type or a direction it needs a cue.
 */
function spanishOrderAt(
  tokens: readonly string[],
  i: number,
  hasCue: boolean,
): { end: number; value: string } | undefined {
  const number = houseNumber(tokens, i);
  if (!number) return undefined;
  let j = number.end;
  // "el 2208 de shaver street": a bare "de" only before a street that says its type.
  const bareDe = tokens[j] === 'de' && tokens[j + 1] !== 'la' && tokens[j + 1] !== 'el';
  if (tokens[j] === 'del' || bareDe) j += 1;
  else if (tokens[j] === 'de' && (tokens[j + 1] === 'la' || tokens[j + 1] === 'el')) j += 2;
  // "número 4127 calle 47 oeste": the number, then the street word itself.
  else if (!SPANISH_STREETS.has(tokens[j] ?? '')) return undefined;
  const start = tokens[j] ?? '';
  const street = bareDe
    ? streetName(tokens, j, true)
    : ((SPANISH_STREETS.has(start) ? spanishStreet(tokens, j) : undefined) ??
      numberedStreet(tokens, j, 'street') ??
      streetName(tokens, j, !hasCue && !DIRECTIONS.has(start)));
  if (!street) return undefined;
  const tail = unitAndCity(tokens, street.end);
  return { end: tail.end, value: format([...number.parts, ...street.parts], tail.parts) };
}

const CORNER_JOIN = new Set(['y', 'and', 'con']);
const CORNER_BEFORE = new Set(['la', 'el', 'the', 'at', 'en', 'of', 'de', 'on', 'esquina', 'corner']);

/**
 * A corner: "en la 26 y pulaski" → "26th St & Pulaski", "the corner of 47th and ashland". One side
 * must be a numbered street (or the caller says "esquina"/"corner"), so "between 2 and 4" is not one.
 */
function cornerAt(
  tokens: readonly string[],
  k: number,
): { start: number; end: number; value: string } | undefined {
  const left = tokens[k - 1] ?? '';
  const named = tokens.includes('esquina') || tokens.includes('corner');
  if (k < 1 || !(k === 1 || CORNER_BEFORE.has(tokens[k - 2] ?? '') || named)) return undefined;
  const isNumbered = (t: string | undefined) => STREET_NUMBER.test(t ?? '') || ORDINAL_STREET.test(t ?? '');
  const side = (t: string) =>
    STREET_NUMBER.test(t) ? `${ordinal(t)} St` : ORDINAL_STREET.test(t) ? `${t} St` : t;
  if (!isNumbered(left) && !isStreetWord(left)) return undefined;
  const right = isNumbered(tokens[k + 1])
    ? { end: k + 2, parts: [side(tokens[k + 1] ?? '')] }
    : streetName(tokens, k + 1, false);
  if (!right) return undefined;
  const numbers = [isNumbered(left), isNumbered(tokens[k + 1])].filter(Boolean).length;
  if (numbers !== 1 && !(named && numbers < 2)) return undefined;
  const value = `${titleCase(side(left))} & ${titleCase(right.parts.join(' '))}`;
  return { start: k - 1, end: right.end, value };
}

function cueBefore(tokens: readonly string[], i: number): number | undefined {
  for (let back = 1; back <= 4 && i - back >= 0; back++) {
    if (CUE_END.test(tokens.slice(i - back, i).join(' '))) return i - back;
  }
  return undefined;
}

/**
 * A street address: "i'm at 1420 elm street", "55 oak avenue apartment 4", "742 evergreen terrace
 * springfield", "mi dirección es 2847 south kedzie avenue", "vivo en calle roble 123". Without a
 * street type ("1420 elm") it needs a cue ("i'm at") or the assistant having asked for it.
 */
// Country addresses with no street number: "rural route 2 box 47, off oak hill road in williston".
const RURAL = rx(
  String.raw`\b(?:rural route|rural rt|r r|rr|route) (?<route>\d{1,3}) (?:po )?(?:box|bx) (?<box>\d{1,5})\b(?<near> (?:off|on|near) (?:\p{L}+ ){1,3}?(?:road|rd|lane|ln|highway|hwy|pike|street|st|drive|dr))?(?: in (?<city>\p{L}+(?: \p{L}+)?))?`,
);

function ruralRoute(text: string): Extracted | undefined {
  const m = RURAL.exec(text);
  if (!m?.groups) return undefined;
  const { route, box, city } = m.groups;
  const place = city && !NOT_A_NAME.has(city.split(' ')[0] ?? '') ? `, ${titleCase(city)}` : '';
  return { value: `Rural Route ${route}, Box ${box}${place}`, span: m[0] };
}

export function extractAddress(text: string, expectingAddress: boolean): Extracted | undefined {
  const rural = ruralRoute(text);
  if (rural) return rural;
  const tokens = text.split(' ').filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const spanish = SPANISH_STREETS.has(token);
    // Only a street word or a house number starts an address: skip the cue search everywhere else.
    if (!spanish && !HOUSE_NUMBER.test(token)) continue;
    const cueStart = cueBefore(tokens, i);
    const hasCue = cueStart !== undefined || expectingAddress;
    const found = spanish
      ? spanishAt(tokens, i)
      : (spanishOrderAt(tokens, i, hasCue) ?? englishAt(tokens, i, hasCue));
    if (found) return { value: found.value, span: tokens.slice(cueStart ?? i, found.end).join(' ') };
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!CORNER_JOIN.has(tokens[k] ?? '')) continue;
    const corner = cornerAt(tokens, k);
    if (!corner) continue;
    const cueStart = cueBefore(tokens, corner.start);
    if (cueStart === undefined && !expectingAddress) continue;
    return { value: corner.value, span: tokens.slice(cueStart ?? corner.start, corner.end).join(' ') };
  }
  return undefined;
}

/** The house number alone, corrected: `replaces` is the number the caller says was wrong, if said. */
export type HouseNumberFix = NonNullable<Understanding['houseNumber']>;

// A house number in one piece or several ("1842", "18 42"), never the tail of a longer run of digits.
const numberIn = (group: string) => String.raw`(?<!\d )\b(?<${group}>\d{1,6}(?: \d{1,6})*[a-z]?)\b(?! \d)`;
// "1842 not 1824", but not a clock time ("at 3 not 4", "3 not 4 pm").
const NUMBER_NOT_NUMBER = rx(
  String.raw`(?<!\b(?:at|around|about|by|after|before|until|till|from|between|to) )${numberIn('value')} not ${numberIn('replaces')}(?! (?:am|pm|a m|p m|o'clock|oclock|in the)\b)`,
);
// "not 1457 it's 1475", "not fourteen fifty seven, it's 1475 west wrightwood".
const NOT_NUMBER_IS = rx(
  String.raw`\bnot ${numberIn('replaces')},? (?:it's|its|it is|but|it should be|should be|the number is) ${numberIn('value')}(?! (?:am|pm|a m|p m|o'clock|oclock|in the)\b)`,
);
// "wait no sorry it's 4481": a number of three or more digits said as a correction is the house.
const CORRECTED_IS = rx(
  String.raw`\b(?:sorry|no|wait|oops|actually|i mean),? (?:it's|its|it is) (?<value>\d{3,6}[a-z]?)\b(?! (?:am|pm|a m|p m|o'clock|oclock|in the|thirty|fifteen|forty)\b)(?!:)`,
);
// "the house number is 1842", "the number's 1842 not 1824", "the address is actually 1842".
const NUMBER_CUE = rx(
  String.raw`\b(?:(?:house|street|building) number|the number|address)(?: is|'s| was| should be)? (?:actually )?${numberIn('value')}(?: not ${numberIn('replaces')})?`,
);

// Spanish: "es el 3451" (three digits or more: "es el 15" is a date), "el número es 3451", "no es el
// 3415 es el 3451", "es el 3451 no el 3415".
const ES_NUMBER_IS = rx(
  String.raw`\b(?:es|era) (?:el |en el )?(?<value>\d{3,6}[a-z]?)\b(?! \d| de\b| a\b| y (?:media|cuarto)\b)(?: no (?:es )?(?:el )?${numberIn('replaces')})?`,
);
const ES_NUMBER_CUE = rx(
  String.raw`\bn[uú]mero (?:de la casa )?(?:es|era) (?:el )?${numberIn('value')}(?: no (?:es )?(?:el )?${numberIn('replaces')})?`,
);
const ES_NOT_NUMBER = rx(
  String.raw`\bno es (?:el )?${numberIn('replaces')} (?:es|sino) (?:el )?${numberIn('value')}`,
);
// "3320 three three two zero": the number, then its digits one by one to make it clear.
const NUMBER_SPELLED = rx(String.raw`(?<!\d )\b(?<value>\d{2,6}) (?<spelled>\d(?: \d){1,5})\b(?! \d)`);

/** "18 42" → "1842"; undefined when the pieces make more digits than a house number has (a phone). */
function joinedNumber(pieces: string | undefined): string | undefined {
  const number = pieces?.replaceAll(' ', '');
  return number && /^\d{1,6}[a-z]?$/.test(number) ? number : undefined;
}

/**
 * A correction of the house number alone: "it's 1842 not 1824", "the house number is 1842", "3320
 * three three two zero", "no es el 3415 es el 3451", "no perdón es el 3451". Only
 * the words are read here; whether it changes the address on file is the engine's call, which
 * knows the address and checks that `replaces` is its number.
 */
export function extractHouseNumberFix(text: string): HouseNumberFix | undefined {
  // "3320 3 3 2 0": the number, then its digits one by one.
  const spelled = NUMBER_SPELLED.exec(text)?.groups;
  if (spelled?.value && spelled.spelled?.replaceAll(' ', '') === spelled.value)
    return { value: spelled.value };
  const m =
    NUMBER_CUE.exec(text) ??
    NUMBER_NOT_NUMBER.exec(text) ??
    NOT_NUMBER_IS.exec(text) ??
    CORRECTED_IS.exec(text) ??
    ES_NOT_NUMBER.exec(text) ??
    ES_NUMBER_CUE.exec(text) ??
    ES_NUMBER_IS.exec(text);
  const value = joinedNumber(m?.groups?.value);
  if (!m || !value) return undefined;
  if (m.groups?.replaces === undefined) return { value };
  const replaces = joinedNumber(m.groups.replaces);
  return replaces && replaces !== value ? { value, replaces } : undefined;
}
