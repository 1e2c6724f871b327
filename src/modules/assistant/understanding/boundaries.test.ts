import { describe, expect, it } from 'vitest';
import { withBoundaries } from './boundaries.js';

// The rewrite must mean exactly what the plain Unicode boundary means: every `\b` as a two-sided
// lookaround over the same letters. Compared match by match on many texts, for patterns of the
// shapes the understanding rules use.

const L = String.raw`[0-9a-z\u00C0-\u024F]`;
const FULL = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;
const reference = (source: string) => new RegExp(source.replaceAll(String.raw`\b`, FULL), 'gu');
const rewritten = (source: string) => new RegExp(withBoundaries(source), 'gu');

const PATTERNS = [
  String.raw`\bsí\b`,
  String.raw`\b(?:next|this) (?:week|month)\b`,
  String.raw`\b(?:i'm|i am|live|located)(?: over)? at$`,
  String.raw`\b(\d{1,2})(?::(\d\d))? ?(am|pm)\b`,
  String.raw`\bmi[eé]rcoles\b`,
  String.raw`\b(?:uh[- ]?huh|m+[- ]?hm+)\b`,
  String.raw`\b(?:no|nope|nah)\b(?! problem)`,
  String.raw`(?<=\s)\bthe\b`,
  String.raw`\b[a-z]+\b`,
  String.raw`\b(?:apt|unit|#)\s?\d+\b`,
  String.raw`\b(?:\w+)\b`,
  String.raw`\b(?:)?leak\b`,
  String.raw`\b(?:a|an)?\s*\b(?:estimate|quote)s?\b`,
  String.raw`\b(\p{L}+)(?: \1\b)+`,
  String.raw`\b-?\d+\b`,
  String.raw`[^a-z]\bat\b`,
];

// Texts around the edges that matter: accents, apostrophes, digits, punctuation, ß and Greek
// letters (outside the boundary's letters), underscores, tabs and the ends of the text.
const TEXTS = [
  'sí claro, el miércoles',
  'si, miercoles? SÍ',
  'next week or this month, nextweek',
  "i'm over at 88 birch lane, i am at",
  'at 10am or 3:30 pm, 9 pm, 12:00am',
  'uh-huh mhm mm-hm huh',
  'no problem, nope, nah, no!',
  ' the theme the_the',
  'straße ist groß αβγ words_here',
  'apt 3 unit 12b # 7',
  'leak leaking a leak',
  'a free estimate, an quote, quotes',
  'the the water water heater',
  '-5 10 -x 1-2',
  '\tat at\tcat,at',
  '',
  'é',
  'ü9 9ü _a a_',
];

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('withBoundaries', () => {
  it.each(PATTERNS)('matches exactly like the plain Unicode boundary: %s', (pattern) => {
    for (const text of TEXTS) {
      expect(matches(rewritten(pattern), text), text).toEqual(matches(reference(pattern), text));
    }
  });

  it('uses the one-sided form where the neighbour is known to be a letter or digit', () => {
    expect(withBoundaries(String.raw`\bleak\b`)).not.toContain('|(?<=');
    expect(withBoundaries(String.raw`\bleak\b`).length).toBeLessThan(
      String.raw`\bleak\b`.replaceAll(String.raw`\b`, FULL).length,
    );
  });
});
