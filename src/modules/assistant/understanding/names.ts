import { NOT_A_NAME, titleCase } from './lexicon.js';
import { rx } from './re.js';

export interface Extracted {
  value: string;
  /** The words that carried the value, cue included (removed before looking for the problem). */
  span: string;
}

const STRONG_CUE = rx(
  String.raw`\b(?:my name is|my name's|my names|my first name is|the name is|the name's|name's|name is|you can call me|me llamo|mi nombre es|(?:put|book|make) it (?:under|in|for) (?:my (?:wife|husband|son|daughter|mom|mother|dad|father|partner|roommate|tenant|boyfriend|girlfriend)'s name|the name)|(?:a|al) nombre de (?:mi (?:esposa|esposo|hijo|hija|mam[aá]|pap[aá]) )?)\s+`,
  'g',
);
const INTRO_CUE = rx(String.raw`\b(?:this is|le habla|habla)\s+`, 'g');
const WEAK_CUE = rx(String.raw`\b(?:it's|it is|i'm|i am|soy)\s+`, 'g');
// "hey it's sam whitaker the toilet…": right after a greeting, "it's"/"i'm" + first and last name introduces.
const GREETED_CUE = rx(
  String.raw`^(?:(?:hi|hey|hello|yeah|yes|oh|um|uh|good (?:morning|afternoon|evening)|morning|afternoon|evening|hola|buenas|buenos d[ií]as|buenas (?:tardes|noches)|bueno|oiga|mire)\s+)+(?:it's|it is|i'm|i am|soy)\s+`,
  'g',
);
// After "it's"/"i'm"/"soy" the name must be followed by one of these, or end the utterance,
// because "i'm desperate please help" or "it's pretty bad" are not introductions.
const STRONG_TERMINATORS = new Set(
  "my i i'm we we're our and calling from here speaking again y mi tengo le de | with not".split(' '),
);
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'van',
  'von',
  'da',
  'der',
  'den',
  'ter',
  'du',
  'di',
  'dos',
  'das',
]);
const WORD = /^\p{L}[\p{L}'-]*$/u;
const MAX_TOKENS = 3;

function looksLikeVerbForm(token: string): boolean {
  if (token.length >= 5 && token.endsWith('ing')) return true;
  return token.length >= 6 && token.endsWith('ed') && !token.endsWith('fred');
}

function isNameToken(token: string): boolean {
  return token.length > 1 && WORD.test(token) && !NOT_A_NAME.has(token) && !token.endsWith("'s");
}

/**
 * Undoes how recognisers split names: "o connor" → "o'connor", and spelled-out letters
 * ("j o h n smith", "smith s m i t h") become one word, dropped when it repeats the word before.
 */
export function joinNameTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token === 'o' && isNameToken(tokens[i + 1] ?? '')) {
      out.push(`o'${tokens[++i]}`);
      continue;
    }
    let j = i;
    while (j < tokens.length && /^\p{L}$/u.test(tokens[j] ?? '')) j += 1;
    if (j - i < 3) {
      out.push(token);
      continue;
    }
    const spelled = tokens.slice(i, j).join('');
    if (out.at(-1) !== spelled) out.push(spelled);
    i = j - 1;
  }
  return out;
}

// How callers spell a name out loud: "siobhan that's s i o b h a n last name keane". The lead-in to
// the letters goes (the spelled word then repeats the name and is dropped by joinNameTokens), and so
// does "last name" between the first name and the surname.
const SPELLING_LEAD = rx(
  String.raw`\b(?:that's|that is|it's|spelled|spelt|spelling|se escribe)\s+(?=(?:\p{L}\s+){2,}\p{L}\b)`,
  'g',
);
const NAME_PART = rx(
  String.raw`\b(?:and\s+)?(?:my\s+|the\s+)?(?:last name|surname|family name|first name|apellido)(?:\s+is|'s)?\s+`,
  'g',
);

// "rivera con v", "reid with an e i": a letter said to tell the spelling, after the word it spells.
const LETTER_ASIDE = rx(String.raw`\s+(?:con|with)(?: an?| una?)? \p{L}(?: \p{L})?(?=\s|$)`, 'g');

