import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A plain website on a second local origin (its own port): the pages a tenant's customers visit,
// with whatever HTML the test gives each path.

export interface HostSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveHostSite(pages: Record<string, string>): Promise<HostSite> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const html = pages[path];
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
