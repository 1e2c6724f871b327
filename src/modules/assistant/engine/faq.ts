import type { Understanding } from '../understanding/index.js';
import { ask, askAgain, type Draft, say, setOutcome } from './draft.js';
import { rangesOn, weeklyGroups } from './hours.js';
import { INTAKE_PENDING } from './state.js';

// Questions answered from the tenant's own settings, never invented.

const MAX_PLACES = 8;
const INTAKE: ReadonlySet<string> = new Set(INTAKE_PENDING);

function answerHours(d: Draft, u: Understanding): void {
  const day = u.time?.fromDate;
  if (day && (u.time?.toDate ?? day) === day) {
    say(d, 'faq_hours_day', { date: day, ranges: rangesOn(d.facts, day) });
    return;
  }
  say(d, 'faq_hours_week', { groups: weeklyGroups(d.facts) });
}

/** True when the answer already invites a booking ("Yes, we do drain cleaning. Want a visit?"). */
function answerServices(d: Draft, u: Understanding): boolean {
  if (u.service) {
    say(d, 'faq_services_yes', { service: u.service });
    return true;
  }
  const names = d.facts.services.map((service) => service.name.toLowerCase());
  if (names.length === 0) say(d, 'faq_services_general', {});
  else say(d, 'faq_services_list', { services: names });
  return false;
}

function answerArea(d: Draft, text: string): void {
  const area = d.facts.serviceArea;
  const heard = text.toLowerCase();
  const place = area.find((entry) => heard.includes(entry.toLowerCase()));
  if (place) say(d, 'faq_area_yes', { place });
  else if (area.length === 0) say(d, 'faq_area_unknown', {});
  else say(d, 'faq_area_list', { places: area.slice(0, MAX_PLACES), more: area.length > MAX_PLACES });
}

/** Answers every question asked, then resumes the booking in progress or asks what else. */
export function answerFaq(d: Draft, u: Understanding, text: string): void {
  let invitesBooking = false;
  if (u.intents.includes('faq_hours')) answerHours(d, u);
  if (u.intents.includes('faq_services')) invitesBooking = answerServices(d, u);
  if (u.intents.includes('faq_area')) answerArea(d, text);
  setOutcome(d, 'faq');
  if (d.s.pending && INTAKE.has(d.s.pending)) {
    askAgain(d);
    return;
  }
  ask(d, invitesBooking && d.s.intent === null ? 'offer_booking' : 'anything_else');
}
