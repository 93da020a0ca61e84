import path from 'node:path';
import { dataDir } from '../../src/config/paths.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { makeChartResolver } from '../../src/charts/html.ts';
import { loadStories, type Story } from '../../src/stories/load.ts';
import { InputError } from '../lib/cli.ts';

/**
 * Step 1b of every build, after the data check: every story in data/stories/ parses, exists in
 * both languages and references only data that exists; throws InputError listing every problem.
 */
export async function checkStories(data: Dataset, folder = path.join(dataDir(), 'stories')): Promise<Story[]> {
  // Built from the data just checked: importing the site's dataset here would load data/
  // before the check and could fail with a stack trace instead of a message.
  const result = await loadStories(folder, { data, resolveChart: makeChartResolver(data) });
  if (!result.ok) throw new InputError(result.issues);
  return result.stories;
}
