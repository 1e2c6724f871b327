import { describe, expect, it } from 'vitest';
import {
  dayPeriod,
  monthPeriod,
  shiftPeriod,
  weekPeriod,
} from '../../../src/modules/channels/owner-chat/periods.js';
import {
  parseModelQuestion,
  questionFromModel,
} from '../../../src/modules/channels/owner-chat/question-tool.js';
import { type Question, understandQuestion } from '../../../src/modules/channels/owner-chat/questions.js';

// Tuesday, March 9th 2027 in the tenant's zone.
const TODAY = '2027-03-09';
const ask = (text: string, previous: Question | null = null) => understandQuestion(text, TODAY, previous);

describe('owner chat: what was asked', () => {
  it.each([
    ["What's on tomorrow?", 'schedule', dayPeriod('2027-03-10')],
    ["tomorrow's schedule", 'schedule', dayPeriod('2027-03-10')],
    ['What do I have on Friday?', 'schedule', dayPeriod('2027-03-12')],
    ['jobs on tuesday', 'schedule', dayPeriod('2027-03-09')],
    ['schedule for 2027-04-01', 'schedule', dayPeriod('2027-04-01')],
    ['schedule for the day after tomorrow', 'schedule', dayPeriod('2027-03-11')],
    ["today's summary", 'summary', dayPeriod(TODAY)],
    ['How is today going?', 'summary', dayPeriod(TODAY)],
    ['Any emergencies this week?', 'emergencies', weekPeriod(TODAY)],
    ['emergencies last week', 'emergencies', weekPeriod('2027-03-02')],
    ['How many bookings this month?', 'bookings', monthPeriod(TODAY)],
    ['bookings last month', 'bookings', monthPeriod('2027-02-01')],
    ['Who called today?', 'calls', dayPeriod(TODAY)],
    ['who called yesterday', 'calls', dayPeriod('2027-03-08')],
    ['¿Qué tengo mañana?', 'schedule', dayPeriod('2027-03-10')],
    ['agenda de pasado mañana', 'schedule', dayPeriod('2027-03-11')],
    ['resumen de hoy', 'summary', dayPeriod(TODAY)],
    ['¿Emergencias esta semana?', 'emergencies', weekPeriod(TODAY)],
    ['¿Cuántas reservas este mes?', 'bookings', monthPeriod(TODAY)],
    ['¿Quién llamó hoy?', 'calls', dayPeriod(TODAY)],
    ['¿Qué tengo esta mañana?', 'schedule', dayPeriod(TODAY)],
    ['¿Qué tengo el viernes por la mañana?', 'schedule', dayPeriod('2027-03-12')],
    ['agenda de mañana por la mañana', 'schedule', dayPeriod('2027-03-10')],
  ])('%s → %s', (text, kind, period) => {
    expect(ask(text)).toEqual({ kind, period, recognised: true });
  });

  it.each([
    ['Who do I need to call back?'],
    ['open callbacks'],
    ['¿A quién tengo que llamar?'],
    ['llamadas pendientes'],
  ])('%s → open callbacks, not tied to a period', (text) => {
    expect(ask(text)).toEqual({ kind: 'callbacks', period: null, recognised: true });
  });

  it('reads the next appointment in both languages', () => {
    expect(ask("When's my next appointment?").kind).toBe('next_appointment');
    expect(ask('¿Cuál es mi próxima cita?').kind).toBe('next_appointment');
  });

  it('answers help to an explicit request, and marks what it did not understand', () => {
    expect(ask('help')).toEqual({ kind: 'help', period: null, recognised: true });
    expect(ask('what is the meaning of life')).toEqual({ kind: 'help', period: null, recognised: false });
    expect(ask('')).toEqual({ kind: 'help', period: null, recognised: false });
  });

  it('follows up on the previous question: the day after, the day before, another day', () => {
    const tomorrow = ask("What's on tomorrow?");
    const after = ask('and the day after?', tomorrow);
    expect(after).toEqual({ kind: 'schedule', period: dayPeriod('2027-03-11'), recognised: true });
    expect(ask('and the day after that?', after).period).toEqual(dayPeriod('2027-03-12'));
    expect(ask('the day before?', tomorrow).period).toEqual(dayPeriod(TODAY));
    expect(ask('what about Friday?', tomorrow).period).toEqual(dayPeriod('2027-03-12'));
    expect(ask('y el día siguiente?', ask('¿qué tengo mañana?')).period).toEqual(dayPeriod('2027-03-11'));
  });

  it('steps weeks and months in follow-ups, keeping the kind', () => {
    const week = ask('emergencies this week');
    expect(ask('and the week before?', week)).toEqual({
      kind: 'emergencies',
      period: weekPeriod('2027-03-02'),
      recognised: true,
    });
    expect(ask('and last month?', ask('bookings this month')).period).toEqual(monthPeriod('2027-02-01'));
    expect(ask('¿y la semana anterior?', ask('emergencias la semana que viene')).period).toEqual(
      weekPeriod(TODAY),
    );
    expect(ask('y la semana siguiente?', ask('emergencias esta semana')).period).toEqual(
      weekPeriod('2027-03-16'),
    );
  });

  it('does not treat unrelated words as a follow-up, nor follow up on nothing', () => {
    const tomorrow = ask("What's on tomorrow?");
    expect(ask('banana', tomorrow).kind).toBe('help');
    expect(ask('and the day after?').kind).toBe('help');
  });
});

describe('owner chat: periods', () => {
  it('starts weeks on Monday and months on the 1st, across year ends', () => {
    expect(weekPeriod('2027-03-14')).toEqual({ unit: 'week', from: '2027-03-08', to: '2027-03-15' });
    expect(monthPeriod('2027-12-31')).toEqual({ unit: 'month', from: '2027-12-01', to: '2028-01-01' });
    expect(shiftPeriod(monthPeriod('2027-01-15'), -1)).toEqual(monthPeriod('2026-12-01'));
    expect(shiftPeriod(dayPeriod('2027-02-28'), 1)).toEqual(dayPeriod('2027-03-01'));
  });
});

describe("owner chat: a model's reading of a question", () => {
  it('becomes a question the rules answer, with the period it named or the default one', () => {
    expect(questionFromModel({ kind: 'schedule', date: '2027-03-12' }, TODAY)).toEqual({
      kind: 'schedule',
      period: dayPeriod('2027-03-12'),
      recognised: true,
    });
    expect(questionFromModel({ kind: 'bookings', unit: 'month', offset: -1 }, TODAY)?.period).toEqual(
      monthPeriod('2027-02-01'),
    );
    expect(questionFromModel({ kind: 'emergencies' }, TODAY)?.period).toEqual(weekPeriod(TODAY));
    // A date that does not exist is ignored, not trusted.
    expect(questionFromModel({ kind: 'calls', date: '2027-02-30' }, TODAY)?.period).toEqual(dayPeriod(TODAY));
    expect(questionFromModel({ kind: 'callbacks', date: '2027-03-12' }, TODAY)?.period).toBeNull();
    expect(questionFromModel({ kind: 'unknown' }, TODAY)).toBeNull();
  });

  it('refuses arguments outside the tool schema', () => {
    expect(parseModelQuestion('{"kind":"schedule","date":null}')).toEqual({ kind: 'schedule' });
    expect(() => parseModelQuestion('{"kind":"delete_everything"}')).toThrow(/schema/);
    expect(() => parseModelQuestion('not json')).toThrow(/not JSON/);
  });
});
