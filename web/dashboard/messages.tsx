// Outbound texts: confirmations, reminders, owner alerts and replies, newest first.
import { shortDateTime } from '../shared/time.js';
import { useDashboard } from './context.js';
import { PageStatus, usePages } from './paged-list.js';

interface Message {
  id: string;
  to: string;
  body: string;
  status: string;
  kind: string;
  created_at: string;
}

export function Messages() {
  const { api, business } = useDashboard();
  const pages = usePages<Message>(api, 'Loading messages', '/v1/owner/messages?direction=outbound', []);
  return (
    <section class="stack">
      <h1>Outbound messages</h1>
      <ul class="cards-list">
        {(pages.items ?? []).map((message) => (
          <li key={message.id} class="item">
            <div class="row gap wrap small">
              <span class="badge">{message.kind}</span>
              <span>to {message.to}</span>
              <span class="muted">{shortDateTime(message.created_at, business.time_zone)}</span>
              <span class="muted">{message.status}</span>
            </div>
            <p>{message.body}</p>
          </li>
        ))}
      </ul>
      <PageStatus pages={pages} what="messages" />
    </section>
  );
}
