// The callback queue: people to call back (a tel: link) and a resolve button per item.
import { useState } from 'preact/hooks';
import { shortDateTime } from '../shared/time.js';
import { ErrorMessage } from '../shared/ui.js';
import { readOnlyNote, useDashboard } from './context.js';
import { PageStatus, usePages } from './paged-list.js';
import type { Callback } from './types.js';

const REASONS: Record<string, string> = {
  MISSED_CALL: 'Missed call',
  VOICEMAIL: 'Voicemail',
  PARTIAL_INTAKE: 'Hung up part way',
  HANDOFF: 'Asked for a person',
  EMERGENCY: 'Emergency',
};

export function Callbacks() {
  const dashboard = useDashboard();
  const [status, setStatus] = useState<'OPEN' | 'RESOLVED'>('OPEN');
  const pages = usePages<Callback>(
    dashboard.api,
    'Loading callbacks',
    `/v1/owner/callbacks?status=${status}`,
    [],
  );
  const [resolved, setResolved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const resolve = async (callback: Callback) => {
    setError(null);
    try {
      await dashboard.api.request('Resolving the callback', `/v1/owner/callbacks/${callback.id}`, {
        method: 'PATCH',
        body: { status: 'RESOLVED' },
      });
      setResolved(new Set([...resolved, callback.id]));
    } catch (caught) {
      setError(caught);
    }
  };
  const note = readOnlyNote(dashboard);
  const items = (pages.items ?? []).filter((item) => status !== 'OPEN' || !resolved.has(item.id));
  return (
    <section class="stack">
      <h1>Callbacks</h1>
      <fieldset class="row gap">
        <legend class="visually-hidden">Which callbacks</legend>
        <button type="button" aria-pressed={status === 'OPEN'} onClick={() => setStatus('OPEN')}>
          To call back
        </button>
        <button type="button" aria-pressed={status === 'RESOLVED'} onClick={() => setStatus('RESOLVED')}>
          Resolved
        </button>
      </fieldset>
      {note ? <p class="muted">{note}</p> : null}
      <ErrorMessage error={error} />
      <ul class="cards-list" data-testid="callbacks">
        {items.map((callback) => (
          <li key={callback.id} class={callback.reason === 'EMERGENCY' ? 'item emergency' : 'item'}>
            <div>
              <strong>{callback.name ?? callback.phone ?? 'Unknown caller'}</strong>{' '}
              <span class="badge">{REASONS[callback.reason] ?? callback.reason}</span>
              <div class="muted small">
                {shortDateTime(callback.created_at, dashboard.business.time_zone)}
              </div>
              {callback.summary ? <p>{callback.summary}</p> : null}
            </div>
            <div class="row gap wrap">
              {callback.phone ? (
                <a class="button" href={`tel:${callback.phone}`}>
                  Call back {callback.phone}
                </a>
              ) : null}
              {callback.voicemail_url ? (
                <a class="button" href={callback.voicemail_url} rel="noreferrer" target="_blank">
                  Voicemail
                </a>
              ) : null}
              {status === 'OPEN' ? (
                <button type="button" disabled={!dashboard.canWrite} onClick={() => resolve(callback)}>
                  Mark resolved
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <PageStatus pages={pages} what="callbacks" />
    </section>
  );
}
