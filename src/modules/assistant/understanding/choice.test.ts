import { describe, expect, it } from 'vitest';
import { detectChoice } from './choice.js';
import { normalize } from './normalize.js';

const choice = (text: string, expecting = true) => detectChoice(normalize(text, 'en'), expecting);

describe('detectChoice', () => {
  it.each<[string, number]>([
    ['the second one', 2],
    ['first', 1],
    ['the first one please', 1],
    ['let’s do the third one', 3],
    ['option 2', 2],
    ['the last one', -1],
    ['the earlier one', 1],
    ['la primera', 1],
    ['la segunda por favor', 2],
    ['number two', 2],
  ])('%s → %i', (text, expected) => {
    expect(choice(text)).toBe(expected);
  });

  it.each([
    'first thing in the morning',
    'wait a second',
    'the 2nd of march',
    'el primero de abril',
  ])('%s → no choice', (text) => {
    expect(choice(text, false)).toBeUndefined();
  });

  it('a bare ordinal needs a question about options', () => {
    expect(choice('second', false)).toBeUndefined();
    expect(choice('the second one', false)).toBe(2);
  });
});
