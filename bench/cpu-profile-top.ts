// `npx tsx bench/cpu-profile-top.ts <file.cpuprofile> [count]`: the functions with the most self
// time, and with the most inclusive time (self plus callees, each function counted once per stack),
// as shares of all samples; idle and GC are listed under their own names.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, '$1');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

function main(): void {
  const [file, countArg] = process.argv.slice(2);
  if (!file) throw new Error('Usage: cpu-profile-top.ts <file.cpuprofile> [count]');
  const count = Number(countArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, n] of hits) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + n);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at) as ProfileNode);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + n);
    }
  }
  const total = profile.samples.length;
  const print = (title: string, table: Map<string, number>) => {
    console.log(`\n${title} (${total} samples)`);
    const rows = [...table.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
    for (const [name, n] of rows) console.log(`${((100 * n) / total).toFixed(1).padStart(6)} %  ${name}`);
  };
  print('Top self time', self);
  print('Top inclusive time', inclusive);
}

main();
