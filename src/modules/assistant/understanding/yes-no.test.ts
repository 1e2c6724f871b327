import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { detectYesNo } from './yes-no.js';

const yn = (text: string, confirming = true, lang: 'en' | 'es' = 'en') =>
  detectYesNo(normalize(text, lang), confirming);

describe('detectYesNo', () => {
  it.each([
    'yes',
    'yeah',
    'yep',
    'sure',
    'sounds good',
    'okay sounds good',
    'that works',
    'correct',
    'perfect',
    'ok',
    'yes perfect',
    'yes cancel it please',
    'uh huh',
    'i guess that works',
    'no problem',
  ])('%s → yes', (text) => {
    expect(yn(text)).toBe('yes');
  });

  it.each(['sí', 'claro', 'está bien', 'sí me parece bien', 'de acuerdo'])('%s → yes (Spanish)', (text) => {
    expect(yn(text, true, 'es')).toBe('yes');
  });

  it.each([
    'no',
    'nope',
    'not really',
    "that doesn't work",
    "yeah no that doesn't work for me",
    "no thanks i'm good",
    "i can't",
    'uh-uh',
  ])('%s → no', (text) => {
    expect(yn(text)).toBe('no');
  });

  it.each(['no puedo', 'no gracias', 'no me queda'])('%s → no (Spanish)', (text) => {
    expect(yn(text, true, 'es')).toBe('no');
  });

  it.each([
    "is 2 o'clock ok",
    'no heat and we have a newborn',
    'no hot water since yesterday',
    'my water heater is leaking',
    "uh yeah hi um this is dave miller my water heater's leaking all over the garage",
  ])('%s → neither', (text) => {
    expect(yn(text, false)).toBeUndefined();
  });

  it.each([
    'k',
    'K',
    'kk',
    'kkk',
    'ok',
    'okk',
    'okey',
    'oki',
    'k thanks',
    'k sounds good',
  ])('texted %s → yes', (text) => {
    expect(yn(text)).toBe('yes');
    expect(yn(text, false)).toBe('yes');
  });

  it.each(['sip', 'va', 'okey', 'ok', 'kk', 'simón'])('texted %s → yes (Spanish)', (text) => {
    expect(yn(text, true, 'es')).toBe('yes');
  });

  it.each([
    'k a r e n',
    'k-a-r-e-n',
    'k e l l y',
    'k k',
    'kelly',
    'karen',
  ])('a spelled or named "k" is not a yes: %s', (text) => {
    expect(yn(text)).toBeUndefined();
    expect(yn(text, false)).toBeUndefined();
  });

  it('"that works" inside a longer answer is a yes only when confirming', () => {
    const text = 'tomorrow at three that works for me i think';
    expect(yn(text, false)).toBeUndefined();
    expect(yn(text, true)).toBe('yes');
  });
});
