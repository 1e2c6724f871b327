#!/usr/bin/env node
// `npm run talk`: chat with the running service's assistant in the terminal, through the widget API
// (POST /v1/widget/start, then POST /v1/widget/{conversation_id}/message), as a website visitor
// would: no phone line needed. Plain Node (no build, no dependencies); lines may also be piped in.
//
//   npm run talk                                   # the demo tenant of a development profile
//   npm run talk -- --token wt_…                   # the X-Widget-Token `npm start` printed
//   npm run talk -- --url http://host:8000 --token wt_… --phone +15125550142
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

// The development profiles' fixed demo token (env.dev.*: DEFAULT_BUSINESS_WIDGET_TOKEN).
const DEV_WIDGET_TOKEN = 'wt_dev_default_business_widget_token_0000000';

const HELP = `Chat with the assistant through the widget API.

Options:
  --url <base>        the service (default $TALK_URL or http://localhost:8000)
  --token <wt_…>      the tenant's widget token (default $WIDGET_TOKEN, else the development
                      profiles' demo token; \`npm start\` prints the demo tenant's at start)
  --business <id>     development only: name the tenant by X-Business-ID instead of a token
                      (works when REQUIRE_BUSINESS_API_KEY=false, as in the env.dev.* profiles)
  --phone <number>    your phone number for the chat (the booking confirmation is texted to it)
  --name <name>       your name
  -h, --help          this text

Type a message and press Enter; /quit or Ctrl-D ends the chat (so does the assistant's goodbye).`;

function options() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      business: { type: 'string' },
      phone: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const base = (values.url ?? process.env.TALK_URL ?? 'http://localhost:8000').replace(/\/+$/, '');
  const headers = { 'content-type': 'application/json' };
  if (values.business && !values.token) headers['x-business-id'] = values.business;
  else headers['x-widget-token'] = values.token ?? process.env.WIDGET_TOKEN ?? DEV_WIDGET_TOKEN;
  const start = {};
  if (values.phone) start.customer_phone = values.phone;
  if (values.name) start.customer_name = values.name;
  return { base, headers, start };
}

class WidgetError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
  }
}

async function post(opts, path, body) {
  let response;
  try {
    response = await fetch(`${opts.base}${path}`, {
      method: 'POST',
      headers: opts.headers,
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new Error(
      `cannot reach ${opts.base} (${error.cause?.code ?? error.cause?.message ?? error.message}): is the service running?`,
    );
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new WidgetError(response.status, payload);
  return payload;
}

function explain(error) {
  if (error instanceof WidgetError && error.status === 401) {
    return `${error.message}. Pass the widget token \`npm start\` printed: npm run talk -- --token wt_…`;
  }
  return error.message;
}

async function startChat(opts) {
  const started = await post(opts, '/v1/widget/start', opts.start);
  console.log(`assistant: ${started.reply_text}`);
  return started.conversation_id;
}

async function main() {
  const opts = options();
  const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you: ' });
  // Lines are read as they come (buffered while the service answers), so a script can be piped in;
  // piped lines are echoed after the prompt, so the output reads as a conversation.
  const lines = terminal[Symbol.asyncIterator]();
  const echo = !process.stdin.isTTY;
  try {
    let conversationId = await startChat(opts);
    for (;;) {
      terminal.prompt();
      const next = await lines.next();
      if (next.done) break; // Ctrl-D, or the end of a piped script
      const text = next.value.trim();
      if (echo) process.stdout.write(`${text}\n`);
      if (text === '/quit') break;
      if (!text) continue;
      try {
        const answer = await post(opts, `/v1/widget/${encodeURIComponent(conversationId)}/message`, { text });
        console.log(`assistant: ${answer.reply_text}`);
        if (answer.done) break;
      } catch (error) {
        // 409: the chat expired (or had ended); carry on in a new one.
        if (!(error instanceof WidgetError && error.status === 409)) throw error;
        console.log(`(${error.message} Starting a new chat.)`);
        conversationId = await startChat(opts);
      }
    }
    console.log(`(conversation ${conversationId})`);
  } catch (error) {
    console.error(`talk: ${explain(error)}`);
    process.exitCode = 1;
  } finally {
    terminal.close();
  }
}

await main();
