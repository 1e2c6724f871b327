// Customers: search and list, one customer's timeline, and a conversation's transcript.
import { useState } from 'preact/hooks';
import { shortDateTime } from '../shared/time.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';
import { useDashboard } from './context.js';
import { PageStatus, usePages } from './paged-list.js';
import { href } from './router.js';
import type { Customer } from './types.js';

export function Customers() {
  const { api } = useDashboard();
  const [query, setQuery] = useState('');
  const path = query ? `/v1/crm/customers/search?q=${encodeURIComponent(query)}` : '/v1/crm/customers';
  const pages = usePages<Customer>(api, query ? 'Searching customers' : 'Loading customers', path, []);
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setQuery(String(form.get('q') ?? '').trim());
  };
  return (
    <section class="stack">
      <h1>Customers</h1>
      <form class="row gap" onSubmit={submit}>
        <label class="visually-hidden" for="customer-search">
          Search customers
        </label>
        <input id="customer-search" name="q" type="search" placeholder="Name, phone, email or address" />
        <button type="submit">Search</button>
        {query ? (
          <button type="button" onClick={() => setQuery('')}>
            Show all
          </button>
        ) : null}
      </form>
      <ul class="cards-list">
        {(pages.items ?? []).map((customer) => (
          <li key={customer.id} class="item">
            <a href={href('customers', customer.id)}>
              <strong>{customer.name ?? 'Unnamed'}</strong>
            </a>{' '}
            <span class="muted">{customer.phone}</span>
            {customer.address ? <div class="muted small">{customer.address}</div> : null}
          </li>
        ))}
      </ul>
      <PageStatus pages={pages} what={query ? 'matching customers' : 'customers'} />
    </section>
  );
}

const CHANNELS: Record<string, string> = {
  phone: 'Phone call',
  sms: 'Text thread',
  web: 'Website chat',
  api: 'API conversation',
  owner_chat: 'Owner chat',
};
const channelName = (channel: string) => CHANNELS[channel] ?? channel;

type TimelineItem =
  | {
      type: 'appointment';
      id: string;
      at: string;
      status: string;
      service_type: string | null;
      is_emergency: boolean;
    }
  | {
      type: 'conversation';
      id: string;
      at: string;
      channel: string;
      outcome: string | null;
      summary: string | null;
    }
  | { type: 'callback'; id: string; at: string; reason: string; status: string; summary: string | null }
  | { type: 'sms'; id: string; at: string; direction: string; kind: string; body: string };

export function CustomerDetail({ id }: { id: string }) {
  const { api, business } = useDashboard();
  const customer = useLoad(
    () => api.request<Customer>('Loading the customer', `/v1/crm/customers/${encodeURIComponent(id)}`),
    [api, id],
  );
  const timeline = usePages<TimelineItem>(
    api,
    'Loading the timeline',
    `/v1/crm/customers/${encodeURIComponent(id)}/timeline`,
    [],
  );
  if (customer.error) return <ErrorMessage error={customer.error} />;
  if (!customer.data) return <Loading what="the customer" />;
  const { name, phone, email, address } = customer.data;
  return (
    <section class="stack">
      <p>
        <a href={href('customers')}>← All customers</a>
      </p>
      <h1>{name ?? 'Unnamed customer'}</h1>
      <dl class="details">
        <dt>Phone</dt>
        <dd>
          <a href={`tel:${phone}`}>{phone}</a>
        </dd>
        <dt>Email</dt>
        <dd>{email ?? '—'}</dd>
        <dt>Address</dt>
        <dd>{address ?? '—'}</dd>
      </dl>
      <h2>Timeline</h2>
      <ol class="timeline">
        {(timeline.items ?? []).map((item) => (
          <li key={`${item.type}-${item.id}`}>
            <span class="muted small">{shortDateTime(item.at, business.time_zone)}</span>{' '}
            <TimelineEntry item={item} />
          </li>
        ))}
      </ol>
      <PageStatus pages={timeline} what="timeline entries" />
    </section>
  );
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  switch (item.type) {
    case 'appointment':
      return (
        <a href={href('appointments', item.id)}>
          {item.is_emergency ? 'Emergency ' : ''}
          {item.service_type ?? 'Appointment'} ({item.status.toLowerCase()})
        </a>
      );
    case 'conversation':
      return (
        <a href={href('conversations', item.id)}>
          {channelName(item.channel)}
          {item.outcome ? `: ${item.outcome}` : ''}
          {item.summary ? ` · ${item.summary}` : ''}
        </a>
      );
    case 'callback':
      return (
        <span>
          Callback ({item.reason.toLowerCase().replaceAll('_', ' ')}, {item.status.toLowerCase()})
          {item.summary ? ` · ${item.summary}` : ''}
        </span>
      );
    default:
      return (
        <span>
          Text {item.direction === 'outbound' ? 'sent' : 'received'} ({item.kind}): {item.body}
        </span>
      );
  }
}

interface ConversationDetail {
  id: string;
  channel: string;
  customer_id: string | null;
  outcome: string | null;
  created_at: string;
  messages: Array<{ role: string; text: string; created_at: string }>;
}

export function ConversationView({ id }: { id: string }) {
  const { api, business } = useDashboard();
  const loaded = useLoad(
    () =>
      api.request<ConversationDetail>(
        'Loading the conversation',
        `/v1/crm/conversations/${encodeURIComponent(id)}`,
      ),
    [api, id],
  );
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data) return <Loading what="the conversation" />;
  const conversation = loaded.data;
  return (
    <section class="stack">
      <p>
        {conversation.customer_id ? (
          <a href={href('customers', conversation.customer_id)}>← Customer</a>
        ) : (
          <a href={href('customers')}>← Customers</a>
        )}
      </p>
      <h1>
        {channelName(conversation.channel)} · {shortDateTime(conversation.created_at, business.time_zone)}
      </h1>
      {conversation.outcome ? <p>Outcome: {conversation.outcome}</p> : null}
      <Transcript messages={conversation.messages} />
    </section>
  );
}

export function Transcript({ messages }: { messages: Array<{ role: string; text: string }> }) {
  return (
    <ol class="transcript" aria-live="polite">
      {messages
        .filter((message) => message.role !== 'system')
        .map((message, index) => (
          <li key={index} class={message.role === 'assistant' ? 'bubble assistant' : 'bubble user'}>
            <span class="visually-hidden">{message.role === 'assistant' ? 'Assistant: ' : 'Caller: '}</span>
            {message.text}
          </li>
        ))}
    </ol>
  );
}
