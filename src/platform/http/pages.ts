import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { createStaticDirectory, type StaticDirectory } from './static-files.js';

// The pages people use, built by Vite into dist/web (scripts/build-web.mjs): the owner dashboard and
// the admin page (single-page apps: every path under them answers their index.html), their hashed
// assets, and the chat widget's embed.js. These are not API routes: hidden from /openapi.json, so
// the docs and the fuzz test see only the API. A name that is not a built file answers the usual
// 404 problem (static-files.ts never joins a requested name onto a directory).

export interface PagesOptions {
  /** dist/web (static-files.ts defaultWebRoot). */
  root: string;
}

// Hashed names change with their content: a year, never revalidated. embed.js keeps its name on
// every site that embeds it, so browsers check back within minutes; the HTML shells always.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const EMBED_CACHE = 'public, max-age=300';
const NO_CACHE = 'no-cache';

const schema = { hide: true };

function notBuilt(): AppError {
  return new AppError('DEPENDENCY_UNAVAILABLE', 'the pages are not built: run npm run build', {
    subcode: 'PAGES_NOT_BUILT',
  });
}

export const pagesRoutes: FastifyPluginAsync<PagesOptions> = async (app, { root }) => {
  const dirs = {
    dashboard: createStaticDirectory(join(root, 'dashboard')),
    admin: createStaticDirectory(join(root, 'admin')),
    assets: createStaticDirectory(join(root, 'assets')),
    widget: createStaticDirectory(join(root, 'widget')),
  };

  async function send(reply: FastifyReply, dir: StaticDirectory, name: string, cache: string) {
    const file = await dir.read(name);
    if (!file) {
      // Nothing built at all is the operator's to fix (503); a missing name is the caller's (404).
      if (!existsSync(root)) throw notBuilt();
      throw new AppError('NOT_FOUND', 'No such file');
    }
    return reply.header('cache-control', cache).type(file.type).send(file.body);
  }

  // The shell of a single-page app; its router reads the rest of the path.
  async function shell(reply: FastifyReply, dir: StaticDirectory) {
    const file = await dir.read('index.html');
    if (!file) throw notBuilt();
    return reply.header('cache-control', NO_CACHE).type(file.type).send(file.body);
  }

  app.get('/', { schema }, (_request, reply) => reply.redirect('/dashboard', 302));
  for (const page of ['dashboard', 'admin'] as const) {
    app.get(`/${page}`, { schema }, (_request, reply) => shell(reply, dirs[page]));
    app.get(`/${page}/*`, { schema }, (_request, reply) => shell(reply, dirs[page]));
  }
  app.get<{ Params: { '*': string } }>('/assets/*', { schema }, (request, reply) =>
    send(reply, dirs.assets, request.params['*'], IMMUTABLE),
  );
  // Loaded by other sites' pages: helmet's Cross-Origin-Resource-Policy is cross-origin everywhere.
  app.get('/widget/embed.js', { schema }, (_request, reply) =>
    send(reply, dirs.widget, 'embed.js', EMBED_CACHE),
  );
};
