import type { FastifyInstance } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';

// Fastify answers an unknown method on a known path with 404; we want 405 with an Allow header.
// This mirrors every registered route in a second router that is consulted only on a miss.
export function createRouteIndex(app: FastifyInstance): (url: string) => string[] {
  const router = FindMyWay({ ignoreTrailingSlash: true });
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route) => {
    const list = (Array.isArray(route.method) ? route.method : [route.method]) as HTTPMethod[];
    for (const method of list) {
      if (method === 'HEAD' || router.hasRoute(method, route.url)) continue;
      router.on(method, route.url, () => {});
      methods.add(method);
    }
  });
  return (url) => {
    const path = url.split('?')[0] ?? '/';
    return [...methods].filter((method) => router.find(method, path) !== null).sort();
  };
}
