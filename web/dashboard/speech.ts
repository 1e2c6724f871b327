// The Web Speech API where the browser has it (Chrome, Edge, Safari): speech in through
// SpeechRecognition, replies read aloud through speechSynthesis. Absent: the controls are hidden.

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  const scope = window as unknown as Record<string, RecognitionConstructor | undefined>;
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export const canListen = () => recognitionConstructor() !== null;
export const canSpeak = () => typeof window.speechSynthesis !== 'undefined';

export interface Listening {
  stop(): void;
}

/** Listens for one utterance; `onText` gets the transcript, `onEnd` runs whatever happened. */
export function listenOnce(
  language: string,
  onText: (text: string) => void,
  onEnd: (error: string | null) => void,
): Listening | null {
  const Constructor = recognitionConstructor();
  if (!Constructor) return null;
  const recognition = new Constructor();
  recognition.lang = language;
  recognition.interimResults = false;
  let failure: string | null = null;
  recognition.onresult = (event) => {
    const text = event.results[0]?.[0]?.transcript?.trim();
    if (text) onText(text);
  };
  recognition.onerror = (event) => {
    failure = event.error;
  };
  recognition.onend = () => onEnd(failure);
  recognition.start();
  return { stop: () => recognition.stop() };
}

export function speak(text: string, language: string): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language;
  window.speechSynthesis.speak(utterance);
}
