import { useState } from 'preact/hooks';
import type { Api } from '../shared/api.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';

interface UsageRow {
  business_id: string;
  name: string;
  calls: number;
  chats: number;
  bookings: number;
  emergencies: number;
  sms_sent: number;
}

export function Usage({ api }: { api: Api }) {
  const [days, setDays] = useState(30);
  const usage = useLoad(
    () => api.request<{ items: UsageRow[] }>('Loading usage', `/v1/admin/usage?days=${days}`),
    [api, days],
  );
  return (
    <section class="stack">
      <div class="row">
        <h1>Usage, last {days} days</h1>
        <fieldset class="row gap">
          <legend class="visually-hidden">Period</legend>
          {[7, 30].map((option) => (
            <button key={option} type="button" aria-pressed={days === option} onClick={() => setDays(option)}>
              {option} days
            </button>
          ))}
        </fieldset>
      </div>
      <ErrorMessage error={usage.error} />
      {usage.data ? (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Business</th>
                <th scope="col">Calls</th>
                <th scope="col">Chats</th>
                <th scope="col">Bookings</th>
                <th scope="col">Emergencies</th>
                <th scope="col">Texts sent</th>
              </tr>
            </thead>
            <tbody>
              {usage.data.items.map((row) => (
                <tr key={row.business_id}>
                  <th scope="row">
                    {row.name} <span class="muted small">{row.business_id}</span>
                  </th>
                  <td>{row.calls}</td>
                  <td>{row.chats}</td>
                  <td>{row.bookings}</td>
                  <td>{row.emergencies}</td>
                  <td>{row.sms_sent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : usage.error ? null : (
        <Loading what="usage" />
      )}
    </section>
  );
}
