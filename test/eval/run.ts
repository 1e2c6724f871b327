import { PERSONAS } from './personas/index.js';
import { formatTable, formatTotals, formatTranscript, totals } from './report.js';
import { type EvalResult, playPersona } from './simulator.js';

// `npm run eval [-- <id substring>…]`: plays the personas through the signed Twilio voice route,
// prints the table, the totals and the transcript of every failure; exits 1 below the bars.

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const selected = filters.length
    ? PERSONAS.filter((p) => filters.some((f) => p.id.includes(f) || p.kind === f))
    : PERSONAS;
  const results: EvalResult[] = [];
  for (const persona of selected) results.push(await playPersona(persona));
  console.log(formatTable(results));
  for (const failed of results.filter((r) => !r.ok)) {
    console.log(`\n${failed.persona.id}: ${failed.failures.join(' | ')}\n${formatTranscript(failed)}`);
  }
  const sums = totals(results);
  console.log(`\n${formatTotals(sums)}`);
  process.exitCode = sums.meetsBars ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
