// "Try the assistant": the owner chats with their own assistant as a caller would (a test
// conversation through /v1/owner/try/*), and the week below refreshes after each reply so a booking
// the assistant makes shows up at once.
import { useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../shared/ui.js';
import { readOnlyNote, useDashboard } from './context.js';
import { Transcript } from './customers.js';
import { Week } from './schedule.js';
import { canListen, canSpeak, type Listening, listenOnce, speak } from './speech.js';

interface Line {
  role: 'user' | 'assistant';
  text: string;
}

interface TryReply {
  conversation_id: string;
  reply_text: string;
  done?: boolean;
}

export function TryAssistant() {
  const dashboard = useDashboard();
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [readAloud, setReadAloud] = useState(false);
  const [listening, setListening] = useState<Listening | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const language = 'en-US';

  const answer = (reply: TryReply, sent: Line[]) => {
    setConversationId(reply.conversation_id);
    setLines([...sent, { role: 'assistant', text: reply.reply_text }]);
    setDone(Boolean(reply.done));
    setRefreshKey((key) => key + 1);
    if (readAloud) speak(reply.reply_text, language);
  };

  const start = async (form: FormData) => {
    const name = String(form.get('name') ?? '').trim();
    const phone = String(form.get('phone') ?? '').trim();
    const reply = await dashboard.api.request<TryReply>('Starting a test chat', '/v1/owner/try/start', {
      method: 'POST',
      body: { ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
    });
    answer(reply, []);
  };

  const send = async (text: string) => {
    if (!conversationId || !text) return;
    const sent: Line[] = [...lines, { role: 'user', text }];
    setLines(sent);
    const reply = await dashboard.api.request<TryReply>(
      'Sending your message to the assistant',
      `/v1/owner/try/${encodeURIComponent(conversationId)}/message`,
      { method: 'POST', body: { text } },
    );
    answer(reply, sent);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  const submitMessage = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = String(new FormData(form).get('text') ?? '').trim();
    form.reset();
    void run(() => send(text));
  };

  const listen = () => {
    if (listening) {
      listening.stop();
      return;
    }
    const session = listenOnce(
      language,
      (text) => void run(() => send(text)),
      (failure) => {
        setListening(null);
        if (failure && failure !== 'no-speech') setError(new Error(`Listening failed: ${failure}`));
      },
    );
    setListening(session);
  };

  const note = readOnlyNote(dashboard);
  return (
    <div class="try-layout">
      <section class="panel stack" aria-labelledby="try-heading">
        <h1 id="try-heading">Try the assistant</h1>
        <p class="muted small">
          Chat as a caller would. This is a test conversation: bookings it makes are real appointments in your
          calendar (cancel them afterwards), but it is marked as a test.
        </p>
        {note ? <p class="muted">{note}</p> : null}
        {conversationId === null || done ? (
          <form
            class="stack"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget as HTMLFormElement);
              setLines([]);
              void run(() => start(form));
            }}
          >
            <div class="row gap wrap">
              <div class="field">
                <label for="try-name">Caller name (optional)</label>
                <input id="try-name" name="name" autocomplete="off" />
              </div>
              <div class="field">
                <label for="try-phone">Caller phone (optional)</label>
                <input id="try-phone" name="phone" type="tel" autocomplete="off" />
              </div>
            </div>
            <button type="submit" class="primary" disabled={busy || !dashboard.canWrite}>
              {done ? 'Start another test chat' : 'Start a test chat'}
            </button>
          </form>
        ) : null}
        <Transcript messages={lines} />
        {conversationId && !done ? (
          <form class="row gap" onSubmit={submitMessage}>
            <label class="visually-hidden" for="try-text">
              Your message
            </label>
            <input id="try-text" name="text" ref={input} autocomplete="off" required disabled={busy} />
            <button type="submit" class="primary" disabled={busy}>
              Send
            </button>
            {canListen() ? (
              <button type="button" onClick={listen} aria-pressed={listening !== null} disabled={busy}>
                {listening ? 'Stop listening' : 'Speak'}
              </button>
            ) : null}
          </form>
        ) : null}
        {canSpeak() ? (
          <label class="check">
            <input
              type="checkbox"
              checked={readAloud}
              onChange={(event) => setReadAloud((event.currentTarget as HTMLInputElement).checked)}
            />{' '}
            Read replies aloud
          </label>
        ) : null}
        {busy ? <p class="muted small">The assistant is thinking…</p> : null}
        <ErrorMessage error={error} />
      </section>
      <Week refreshKey={refreshKey} />
    </div>
  );
}
