import { describe, expect, it } from 'vitest';
import { cleanTranscript, normalize } from './normalize.js';
import { wordsToDigits } from './number-words.js';

describe('normalize (English)', () => {
  it.each([
    ['Uh yeah, hi. Um, this is Dave!', 'yeah hi this is dave'],
    ['my uh water heater [noise] is <unk> leaking', 'my water heater is leaking'],
    ['%HESITATION so you know it is like leaking', 'so it is leaking'],
    ['i would like to book', 'i would like to book'],
    ['it smells like gas', 'it smells like gas'],
    ['three thirty', '3:30'],
    ['at three thirty tomorrow', 'at 3:30 tomorrow'],
    ['ten a m', '10am'],
    ['ten A.M.', '10am'],
    ['at two fifteen p m', 'at 2:15pm'],
    ['around 3 o’clock', 'around 3:00'],
    ['quarter to four', '3:45'],
    ['half past two', '2:30'],
    ['fourteen twenty elm street', '14 20 elm street'],
    ['forty five hundred oak avenue', '4500 oak avenue'],
    ['between one and three', 'between 1 and 3'],
    ['the second one', 'the second one'],
    ['no one is home', 'no one is home'],
    ['the fifteenth', 'the 15th'],
    ['the twenty first', 'the 21st'],
    ['three one two five five five oh one two three', '3 1 2 5 5 5 0 1 2 3'],
    ['double five', '5 5'],
    ['312-555-1234', '312 555 1234'],
    ['between 1-3 pm', 'between 1 to 3pm'],
    ['uh-huh', 'yes'],
    ['mm hmm that works', 'yes that works'],
    ['the the water heater', 'the water heater'],
    // A phrase of two to four words said twice in a row is kept once …
    ['my name is dorothy hale dorothy hale', 'my name is dorothy hale'],
    ["that's fine that's fine dear", "that's fine dear"],
    ["it's a terrible racket a terrible racket", "it's a terrible racket"],
    ['north kenmore avenue north kenmore avenue north kenmore avenue', 'north kenmore avenue'],
    // … but digits and spelled-out letters are not phrases: "15 15" is 1515, "b o b o" spells a name.
    ['fifteen fifteen west addison', '15 15 west addison'],
    ['five five five five', '5 5 5 5'],
    ['at ten at ten', 'at 10 at 10'],
    ['b o b o', 'b o b o'],
    ['a n n a', 'a n n a'],
    ['i i need a plumber', 'i need a plumber'],
    ['no no not that', 'no not that'],
    ['dorothy hale dorothy haley', 'dorothy hale dorothy haley'],
    ['im at 88 birch lane its leaking', "i'm at 88 birch lane it's leaking"],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('normalize (Spanish)', () => {
  it.each([
    ['mañana a las tres y media', 'mañana a las 3:30'],
    ['entre la una y las tres', 'entre la 1 y las 3'],
    ['este martes pues a las diez', 'este martes a las 10'],
    ['este, me llamo José Pérez', 'me llamo josé pérez'],
    ['dos mil ochocientos cuarenta y siete', '2847'],
    ['una fuga de agua', 'una fuga de agua'],
    ['las cuatro menos cuarto', 'las 3:45'],
    ['las tres y veinte', 'las 3:20'],
    ['eh pues once', '11'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input, 'es')).toBe(expected);
  });
});

describe('cleanTranscript', () => {
  it('keeps times, dates and contractions but drops other punctuation', () => {
    expect(cleanTranscript('OK, 3:30 on 3/10? I’m “sure”.')).toBe("ok 3:30 on 3/10 i'm sure");
  });

  it("leaves words that happen to name Object's members alone", () => {
    expect(cleanTranscript('my constructor said the toString valueOf')).toBe(
      'my constructor said the tostring valueof',
    );
    expect(normalize('the constructor hasOwnProperty thing', 'en')).toBe(
      'the constructor hasownproperty thing',
    );
  });
});

describe('cleanTranscript: texting shorthand', () => {
  it.each([
    ['r u free tmrw aft?', 'are you free tomorrow afternoon'],
    ['thurs @ 3 pls', 'thurs at 3 please'],
    ['2pm-ish', 'around 2pm'],
    ['wed like an appt', "we'd like an appointment"],
    // Spelled letters, the verb and the noun, and Spanish "u" stay as they are.
    ['b r u c e', 'b r u c e'],
    ['j r smith', 'j r smith'],
    ['it sat there', 'it sat there'],
    ['the sun room', 'the sun room'],
    ['siete u ocho', 'siete u ocho'],
    ['123 main st', '123 main st'],
    ['dr smith', 'dr smith'],
    ['12 oak ave apt 4', '12 oak ave apt 4'],
  ])('%j → %j', (input, expected) => {
    expect(cleanTranscript(input)).toBe(expected);
  });
});

describe('wordsToDigits', () => {
  it.each([
    [['one', 'hundred', 'twenty', 'three'], ['123']],
    [
      ['twenty', 'twenty'],
      ['20', '20'],
    ],
    [['two', 'thousand', 'five', 'hundred'], ['2500']],
    [
      ['one', 'of', 'those'],
      ['one', 'of', 'those'],
    ],
  ])('%j → %j', (tokens, expected) => {
    expect(wordsToDigits(tokens, 'en')).toEqual(expected);
  });
});
