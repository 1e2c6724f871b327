import { describe, expect, it } from 'vitest';
import { extractName } from './names.js';
import { normalize } from './normalize.js';

const name = (text: string, expecting = false, lang: 'en' | 'es' = 'en') =>
  extractName(normalize(text, lang), expecting)?.value;

describe('extractName', () => {
  it.each([
    ['this is john smith', 'John Smith'],
    ['my name is maria garcia', 'Maria Garcia'],
    ["it's bob", 'Bob'],
    ['hi it’s bob my sink is clogged', 'Bob'],
    ['uh yeah hi um this is dave miller my uh water heater is leaking', 'Dave Miller'],
    ['good afternoon my name is helen voss our water heater is making a noise', 'Helen Voss'],
    ['hey this is chris patel my garbage disposal is leaking', 'Chris Patel'],
    ["my name's mary ann smith and i need a plumber", 'Mary Ann Smith'],
    ['this is sean o’brien calling about my furnace', "Sean O'Brien"],
    ['you can call me jim', 'Jim'],
    ["hi i'm rachel and my toilet won't stop running", 'Rachel'],
    // A house number after "at" starts the address, so it ends the name.
    ["it's ellen okafor at 833 north euclid avenue", 'Ellen Okafor'],
  ])('%s → %s', (text, expected) => {
    expect(name(text)).toBe(expected);
  });

  it.each([
    ['me llamo josé pérez', 'José Pérez'],
    ['mi nombre es ana de la cruz', 'Ana de la Cruz'],
    ['buenas tardes soy carlos ibarra y tengo una fuga', 'Carlos Ibarra'],
  ])('%s → %s (Spanish)', (text, expected) => {
    expect(name(text, false, 'es')).toBe(expected);
  });

  it.each([
    'wait',
    'wait i need to check',
    'actually my wife handles that',
    'hmm let me see',
  ])('takes no name from "%s" when a name is expected', (text) => {
    expect(name(text, true)).toBeUndefined();
  });

  it('reads a spelled name with a double letter', () => {
    expect(name('a n n a', true)).toBe('Anna');
  });

  it.each([
    'this is an emergency',
    'this is about my sink',
    'this is urgent',
    "it's leaking everywhere",
    "it's really bad",
    "i'm at 1420 elm street",
    "i'm calling about my water heater",
    "i'm desperate please help",
    'this is the second time this happened',
    'this is happening again',
    "it's tomorrow",
    'john smith',
  ])('%s → no name', (text) => {
    expect(name(text)).toBeUndefined();
  });

  it.each([
    ['john smith', 'John Smith'],
    ['yeah it’s nora feldman', 'Nora Feldman'],
    ['smith', 'Smith'],
    ['this is nora feldman', 'Nora Feldman'],
    ['carlos ibarra gracias', 'Carlos Ibarra'],
    ['the name is o connor', "O'Connor"],
    ['j o h n smith', 'John Smith'],
    ['john smith s m i t h', 'John Smith'],
    ['it is john', 'John'],
    // The name first, then more: the name words end where a cue-path name would ("and", "my", …).
    [
      'dave kowalczyk and uh if we get cut off my cell is seven seven three five five five oh two three one',
      'Dave Kowalczyk',
    ],
    ['pam whitley my number is the one i called from', 'Pam Whitley'],
    // Lead-in words a caller says before the name.
    ['oh sure pam whitley', 'Pam Whitley'],
    ['well pam whitley', 'Pam Whitley'],
    ['so uh pam whitley', 'Pam Whitley'],
    ['alright pam whitley', 'Pam Whitley'],
    ['all right pam whitley', 'Pam Whitley'],
    ['okay so pam whitley', 'Pam Whitley'],
    // Said twice: the repeat is collapsed in normalisation, not read as a third name word.
    ['dorothy hale dorothy hale', 'Dorothy Hale'],
    ['my name is dorothy hale dorothy hale', 'Dorothy Hale'],
  ])('bare answer when expecting a name: %s → %s', (text, expected) => {
    expect(name(text, true)).toBe(expected);
  });

  it.each([
    'tomorrow morning',
    'yes',
    'my water heater is leaking',
    'oh sure',
    'well tomorrow morning',
    'hold on a second',
    // Followed by a word that does not end a name, the leading words are not taken as one.
    'pam whitley is who you want',
  ])('expecting a name, "%s" is not one', (text) => {
    expect(name(text, true)).toBeUndefined();
  });
});
