// Load generator for the voice benchmark, run as its own process so it never shares an event loop
// with the server under test. Each connection plays calls the way Twilio does: a greeting request,
// then mid-call turns with SpeechResult, each posted to the <Gather action> of the previous answer,
// signed with the account's auth token.
import { randomBytes } from 'node:crypto';
import autocannon, { type RawRequest } from 'autocannon';
import twilio from 'twilio';

interface LoadOptions {
  base: string;
  path: string;
  token: string;
  durationSeconds: number;
  connections: number;
}

const UTTERANCES = [
  'hi um this is dana my kitchen sink is clogged and backing up',
  'uh tomorrow morning if you can',
  'what are your hours on saturday',
];

function decodeXml(value: string): string {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

// autocannon expects its own request object back, mutated (it carries the Host header).
function signForm(request: RawRequest, options: LoadOptions, path: string, params: Record<string, string>) {
  const signature = twilio.getExpectedTwilioSignature(options.token, `${options.base}${path}`, params);
  request.method = 'POST';
  request.path = path;
  request.headers = {
    ...request.headers,
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': signature,
  };
  request.body = new URLSearchParams(params).toString();
  return request;
}

function turn(options: LoadOptions, index: number) {
  return {
    setupRequest: (request: RawRequest, context: Record<string, unknown>) => {
      if (index === 0) context.callSid = `CA${randomBytes(16).toString('hex')}`;
      const path = index === 0 ? options.path : String(context.nextPath ?? options.path);
      const params: Record<string, string> = {
        CallSid: String(context.callSid),
        From: '+15125550142',
        To: '+15125550000',
        CallStatus: 'in-progress',
        AccountSid: 'AC00000000000000000000000000000000',
      };
      if (index > 0) {
        params.SpeechResult = UTTERANCES[index - 1] ?? '';
        params.Confidence = '0.91';
      }
      return signForm(request, options, path, params);
    },
    onResponse: (_status: number, body: string, context: Record<string, unknown>) => {
      const action = /<Gather[^>]*\saction="([^"]+)"/.exec(body)?.[1];
      if (action) context.nextPath = decodeXml(action).replace(/^https?:\/\/[^/]+/, '');
    },
  };
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const result = await autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [0, 1, 2, 3].map((index) => turn(options, index)),
  });
  process.stdout.write(
    `${JSON.stringify({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      statuses: result.statusCodeStats,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
