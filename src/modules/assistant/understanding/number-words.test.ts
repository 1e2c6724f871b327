import { describe, expect, it } from 'vitest';
import { wordsToDigits } from './number-words.js';

const digits = (text: string, lang: 'en' | 'es' = 'en') => wordsToDigits(text.split(' '), lang).join(' ');

describe('wordsToDigits: thousands', () => {
  it.each([
    ['one thousand', '1000'],
    ['two thousand five', '2005'],
    ['two thousand five hundred', '2500'],
    ['a thousand twenty elm street', 'a 1020 elm street'],
  ])('%s → %s', (text, expected) => {
    expect(digits(text)).toBe(expected);
  });

  it.each([
    // "mil" is a thousand on its own: Spanish never says "un mil".
    ['es el mil setecientos quince south blue island avenue', 'es el 1715 south blue island avenue'],
    ['mil quinientos', '1500'],
    ['dos mil veinte', '2020'],
    ['mil', '1000'],
  ])('%s → %s (Spanish)', (text, expected) => {
    expect(digits(text, 'es')).toBe(expected);
  });
});

describe('wordsToDigits: Spanish "y uno"', () => {
  it.each([
    // A house number in two pairs ending in "y uno": the "uno" completes the tens.
    ['veintiuno treinta y uno', '21 31'],
    ['el tres mil cuatrocientos cincuenta y uno', 'el 3451'],
    ['treinta y una', '31'],
    ['cuarenta y siete', '47'],
    // Not after a word that is not a tens: "uno y uno" stays words.
    ['uno y uno', 'uno y uno'],
    ['la una y media', 'la 1 y media'],
  ])('%s → %s', (text, expected) => {
    expect(digits(text, 'es')).toBe(expected);
  });
});
