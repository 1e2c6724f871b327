import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import {
  CLOCK,
  type ClockPoint,
  NOT_A_TIME,
  parsePoint,
  resolvePoint,
  resolveRange,
} from './clock-points.js';
import { blank, rx } from './re.js';

/** What the caller said about the time of day, before the AM/PM rule is applied. */
export interface ClockFacts {
  at?: ClockPoint;
  after?: ClockPoint;
  before?: ClockPoint;
  range?: { start: ClockPoint; end: ClockPoint };
  /** Fixed windows from phrases such as "after lunch" (already HH:MM). */
  afterFixed?: string;
  beforeFixed?: string;
  atFixed?: string;
  partOfDay?: PartOfDay;
  /** "this afternoon", "tonight": the day is today. */
  today?: boolean;
  /** "mornings", "any afternoon": a habit, not one particular day. */
  plural?: boolean;
}

type Slot = 'at' | 'after' | 'before' | 'range';
interface ClockRule {
  readonly re: RegExp;
  readonly slot: Slot;
}

const T = CLOCK;
const ARTICLE = String.raw`(?:las?\s+)?`;
const rule = (source: string, slot: Slot): ClockRule => ({ re: rx(source + NOT_A_TIME, 'g'), slot });

const CLOCK_RULES: readonly ClockRule[] = [
  // When the caller is free: "after my shift ends at 3", "i get off at 4", then "i'm home by 3:30"
  // (the later of the two wins: it is applied last). "By" here starts the window; it does not end it.
  rule(
    String.raw`\b(?:after )?(?:my |the |his |her )?(?:shift|work|class|school)(?: day)? (?:ends|is over|gets out|lets out|finishes|is done|wraps up)\s+(?:at|around|about|by)\s+${T}`,
    'after',
  ),
  rule(
    String.raw`\b(?:i|we|he|she) (?:get|gets|am|'m) off(?: work)?\s+(?:at|around|about|by)\s+${T}`,
    'after',
  ),
  rule(String.raw`\bsalgo (?:del trabajo|de trabajar)\s+(?:a|como a)\s+${ARTICLE}${T}`, 'after'),
  rule(
    String.raw`\b(?:i'm|i am|i'll be|i will be|we're|we are|we'll be|he's|she's|someone's|somebody's|someone will be|somebody will be) (?:home|back(?: home)?|there|available|free|around)\s+(?:by|at|around|after|from)\s+${T}`,
    'after',
  ),
  rule(
    String.raw`\b(?:llego|estoy|estar[eé]) (?:a (?:la )?casa|en (?:la )?casa)\s+(?:a|como a|para)\s+${ARTICLE}${T}`,
    'after',
  ),
  rule(String.raw`\b(?:between|from)\s+${T}\s+(?:and|to|till|until|through)\s+${T}`, 'range'),
  rule(String.raw`\b(?:entre|desde|de)\s+${ARTICLE}${T}\s+(?:y|a|hasta)\s+${ARTICLE}${T}`, 'range'),
  rule(String.raw`${T}\s+(?:to|till|until)\s+${T}`, 'range'),
  rule(String.raw`\b(?:after|later than|no earlier than|from)\s+${T}`, 'after'),
  rule(String.raw`\b(?:despu[eé]s del?|a partir del?|desde)\s+${ARTICLE}${T}`, 'after'),
  rule(String.raw`${T}\s+(?:or later|onwards?|and later|or after)`, 'after'),
  rule(String.raw`\b(?:before|by|no later than|until|till|up to|prior to)\s+${T}`, 'before'),
  rule(String.raw`\b(?:antes del?|hasta)\s+${ARTICLE}${T}`, 'before'),
  rule(String.raw`${T}\s+(?:or earlier|at the latest|or before)`, 'before'),
  rule(
    String.raw`\b(?:at|around|about|approximately|roughly|like|say|maybe|how about|what about|make it|make that|let's say|let's do|close to|near|to)\s+${T}`,
    'at',
  ),
  rule(String.raw`\b(?:a|como a|a eso de|tipo|sobre|para|como|cerca de)\s+las?\s+${T}`, 'at'),
  rule(String.raw`\blas?\s+${T}`, 'at'),
  rule(String.raw`${T}\s?ish\b`, 'at'),
  rule(
    // Not "el 14 en la mañana": after "el" a number is the day of the month.
    String.raw`(?<!\b(?:el|del) )${T}(?=\s+(?:in the (?:morning|afternoon|evening)|tonight|this (?:morning|afternoon|evening)|(?:de|en|por) la (?:ma[nñ]ana|tarde|noche))\b)`,
    'at',
  ),
  rule(String.raw`(?<![\d:/])(\d{1,2}(?::\d{2})?(?:am|pm)|\d{1,2}:\d{2})(?![\p{L}\d:/])`, 'at'),
];

