// `npm run bench -- <name>`: runs one benchmark by name. A benchmark module exports
// `run(): Promise<boolean>`; false (a bar not met) makes the process exit non-zero.

const BENCHES: Record<string, () => Promise<{ run(): Promise<boolean> }>> = {
  availability: () => import('./availability.bench.js'),
  voice: () => import('./voice.bench.js'),
};

async function main(): Promise<void> {
  const name = process.argv[2];
  const load = name ? BENCHES[name] : undefined;
  if (!load) {
    console.error(`Usage: npm run bench -- <name>   (one of: ${Object.keys(BENCHES).join(', ')})`);
    process.exit(2);
  }
  const passed = await (await load()).run();
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
