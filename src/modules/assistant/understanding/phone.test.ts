import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { extractPhone } from './phone.js';

describe('extractPhone', () => {
  it.each([
    ['my number is 312-555-0123', '+13125550123'],
    ['call me at three one two five five five oh one two three', '+13125550123'],
    ['(773) 555 0199', '+17735550199'],
    ['1 800 555 0100', '+18005550100'],
    ['it’s seven seven three double five five oh one nine nine', '+17735550199'],
  ])('%s → %s', (text, expected) => {
    expect(extractPhone(normalize(text))?.value).toBe(expected);
  });

  it.each(["i'm at 1420 elm street", 'between 1 and 3', '555 0123'])('%s → no phone', (text) => {
    expect(extractPhone(normalize(text))).toBeUndefined();
  });
});
