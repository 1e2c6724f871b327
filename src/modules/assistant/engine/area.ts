import { knownAddress, type SessionState } from './state.js';

// The tenant's service area against the address a caller gives. Addresses read by the understanding
// layer carry the city after a comma ("1220 West Ogden Avenue, Naperville"); an address without a
// city, or a tenant without a declared area, is taken as served: only a named city can be outside.

/** Places named when telling a caller where the business works; more are "nearby areas". */
export const MAX_PLACES = 8;

/** The city part of an address ("Chicago IL 60630" included), or null when none was said. */
function cityPart(address: string): string | null {
  const comma = address.lastIndexOf(',');
  const city = comma >= 0 ? address.slice(comma + 1).trim() : '';
  return city === '' ? null : city;
}

// "Saint Paul" and "St. Paul", "Fort Worth" and "Ft Worth" are one place.
const ABBREVIATED = new Map([
  ['saint', 'st'],
  ['sainte', 'ste'],
  ['fort', 'ft'],
  ['mount', 'mt'],
]);

/** A place name as compared: lower case, no punctuation, common abbreviations spelled one way. */
export function placeKey(name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()
    .split(' ');
  return ` ${words.map((w) => ABBREVIATED.get(w) ?? w).join(' ')} `;
}

/** The city the address names when it lies outside `area`; null when served or unknown. */
const PART_OF_TOWN =
  /^(?:uptown|downtown|midtown|crosstown|old town|city cent(?:er|re)|(?:the )?(?:north|south|east|west|upper|lower) (?:side|end))$/i;

export function cityOutsideArea(address: string, area: readonly string[]): string | null {
  const city = cityPart(address);
  // "3318 magazine street uptown": a part of town, not a town to check against the list.
  if (!city || area.length === 0 || PART_OF_TOWN.test(city)) return null;
  const heard = placeKey(city);
  const served = area.some((place) => heard.includes(placeKey(place)));
  // "Chicago IL 60630" names Chicago; the state and ZIP are not part of the place.
  return served ? null : city.replace(/\s+[A-Z]{2}(?:\s+\d{5})?$/, '');
}

/** The place of the caller's address that the area does not list and the caller has not vouched for. */
export function areaInQuestion(s: SessionState, area: readonly string[]): string | null {
  const address = knownAddress(s);
  const city = address && !s.emergency.active ? cityOutsideArea(address, area) : null;
  return city && city !== s.areaConfirmed ? city : null;
}
