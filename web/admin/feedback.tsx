import type { Api } from '../shared/api.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';

interface Feedback {
  id: string;
  business_id: string | null;
  summary: string;
  details: string | null;
  category: string | null;
  email: string | null;
  url: string | null;
  created_at: string;
}

export function FeedbackList({ api }: { api: Api }) {
  const feedback = useLoad(
    () => api.request<{ items: Feedback[] }>('Loading feedback', '/v1/admin/feedback?limit=200'),
    [api],
  );
  return (
    <section class="stack">
      <h1>Feedback</h1>
      <ErrorMessage error={feedback.error} />
      {!feedback.data && !feedback.error ? <Loading what="feedback" /> : null}
      {feedback.data?.items.length === 0 ? <p class="muted">No feedback yet.</p> : null}
      <ul class="cards-list">
        {feedback.data?.items.map((item) => (
          <li key={item.id} class="item">
            <div class="row gap wrap small">
              <strong>{item.summary}</strong>
              {item.category ? <span class="badge">{item.category}</span> : null}
              <span class="muted">{item.created_at.slice(0, 16).replace('T', ' ')} UTC</span>
              {item.business_id ? <span class="muted">{item.business_id}</span> : null}
            </div>
            {item.details ? <p>{item.details}</p> : null}
            {item.email || item.url ? (
              <p class="muted small">
                {item.email ?? ''} {item.url ?? ''}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
