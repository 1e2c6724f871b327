import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Helpers of the packaging and uptime-check tests: child processes with collected output, and the
// Dockerfile read the way Docker reads it.

export const ROOT = join(import.meta.dirname, '..', '..');
export const UPTIME_SCRIPT = join(ROOT, 'scripts', 'uptime-check.mjs');

export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only the given variables (plus PATH): nothing from the test runner's environment leaks in. */
function childEnv(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}

/** Runs a command to its end (killed after timeoutMs) and returns its exit code and output. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 30_000,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    const result: RunResult = { code: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => {
      result.stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      result.stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      result.code = code;
      resolve(result);
    });
  });
}

/** `npm run uptime-check`, i.e. the script under node, with exactly these variables. */
export function runUptimeCheck(env: Record<string, string | undefined>): Promise<RunResult> {
  return run(process.execPath, [UPTIME_SCRIPT], env);
}

export interface RunningProcess {
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

export function start(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): RunningProcess {
  const child = spawn(command, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk) => {
    out.stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface DockerInstruction {
  op: string;
  args: string;
}

export interface DockerStage {
  from: string;
  name: string | undefined;
  instructions: DockerInstruction[];
}

/** Instructions with line continuations joined and comment lines dropped, grouped by stage. */
export function dockerStages(text: string): DockerStage[] {
  const instructions: DockerInstruction[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) || (line.trim() === '' && current !== '')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    const match = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(current);
    if (match) instructions.push({ op: match[1]!.toUpperCase(), args: match[2]!.trim() });
    current = '';
  }
  const stages: DockerStage[] = [];
  for (const instruction of instructions) {
    if (instruction.op === 'FROM') {
      const [from = '', as, name] = instruction.args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The exec-form (JSON array) command of a CMD or HEALTHCHECK … CMD instruction. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`not an exec-form command: ${args}`);
  }
  return parsed;
}

/** ENV instructions of a stage (KEY=value pairs) as an object. */
export function stageEnv(stage: DockerStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { op, args } of stage.instructions) {
    if (op !== 'ENV') continue;
    for (const [, key, value] of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
      env[key!] = value!.replace(/^"(.*)"$/, '$1');
    }
  }
  return env;
}

/**
 * Compose variable interpolation (`${X}`, `${X:-default}`, `${X-default}`, `${X:?error}`,
 * `${X?error}`, `$$`), enough to read docker-compose.yml as `docker compose` would.
 */
export function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (whole, name?: string, operator?: string, operand?: string) => {
      if (whole === '$$') return '$';
      const current = vars[name!];
      const unset = operator?.startsWith(':') ? !current : current === undefined;
      if (operator?.endsWith('-')) return unset ? (operand ?? '') : current!;
      if (operator?.endsWith('?')) {
        if (unset) throw new Error(`${name}: ${operand}`);
        return current!;
      }
      return current ?? '';
    },
  );
}

/** A .dockerignore pattern list applied to a context path (the last matching pattern wins). */
export function dockerIgnored(patterns: string[], path: string): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    if (globRegex(pattern).test(path)) ignored = !negate;
  }
  return ignored;
}

/** Docker's globs: `**` any number of directories, `*` and `?` within one; a match covers what is below. */
function globRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (pattern[i] === '*') {
      source += '[^/]*';
    } else if (pattern[i] === '?') {
      source += '[^/]';
    } else {
      source += pattern[i]!.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

export function dockerignorePatterns(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
