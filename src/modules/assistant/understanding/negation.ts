import { rx } from './re.js';

const NEGATORS = new Set(
  "not no don't doesn't didn't isn't aren't wasn't weren't never without nothing none haven't hasn't ain't can't nunca ni".split(
    ' ',
  ),
);
// "not sure if it's a gas leak" still reports a gas leak.
const HEDGES = new Set(['sure', 'know', 'idea', 'certain', 'seguro', 'sé', 'se']);
const CLAUSE_BREAK = rx(String.raw`\b(?:but|and|so|because|pero|y|porque|although|though)\b|\|`, 'g');
const WINDOW = 4;

/**
 * Whether the words just before `index` negate what starts there ("there's no gas smell",
 * "it's not an emergency", "no huele a gas"). Only looks back within the same clause.
 */
export function isNegatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  CLAUSE_BREAK.lastIndex = 0;
  let clauseStart = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  const words = before.slice(clauseStart).split(' ').filter(Boolean).slice(-WINDOW);
  return words.some((word, i) => NEGATORS.has(word) && !HEDGES.has(words[i + 1] ?? ''));
}
