// Hash routes (#/week, #/appointments/ID): the server answers /dashboard with the same page, and a
// hash never reaches the server, so every view is bookmarkable without server-side routing.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  name: string;
  id: string | null;
}

export function parseHash(hash: string): Route {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/');
  return { name: name || 'today', id: id ? decodeURIComponent(id) : null };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const href = (name: string, id?: string) => (id ? `#/${name}/${encodeURIComponent(id)}` : `#/${name}`);
