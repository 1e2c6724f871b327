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

  it.each([
    ["i don't want to cancel just move it", 'cancel'],
    ['do you do tankless water heaters', 'book'],
    ['i need to cancel my appointment', 'book'],
    ['my water heater is leaking', 'human'],
    ['hi i need a plumber', 'greeting'],
    ['hello my sink is clogged', 'greeting'],
  ] as const)('%s does not mean %s', (text, intent) => {
    expect(intents(text, true)).not.toContain(intent);
  });
});
