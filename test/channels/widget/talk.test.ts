import { spawn } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestBusiness } from '../../helpers/test-app.js';
import { ownerGet, widgetBusiness } from './setup.js';

// `npm run talk` (scripts/talk.mjs) against a listening service: a piped conversation books through
// the widget API; a wrong token ends with a hint instead of a stack trace.

function talk(args: string[], input: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/talk.mjs', ...args], {
      env: { PATH: process.env.PATH ?? '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe('npm run talk', () => {
  let app: FastifyInstance;
  let url: string;
  let business: TestBusiness;

  beforeAll(async () => {
    ({ app } = await buildTestApp());
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    business = await widgetBusiness(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('holds a piped conversation through the widget API, which books', async () => {
    const lines = [
      "hi this is dana diaz my kitchen sink is leaking i'm at 12 elm street can someone come tomorrow afternoon",
      'the first one',
      'yes',
      'no thanks bye',
      'this line is never sent: the assistant said goodbye',
    ];
    const result = await talk(
      ['--url', url, '--token', business.widgetToken, '--phone', '512-555-0142'],
      `${lines.join('\n')}\n`,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('assistant: Thanks for');
    expect(result.out).toContain("You're all set");
    expect(result.out).toMatch(/\(conversation conv_\w+\)/);
    const { items } = await ownerGet(app, business, '/v1/crm/appointments');
    expect(items).toEqual([expect.objectContaining({ source: 'web', customer_phone: '+15125550142' })]);
    const id = /\(conversation (conv_\w+)\)/.exec(result.out)?.[1];
    const transcript = await ownerGet(app, business, `/v1/crm/conversations/${id}`);
    expect(transcript.messages.filter((m: { role: string }) => m.role === 'user')).toHaveLength(4);
  });

  it('explains a refused token and exits non-zero', async () => {
    const result = await talk(['--url', url, '--token', 'wt_not_a_token'], 'hello\n');
    expect(result.code).toBe(1);
    expect(result.err).toContain('--token');
    expect(result.err).not.toContain('    at ');
  });
});
