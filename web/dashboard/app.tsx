import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, ErrorMessage, Loading, useLoad } from '../shared/ui.js';
import { AppointmentDetail } from './appointment.js';
import { Callbacks } from './callbacks.js';
import { type Dashboard, DashboardContext } from './context.js';
import { ConversationView, CustomerDetail, Customers } from './customers.js';
import { Messages } from './messages.js';
import { href, type Route, useRoute } from './router.js';
import { Today, Week } from './schedule.js';
import type { Session, User } from './session.js';
import { Settings } from './settings.js';
import { SignIn } from './sign-in.js';
import { TryAssistant } from './try-assistant.js';
import type { Business } from './types.js';

export function App({ session }: { session: Session }) {
  const [user, setUser] = useState<User | null>(session.user());
  const [resuming, setResuming] = useState(true);
  useEffect(() => {
    session.onChange(setUser);
    session.resume().finally(() => setResuming(false));
  }, [session]);
  if (resuming && !user) return <Loading what="your session" />;
  if (!user) return <SignIn session={session} />;
  return <SignedIn session={session} user={user} />;
}

const NAV: Array<[string, string]> = [
  ['today', 'Today'],
  ['week', 'Week'],
  ['customers', 'Customers'],
  ['callbacks', 'Callbacks'],
  ['messages', 'Messages'],
  ['try', 'Try the assistant'],
  ['settings', 'Settings'],
];

function SignedIn({ session, user }: { session: Session; user: User }) {
  const route = useRoute();
  useFocusOnNavigation(route);
  const loaded = useLoad(
    () => session.api.request<Business>('Loading your business', '/v1/owner/business'),
    [session, user.id],
  );
  const [business, setBusiness] = useState<Business | null>(null);
  useEffect(() => setBusiness(loaded.data), [loaded.data]);
  const dashboard = useMemo<Dashboard | null>(
    () =>
      business && {
        api: session.api,
        user,
        business,
        setBusiness,
        canWrite: user.role !== 'viewer',
        isOwner: user.role === 'owner',
      },
    [business, session, user],
  );
  return (
    <>
      <header class="topbar">
        <a class="skip" href="#main">
          Skip to content
        </a>
        <strong class="brand">{business?.name ?? 'Dashboard'}</strong>
        {business?.lockdown_mode ? <span class="badge danger">Lockdown on</span> : null}
        <span class="muted small">
          {user.email} ({user.role})
        </span>
        <button type="button" onClick={() => session.signOut()}>
          Sign out
        </button>
      </header>
      <nav class="tabs" aria-label="Sections">
        {NAV.map(([name, label]) => (
          <a key={name} href={href(name)} aria-current={route.name === name ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        <ErrorMessage error={loaded.error} />
        {loaded.error ? (
          <button type="button" onClick={loaded.reload}>
            Try again
          </button>
        ) : null}
        {dashboard ? (
          <DashboardContext.Provider value={dashboard}>
            {/* A failing view keeps the header and navigation usable. */}
            <ErrorBoundary key={`${route.name}/${route.id}`}>
              <View route={route} />
            </ErrorBoundary>
          </DashboardContext.Provider>
        ) : loaded.error ? null : (
          <Loading what="your business" />
        )}
      </main>
    </>
  );
}

// After a navigation inside the page, keyboard and screen-reader users start at the new view, as
// they would after a page load (not on the link they left).
function useFocusOnNavigation(route: Route) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [route.name, route.id]);
}

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'week':
      return <Week asPage />;
    case 'appointments':
      return route.id ? <AppointmentDetail id={route.id} /> : <Week asPage />;
    case 'customers':
      return route.id ? <CustomerDetail id={route.id} /> : <Customers />;
    case 'conversations':
      return route.id ? <ConversationView id={route.id} /> : <Customers />;
    case 'callbacks':
      return <Callbacks />;
    case 'messages':
      return <Messages />;
    case 'try':
      return <TryAssistant />;
    case 'settings':
      return <Settings />;
    default:
      return <Today />;
  }
}
