import type { WeekdayKey } from '../../../platform/time/tenant-time.js';
import type { Speaker } from '../engine/speak.js';
import type { HoursGroup, Phrasebook, Range, SummaryLabels } from './messages.js';

const DAY: Record<WeekdayKey, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const team = (owner: string | null) => owner ?? 'someone from our team';

function ranges(list: readonly Range[], f: Speaker): string {
  return f.list(
    list.map(([open, close]) => `from ${f.clock(open)} to ${f.clock(close)}`),
    'and',
  );
}

function days(group: HoursGroup): string {
  const first = DAY[group.days[0]!];
  if (group.days.length === 1) return first;
  const last = DAY[group.days.at(-1)!];
  return group.days.length === 2 ? `${first} and ${last}` : `${first} to ${last}`;
}

function week(groups: readonly HoursGroup[], f: Speaker): string {
  const open = groups.filter((g) => g.ranges.length > 0).map((g) => `${days(g)} ${ranges(g.ranges, f)}`);
  const closed = groups.filter((g) => g.ranges.length === 0).map(days);
  const openPart = open.length > 0 ? `We're open ${f.list(open, 'and')}` : "We don't have regular hours set";
  return closed.length > 0 ? `${openPart}, and closed ${f.list(closed, 'and')}.` : `${openPart}.`;
}

