import { type AnswerFormat, type ChatLanguage, capitalize, createAnswerFormat } from './answer-format.js';
import type { AppointmentFact, Facts } from './facts.js';

// The deterministic answer: every figure and name comes from the facts, in the tenant's language.
// This text is what the owner gets without a language model, and whenever the model fails.

type FactsOf<K extends Facts['kind']> = Extract<Facts, { kind: K }>;

const HELP = {
  en: [
    'I can answer questions about your business from your own records:',
    '- the schedule for a day ("What\'s on tomorrow?", "and the day after?")',
    '- today\'s summary ("How is today going?")',
    '- your next appointment',
    '- open callbacks ("Who do I need to call back?")',
    '- emergencies this week',
    '- bookings this month',
    '- who called today',
  ].join('\n'),
  es: [
    'Puedo responder preguntas sobre su negocio con sus propios registros:',
    '- la agenda de un día ("¿Qué tengo mañana?", "¿y el día siguiente?")',
    '- el resumen de hoy ("¿Cómo va el día?")',
    '- su próxima cita',
    '- las llamadas pendientes de devolver ("¿A quién tengo que llamar?")',
    '- las emergencias de esta semana',
    '- las reservas de este mes',
    '- quién llamó hoy',
  ].join('\n'),
} as const;

const NOT_UNDERSTOOD = {
  en: "Sorry, I didn't understand that question.",
  es: 'Perdone, no entendí la pregunta.',
} as const;

function schedule(f: AnswerFormat, facts: FactsOf<'schedule'>): string {
  const es = f.lang === 'es';
  const label = f.during(facts.period);
  const n = facts.appointments.length;
  if (n === 0)
    return es ? `${capitalize(label)} no tiene nada en la agenda.` : `You have nothing scheduled ${label}.`;
  const withDay = facts.period.unit !== 'day';
  const count = es ? f.count(n, 'cita', 'citas') : f.count(n, 'appointment', 'appointments');
  const more = facts.truncated ? (es ? 'más de ' : 'more than ') : '';
  const head = es ? `${capitalize(label)} tiene ${more}${count}:` : `You have ${more}${count} ${label}:`;
  return `${head}\n${f.lines(facts.appointments.map((a) => f.appointment(a, withDay)))}`;
}

function nextLine(f: AnswerFormat, next: AppointmentFact | null): string {
  if (!next) return '';
  return f.lang === 'es'
    ? ` La próxima, ${f.appointment(next, true)}.`
    : ` Next up ${f.appointment(next, true)}.`;
}

function summary(f: AnswerFormat, facts: FactsOf<'summary'>): string {
  const label = capitalize(f.period(facts.period));
  if (f.lang === 'es') {
    const parts = [
      f.count(facts.total, 'cita', 'citas'),
      f.count(facts.emergencies, 'emergencia', 'emergencias'),
      f.count(facts.completed, 'terminada', 'terminadas'),
      `${facts.remaining} por hacer`,
      f.count(facts.cancelled, 'cancelada', 'canceladas'),
    ];
    return `${label}: ${parts.join(', ')}.${nextLine(f, facts.next)}`;
  }
  const parts = [
    f.count(facts.total, 'appointment', 'appointments'),
    f.count(facts.emergencies, 'emergency', 'emergencies'),
    `${facts.completed} completed`,
    `${facts.remaining} still to come`,
    `${facts.cancelled} cancelled`,
  ];
  return `${label}: ${parts.join(', ')}.${nextLine(f, facts.next)}`;
}

function nextAppointment(f: AnswerFormat, facts: FactsOf<'next_appointment'>): string {
  const es = f.lang === 'es';
  if (!facts.next) return es ? 'No tiene citas próximas.' : 'You have no upcoming appointments.';
  const line = f.appointment(facts.next, true);
  return es ? `Su próxima cita es ${line}.` : `Your next appointment is ${line}.`;
}

function callbacks(f: AnswerFormat, facts: FactsOf<'callbacks'>): string {
  const es = f.lang === 'es';
  if (facts.total === 0) {
    return es
      ? 'No hay llamadas pendientes de devolver: está todo al día.'
      : "No open callbacks: you're all caught up.";
  }
  const more = facts.truncated ? (es ? 'más de ' : 'more than ') : '';
  const head = es
    ? `Tiene ${more}${f.count(facts.total, 'llamada pendiente', 'llamadas pendientes')} de devolver (la más antigua primero):`
    : `You have ${more}${f.count(facts.total, 'open callback', 'open callbacks')} (oldest first):`;
  return `${head}\n${f.lines(facts.items.map(f.callback))}`;
}

