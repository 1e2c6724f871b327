// A small column chart for a benchmark's time series: one column per sample, scaled from 0 to the
// largest value, so a plateau reads as a flat top and a leak as a ramp.

export function asciiChart(title: string, values: number[], unit: string, height = 8): string {
  const max = Math.max(...values, Number.MIN_VALUE);
  const levels = values.map((value) => (value / max) * height);
  const rows: string[] = [`${title} (max ${formatValue(max)} ${unit})`];
  for (let row = height; row >= 1; row -= 1) {
    const label = row === height ? formatValue(max).padStart(8) : row === 1 ? '0'.padStart(8) : ' '.repeat(8);
    const cells = levels.map((level) => (level >= row ? '█' : level >= row - 0.5 ? '▄' : ' '));
    rows.push(`${label} │${cells.join('')}`);
  }
  rows.push(`${' '.repeat(8)} └${'─'.repeat(values.length)}`);
  return rows.join('\n');
}

function formatValue(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