export const EN: Phrasebook = {
  greeting: (p) => {
    const thanks = p.voice ? 'calling' : 'contacting';
    return p.name
      ? `Hi ${p.name}, thanks for ${thanks} ${p.business}. How can I help you today?`
      : `Thanks for ${thanks} ${p.business}, this is the virtual assistant. How can I help you today?`;
  },
  greeting_custom: (p) => (p.name ? `Hi ${p.name}! ${p.text}` : p.text),
  how_help: () => 'How can I help you today?',
  ask_problem: () => "What's going on, or what do you need done?",
  reask_problem: () =>
    'Could you tell me briefly what the problem is? For example, a leaking pipe or a clogged drain.',
  ask_time: () => 'When would you like someone to come out?',
  reask_time: () => 'What day and time works for you? For example, tomorrow morning, or Friday afternoon.',
  ask_name: () => 'Can I get your name, please?',
  reask_name: () => 'Sorry, what name should I put on the appointment?',
  ask_address: () => "What's the address where you need the work done?",
  reask_address: () => 'Could you give me the street address, like 123 Main Street?',
  ask_phone: () => "What's the best phone number to reach you?",
  reask_phone: () => 'Could you say the phone number again, with the area code?',
  ack_problem: () => 'We can take care of that.',
  water_safety: () =>
    'If you can get to it safely, shut off the water at the main valve, usually where the water line comes into the house, near the meter or the water heater. Stay away from any outlets or cords near the water.',
  visit_dropped: () => "No problem, I won't book anything.",
  ack_name: (p) => `Thanks, ${p.name}.`,
  ack_address: (p) => `Got it, ${p.address}.`,
  ack: () => 'Got it.',
  didnt_catch: () => "Sorry, I didn't catch that.",
  still_there: () => 'Are you still there?',
  hear_you: () => "Yes, I'm here.",
  offer_two: (p, f) => `I have ${f.either(p.first, p.second)}. Which works better?`,
  which_one: (p, f) => `Which one would you like: ${f.either(p.first, p.second)}?`,
  nothing_then: () => "I don't have anything open then.",
  not_open: (p, f) => {
    if ('at' in p) return `We're not open ${f.at(p.at)}.`;
    if ('after' in p) return `We're not open after ${f.clock(p.after)}.`;
    if ('before' in p) return `We're not open before ${f.clock(p.before)}.`;
    return `We're not open in the ${p.partOfDay}.`;
  },
  confirm_booking: (p, f) =>
    `I can ${p.emergency ? 'get someone out' : 'book you'} ${f.when(p.slot)} at ${p.address}. Shall I book that?`,
  other_time: () => 'No problem. What day and time would work better?',
  open_time: () => 'What day and time would suit you best?',
  booked: (p, f) =>
    `You're all set for ${f.when(p.slot)} at ${p.address}.` +
    (p.emergency ? " We've marked it as an emergency." : '') +
    (p.texted ? " You'll get a text confirmation shortly." : ''),
  slot_taken: () => 'Sorry, that time was just taken.',
  no_availability: (p) =>
    `I couldn't find an open time that works, so I'll have ${team(p.owner)} call you back to set one up. Thanks for calling!`,
  system_trouble: (p) =>
    `I'm having trouble with our schedule right now, so I'll have ${team(p.owner)} call you back shortly. Sorry about that!`,
  found_for_cancel: (p, f) =>
    `I see your ${p.service ? `${p.service.toLowerCase()} ` : ''}appointment ${f.when(p.slot)}. Do you want me to cancel it?`,
  cancelled: (p, f) => `Done, your appointment ${f.when(p.slot)} is cancelled.`,
  cancel_kept: () => "Okay, I'll leave it as it is. Is there anything else I can help with?",
  found_for_reschedule: (p, f) =>
    `I see your appointment ${f.when(p.slot)}. When would you like to move it to?`,
  confirm_reschedule: (p, f) =>
    `I can move your appointment from ${f.when(p.from)} to ${f.when(p.slot)}. Shall I do that?`,
  rescheduled: (p, f) =>
    `Done, you're now booked for ${f.when(p.slot)}.` +
    (p.texted ? " You'll get a text with the new time." : ''),
  no_appointment: () =>
    "I couldn't find an upcoming appointment for this number. Would you like to book a new visit?",
  gas_safety: (p) =>
    p.carbonMonoxide
      ? 'Carbon monoxide can make you sick without any smell: please leave the building right now with everyone inside, and call 911 or the fire department from outside.'
      : 'If you smell gas, please leave the building right now, without using switches or flames, and call the gas company or 911 from outside.',
  electrical_safety: () =>
    "Please don't touch it or use it. If there's any smoke or fire, leave the building and call 911 from outside. Only switch off the breaker or the main if you can do it safely.",
  emergency_transfer: (p) =>
    `This sounds like an emergency. I've alerted ${team(p.owner)}, and I'm connecting you now. Please stay on the line.`,
  emergency_book: (p) =>
    `This sounds like an emergency. I've alerted ${team(p.owner)}, and I'll get someone out to you as soon as possible.`,
  transfer_now: (p) => `Sure, let me connect you with ${team(p.owner)}. One moment, please.`,
  handoff_callback: (p) =>
    `I can't put you through right now, so I've asked ${team(p.owner)} to call you back${p.phone ? ' at this number' : ''} as soon as possible. Is there anything else I can help with in the meantime?`,
  faq_hours_week: (p, f) => week(p.groups, f),
  faq_hours_day: (p, f) => {
    const day = f.day(p.date);
    // "Tomorrow, Sunday, …": the caller may have asked by the weekday's name.
    const lead =
      day === 'today' || day === 'tomorrow'
        ? `${day === 'today' ? 'Today' : 'Tomorrow'}, ${f.weekday(p.date)},`
        : `On ${f.weekday(p.date)}`;
    if (p.ranges.length > 0) return `${lead} we're open ${ranges(p.ranges, f)}.`;
    if (!p.next) return `${lead} we're closed.`;
    const when = f.day(p.next.date);
    const next = when === 'today' || when === 'tomorrow' ? when : `on ${f.weekday(p.next.date)}`;
    return `${lead} we're closed; we're open again ${next} ${ranges(p.next.ranges, f)}.`;
  },
  faq_services_list: (p, f) => `We handle ${f.list(p.services, 'and')}.`,
  faq_services_no: (p, f) => `Sorry, we don't do ${p.thing}: we handle ${f.list(p.services, 'and')}.`,
  faq_services_yes: (p) => `Yes, we do ${p.service.toLowerCase()}.`,
  faq_services_general: () =>
    'We handle most repair and installation jobs. Tell me what you need and I can set up a visit.',
  faq_area_yes: (p) => `Yes, we serve ${p.place}.`,
  faq_area_list: (p, f) => `We serve ${f.list(p.more ? [...p.places, 'nearby areas'] : p.places, 'and')}.`,
  faq_area_no: (p, f) =>
    `I'm sorry, we don't cover ${p.place}: we serve ${f.list(p.more ? [...p.places, 'nearby areas'] : p.places, 'and')}.`,
  confirm_area: (p, f) =>
    `Just to check: is ${p.city} in ${f.list(p.more ? [...p.places, 'nearby areas'] : p.places, 'or')}? Those are the areas we serve.`,
  outside_area: (p, f) =>
    `I'm sorry, ${p.city} is outside our service area: we serve ${f.list(p.more ? [...p.places, 'nearby areas'] : p.places, 'and')}, so I can't book a visit there.`,
  faq_area_unknown: () => "If you give me the address, I'll make sure we can get someone out to you.",
  faq_price: () =>
    'Prices depend on the job: the technician looks at it and gives you a price before doing any work.',
  offer_booking: () => 'Would you like me to set up a visit?',
  anything_else: () => 'Is there anything else I can help with?',
  what_else: () => 'Sure, what can I help you with?',
  goodbye: (p) =>
    p.voice ? `Thanks for calling ${p.business}. Goodbye!` : `Thanks for contacting ${p.business}!`,
  give_up: (p) =>
    `I'm sorry, I'm having trouble understanding. I'll have ${team(p.owner)} call you back${p.phone ? ' at this number' : ''} shortly. Thanks for calling!`,
  voicemail_prompt: () =>
    "Sorry, I can't hear you. Please leave your name, address and what you need after the tone, and we'll call you back.",
  silence_close: (p) =>
    `I'll close this conversation for now. Message ${p.business} anytime if you need help.`,
};

export const EN_SUMMARY: SummaryLabels = {
  name: 'Name',
  phone: 'Phone',
  address: 'Address',
  problem: 'Problem',
  wants: 'Wants',
  emergency: 'EMERGENCY',
  request: {
    book: 'Wants to book',
    reschedule: 'Wants to reschedule',
    cancel: 'Wants to cancel',
    human: 'Asked for a person',
  },
  asap: 'as soon as possible',
  partOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  around: 'around',
  appointment: 'Appointment',
};
