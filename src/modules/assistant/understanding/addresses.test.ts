import { describe, expect, it } from 'vitest';
import { extractAddress, extractHouseNumberFix } from './addresses.js';
import { normalize } from './normalize.js';

const address = (text: string, expecting = false, lang: 'en' | 'es' = 'en') =>
  extractAddress(normalize(text, lang), expecting)?.value;

describe('extractAddress', () => {
  it.each([
    ["i'm at 1420 elm street", '1420 Elm Street'],
    ['the address is 55 oak avenue apartment 4', '55 Oak Avenue Apartment 4'],
    ['742 evergreen terrace springfield', '742 Evergreen Terrace, Springfield'],
    ['we live at 12 n main st apt 3b', '12 N Main St Apt 3B'],
    ["i'm at 88 birch lane", '88 Birch Lane'],
    ["i'm at 1904 west cortland street and tomorrow afternoon would be great", '1904 West Cortland Street'],
    ["we're at 480 south pearl street and monday morning works best", '480 South Pearl Street'],
    ['fourteen twenty elm street', '1420 Elm Street'],
    ["i'm at three thirty elm street", '330 Elm Street'],
    ['the house is at 1420 elm', '1420 Elm'],
    ['1500 broadway', '1500 Broadway'],
    ['900 w 5th ave chicago 60614', '900 W 5th Ave, Chicago 60614'],
    [
      'i live at 1600 pennsylvania ave nw washington dc 20500',
      '1600 Pennsylvania Ave NW, Washington DC 20500',
    ],
  ])('%s → %s', (text, expected) => {
    expect(address(text)).toBe(expected);
  });

  it.each([
    // The recogniser splits "3b" into "3 b": a letter after a numeric unit belongs to it.
    ['twenty two fifteen west addison street apartment three b', '2215 West Addison Street Apartment 3B'],
    ['55 oak avenue unit 12 c chicago', '55 Oak Avenue Unit 12C, Chicago'],
    ['55 oak avenue suite 4 a', '55 Oak Avenue Suite 4A'],
    // "i" after the unit is the caller going on, not a unit letter.
    ['55 oak avenue apartment 4 i think', '55 Oak Avenue Apartment 4'],
    ['55 oak avenue apt 3b', '55 Oak Avenue Apt 3B'],
  ])('unit with a letter: %s → %s', (text, expected) => {
    expect(address(text)).toBe(expected);
  });

  it.each([
    ['mi dirección es 2847 south kedzie avenue', '2847 South Kedzie Avenue'],
    ['vivo en calle roble 123', 'Calle Roble 123'],
    ['vivo en avenida juárez número 45', 'Avenida Juárez 45'],
  ])('%s → %s (Spanish)', (text, expected) => {
    expect(address(text, false, 'es')).toBe(expected);
  });

  it.each([
    ['2231 north clybourn avenue', '2231 North Clybourn Avenue'],
    ['yeah it’s 915 west montrose', '915 West Montrose'],
  ])('bare answer when expecting an address: %s → %s', (text, expected) => {
    expect(address(text, true)).toBe(expected);
  });

  it.each([
    'tomorrow at 3',
    'i need 2 plumbers',
    'at 10 in the morning',
    'between 1 and 3',
    "i'm at work",
  ])('%s → no address', (text) => {
    expect(address(text)).toBeUndefined();
  });
});

describe('extractHouseNumberFix', () => {
  const fix = (text: string) => extractHouseNumberFix(normalize(text, 'en'));

  it.each([
    [
      "oh shoot sorry i said that wrong it's 1842 not 1824 and can we make it friday",
      { value: '1842', replaces: '1824' },
    ],
    ["it's eighteen forty two not eighteen twenty four", { value: '1842', replaces: '1824' }],
    ['the house number is 1842', { value: '1842' }],
    ["the number's 86 not 88", { value: '86', replaces: '88' }],
    ['sorry the address is actually 1842', { value: '1842' }],
    ['it should be 12b not 12', { value: '12b', replaces: '12' }],
  ])('%s', (text, expected) => {
    expect(fix(text)).toEqual(expected);
  });

  it.each([
    'can you come at 3 not 4',
    'make it 10 not 11 am',
    'my number is 773 555 0231',
    'the number is 773 555 0231 not 0213',
    "it's 1842 north leclaire",
    'i need 2 plumbers',
  ])('%s → nothing', (text) => {
    expect(fix(text)).toBeUndefined();
  });
});
