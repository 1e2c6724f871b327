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
    // The house number first, then "de la" and the street, as Spanish speakers say it.
    ['vivo en el 1918 de la north damen avenue', '1918 North Damen Avenue'],
    ['es el 4530 de la west 31st street', '4530 West 31st Street'],
    ['queda en el 615 de la east 63rd place', '615 East 63rd Place'],
    ['vivo en el 3804 de la south homan', '3804 South Homan'],
    ['vivo en el mil doscientos diez de la west grand avenue', '1210 West Grand Avenue'],
    ['vivo en el treinta y uno cuarenta de la south kostner', '3140 South Kostner'],
    ['vivo en el cuarenta y cinco veinte de la north pulaski road', '4520 North Pulaski Road'],
    // "calle 22" is 22nd Street: stored in English, with its direction when one is said.
    ['en la calle 22 número 910', '910 22nd Street'],
    ['en la calle 31 oeste número 2715', '2715 West 31st Street'],
    ['es el 2715 de la 31 oeste', '2715 West 31st Street'],
    ['el 2715 de la calle 31 sur', '2715 South 31st Street'],
    ['vivo en el 730 de la avenida 5', '730 5th Avenue'],
    ['vivo en el 88 de la calle roble', '88 Calle Roble'],
    // A corner: kept as the two streets the technician can find.
    ['en la 47 y ashland', '47th St & Ashland'],
    ['en la esquina de cermak y western', 'Cermak & Western'],
  ])('%s → %s (Spanish order)', (text, expected) => {
    expect(address(text, true, 'es')).toBe(expected);
  });

  it.each([
    // The address ends where the words turn into a request or a time.
    ['mi dirección es 1718 west 47th street puede venir alguien el jueves', '1718 West 47th Street'],
    ['vivo en el 2050 de la west cullerton street y el jueves me queda bien', '2050 West Cullerton Street'],
    ['vivo en el 3804 de la south homan pueden venir hoy', '3804 South Homan'],
    ["i'm at 6120 north kedzie can someone come thursday", '6120 North Kedzie'],
    ["we're at 2930 west fullerton avenue somebody could come tonight", '2930 West Fullerton Avenue'],
  ])('ends the address: %s → %s', (text, expected) => {
    const lang = /\b(?:vivo|mi)\b/.test(text) ? 'es' : 'en';
    expect(address(text, false, lang)).toBe(expected);
  });

  it.each([
    ['a las 3 de la tarde', 'es'],
    ['el 15 de la semana que viene', 'es'],
    ['entre 2 y 4', 'es'],
    ['between 2 and 4', 'en'],
    ['la 1 y media', 'es'],
  ] as const)('%s → no address (Spanish order)', (text, lang) => {
    expect(address(text, true, lang)).toBeUndefined();
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
    // The number, then its digits one by one.
    ['wait no 4518 four five one eight', { value: '4518' }],
    ['sorry it is 907 nine zero seven', { value: '907' }],
  ])('%s', (text, expected) => {
    expect(fix(text)).toEqual(expected);
  });

  it.each([
    ['no perdón es el 2715 me equivoqué', { value: '2715' }],
    ['no es el 2715 es el 2751', { value: '2751', replaces: '2715' }],
    ['no es el 2715 sino el 2751', { value: '2751', replaces: '2715' }],
    ['es el 2751 no el 2715', { value: '2751', replaces: '2715' }],
    ['el número es 2751', { value: '2751' }],
  ])('%s (Spanish)', (text, expected) => {
    expect(extractHouseNumberFix(normalize(text, 'es'))).toEqual(expected);
  });

  it.each([
    'no es el 15 de junio',
    'es el 1000 y media',
    'mejor es el 20',
  ])('%s → nothing (Spanish)', (text) => {
    expect(extractHouseNumberFix(normalize(text, 'es'))).toBeUndefined();
  });

  it.each([
    'wait no 4518 four five one nine',
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
