// What the Twilio channel itself says (the assistant writes everything else), in both tenant languages.

export type Language = 'en' | 'es';

const TEXTS = {
  en: {
    unknownNumber: "We're sorry, this number is not in service. Goodbye.",
    unavailable: 'This line is unavailable right now. Please try again later. Goodbye.',
    voiceError:
      "We're sorry, something went wrong while handling your call. If this is a life-threatening emergency, hang up and call 911.",
    offerMessage:
      "We're sorry, we can't take your call right now. Please leave your name, number and a short message after the beep, or hang up and try again later.",
    noAnswer:
      'Sorry, no one could take your call. Please leave your name, number and a short message after the beep.',
    voicemailThanks: 'Thank you. Your message was received and someone will call you back shortly. Goodbye.',
    goodbye: 'Thanks for calling. Goodbye.',
    smsError:
      'Sorry, something went wrong while handling your message. Please call us instead. In an emergency, call 911.',
    smsUnknownNumber: "Sorry, this number isn't accepting messages.",
    help: '{business}: automated assistant for appointments and questions. Call or text {phone}. Reply STOP to opt out.',
    helpNoPhone: '{business}: automated assistant for appointments and questions. Reply STOP to opt out.',
    confirmed: 'Thanks! Your appointment on {when} is confirmed.',
    alreadyConfirmed: 'Your appointment on {when} is already confirmed. See you then!',
  },
  es: {
    unknownNumber: 'Lo sentimos, este número no está en servicio. Adiós.',
    unavailable: 'Esta línea no está disponible en este momento. Intente más tarde. Adiós.',
    voiceError:
      'Lo sentimos, algo salió mal al atender su llamada. Si es una emergencia que pone en peligro la vida, cuelgue y llame al 911.',
    offerMessage:
      'Lo sentimos, no podemos atender su llamada ahora. Deje su nombre, número y un mensaje breve después del tono, o cuelgue e intente más tarde.',
    noAnswer:
      'Lo sentimos, nadie pudo atender su llamada. Deje su nombre, número y un mensaje breve después del tono.',
    voicemailThanks: 'Gracias. Recibimos su mensaje y le devolveremos la llamada pronto. Adiós.',
    goodbye: 'Gracias por llamar. Adiós.',
    smsError:
      'Lo sentimos, algo salió mal al procesar su mensaje. Llámenos por favor. En una emergencia, llame al 911.',
    smsUnknownNumber: 'Lo sentimos, este número no recibe mensajes.',
    help: '{business}: asistente automático para citas y preguntas. Llame o escriba al {phone}. Responda STOP para darse de baja.',
    helpNoPhone: '{business}: asistente automático para citas y preguntas. Responda STOP para darse de baja.',
    confirmed: '¡Gracias! Su cita del {when} está confirmada.',
    alreadyConfirmed: 'Su cita del {when} ya está confirmada. ¡Hasta pronto!',
  },
} as const;

export type TextKey = keyof (typeof TEXTS)['en'];

export function text(language: Language, key: TextKey, values: Record<string, string> = {}): string {
  return TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
