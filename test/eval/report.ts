import type { EvalResult } from './simulator.js';

// The table `npm run eval` prints, and the bars the issue sets.

export const SUCCESS_BAR = 0.95;
export const FRONT_LOADED_TURNS_BAR = 3;

export interface Totals {
  total: number;
  passed: number;
  successRate: number;
  /** Median caller turns to a confirmed booking over front-loaded personas (unbooked count as Infinity). */
  frontLoadedMedianTurns: number;
  meetsBars: boolean;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function totals(results: EvalResult[]): Totals {
  const passed = results.filter((r) => r.ok).length;
  const successRate = results.length ? passed / results.length : 0;
  const frontLoaded = results
    .filter((r) => r.persona.kind === 'front-loaded')
    .map((r) => r.call?.turnsToBooking ?? Number.POSITIVE_INFINITY);
  const frontLoadedMedianTurns = median(frontLoaded);
  return {
    total: results.length,
    passed,
    successRate,
    frontLoadedMedianTurns,
    meetsBars: successRate >= SUCCESS_BAR && frontLoadedMedianTurns <= FRONT_LOADED_TURNS_BAR,
  };
}

export function formatTable(results: EvalResult[]): string {
  const header = ['persona', 'kind', 'turns', 'to booking', 'outcome'];
  const rows = results.map((r) => [
    r.persona.id,
    r.persona.kind,
    String(r.call?.state.turn ?? '-'),
    String(r.call?.turnsToBooking ?? '-'),
    r.ok ? 'ok' : `FAIL ${r.failures.join(' | ')}`,
  ]);
  // Every column but the last (the outcome, which may be long) is padded to its widest cell.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const render = (cells: string[]) =>
    cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  return [render(header), ...rows.map(render)].join('\n');
}

export function formatTotals(t: Totals): string {
  const pct = (t.successRate * 100).toFixed(1);
  const medianText = Number.isFinite(t.frontLoadedMedianTurns) ? String(t.frontLoadedMedianTurns) : 'n/a';
  return [
    `success: ${t.passed}/${t.total} = ${pct}% (bar ≥ ${SUCCESS_BAR * 100}%)`,
    `front-loaded median caller turns to booking: ${medianText} (bar ≤ ${FRONT_LOADED_TURNS_BAR})`,
    t.meetsBars ? 'bars met' : 'BARS NOT MET',
  ].join('\n');
}

/** Success by persona kind and by caller language, so a weak spot shows beside the overall rate. */
export function formatBreakdown(results: EvalResult[]): string {
  const groups = new Map<string, { passed: number; total: number }>();
  const add = (key: string, ok: boolean) => {
    const group = groups.get(key) ?? { passed: 0, total: 0 };
    group.total += 1;
    if (ok) group.passed += 1;
    groups.set(key, group);
  };
  for (const r of results) {
    add(`kind ${r.persona.kind}`, r.ok);
    add(`language ${r.persona.caller.language}`, r.ok);
  }
  const lines = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, g]) =>
        `  ${key.padEnd(28)} ${g.passed}/${g.total} = ${((g.passed / g.total) * 100).toFixed(1)}%`,
    );
  return ['success by kind and language:', ...lines].join('\n');
}

/** The transcript of a failed persona, for the engineer who fixes it. */
export function formatTranscript(result: EvalResult): string {
  const lines = result.call?.transcript ?? [];
  return lines
    .map((l) => `  ${l.who === 'caller' ? 'caller   ' : 'assistant'}: ${l.text || '(silence)'}`)
    .join('\n');
}
