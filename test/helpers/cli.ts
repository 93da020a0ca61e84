/** Running the project's entry points as a maintainer would, and fingerprinting dist/ around them. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command from the project root with extra environment variables, without blocking the
 * test worker (for long runs: a whole build, a nested vitest run).
 */
export function runAsync(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `scripts/<name>.ts` through tsx, as `npm run <name>` runs it. */
export const runScriptAsync = (script: string, env: Record<string, string>) => runAsync(TSX, [script], env);

/** Runs `scripts/<name>.ts` in a child process with extra environment variables. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Run {
  const result = spawnSync(TSX, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A previous build to protect: `<work>/dist` with a page and an asset, so a test that a failed
 * build leaves the output untouched compares real content (never "absent" with "absent").
 * Point the build at it with CAKUPAN_OUT_DIR.
 */
export async function previousBuild(work: string): Promise<string> {
  const out = path.join(work, 'dist');
  await mkdir(path.join(out, '_astro'), { recursive: true });
  await writeFile(path.join(out, 'index.html'), '<!doctype html><title>the previous build</title>');
  await writeFile(path.join(out, '_astro', 'site.css'), 'body{}');
  return out;
}

/** A fingerprint of a folder tree (paths and bytes), or "absent". */
export async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    for (const file of entries.map((e) => path.join(e.parentPath, e.name)).sort()) hash.update(path.relative(dir, file)).update(await readFile(file));
    return hash.digest('hex');
  } catch {
    return 'absent';
  }
}

export interface PipelineRuns {
  check: Run;
  build: Run;
  /** The built-site checks (vitest's `built` project) on what the build wrote; the build's run if it failed. */
  built: Run;
}

/**
 * What a maintainer runs on a data folder, in temporary folders of `work` (never the project's
 * .cache/ or dist/): `npm run check`, `npm run build`, then the built-site checks on the result.
 */
export async function checkBuildAndVerify(data: string, work: string): Promise<PipelineRuns & { out: string }> {
  const out = path.join(work, 'dist');
  const env = { CAKUPAN_DATA_DIR: data, CAKUPAN_CACHE_DIR: path.join(work, 'cache'), CAKUPAN_OUT_DIR: out };
  const check = await runScriptAsync('scripts/check.ts', env);
  const build = await runScriptAsync('scripts/build.ts', env);
  const built = build.status === 0 ? await runAsync(path.resolve('node_modules/.bin/vitest'), ['run', '--project', 'built'], { ...env, NO_COLOR: '1' }) : build;
  return { check, build, built, out };
}