// Every rule holds a CLOCK time, which is digits or one of these words.
const CLOCK_CUE = /\d|noon|midday|mediod|midnight|medianoche/;

// Also how callers pick among offered times: "yeah 9 is fine", "can you do 3 instead".
const BARE_NUMBER = rx(
  String.raw`^(?:(?:yeah|yes|ok|okay|the|let's do|can you do|i'll take|maybe|how about|say|about|around) )*(\d{1,2})(?: (?:o'clock|works|works for me|is good|is fine|please|instead|would work|would be good|would be great|is ok|is okay|sounds good))*$`,
);

function applyRule(slot: Slot, m: RegExpExecArray, facts: ClockFacts): boolean {
  const first = parsePoint(m[1] ?? '');
  if (first === undefined) return false;
  if (slot !== 'range') {
    facts[slot] = first;
    return true;
  }
  const second = parsePoint(m[2] ?? '');
  if (second === undefined) return false;
  facts.range = { start: first, end: second };
  return true;
}

// What a recogniser writes for a number said after "at": "at for in the afternoon", "at too",
// "at ate". Only where a time fits: at the end, or before a part of the day, "o'clock", "or", "if".
const HOMOPHONE = rx(
  String.raw`\b(at|around|about|say|like|by) (for|fore|too|to|ate)(?: (15|30|45))?\b(?=$| (?:in the|this|tomorrow|today|o'clock|or|if|on|please|then|pm|am|p m|a m)\b)`,
  'g',
);
const HOMOPHONE_DIGIT: Readonly<Record<string, string>> = {
  for: '4',
  fore: '4',
  too: '2',
  to: '2',
  ate: '8',
};

function clockHomophones(text: string): string {
  if (!/\b(?:for|fore|too|to|ate)\b/.test(text)) return text;
  HOMOPHONE.lastIndex = 0;
  return text.replace(
    HOMOPHONE,
    (_, cue: string, word: string, minutes?: string) =>
      `${cue} ${HOMOPHONE_DIGIT[word]}${minutes ? `:${minutes}` : ''}`,
  );
}

/**
 * Finds clock expressions ("at 3", "between 1 and 3", "after 2", "antes de las 4") and returns
 * the text with them blanked out, so day rules cannot read "3" as a date.
 */
export function parseClock(
  heard: string,
  bareNumberIsTime: boolean,
): { facts: ClockFacts; rest: string; matched: string[] } {
  const facts: ClockFacts = {};
  const matched: string[] = [];
  const text = clockHomophones(heard);
  // Without a clock time no rule can match, not even a bare number.
  if (!CLOCK_CUE.test(text)) return { facts, rest: text, matched };
  let rest = text;
  for (const { re, slot } of CLOCK_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (!applyRule(slot, m, facts)) continue;
      matched.push(m[0].trim());
      rest = blank(rest, m.index, m[0].length);
    }
  }
  const bare = bareNumberIsTime ? BARE_NUMBER.exec(rest.trim()) : null;
  const bareNumber = bare ? parsePoint(bare[1] ?? '') : undefined;
  if (bare && bareNumber) {
    facts.at = bareNumber;
    matched.push(bare[0]);
    rest = '';
  }
  return { facts, rest, matched };
}

export interface ResolvedClock {
  partOfDay?: PartOfDay;
  after?: string;
  before?: string;
  at?: string;
}

/** Applies the AM/PM rule (with the part of day as a hint) and turns the facts into HH:MM. */
export function resolveClock(facts: ClockFacts): ResolvedClock {
  const out: ResolvedClock = {};
  const pod = facts.partOfDay;
  if (pod) out.partOfDay = pod;
  const after = facts.after ? resolvePoint(facts.after, pod) : facts.afterFixed;
  const before = facts.before ? resolvePoint(facts.before, pod) : facts.beforeFixed;
  if (after) out.after = after;
  if (before) out.before = before;
  if (facts.range) Object.assign(out, resolveRange(facts.range.start, facts.range.end, pod));
  const at = facts.at ? resolvePoint(facts.at, pod) : facts.atFixed;
  if (at) out.at = at;
  return out;
}