function withoutSpellingAsides(text: string): string {
  return text
    .replace(SPELLING_LEAD, '')
    .replace(NAME_PART, ' ')
    .replace(LETTER_ASIDE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// What a caller puts before the name when asked for it: who they are ("soy el dueño del edificio",
// "i'm the landlord") or a grudging yes after a question ("¿para qué? bueno, está bien, ramón").
const BEFORE_NAME = rx(
  String.raw`^.*?\b(?:soy (?:el|la) (?:due[ñn][oa]|propietari[oa]|encargad[oa]|administrador(?:a)?)(?: del? (?:la )?(?:edificio|casa|apartamento|propiedad|local|negocio))?|i'm (?:the )?(?:landlord|owner|property manager|building manager|manager)(?: of the (?:building|house|property|place))?|bueno,? est[aá] bien|(?:ok(?:ay)?|alright|all right),? fine)\s+`,
);

/** Collects up to three name words from the start of `tokens` ("josé de la cruz" keeps its particles). */
function takeName(tokens: readonly string[]): string[] {
  const taken: string[] = [];
  let words = 0;
  for (let i = 0; i < tokens.length && words < MAX_TOKENS; i++) {
    const token = tokens[i] ?? '';
    // A particle inside a name ("van", "der") does not count as one of its words.
    if (isNameToken(token) && !(taken.length > 0 && PARTICLES.has(token))) {
      taken.push(token);
      words += 1;
      continue;
    }
    // "de la cruz", "van der berg": two particles before the surname.
    const withLa = token !== 'la' && (tokens[i + 1] === 'la' || (token === 'van' && tokens[i + 1] === 'der'));
    const after = tokens[i + (withLa ? 2 : 1)] ?? '';
    if (taken.length === 0 || !PARTICLES.has(token) || !isNameToken(after)) break;
    taken.push(...(withLa ? [token, tokens[i + 1] ?? ''] : [token]));
    if (withLa) i += 1;
  }
  return taken;
}

/** Whether the name taken from the start of `tokens` ends the utterance or is followed by a word that ends one. */
function endsAName(tokens: readonly string[], name: readonly string[]): boolean {
  const next = tokens[name.length];
  // "it's ellen okafor at 833 north euclid": a house number after "at" starts the address.
  // (or where the address was, once it has been taken out: "at |").
  if (next === 'at' && /^(?:\d|\|)/.test(tokens[name.length + 1] ?? '')) return true;
  return next === undefined || STRONG_TERMINATORS.has(next);
}

function candidateAfter(text: string, cueEnd: number, weak: boolean): string[] | undefined {
  const tokens = joinNameTokens(withoutSpellingAsides(text.slice(cueEnd)).split(' ').filter(Boolean));
  const name = takeName(tokens);
  if (name.length === 0 || looksLikeVerbForm(name[0] ?? '')) return undefined;
  if (weak && !endsAName(tokens, name)) return undefined;
  return name;
}

function fromCue(text: string, cue: RegExp, weak: boolean, minWords = 1): Extracted | undefined {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const name = candidateAfter(text, m.index + m[0].length, weak);
    if (name && name.length >= minWords) {
      return { value: titleCase(name.join(' ')), span: `${m[0]}${name.join(' ')}`.trim() };
    }
  }
  return undefined;
}

// What a caller says before the name itself: "oh sure pam whitley", "okay so dave", "well it's ana".
const BARE_LEAD = rx(
  String.raw`^(?:(?:yes|yeah|yep|sure|ok|okay|alright|all right|oh|well|so|hi|hello|sí|si|claro|bueno|it's|its|es|soy|the name is|name)\s+)+`,
);
const BARE_TRAIL = rx(String.raw`(?:\s+(?:thanks|thank you|please|gracias|por favor|here|speaking))+$`);

/**
 * A bare answer to "what's your name?": 1–4 name-like words, alone or followed by a word that ends a
 * name after a cue ("dave kowalczyk and my cell is…"). Anything else after them ("pam whitley is who
 * you want") makes the words something other than a name.
 */
function bareName(text: string): Extracted | undefined {
  const core = withoutSpellingAsides(text).replace(BARE_LEAD, '').replace(BARE_TRAIL, '').trim();
  const tokens = joinNameTokens(core.split(' ').filter((t) => t.length > 0));
  const name = takeName(tokens);
  if (name.length === 0 || name.length > 4 || !endsAName(tokens, name)) return undefined;
  // Only the name is taken out of the text when more follows: the rest may carry the problem.
  const span = name.length === tokens.length ? core : name.join(' ');
  return { value: titleCase(name.join(' ')), span };
}

function afterPreamble(text: string): Extracted | undefined {
  const lead = BEFORE_NAME.exec(text)?.[0];
  return lead ? bareName(text.slice(lead.length)) : undefined;
}

/**
 * The caller's name: "this is john smith", "my name is maria garcia", "it's bob", "me llamo josé
 * pérez", or a bare "john smith" when the assistant just asked for it.
 */
export function extractName(text: string, expectingName: boolean): Extracted | undefined {
  return (
    fromCue(text, STRONG_CUE, false) ??
    fromCue(text, INTRO_CUE, false) ??
    fromCue(text, GREETED_CUE, false, 2) ??
    fromCue(text, WEAK_CUE, !expectingName) ??
    (expectingName ? (bareName(text) ?? afterPreamble(text)) : undefined)
  );
}
