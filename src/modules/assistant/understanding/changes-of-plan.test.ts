import { describe, expect, it } from 'vitest';
import { understand } from './understand.js';

const ctx = { now: new Date('2027-01-05T17:45:00Z'), timeZone: 'America/Chicago', language: 'en' as const };

describe('a visit taken back', () => {
  it.each([
    'you know what never mind my son in law said he can fix it himself so dont book anything thanks',
    "don't book anything yet, i need to talk to my wife",
    'no need to send anyone out',
    "actually i changed my mind i'll call back",
    'never mind',
    'oh forget it',
  ])('"%s" withdraws and is not a new problem', (text) => {
    const u = understand(text, { ...ctx, expecting: 'name' });
    expect(u.withdraws).toBe(true);
    expect(u.problem).toBeUndefined();
    expect(u.intents).not.toContain('book');
  });

  it.each([
    ['ya no lo necesito, gracias', 'es'],
    ['no me agende nada por favor', 'es'],
  ] as const)('"%s" withdraws (Spanish)', (text, language) => {
    expect(understand(text, { ...ctx, language }).withdraws).toBe(true);
  });

  it.each([
    "never mind, it's 1428 not 1482 north elm street",
    'never mind tuesday, how about wednesday',
    'ugh sorry i changed my mind again can we do thursday afternoon instead',
    "don't book anything before 3",
    'my faucet never stops dripping',
  ])('"%s" does not withdraw', (text) => {
    expect(understand(text, { ...ctx, expecting: 'time' }).withdraws).toBeUndefined();
  });

  it('"come by saturday" is a visit on saturday, "by friday" a deadline', () => {
    expect(understand('could someone come by saturday morning', ctx).time).toMatchObject({
      fromDate: '2027-01-09',
      toDate: '2027-01-09',
    });
    expect(understand('i need it fixed by friday', ctx).time).toMatchObject({
      fromDate: '2027-01-05',
      toDate: '2027-01-08',
    });
  });
});

describe('cancel and book another in one breath', () => {
  it('is one move, to the time after the rebooking', () => {
    const u = understand(
      'i need to cancel the monday appointment and book one for wednesday instead in the afternoon',
      { ...ctx, now: new Date('2026-10-08T19:00:00Z') },
    );
    expect(u.intents).toEqual(['reschedule']);
    expect(u.time).toMatchObject({ fromDate: '2026-10-14', toDate: '2026-10-14', partOfDay: 'afternoon' });
  });

  it('a plain cancel stays a cancel', () => {
    expect(understand('i need to cancel my appointment for thursday', ctx).intents).toEqual(['cancel']);
  });

  it('works in Spanish', () => {
    const u = understand('quiero cancelar la cita del lunes y agendar otra para el miércoles', {
      ...ctx,
      language: 'es',
    });
    expect(u.intents).toContain('reschedule');
    expect(u.intents).not.toContain('cancel');
  });
});
