// Settings (owners only): the business form with the API's 422 errors shown beside their fields,
// the lockdown switch, Google Calendar and the chat widget's embed snippet.
import { useState } from 'preact/hooks';
import { fieldErrorsByName } from '../shared/api.js';
import { settingsPatch } from '../shared/business-fields.js';
import { BusinessFields } from '../shared/business-form.js';
import { ErrorMessage, Notice } from '../shared/ui.js';
import { readOnlyNote, useDashboard } from './context.js';
import { CalendarPanel, LockdownSwitch, WidgetPanel } from './settings-panels.js';
import type { Business } from './types.js';

export function Settings() {
  const dashboard = useDashboard();
  return (
    <div class="stack">
      <h1>Settings</h1>
      <LockdownSwitch />
      <SettingsForm key={dashboard.business.id} disabled={!dashboard.isOwner} />
      <CalendarPanel />
      <WidgetPanel />
    </div>
  );
}

function SettingsForm({ disabled }: { disabled: boolean }) {
  const dashboard = useDashboard();
  const { api, business } = dashboard;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    setError(null);
    const { patch, errors: local } = settingsPatch(
      new FormData(event.currentTarget as HTMLFormElement),
      business.default_duration_minutes,
    );
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const updated = await api.request<Business>('Saving settings', '/v1/owner/business', {
        method: 'PATCH',
        body: patch,
      });
      dashboard.setBusiness(updated);
      setSaved('Settings saved.');
    } catch (caught) {
      setErrors(fieldErrorsByName(caught));
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const note = readOnlyNote(dashboard, true);
  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading">Business</h2>
      {note ? <p class="muted">{note}</p> : null}
      <fieldset disabled={disabled} class="stack">
        <BusinessFields business={business} errors={errors} />
        <ErrorMessage error={error} />
        <Notice text={saved} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
      </fieldset>
    </form>
  );
}