function emergencies(f: AnswerFormat, facts: FactsOf<'emergencies'>): string {
  const es = f.lang === 'es';
  const label = f.period(facts.period);
  const jobs = facts.appointments.length;
  const calls = facts.callbacks.length;
  if (jobs + calls === 0) {
    return es ? `${capitalize(label)}: ninguna emergencia.` : `No emergencies ${f.during(facts.period)}.`;
  }
  const parts = es
    ? [
        jobs && f.count(jobs, 'trabajo de emergencia', 'trabajos de emergencia'),
        calls && f.count(calls, 'llamada de emergencia', 'llamadas de emergencia'),
      ]
    : [
        jobs && f.count(jobs, 'emergency job', 'emergency jobs'),
        calls && f.count(calls, 'emergency call', 'emergency calls'),
      ];
  const counts = parts.filter(Boolean).join(es ? ' y ' : ' and ');
  const lines = [
    ...facts.appointments.map((a) => f.appointment(a, true)),
    ...facts.callbacks.map((c) => `${es ? 'llamada' : 'call'}: ${f.callback(c)}`),
  ];
  return `${capitalize(label)}: ${counts}.\n${f.lines(lines)}`;
}

function bookings(f: AnswerFormat, facts: FactsOf<'bookings'>): string {
  const label = capitalize(f.period(facts.period));
  const more = facts.truncated ? (f.lang === 'es' ? 'más de ' : 'more than ') : '';
  if (f.lang === 'es') {
    const total = f.count(facts.total, 'cita reservada', 'citas reservadas');
    const detail = `${f.count(facts.emergencies, 'emergencia', 'emergencias')}, ${f.count(facts.completed, 'terminada', 'terminadas')}`;
    const cancelled = facts.cancelled
      ? ` Además, ${f.count(facts.cancelled, 'cancelada', 'canceladas')}.`
      : '';
    return `${label}: ${more}${total} (${detail}).${cancelled}`;
  }
  const total = f.count(facts.total, 'booking', 'bookings');
  const detail = `${f.count(facts.emergencies, 'emergency', 'emergencies')}, ${facts.completed} completed`;
  const cancelled = facts.cancelled
    ? ` ${facts.cancelled} more ${facts.cancelled === 1 ? 'was' : 'were'} cancelled.`
    : '';
  return `${label}: ${more}${total} (${detail}).${cancelled}`;
}

function calls(f: AnswerFormat, facts: FactsOf<'calls'>): string {
  const es = f.lang === 'es';
  const label = f.period(facts.period);
  if (facts.total === 0)
    return es ? `${capitalize(label)} no llamó nadie.` : `Nobody called ${f.during(facts.period)}.`;
  const more = facts.truncated ? (es ? 'más de ' : 'more than ') : '';
  const head = es
    ? `${capitalize(label)}: ${more}${f.count(facts.total, 'llamada', 'llamadas')} de ${f.count(facts.callers.length, 'persona', 'personas')}:`
    : `${capitalize(label)}: ${more}${f.count(facts.total, 'call', 'calls')} from ${f.count(facts.callers.length, 'caller', 'callers')}:`;
  return `${head}\n${f.lines(facts.callers.map(f.caller))}`;
}

export interface AnswerContext {
  lang: ChatLanguage;
  timeZone: string;
  now: Date;
  /** False when the question was not recognised: the help text then says so first. */
  understood: boolean;
}

/** The rules' answer to the facts, in the tenant's language and zone. */
export function composeAnswer(facts: Facts, context: AnswerContext): string {
  const f = createAnswerFormat(context.lang, context.timeZone, context.now);
  switch (facts.kind) {
    case 'help':
      return context.understood ? HELP[f.lang] : `${NOT_UNDERSTOOD[f.lang]} ${HELP[f.lang]}`;
    case 'schedule':
      return schedule(f, facts);
    case 'summary':
      return summary(f, facts);
    case 'next_appointment':
      return nextAppointment(f, facts);
    case 'callbacks':
      return callbacks(f, facts);
    case 'emergencies':
      return emergencies(f, facts);
    case 'bookings':
      return bookings(f, facts);
    case 'calls':
      return calls(f, facts);
  }
}
