import { describe, expect, it } from 'vitest';
import type { LlmExtraction, LlmTime, MergeContext } from '../../../src/modules/assistant/llm/index.js';
import { mergeUnderstanding } from '../../../src/modules/assistant/llm/index.js';
import type { Understanding } from '../../../src/modules/assistant/understanding/index.js';

// Wednesday 2025-03-12, 10:00 in Chicago.
const ctx: MergeContext = {
  now: new Date('2025-03-12T15:00:00Z'),
  timeZone: 'America/Chicago',
  serviceNames: ['Water Heater Repair', 'Drain Cleaning'],
  text: 'this is maria lopez at 312 555 0142 and I need somebody for my water heater',
};
const empty: Understanding = { language: 'en', intents: [] };

const merge = (llm: LlmExtraction, det: Understanding = empty, context: MergeContext = ctx) =>
  mergeUnderstanding(det, llm, context);
const timeOf = (time: LlmTime) => merge({ time }).time;

describe('mergeUnderstanding', () => {
  it('keeps every value the rules found and fills only the gaps', () => {
    const det: Understanding = { language: 'en', intents: ['book'], name: 'Maria', problem: 'water heater' };
    const result = merge(
      { intents: ['faq_hours'], name: 'Lopez', problem: 'leak', address: '12 Oak St' },
      det,
    );
    expect(result).toEqual({
      language: 'en',
      intents: ['book'],
      name: 'Maria',
      problem: 'water heater',
      address: '12 Oak St',
    });
  });

  it("takes the model's intents only when the rules heard nothing but a greeting", () => {
    expect(merge({ intents: ['human'] }, { language: 'en', intents: ['greeting'] }).intents).toEqual([
      'human',
    ]);
    expect(merge({ intents: ['cancel', 'cancel'] }).intents).toEqual(['cancel']);
    expect(merge({}, { language: 'en', intents: ['greeting'] }).intents).toEqual(['greeting']);
  });

  it('keeps the language the rules chose', () => {
    expect(merge({ language: 'es' }).language).toBe('en');
  });

  it('drops a name the caller never said', () => {
    expect(merge({ name: 'María López' }).name).toBe('María López');
    expect(merge({ name: 'John Doe' }).name).toBeUndefined();
    expect(merge({ name: 'x'.repeat(81) }).name).toBeUndefined();
  });

  it('takes a phone number only as E.164 and only if the caller said its digits', () => {
    expect(merge({ phone: '(312) 555-0142' }).phone).toBe('+13125550142');
    expect(merge({ phone: '312 555 9999' }).phone).toBeUndefined();
    expect(merge({ phone: 'call me maybe' }).phone).toBeUndefined();
  });

  it("maps the service to the tenant's spelling, or to nothing", () => {
    expect(merge({ service: 'water heater repair' }).service).toBe('Water Heater Repair');
    expect(merge({ problem: 'drain is clogged' }).service).toBe('Drain Cleaning');
    expect(merge({ service: 'Roof Repair' }).service).toBeUndefined();
  });

  describe('emergencies', () => {
    const gas: Understanding = {
      language: 'en',
      intents: ['emergency', 'book'],
      emergency: { score: 1, reasons: ['gas_leak'], gas: true },
    };

    it('never clears one the rules found', () => {
      const result = merge({ emergency: false, intents: ['faq_hours'] }, gas);
      expect(result.emergency).toEqual(gas.emergency);
      expect(result.intents).toEqual(['emergency', 'book']);
    });

    it('adds one the model saw, marked as the model’s and without the gas flag', () => {
      for (const llm of [{ emergency: true }, { intents: ['emergency' as const] }]) {
        const result = merge(llm);
        expect(result.emergency).toEqual({ score: 0.7, reasons: ['llm'], gas: false });
        expect(result.intents[0]).toBe('emergency');
      }
    });
  });

  describe('corrections and yes/no', () => {
    it('fills a yes/no the rules missed', () => {
      expect(merge({ yesNo: 'yes' }).yesNo).toBe('yes');
      expect(merge({ yesNo: 'yes' }, { language: 'en', intents: [], yesNo: 'no' }).yesNo).toBe('no');
    });

    it('turns "no" plus a new value into a correction, as the rules do', () => {
      const result = merge({ time: { date: '2025-03-14' } }, { language: 'en', intents: [], yesNo: 'no' });
      expect(result.correction).toBe(true);
      expect(result.yesNo).toBeUndefined();
    });

    it('believes a correction only when the model brought a value', () => {
      expect(merge({ correction: true }).correction).toBeUndefined();
      expect(merge({ correction: true, address: '40 Elm St' }).correction).toBe(true);
    });
  });

  describe('times', () => {
    it('turns a day into a one-day range with its part of day and clock times', () => {
      expect(timeOf({ date: '2025-03-13', partOfDay: 'afternoon', at: '3:30' })).toEqual({
        fromDate: '2025-03-13',
        toDate: '2025-03-13',
        partOfDay: 'afternoon',
        at: '03:30',
      });
      expect(timeOf({ asap: true })).toEqual({ asap: true });
      expect(timeOf({ after: '13:00', before: '17:00' })).toEqual({ after: '13:00', before: '17:00' });
    });

    it('accepts today and starts a running range today', () => {
      expect(timeOf({ date: '2025-03-12' })).toEqual({ fromDate: '2025-03-12', toDate: '2025-03-12' });
      expect(timeOf({ fromDate: '2025-03-10', toDate: '2025-03-16' })).toEqual({
        fromDate: '2025-03-12',
        toDate: '2025-03-16',
      });
    });

    it.each<[string, LlmTime]>([
      ['a past day', { date: '2025-03-11', partOfDay: 'morning' }],
      ['a past start with no end', { fromDate: '2025-03-01' }],
      ['a range that is over', { fromDate: '2025-03-01', toDate: '2025-03-05' }],
      ['a reversed range', { fromDate: '2025-03-20', toDate: '2025-03-14' }],
      ['the wrong year', { date: '2027-03-13' }],
      ['no date at all', { date: 'next thursday' }],
      ['an impossible date', { date: '2025-02-30' }],
      ['an impossible time', { at: '25:00' }],
      ['a garbled time', { after: 'lunch' }],
      ['an empty window', { after: '17:00', before: '09:00' }],
      ['nothing', {}],
    ])('ignores %s', (_case, time) => {
      expect(timeOf(time)).toBeUndefined();
    });

    it('keeps a time the rules found', () => {
      const det: Understanding = { language: 'en', intents: [], time: { asap: true } };
      expect(merge({ time: { date: '2025-03-13' } }, det).time).toEqual({ asap: true });
    });

    it('reads "today" in the tenant zone, not in UTC', () => {
      // 02:00 UTC on the 13th is still the 12th in Chicago.
      const late = { ...ctx, now: new Date('2025-03-13T02:00:00Z') };
      expect(merge({ time: { date: '2025-03-12' } }, empty, late).time).toMatchObject({
        fromDate: '2025-03-12',
      });
    });
  });
});
