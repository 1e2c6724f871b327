// The platform admin's page: the admin API key (kept in sessionStorage: it survives a reload of this
// tab and ends with it), then tenants, usage and feedback.
import { useMemo, useState } from 'preact/hooks';
import type { KeyValueStorage } from '../dashboard/session.js';
import { type Api, createApi } from '../shared/api.js';
import { ErrorBoundary } from '../shared/ui.js';
import { FeedbackList } from './feedback.js';
import { Tenants } from './tenants.js';
import { Usage } from './usage.js';

const KEY = 'admin.api_key';

export function AdminApp({ storage }: { storage: KeyValueStorage }) {
  const [key, setKey] = useState<string | null>(() => storage.getItem(KEY));
  const [refused, setRefused] = useState(false);
  const api = useMemo<Api | null>(() => {
    if (!key) return null;
    return createApi({
      headers: () => ({ 'x-admin-api-key': key }),
      // A refused key is forgotten, and the page asks for it again.
      onUnauthorized: async () => {
        storage.removeItem(KEY);
        setRefused(true);
        setKey(null);
        return false;
      },
    });
  }, [key, storage]);
  if (!api) {
    return (
      <KeyForm
        refused={refused}
        onKey={(value) => {
          storage.setItem(KEY, value);
          setRefused(false);
          setKey(value);
        }}
      />
    );
  }
  return (
    <Shell
      api={api}
      onForget={() => {
        storage.removeItem(KEY);
        setKey(null);
      }}
    />
  );
}

function KeyForm({ refused, onKey }: { refused: boolean; onKey: (key: string) => void }) {
  const submit = (event: Event) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('key') ?? '').trim();
    if (value) onKey(value);
  };
  return (
    <main class="narrow">
      <h1>Platform admin</h1>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for="admin-key">Admin API key</label>
          <input id="admin-key" name="key" type="password" autocomplete="off" required />
          <small class="muted">The ADMIN_API_KEY the service runs with. Kept in this tab only.</small>
        </div>
        {refused ? (
          <p class="alert" role="alert">
            The service refused that key (or admin access is off: ADMIN_API_KEY is not set).
          </p>
        ) : null}
        <button type="submit" class="primary">
          Continue
        </button>
      </form>
    </main>
  );
}

const TABS = [
  ['tenants', 'Tenants'],
  ['usage', 'Usage'],
  ['feedback', 'Feedback'],
] as const;
type Tab = (typeof TABS)[number][0];

function Shell({ api, onForget }: { api: Api; onForget: () => void }) {
  const [tab, setTab] = useState<Tab>('tenants');
  return (
    <>
      <header class="topbar">
        <strong class="brand">Platform admin</strong>
        <button type="button" onClick={onForget}>
          Forget the key
        </button>
      </header>
      <nav class="tabs" aria-label="Sections">
        {TABS.map(([name, label]) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)}>
            {label}
          </button>
        ))}
      </nav>
      <main id="main">
        <ErrorBoundary key={tab}>
          {tab === 'tenants' ? <Tenants api={api} /> : null}
          {tab === 'usage' ? <Usage api={api} /> : null}
          {tab === 'feedback' ? <FeedbackList api={api} /> : null}
        </ErrorBoundary>
      </main>
    </>
  );
}
