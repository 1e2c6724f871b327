import { useState } from 'preact/hooks';
import { ErrorMessage } from '../shared/ui.js';
import type { Session } from './session.js';

export function SignIn({ session }: { session: Session }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await session.signIn(String(form.get('email')), String(form.get('password')));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <main class="narrow">
      <h1>Sign in</h1>
      <p class="muted">
        Your business dashboard. <code>npm start</code> prints a demo owner's email and password.
      </p>
      <form onSubmit={submit} class="stack">
        <div class="field">
          <label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <ErrorMessage error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
