// A list route's pages ({items, next_cursor}) with a "Show more" button.
import { useState } from 'preact/hooks';
import type { Api } from '../shared/api.js';
import { ErrorMessage, Loading, useLoad } from '../shared/ui.js';
import type { Page } from './types.js';

export function usePages<T>(api: Api, action: string, path: string, deps: unknown[]) {
  const [extra, setExtra] = useState<{ items: T[]; cursor: string | null; error: unknown }>({
    items: [],
    cursor: null,
    error: null,
  });
  const first = useLoad(async () => {
    const page = await api.request<Page<T>>(action, path);
    setExtra({ items: [], cursor: page.next_cursor, error: null });
    return page.items;
  }, [api, path, ...deps]);
  const more = async () => {
    if (!extra.cursor) return;
    const join = path.includes('?') ? '&' : '?';
    try {
      const page = await api.request<Page<T>>(
        action,
        `${path}${join}cursor=${encodeURIComponent(extra.cursor)}`,
      );
      setExtra({ items: [...extra.items, ...page.items], cursor: page.next_cursor, error: null });
    } catch (error) {
      setExtra({ ...extra, error });
    }
  };
  const items = first.data ? [...first.data, ...extra.items] : null;
  return { items, first, more, hasMore: Boolean(extra.cursor), moreError: extra.error };
}

export function PageStatus({ pages, what }: { pages: ReturnType<typeof usePages<unknown>>; what: string }) {
  if (pages.first.error) return <ErrorMessage error={pages.first.error} />;
  if (!pages.items) return <Loading what={what} />;
  return (
    <>
      {pages.items.length === 0 ? <p class="muted">No {what} yet.</p> : null}
      <ErrorMessage error={pages.moreError} />
      {pages.hasMore ? (
        <button type="button" onClick={pages.more}>
          Show more
        </button>
      ) : null}
    </>
  );
}
