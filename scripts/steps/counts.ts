/**
 * The counts in data/README.md ("What the data covers") follow the data: the build rewrites
 * them after a successful build, so a maintainer who adds a row never has to remember
 * `npm run docs`, and `npm run check` says when they are out of date instead of failing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir, displayPath } from '../../src/config/paths.ts';
import { COUNTS_END, COUNTS_START, spliceCounts } from '../../src/data/docs.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { writeAtomic } from '../../src/geo/resolve.ts';

export interface CountsState {
  /** The README, as a path to show. */
  file: string;
  current: boolean;
  /** The README with fresh counts. */
  updated: string;
}

/** The README's counts compared with the data, or undefined for a data folder whose README has no counts section (test fixtures). */
export async function readmeCounts(data: Dataset, folder = dataDir()): Promise<CountsState | undefined> {
  const file = path.join(folder, 'README.md');
  const readme = await readFile(file, 'utf8').catch(() => undefined);
  if (readme === undefined || !readme.includes(COUNTS_START) || !readme.includes(COUNTS_END)) return undefined;
  const updated = spliceCounts(readme, data);
  return { file: displayPath(file), current: updated === readme, updated };
}

/** Last step of the build: rewrites the counts if they changed (a temporary file renamed into place). */
export async function updateCounts(data: Dataset, folder = dataDir(), log = (line: string) => console.log(line)): Promise<void> {
  const state = await readmeCounts(data, folder);
  if (!state || state.current) return;
  await writeAtomic(path.join(folder, 'README.md'), state.updated);
  log(`docs: updated the counts in ${state.file}`);
}
