// Tenants: the list, create, edit (the same fields as the owner's settings, plus status), lockdown,
// and rotating the API key or widget token (the new value is shown once, with a copy button).
import { useState } from 'preact/hooks';
import { type Api, fieldErrorsByName } from '../shared/api.js';
import { type Business, settingsPatch } from '../shared/business-fields.js';
import { BusinessFields } from '../shared/business-form.js';
import { ErrorMessage, Field, Loading, Notice, OnceSecret, useLoad } from '../shared/ui.js';

type Secret = { label: string; value: string } | null;

export function Tenants({ api }: { api: Api }) {
  const list = useLoad(
    () => api.request<{ items: Business[] }>('Loading tenants', '/v1/admin/businesses?limit=200'),
    [api],
  );
  const [editing, setEditing] = useState<Business | 'new' | null>(null);
  const [secret, setSecret] = useState<Secret>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (action: string, work: () => Promise<Secret>) => {
    setError(null);
    setSecret(null);
    try {
      setSecret(await work());
      list.reload();
    } catch (caught) {
      setError(caught);
    }
    return action;
  };
  const path = (business: Business, tail = '') =>
    `/v1/admin/businesses/${encodeURIComponent(business.id)}${tail}`;
  const lockdown = (business: Business) =>
    act('lockdown', async () => {
      await api.request(`Changing lockdown of ${business.id}`, path(business), {
        method: 'PATCH',
        body: { lockdown_mode: !business.lockdown_mode },
      });
      return null;
    });
  const rotate = (business: Business, which: 'key' | 'widget-token') =>
    act('rotate', async () => {
      const answer = await api.request<{ api_key?: string; widget_token?: string }>(
        `Rotating the ${which === 'key' ? 'API key' : 'widget token'} of ${business.id}`,
        path(business, `/rotate-${which}`),
        { method: 'POST' },
      );
      const value = which === 'key' ? answer.api_key : answer.widget_token;
      return value
        ? { label: `New ${which === 'key' ? 'API key' : 'widget token'} of ${business.id}`, value }
        : null;
    });

  if (editing) {
    return (
      <TenantForm
        api={api}
        business={editing === 'new' ? null : editing}
        onDone={(created) => {
          setEditing(null);
          setSecret(created);
          list.reload();
        }}
      />
    );
  }
  return (
    <section class="stack">
      <div class="row">
        <h1>Tenants</h1>
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          New tenant
        </button>
      </div>
      {secret ? <OnceSecret label={secret.label} value={secret.value} /> : null}
      <ErrorMessage error={error ?? list.error} />
      {!list.data && !list.error ? <Loading what="tenants" /> : null}
      <ul class="cards-list" data-testid="tenants">
        {list.data?.items.map((business) => (
          <li key={business.id} class={business.lockdown_mode ? 'item emergency' : 'item'}>
            <div class="row gap wrap">
              <strong>{business.name}</strong>
              <code class="small">{business.id}</code>
              <span class="badge">{business.status}</span>
              {business.lockdown_mode ? <span class="badge danger">lockdown</span> : null}
              <span class="muted small">{business.time_zone}</span>
            </div>
            <div class="row gap wrap">
              <button type="button" onClick={() => setEditing(business)}>
                Edit
              </button>
              <button type="button" onClick={() => lockdown(business)}>
                {business.lockdown_mode ? 'Lift lockdown' : 'Lock down'}
              </button>
              <button type="button" onClick={() => rotate(business, 'key')}>
                Rotate API key
              </button>
              <button type="button" onClick={() => rotate(business, 'widget-token')}>
                Rotate widget token
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TenantForm({
  api,
  business,
  onDone,
}: {
  api: Api;
  business: Business | null;
  onDone: (secret: Secret) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const { patch, errors: local } = settingsPatch(form, business?.default_duration_minutes ?? 60);
    setErrors(local);
    setError(null);
    if (Object.keys(local).length > 0) return;
    patch.status = String(form.get('status') ?? 'active');
    const id = String(form.get('id') ?? '').trim();
    if (!business && id) patch.id = id;
    setBusy(true);
    try {
      if (business) {
        await api.request(
          `Saving ${business.id}`,
          `/v1/admin/businesses/${encodeURIComponent(business.id)}`,
          {
            method: 'PATCH',
            body: patch,
          },
        );
        onDone(null);
      } else {
        const created = await api.request<Business & { api_key: string; widget_token: string }>(
          'Creating the tenant',
          '/v1/admin/businesses',
          { method: 'POST', body: patch },
        );
        onDone({
          label: `API key and widget token of ${created.id}`,
          value: `api_key=${created.api_key} widget_token=${created.widget_token}`,
        });
      }
    } catch (caught) {
      setErrors(fieldErrorsByName(caught));
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <form class="panel stack" onSubmit={submit} noValidate>
      <h1>{business ? `Edit ${business.name}` : 'New tenant'}</h1>
      {business ? null : (
        <Field
          label="Id (optional)"
          name="id"
          error={errors.id}
          hint="Lower-case letters, digits, _ or -; made from the name when empty"
        >
          <input id="field-id" name="id" />
        </Field>
      )}
      <Field label="Status" name="status" error={errors.status}>
        <select id="field-status" name="status">
          <option value="active" selected={business?.status !== 'suspended'}>
            active
          </option>
          <option value="suspended" selected={business?.status === 'suspended'}>
            suspended
          </option>
        </select>
      </Field>
      <BusinessFields business={business ?? {}} errors={errors} />
      <ErrorMessage error={error} />
      <Notice text={busy ? 'Saving…' : null} />
      <div class="row gap">
        <button type="submit" class="primary" disabled={busy}>
          {business ? 'Save' : 'Create tenant'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Back to the list
        </button>
      </div>
    </form>
  );
}
