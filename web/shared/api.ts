// One fetch wrapper for both pages: JSON in and out, RFC 9457 problems turned into ApiError with the
// field errors kept, and every failure named after what the page was doing ("Saving settings").

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    /** What the page was doing, e.g. "Loading the schedule". */
    readonly action: string,
    readonly status: number,
    readonly detail: string,
    readonly code: string | null,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${action} failed: ${detail}`);
    this.name = 'ApiError';
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
}

export interface Api {
  request<T>(action: string, path: string, options?: RequestOptions): Promise<T>;
}

export interface ApiSetup {
  /** Credential headers for each request (a Bearer token, or the admin key). */
  headers: () => Record<string, string>;
  /** Called once on a 401; answers true when a retry may succeed (a fresh access token). */
  onUnauthorized?: () => Promise<boolean>;
  fetch?: typeof fetch;
}

export function createApi(setup: ApiSetup): Api {
  const doFetch = setup.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const send = (path: string, options: RequestOptions) => {
    const headers: Record<string, string> = { accept: 'application/json', ...setup.headers() };
    const init: RequestInit = { method: options.method ?? 'GET', headers };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return doFetch(path, init);
  };
  return {
    async request<T>(action: string, path: string, options: RequestOptions = {}): Promise<T> {
      let response: Response;
      try {
        response = await send(path, options);
        if (response.status === 401 && setup.onUnauthorized && (await setup.onUnauthorized())) {
          response = await send(path, options);
        }
      } catch {
        throw new ApiError(action, 0, 'the service could not be reached (check your connection)', null);
      }
      if (!response.ok) throw await errorFrom(action, response);
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
  };
}

async function errorFrom(action: string, response: Response): Promise<ApiError> {
  let problem: Record<string, unknown> = {};
  try {
    problem = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status line is all there is.
  }
  const detail =
    stringOr(problem.detail) ?? stringOr(problem.title) ?? `${response.status} ${response.statusText}`;
  const errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
  return new ApiError(action, response.status, detail, stringOr(problem.code), errors);
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Field errors keyed by their top-level field name ("business_hours.mon.0" → "business_hours"). */
export function fieldErrorsByName(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byName: Record<string, string> = {};
  for (const { path, message } of error.fieldErrors) {
    const name =
      String(path)
        .replace(/^\/?(body[./])?/, '')
        .split(/[./[]/)[0] ?? '';
    byName[name] = byName[name] ? `${byName[name]}; ${message}` : message;
  }
  return byName;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
