import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import type { ClockFacts } from './clock.js';
import { blank, rx } from './re.js';

interface PartRule {
  readonly re: RegExp;
  readonly apply: Partial<Pick<ClockFacts, 'afterFixed' | 'beforeFixed' | 'atFixed' | 'today' | 'plural'>> & {
    partOfDay?: PartOfDay;
  };
}

const MORNING = `(?:morning|(?:por|en|de) la ma[nñ]ana)`;
const AFTERNOON = `(?:afternoon|(?:por|en|de) la tarde)`;
const EVENING = `(?:evening|(?:at|in the) night|(?:por|en|de) la noche)`;
const r = (source: string, apply: PartRule['apply']): PartRule => ({ re: rx(source, 'g'), apply });

// Ordered: specific phrases first; each match is blanked so "late morning" is not read twice.
const PART_RULES: readonly PartRule[] = [
  r(String.raw`\b(?:after lunch(?:time)?|despu[eé]s de(?:l)? (?:la )?(?:comida|almuerzo))\b`, {
    partOfDay: 'afternoon',
    afterFixed: '13:00',
  }),
  r(String.raw`\b(?:before lunch(?:time)?|antes de(?:l)? (?:la )?(?:comida|almuerzo))\b`, {
    beforeFixed: '12:00',
  }),
  r(String.raw`\b(?:(?:around|at|about) )?(?:lunch ?time|lunch|noon|midday|(?:al )?mediod[ií]a)\b`, {
    atFixed: '12:00',
  }),
  r(String.raw`\b(?:first thing(?: in the morning)?|early (?:in the )?morning|(?:muy )?temprano)\b`, {
    partOfDay: 'morning',
    beforeFixed: '10:00',
  }),
  r(String.raw`\blate (?:in the )?morning\b`, { partOfDay: 'morning', afterFixed: '10:00' }),
  r(String.raw`\bearly (?:in the )?afternoon\b`, { partOfDay: 'afternoon', beforeFixed: '15:00' }),
  r(String.raw`\b(?:late (?:in the )?afternoon|end of the day)\b`, {
    partOfDay: 'afternoon',
    afterFixed: '15:00',
  }),
  r(String.raw`\b(?:this morning|esta ma[nñ]ana)\b`, { partOfDay: 'morning', today: true }),
  r(String.raw`\b(?:this afternoon|esta tarde)\b`, { partOfDay: 'afternoon', today: true }),
  r(String.raw`\b(?:tonight|this evening|esta noche)\b`, { partOfDay: 'evening', today: true }),
  r(
    String.raw`\b(?:any |every |weekday |in the )?mornings\b|\bany morning\b|\blas ma[nñ]anas\b|\b(?:cualquier|una|otra) ma[nñ]ana\b`,
    {
      partOfDay: 'morning',
      plural: true,
    },
  ),
  r(
    String.raw`\b(?:any |every |weekday |in the )?afternoons\b|\bany afternoon\b|\blas tardes\b|\b(?:cualquier|una|otra) tarde\b`,
    {
      partOfDay: 'afternoon',
      plural: true,
    },
  ),
  r(String.raw`\b(?:any |every |weekday |in the )?evenings\b|\bany evening\b|\blas noches\b`, {
    partOfDay: 'evening',
    plural: true,
  }),
  r(String.raw`\b(?:in the )?${MORNING}\b`, { partOfDay: 'morning' }),
  r(String.raw`\b(?:in the )?${AFTERNOON}\b`, { partOfDay: 'afternoon' }),
  r(String.raw`\b(?:in the )?${EVENING}\b`, { partOfDay: 'evening' }),
];

/** Reads parts of the day ("tomorrow morning", "after lunch", "por la tarde") into the facts. */
export function parsePartOfDay(text: string, facts: ClockFacts): { rest: string; matched: string[] } {
  const matched: string[] = [];
  let rest = text;
  for (const { re, apply } of PART_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      for (const [key, value] of Object.entries(apply)) {
        const k = key as keyof typeof apply;
        if (facts[k] === undefined) Object.assign(facts, { [k]: value });
      }
      matched.push(m[0].trim());
      rest = blank(rest, m.index, m[0].length);
    }
  }
  return { rest, matched };
}
