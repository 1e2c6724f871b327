// One appointment: its details, move to a new local time (409 when that time is taken), cancel.
import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { dayLabel, localParts } from '../shared/time.js';
import { ErrorMessage, Loading, Notice, useLoad } from '../shared/ui.js';
import { readOnlyNote, useDashboard } from './context.js';
import { href } from './router.js';
import type { Appointment } from './types.js';

export function AppointmentDetail({ id }: { id: string }) {
  const dashboard = useDashboard();
  const { api, business } = dashboard;
  const loaded = useLoad(
    () =>
      api.request<Appointment>('Loading the appointment', `/v1/crm/appointments/${encodeURIComponent(id)}`),
    [api, id],
  );
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const shown = appointment ?? loaded.data;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!shown) return <Loading what="the appointment" />;
  const start = localParts(shown.start_time, business.time_zone);
  const end = localParts(shown.end_time, business.time_zone);
  const note = readOnlyNote(dashboard);
  const open = shown.status === 'SCHEDULED' || shown.status === 'CONFIRMED';
  return (
    <article class="stack">
      <p>
        <a href={href('week')}>← Back to the week</a>
      </p>
      <h1>
        {shown.customer_name ?? 'Unnamed customer'} · {shown.service_type ?? 'Appointment'}
      </h1>
      <dl class="details">
        <dt>When</dt>
        <dd data-testid="appointment-when">
          {dayLabel(start.date)}, {start.time}–{end.time} ({business.time_zone})
        </dd>
        <dt>Status</dt>
        <dd data-testid="appointment-status">{shown.status}</dd>
        {shown.is_emergency ? (
          <>
            <dt>Priority</dt>
            <dd class="danger-text">Emergency</dd>
          </>
        ) : null}
        <dt>Phone</dt>
        <dd>
          {shown.customer_phone ? <a href={`tel:${shown.customer_phone}`}>{shown.customer_phone}</a> : '—'}
        </dd>
        <dt>Address</dt>
        <dd>{shown.address ?? '—'}</dd>
        <dt>Notes</dt>
        <dd>{shown.description ?? '—'}</dd>
        <dt>Booked through</dt>
        <dd>{shown.source}</dd>
        <dt>Customer</dt>
        <dd>
          <a href={href('customers', shown.customer_id)}>Customer history</a>
        </dd>
      </dl>
      {note ? <p class="muted">{note}</p> : null}
      {open ? (
        <>
          <MoveForm appointment={shown} onMoved={setAppointment} disabled={!dashboard.canWrite} />
          <CancelButton appointment={shown} onCancelled={setAppointment} disabled={!dashboard.canWrite} />
        </>
      ) : null}
    </article>
  );
}

interface ChangeProps {
  appointment: Appointment;
  disabled: boolean;
}

function MoveForm({ appointment, onMoved, disabled }: ChangeProps & { onMoved: (a: Appointment) => void }) {
  const { api, business } = useDashboard();
  const start = localParts(appointment.start_time, business.time_zone);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      // A naive local time: the API reads it in the business's time zone; the length is kept.
      const moved = await api.request<Appointment>(
        'Moving the appointment',
        `/v1/crm/appointments/${encodeURIComponent(appointment.id)}`,
        {
          method: 'PATCH',
          body: {
            start_time: `${form.get('date')}T${form.get('time')}:00`,
            notify_customer: form.get('notify') === 'on',
          },
        },
      );
      onMoved(moved);
      const at = localParts(moved.start_time, business.time_zone);
      setDone(`Moved to ${dayLabel(at.date)}, ${at.time}.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="move-heading">
      <h2 id="move-heading">Move</h2>
      <div class="row gap wrap">
        <div class="field">
          <label for="move-date">New date</label>
          <input
            id="move-date"
            name="date"
            type="date"
            required
            defaultValue={start.date}
            disabled={disabled}
          />
        </div>
        <div class="field">
          <label for="move-time">New time</label>
          <input
            id="move-time"
            name="time"
            type="time"
            required
            defaultValue={start.time}
            disabled={disabled}
          />
        </div>
      </div>
      <label class="check">
        <input type="checkbox" name="notify" disabled={disabled} /> Text the customer the new time
      </label>
      {conflict ? (
        <p class="alert" role="alert">
          That time is taken: {(error as ApiError).detail}. Pick another time.
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      <Notice text={done} />
      <button type="submit" class="primary" disabled={disabled || busy}>
        {busy ? 'Moving…' : 'Move appointment'}
      </button>
    </form>
  );
}

function CancelButton({
  appointment,
  onCancelled,
  disabled,
}: ChangeProps & { onCancelled: (a: Appointment) => void }) {
  const { api } = useDashboard();
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const cancel = async () => {
    setError(null);
    try {
      const cancelled = await api.request<Appointment>(
        'Cancelling the appointment',
        `/v1/crm/appointments/${encodeURIComponent(appointment.id)}`,
        { method: 'DELETE' },
      );
      onCancelled(cancelled);
    } catch (caught) {
      setError(caught);
    }
    setConfirming(false);
  };
  return (
    <div class="panel stack">
      <h2>Cancel</h2>
      {confirming ? (
        <div class="row gap">
          <button type="button" class="danger" onClick={cancel}>
            Yes, cancel this appointment
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" class="danger" disabled={disabled} onClick={() => setConfirming(true)}>
          Cancel appointment…
        </button>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
