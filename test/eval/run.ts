import * as heldOut from './holdout/index.js';
import { PERSONAS } from './personas/index.js';
import { formatBreakdown, formatTable, formatTotals, formatTranscript, totals } from './report.js';
import { type EvalResult, playPersona } from './simulator.js';
import type { Persona } from './types.js';

const { HOLDOUT, HOLDOUT_BATCH, HOLDOUT_FIRST_RUN } = heldOut;

/** `--batch=batch-2` plays an earlier held-out batch (they were fixed for; a regression check). */
function heldOutBatch(): { name: string; personas: Persona[] } {
  const asked = process.argv.find((a) => a.startsWith('--batch='))?.slice('--batch='.length);
  if (!asked || asked === HOLDOUT_BATCH) return { name: HOLDOUT_BATCH, personas: HOLDOUT };
  const key = `HOLDOUT_${asked.toUpperCase().replace('-', '_')}`;
  const personas = (heldOut as unknown as Record<string, Persona[] | undefined>)[key];
  if (!personas) throw new Error(`Unknown held-out batch "${asked}"`);
  return { name: asked, personas };
}

// `npm run eval [-- [--holdout [--batch=batch-N]] [--show] <id substring>…]`: plays the personas through the signed Twilio voice route,
// prints the table, the totals and the transcript of every failure; exits 1 below the bars.

async function main(): Promise<void> {
  // `--holdout` plays the held-out batch instead of the main personas.
  const holdout = process.argv.includes('--holdout');
  const batch = heldOutBatch();
  // `--show` prints every transcript, not only the failures'.
  const show = process.argv.includes('--show');
  const pool = holdout ? batch.personas : PERSONAS;
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const selected = filters.length
    ? pool.filter((p) => filters.some((f) => p.id.includes(f) || p.kind === f))
    : pool;
  const results: EvalResult[] = [];
  for (const persona of selected) results.push(await playPersona(persona));
  console.log(formatTable(results));
  for (const failed of results.filter((r) => show || !r.ok)) {
    console.log(`\n${failed.persona.id}: ${failed.failures.join(' | ')}\n${formatTranscript(failed)}`);
  }
  const sums = totals(results);
  console.log(`\n${formatBreakdown(results)}`);
  console.log(`\n${formatTotals(sums)}`);
  const first = HOLDOUT_FIRST_RUN;
  console.log(
    `held-out ${first.batch}, first run (${first.commit}): ${first.passed}/${first.total} = ${((first.passed / first.total) * 100).toFixed(1)}% (bar ≥ 90%)`,
  );
  if (holdout)
    console.log(
      `holdout ${batch.name}: ${sums.passed}/${sums.total} = ${(sums.successRate * 100).toFixed(1)}%`,
    );
  process.exitCode = sums.meetsBars ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
