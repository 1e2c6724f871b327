// The settings page's switches and connections: lockdown, Google Calendar, the chat widget.
import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage, OnceSecret } from '../shared/ui.js';
import { readOnlyNote, useDashboard } from './context.js';

export function LockdownSwitch() {
  const dashboard = useDashboard();
  const { api, business } = dashboard;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.request<{ lockdown_mode: boolean }>(
        business.lockdown_mode ? 'Turning lockdown off' : 'Turning lockdown on',
        '/v1/owner/lockdown',
        { method: 'POST', body: { enabled: !business.lockdown_mode } },
      );
      dashboard.setBusiness({ ...business, lockdown_mode: answer.lockdown_mode });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const note = readOnlyNote(dashboard, true);
  return (
    <section
      class={business.lockdown_mode ? 'panel stack locked' : 'panel stack'}
      aria-labelledby="lockdown-heading"
    >
      <h2 id="lockdown-heading">Lockdown</h2>
      <p>
        {business.lockdown_mode
          ? 'Lockdown is ON: the phone line, texts and the chat widget answer that the service is unavailable.'
          : 'Lockdown is off: the assistant answers calls, texts and chats.'}
      </p>
      <button
        type="button"
        role="switch"
        aria-checked={business.lockdown_mode}
        class={business.lockdown_mode ? 'danger' : ''}
        disabled={busy || !dashboard.isOwner}
        onClick={toggle}
      >
        {business.lockdown_mode ? 'Turn lockdown off' : 'Turn lockdown on'}
      </button>
      {note ? <p class="muted small">{note}</p> : null}
      <ErrorMessage error={error} />
    </section>
  );
}

interface CalendarStatus {
  connected: boolean;
  method: 'oauth' | 'service_account' | null;
  calendar_id: string | null;
  disconnected_at: string | null;
  last_sync_at: string | null;
  watching: boolean;
}

function calendarSentence(status: CalendarStatus | null): string {
  if (!status) return 'Checking the calendar connection…';
  if (status.disconnected_at)
    return 'Disconnected: Google withdrew access. Connect again to keep the calendar in step.';
  if (!status.connected) return 'Not connected: bookings live only here.';
  const where = status.calendar_id && status.calendar_id !== 'primary' ? ` "${status.calendar_id}"` : '';
  const live = status.watching ? ' Changes made in Google arrive within seconds.' : '';
  return `Connected to calendar${where}: bookings are written there and its busy times are respected.${live}`;
}

export function CalendarPanel() {
  const dashboard = useDashboard();
  const [error, setError] = useState<unknown>(null);
  const connect = async () => {
    setError(null);
    try {
      const { authorization_url } = await dashboard.api.request<{ authorization_url: string }>(
        'Connecting Google Calendar',
        '/v1/calendar/google/connect',
      );
      location.assign(authorization_url);
    } catch (caught) {
      setError(caught);
    }
  };
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  useEffect(() => {
    dashboard.api
      .request<CalendarStatus>('Reading the calendar connection', '/v1/calendar/google/status')
      .then(setStatus, setError);
  }, [dashboard.api]);
  const connected = status?.connected === true;
  return (
    <section class="panel stack" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Google Calendar</h2>
      <p data-testid="calendar-status">{calendarSentence(status)}</p>
      <button type="button" onClick={connect} disabled={!dashboard.isOwner}>
        {connected ? 'Reconnect Google Calendar' : 'Connect Google Calendar'}
      </button>
      <ErrorMessage error={error} />
    </section>
  );
}

export function WidgetPanel() {
  const dashboard = useDashboard();
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rotate = async () => {
    setError(null);
    try {
      const answer = await dashboard.api.request<{ widget_token: string }>(
        'Creating a widget token',
        '/v1/owner/widget-token',
        { method: 'POST' },
      );
      setToken(answer.widget_token);
    } catch (caught) {
      setError(caught);
    }
  };
  const snippet = token
    ? `<script src="${location.origin}/widget/embed.js" data-widget-token="${token}" async></script>`
    : null;
  const note = readOnlyNote(dashboard, true);
  return (
    <section class="panel stack" aria-labelledby="widget-heading">
      <h2 id="widget-heading">Chat widget for your website</h2>
      <p>
        Paste one script tag into your site. Creating the snippet issues a new widget token; a snippet made
        earlier stops working.
      </p>
      <button type="button" onClick={rotate} disabled={!dashboard.isOwner}>
        Create embed snippet (new token)
      </button>
      {note ? <p class="muted small">{note}</p> : null}
      {snippet ? <OnceSecret label="Embed snippet" value={snippet} /> : null}
      <ErrorMessage error={error} />
    </section>
  );
}
