import type { WeekdayKey } from '../../../platform/time/tenant-time.js';
import type { PartOfDay } from '../../../platform/time/time-constraint.js';
import type { Speaker } from '../engine/speak.js';
import type { HoursGroup, Phrasebook, Range, SummaryLabels } from './messages.js';

const DAY: Record<WeekdayKey, string> = {
  mon: 'lunes',
  tue: 'martes',
  wed: 'miércoles',
  thu: 'jueves',
  fri: 'viernes',
  sat: 'sábado',
  sun: 'domingo',
};

const PART_OF_DAY: Record<PartOfDay, string> = {
  morning: 'por la mañana',
  afternoon: 'por la tarde',
  evening: 'por la noche',
};

const team = (owner: string | null) => owner ?? 'alguien de nuestro equipo';

function ranges(list: readonly Range[], f: Speaker): string {
  return f.list(
    list.map(([open, close]) => `de ${f.clock(open)} a ${f.clock(close)}`),
    'and',
  );
}

function days(group: HoursGroup): string {
  const first = DAY[group.days[0]!];
  if (group.days.length === 1) return `el ${first}`;
  const last = DAY[group.days.at(-1)!];
  return group.days.length === 2 ? `el ${first} y el ${last}` : `de ${first} a ${last}`;
}

function week(groups: readonly HoursGroup[], f: Speaker): string {
  const open = groups.filter((g) => g.ranges.length > 0).map((g) => `${days(g)} ${ranges(g.ranges, f)}`);
  const closed = groups.filter((g) => g.ranges.length === 0).map(days);
  const openPart = open.length > 0 ? `Abrimos ${f.list(open, 'and')}` : 'No tenemos un horario fijo';
  return closed.length > 0 ? `${openPart}, y cerramos ${f.list(closed, 'and')}.` : `${openPart}.`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "de" or "a" before a day phrase, contracted as Spanish requires: "del jueves", "al jueves". */
function withPreposition(preposition: 'de' | 'a', phrase: string): string {
  if (!phrase.startsWith('el ')) return `${preposition} ${phrase}`;
  return `${preposition === 'de' ? 'del' : 'al'} ${phrase.slice(3)}`;
}

export const ES: Phrasebook = {
  greeting: (p) => {
    const thanks = p.voice ? 'llamar' : 'contactar';
    return p.name
      ? `Hola ${p.name}, gracias por ${thanks} a ${p.business}. ¿En qué le puedo ayudar hoy?`
      : `Gracias por ${thanks} a ${p.business}, le atiende el asistente virtual. ¿En qué le puedo ayudar hoy?`;
  },
  greeting_custom: (p) => (p.name ? `¡Hola ${p.name}! ${p.text}` : p.text),
  how_help: () => '¿En qué le puedo ayudar hoy?',
  ask_problem: () => '¿Qué está pasando, o qué trabajo necesita?',
  reask_problem: () =>
    '¿Me puede decir brevemente cuál es el problema? Por ejemplo, una fuga o un drenaje tapado.',
  ask_time: () => '¿Cuándo le gustaría que vaya alguien?',
  reask_time: () =>
    '¿Qué día y a qué hora le conviene? Por ejemplo, mañana en la mañana o el viernes en la tarde.',
  ask_name: () => '¿Me da su nombre, por favor?',
  reask_name: () => 'Perdón, ¿a nombre de quién pongo la cita?',
  ask_address: () => '¿Cuál es la dirección donde necesita el trabajo?',
  reask_address: () => '¿Me puede dar la dirección con el número y la calle, por ejemplo 123 Main Street?',
  ask_phone: () => '¿A qué número de teléfono le podemos llamar?',
  reask_phone: () => '¿Me repite el número de teléfono, con el código de área?',
  ack_problem: () => 'Con gusto le ayudo con eso.',
  water_safety: () =>
    'Si puede hacerlo sin peligro, cierre la llave de paso principal del agua, normalmente donde entra la tubería a la casa, cerca del medidor o del calentador. No se acerque a contactos ni cables mojados.',
  visit_dropped: () => 'Está bien, no le agendo nada.',
  ack_name: (p) => `Gracias, ${p.name}.`,
  ack_address: (p) => `Entendido, ${p.address}.`,
  ack: () => 'Entendido.',
  didnt_catch: () => 'Perdón, no le entendí.',
  still_there: () => '¿Sigue ahí?',
  hear_you: () => 'Sí, aquí estoy.',
  offer_two: (p, f) => `Tengo ${f.either(p.first, p.second)}. ¿Cuál le conviene más?`,
  which_one: (p, f) => `¿Cuál prefiere: ${f.either(p.first, p.second)}?`,
  nothing_then: () => 'No tengo nada disponible en ese horario.',
  not_open: (p, f) => {
    if ('at' in p) return `No abrimos ${f.at(p.at)}.`;
    // f.at gives "a las 6 de la tarde": after "de" the article stays, the "a" goes.
    if ('after' in p) return `No abrimos después de ${f.at(p.after).replace(/^a /, '')}.`;
    if ('before' in p) return `No abrimos antes de ${f.at(p.before).replace(/^a /, '')}.`;
    return `No abrimos ${PART_OF_DAY[p.partOfDay]}.`;
  },
  confirm_booking: (p, f) =>
    `${p.emergency ? 'Puedo mandar a alguien' : 'Le puedo agendar'} ${f.when(p.slot)} en ${p.address}. ¿Se lo reservo?`,
  other_time: () => 'No hay problema. ¿Qué día y a qué hora le conviene más?',
  open_time: () => '¿Qué día y a qué hora le vendría mejor?',
  booked: (p, f) =>
    `Listo, su cita quedó para ${f.when(p.slot)} en ${p.address}.` +
    (p.emergency ? ' La marcamos como emergencia.' : '') +
    (p.texted ? ' En un momento le llega un mensaje de confirmación.' : ''),
  slot_taken: () => 'Perdón, ese horario se acaba de ocupar.',
  no_availability: (p) =>
    `No encontré un horario disponible, así que ${team(p.owner)} le va a llamar para acordar uno. ¡Gracias por llamar!`,
  system_trouble: (p) =>
    `Tengo problemas con la agenda en este momento, así que ${team(p.owner)} le va a llamar en breve. ¡Disculpe la molestia!`,
  found_for_cancel: (p, f) =>
    `Veo su cita${p.service ? ` de ${p.service}` : ''} para ${f.when(p.slot)}. ¿Quiere que la cancele?`,
  cancelled: (p, f) => `Listo, su cita ${withPreposition('de', f.when(p.slot))} quedó cancelada.`,
  cancel_kept: () => 'Muy bien, la dejo como está. ¿Le puedo ayudar en algo más?',
  found_for_reschedule: (p, f) => `Veo su cita para ${f.when(p.slot)}. ¿Para cuándo la quiere cambiar?`,
  confirm_reschedule: (p, f) =>
    `Puedo cambiar su cita ${withPreposition('de', f.when(p.from))} ${withPreposition('a', f.when(p.slot))}. ¿Lo hago?`,
  rescheduled: (p, f) =>
    `Listo, su cita quedó para ${f.when(p.slot)}.` +
    (p.texted ? ' Le llegará un mensaje con el nuevo horario.' : ''),
  no_appointment: () => 'No encontré una cita próxima para este número. ¿Quiere agendar una visita nueva?',
  gas_safety: (p) =>
    p.carbonMonoxide
      ? 'El monóxido de carbono puede enfermarles sin tener olor: salgan todos del edificio ahora mismo y llamen al 911 o a los bomberos desde afuera.'
      : 'Si huele a gas, salga del edificio ahora mismo, sin usar interruptores ni llamas, y llame a la compañía de gas o al 911 desde afuera.',
  electrical_safety: () =>
    'Por favor, no lo toque ni lo use. Si hay humo o fuego, salgan de la casa y llamen al 911 desde afuera. Apague el breaker o el interruptor principal solo si puede hacerlo sin peligro.',
  emergency_transfer: (p) =>
    `Esto parece una emergencia. Ya le avisé a ${team(p.owner)} y le comunico ahora mismo. Por favor, no cuelgue.`,
  emergency_book: (p) =>
    `Esto parece una emergencia. Ya le avisé a ${team(p.owner)} y vamos a mandar a alguien lo antes posible.`,
  transfer_now: (p) => `Claro, le comunico con ${team(p.owner)}. Un momento, por favor.`,
  handoff_callback: (p) =>
    `No le puedo comunicar en este momento, así que le pedí a ${team(p.owner)} que le devuelva la llamada${p.phone ? ' a este número' : ''} lo antes posible. ¿Le puedo ayudar en algo más mientras tanto?`,
  faq_hours_week: (p, f) => week(p.groups, f),
  faq_hours_day: (p, f) => {
    const day = f.day(p.date);
    const lead =
      day === 'hoy' || day === 'mañana'
        ? `${capitalized(day)} ${f.weekday(p.date)}`
        : `El ${f.weekday(p.date)}`;
    if (p.ranges.length > 0) return `${lead} abrimos ${ranges(p.ranges, f)}.`;
    if (!p.next) return `${lead} está cerrado.`;
    const when = f.day(p.next.date);
    const next = when === 'hoy' || when === 'mañana' ? when : `el ${f.weekday(p.next.date)}`;
    return `${lead} está cerrado; abrimos de nuevo ${next} ${ranges(p.next.ranges, f)}.`;
  },
  faq_services_list: (p, f) => `Hacemos ${f.list(p.services, 'and')}.`,
  faq_services_no: (p, f) => `Lo siento, no hacemos ${p.thing}: hacemos ${f.list(p.services, 'and')}.`,
  faq_services_yes: (p) => `Sí, hacemos ${p.service.toLowerCase()}.`,
  faq_services_general: () =>
    'Hacemos la mayoría de reparaciones e instalaciones. Dígame qué necesita y le agendo una visita.',
  faq_area_yes: (p) => `Sí, damos servicio en ${p.place}.`,
  faq_area_list: (p, f) =>
    `Damos servicio en ${f.list(p.more ? [...p.places, 'zonas cercanas'] : p.places, 'and')}.`,
  faq_area_no: (p, f) =>
    `Lo siento, no damos servicio en ${p.place}: damos servicio en ${f.list(p.more ? [...p.places, 'zonas cercanas'] : p.places, 'and')}.`,
  confirm_area: (p, f) =>
    `Para confirmar: ¿${p.city} está en ${f.list(p.more ? [...p.places, 'zonas cercanas'] : p.places, 'or')}? Son las zonas donde damos servicio.`,
  outside_area: (p, f) =>
    `Lo siento, ${p.city} está fuera de nuestra zona de servicio: damos servicio en ${f.list(p.more ? [...p.places, 'zonas cercanas'] : p.places, 'and')}, así que no puedo agendar una visita allí.`,
  faq_area_unknown: () => 'Si me da la dirección, confirmo que podamos mandar a alguien.',
  faq_price: () =>
    'El precio depende del trabajo: el técnico lo revisa y le da el precio antes de hacer cualquier trabajo.',
  offer_booking: () => '¿Quiere que le agende una visita?',
  anything_else: () => '¿Le puedo ayudar en algo más?',
  what_else: () => 'Claro, ¿en qué le puedo ayudar?',
  goodbye: (p) =>
    p.voice ? `Gracias por llamar a ${p.business}. ¡Hasta luego!` : `¡Gracias por contactar a ${p.business}!`,
  give_up: (p) =>
    `Disculpe, no le estoy entendiendo bien. ${capitalized(team(p.owner))} le va a llamar${p.phone ? ' a este número' : ''} en breve. ¡Gracias por llamar!`,
  voicemail_prompt: () =>
    'Perdón, no le escucho. Deje su nombre, su dirección y lo que necesita después del tono, y le devolvemos la llamada.',
  silence_close: (p) =>
    `Voy a cerrar esta conversación por ahora. Escríbale a ${p.business} cuando lo necesite.`,
};

export const ES_SUMMARY: SummaryLabels = {
  name: 'Nombre',
  phone: 'Teléfono',
  address: 'Dirección',
  problem: 'Problema',
  wants: 'Quiere',
  emergency: 'EMERGENCIA',
  request: {
    book: 'Quiere agendar',
    reschedule: 'Quiere cambiar su cita',
    cancel: 'Quiere cancelar su cita',
    human: 'Pidió hablar con una persona',
  },
  asap: 'lo antes posible',
  partOfDay: { morning: 'mañana', afternoon: 'tarde', evening: 'noche' },
  around: 'cerca de las',
  appointment: 'Cita',
};
