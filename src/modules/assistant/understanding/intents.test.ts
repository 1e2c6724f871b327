import { describe, expect, it } from 'vitest';
import { detectIntents } from './intents.js';
import { normalize } from './normalize.js';
import type { Intent } from './types.js';

const intents = (text: string, hasProblem = false, lang: 'en' | 'es' = 'en') =>
  detectIntents(normalize(text, lang), { hasProblem });

describe('detectIntents', () => {
  it.each<[string, Intent]>([
    ['i need to move my appointment', 'reschedule'],
    ['can we change the time', 'reschedule'],
    ['i have to reschedule', 'reschedule'],
    ['i need to move the furnace one on friday', 'reschedule'],
    ['can i move my furnace appointment', 'reschedule'],
    ['can we push the friday one back a week', 'reschedule'],
    ['change my friday appointment', 'reschedule'],
    ['cancel my appointment', 'cancel'],
    ['i need to cancel my appointment for thursday', 'cancel'],
    ['can i talk to a real person', 'human'],
    ['i want to speak to a representative', 'human'],
    ['let me talk to the owner', 'human'],
    ['can i speak to a manager please', 'human'],
    ['transfer me please', 'human'],
    ['what are your hours', 'faq_hours'],
    ['are you guys open on saturday', 'faq_hours'],
    ['what time do you close', 'faq_hours'],
    ['do you do tankless water heaters', 'faq_services'],
    ['do you service furnaces', 'faq_services'],
    ['what services do you offer', 'faq_services'],
    ['do you serve springfield', 'faq_area'],
    ['do you service oak park', 'faq_area'],
    ['is that in your service area', 'faq_area'],
    ['how much do you guys charge to come out and look at a water heater', 'faq_price'],
    ['what are your prices', 'faq_price'],
    ['how much is a service call', 'faq_price'],
    ['what does it cost to replace a water heater', 'faq_price'],
    ['how much would it cost', 'faq_price'],
    ['is there a fee to come out', 'faq_price'],
    ['do you charge for estimates', 'faq_price'],
    ['do you do free estimates', 'faq_price'],
    ['can you give me a ballpark', 'faq_price'],
    ["that's all thanks bye", 'goodbye'],
    ['hello', 'greeting'],
    ['hello can you hear me', 'greeting'],
    ['are you there', 'greeting'],
    ['okay thanks bye', 'goodbye'],
    ['i want to confirm my appointment', 'confirm_appointment'],
    ['confirm', 'confirm_appointment'],
    ['i need to book a plumber', 'book'],
    ['can you send someone out tomorrow', 'book'],
  ])('%s → %s', (text, intent) => {
    expect(intents(text)).toContain(intent);
  });

  it.each<[string, Intent]>([
    ['quiero cambiar mi cita', 'reschedule'],
    ['necesito cancelar la cita', 'cancel'],
    ['quiero hablar con una persona', 'human'],
    ['a qué hora abren', 'faq_hours'],
    ['cuánto cobran por venir a ver el calentador', 'faq_price'],
    ['cuánto cuesta', 'faq_price'],
    ['qué precio tiene', 'faq_price'],
    ['dan presupuestos gratis', 'faq_price'],
    ['gracias adiós', 'goodbye'],
    ['no gracias eso es todo', 'goodbye'],
    ['necesito hacer una cita', 'book'],
    ['hola buenos días', 'greeting'],
  ])('%s → %s (Spanish)', (text, intent) => {
    expect(intents(text, false, 'es')).toContain(intent);
  });

  it('a described problem with nothing else going on means booking', () => {
    expect(intents('my water heater is leaking', true)).toEqual(['book']);
  });

  it.each<[string, boolean, Intent[]]>([
    // The question comes with the visit it is about: both are heard.
    ['how much do you guys charge to come out and look at a water heater', false, ['book', 'faq_price']],
    ['my sink is clogged how much to fix it', true, ['book', 'faq_price']],
    // A bare price question is only a question.
    ['what are your prices', false, ['faq_price']],
    // "Free estimate" in a job description asks for a visit, not about price.
    ["my water heater is leaking and i'd like someone to come out for a free estimate", true, ['book']],
    ['my water heater is leaking can i get a free estimate', true, ['book']],
    // "do you do free estimates" is about price, not the kind of work done.
    ['do you do free estimates', false, ['faq_price']],
  ])('%s (problem: %s) → %j', (text, hasProblem, expected) => {
    expect(intents(text, hasProblem)).toEqual(expected);
  });

  it.each([
    ["i don't care how much it costs just send someone", 'faq_price'],
    ["i don't know how much it's leaking", 'faq_price'],
    ['how much water is on the floor', 'faq_price'],
    ['how long will it take', 'faq_price'],
    ["i don't want to cancel just move it", 'cancel'],
    ['do you do tankless water heaters', 'book'],
    ['i need to cancel my appointment', 'book'],
    ['my water heater is leaking', 'human'],
    ['hi i need a plumber', 'greeting'],
    ['hello my sink is clogged', 'greeting'],
    ["is there a real person i could talk to no never mind you're doing fine", 'human'],
    ['can i talk to a real person actually no forget it', 'human'],
    ['can we change the old one', 'reschedule'],
  ] as const)('%s does not mean %s', (text, intent) => {
    expect(intents(text, true)).not.toContain(intent);
  });
});
