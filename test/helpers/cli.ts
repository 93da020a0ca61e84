/** Running the project's entry points as a maintainer would, and fingerprinting dist/ around them. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');

/** Runs `scripts/<name>.ts` in a child process with extra environment variables. */
export function runScript(script: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [script], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
