import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';

/**
 * Picks the profile file from `--env-file <path>` (or `--env-file=<path>`) or ENV_FILE, and
 * returns the environment to configure from: the file's values, overridden by real variables.
 */
export function resolveEnvironment(argv: string[], env: Record<string, string | undefined>) {
  const file = envFileFrom(argv) ?? env.ENV_FILE;
  if (!file) return { env, file: undefined };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read env file ${file}: ${(error as Error).message}`);
  }
  return { env: { ...parse(text), ...env }, file };
}

function envFileFrom(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--env-file') return argv[i + 1];
    if (arg.startsWith('--env-file=')) return arg.slice('--env-file='.length);
  }
  return undefined;
}
