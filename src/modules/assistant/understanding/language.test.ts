import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { cleanTranscript } from './normalize.js';
import type { Language } from './types.js';

describe('detectLanguage', () => {
  it.each<[string, Language, Language]>([
    ['buenos días le hablo porque el inodoro no deja de correr', 'en', 'es'],
    ['sí', 'en', 'es'],
    ['me llamo josé pérez', 'en', 'es'],
    ['mi dirección es 2847 south kedzie avenue', 'en', 'es'],
    ['my name is josé pérez', 'en', 'en'],
    ['hi my water heater is leaking', 'es', 'en'],
    ['okay', 'es', 'es'],
    ['hello', 'es', 'es'],
    ['john smith', 'en', 'en'],
    ['john smith', 'es', 'es'],
    ['1420 elm street', 'es', 'es'],
    ['gracias', 'en', 'es'],
  ])('%s (tenant %s) → %s', (text, fallback, expected) => {
    expect(detectLanguage(cleanTranscript(text), fallback)).toBe(expected);
  });
});
