// The widget API (X-Widget-Token), answered as values: the panel decides what each failure says.

export type Failure =
  | { kind: 'network' }
  | { kind: 'refused' }
  | { kind: 'http'; status: number; code: string; detail: string };

export type Result<T> = { ok: true; data: T } | { ok: false; failure: Failure };

export interface Business {
  id: string;
  name: string;
  language_code: string;
}
export interface Started {
  conversation_id: string;
  reply_text: string;
}
export interface Reply {
  conversation_id: string;
  reply_text: string;
  done: boolean;
}

export interface WidgetApi {
  business(): Promise<Result<Business>>;
  start(name: string, phone: string): Promise<Result<Started>>;
  message(conversationId: string, text: string): Promise<Result<Reply>>;
}

export function createApi(origin: string, token: string): WidgetApi {
  async function call<T>(path: string, body?: unknown): Promise<Result<T>> {
    let response: Response;
    try {
      response = await fetch(`${origin}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          'x-widget-token': token,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, failure: await unreachable(origin) };
    }
    const json = await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, data: json as T };
    return {
      ok: false,
      failure: {
        kind: 'http',
        status: response.status,
        code: String(json.code ?? ''),
        detail: String(json.detail ?? ''),
      },
    };
  }

  return {
    business: () => call<Business>('/v1/widget/business'),
    start: (name, phone) =>
      call<Started>('/v1/widget/start', {
        ...(name ? { customer_name: name } : {}),
        ...(phone ? { customer_phone: phone } : {}),
      }),
    message: (id, text) => call<Reply>(`/v1/widget/${encodeURIComponent(id)}/message`, { text }),
  };
}

// A browser hides why a cross-origin request failed. When the service still answers a request that
// needs no permission (no-cors, opaque), it is up and refused this page's origin (CORS); otherwise
// the network is at fault.
async function unreachable(origin: string): Promise<Failure> {
  try {
    await fetch(`${origin}/healthz`, { mode: 'no-cors', cache: 'no-store' });
    return { kind: 'refused' };
  } catch {
    return { kind: 'network' };
  }
}
