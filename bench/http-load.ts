// A plain HTTP load generator run as its own process (so it never shares an event loop with the
// server under test): autocannon against one URL with fixed headers, result as one JSON line.
import autocannon from 'autocannon';

interface Options {
  url: string;
  headers: Record<string, string>;
  durationSeconds: number;
  connections: number;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as Options;
  const result = await autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.durationSeconds,
  });
  process.stdout.write(
    `${JSON.stringify({
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
