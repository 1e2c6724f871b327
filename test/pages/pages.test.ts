import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

// The pages plugin over a fake dist/web: redirects, single-page fallbacks, cache headers, and no way
// out of the built directory.

function rawGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

function fakeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pages-'));
  for (const dir of ['dashboard', 'admin', 'assets', 'widget']) mkdirSync(join(root, dir));
  writeFileSync(join(root, 'dashboard', 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(root, 'admin', 'index.html'), '<!doctype html><title>admin</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'style-abc123.css'), 'body{}');
  writeFileSync(join(root, 'widget', 'embed.js'), '(()=>{})()');
  writeFileSync(join(root, '.built'), 'x');
  return root;
}

describe('pages', () => {
  let app: FastifyInstance;
  let root: string;

  beforeAll(async () => {
    root = fakeWebRoot();
    ({ app } = await buildTestApp({ overrides: { webRoot: root } }));
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends a browser at / to the dashboard', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/dashboard');
  });

  it('answers every dashboard and admin path with its shell, never cached', async () => {
    for (const [url, title] of [
      ['/dashboard', 'dashboard'],
      ['/dashboard/', 'dashboard'],
      ['/dashboard/appointments/apt_1', 'dashboard'],
      ['/admin', 'admin'],
      ['/admin/tenants', 'admin'],
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toContain(`<title>${title}</title>`);
    }
  });

  it('serves hashed assets for a year and embed.js for minutes, cross-origin', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await app.inject({ url: '/assets/style-abc123.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');

    const embed = await app.inject({ url: '/widget/embed.js' });
    expect(embed.statusCode).toBe(200);
    expect(embed.body).toBe('(()=>{})()');
    expect(embed.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(embed.headers['cache-control']).toBe('public, max-age=300');
    expect(embed.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await app.inject({ method: 'HEAD', url: '/widget/embed.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
  });

  it('never leaves the built directory', async () => {
    for (const url of [
      '/assets/../../package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/assets/%252e%252e%252fpackage.json',
      '/assets//etc/passwd',
      '/assets/%2fetc%2fpasswd',
      '/assets/.built',
      '/assets/../.built',
      '/assets/',
      '/assets/nope.js',
      '/widget/../package.json',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json().code, url).toBe('NOT_FOUND');
      expect(response.body, url).not.toContain('"name"');
    }
  });

  it('never leaves the built directory when the path reaches the server unnormalised', async () => {
    // inject() (like browsers) resolves dot segments itself; a raw socket sends them as written.
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    for (const path of [
      '/assets/../../package.json',
      '/assets/../dashboard/index.html',
      '/assets/..%2f..%2fpackage.json',
      '/widget/../../package.json',
      '/assets/../.built',
    ]) {
      const head = await rawGet(Number(port), path);
      expect(head, path).toMatch(/^HTTP\/1\.1 404 /);
      expect(head, path).not.toContain('"version"');
    }
  });

  it('keeps unknown paths the usual 404 problem', async () => {
    const response = await app.inject({ url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'No route for GET /nothing-here' });
  });

  it('keeps the pages out of the API description', async () => {
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    for (const page of ['/', '/dashboard', '/dashboard/{*}', '/admin', '/assets/{*}', '/widget/embed.js']) {
      expect(paths).not.toContain(page);
    }
    expect(paths.some((path) => path.startsWith('/dashboard') || path.startsWith('/assets'))).toBe(false);
  });
});

describe('pages before a build', () => {
  it('answers 503 with what to do', async () => {
    const root = join(tmpdir(), `pages-missing-${process.pid}`);
    const { app } = await buildTestApp({ overrides: { webRoot: root } });
    try {
      for (const url of ['/dashboard', '/admin/x', '/assets/index-abc.js', '/widget/embed.js']) {
        const response = await app.inject({ url });
        expect(response.statusCode, url).toBe(503);
        expect(response.json(), url).toMatchObject({
          code: 'PAGES_NOT_BUILT',
          detail: 'the pages are not built: run npm run build',
        });
      }
      expect((await app.inject({ url: '/' })).statusCode).toBe(302);
    } finally {
      await app.close();
    }
  });
});
