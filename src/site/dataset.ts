/**
 * The validated dataset for Astro pages, loaded once per build. `npm run build` validates
 * before Astro starts, so a failure here means Astro was run directly on bad data.
 */
import { dataDir } from '../config/paths.ts';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import type { Dataset } from '../data/schema/tables.ts';

async function load(): Promise<Dataset> {
  const result = await loadDataset(dataDir());
  if (!result.ok) {
    throw new Error(`data/ is invalid; run \`npm run check\`:\n${result.issues.map(formatIssue).join('\n')}`);
  }
  return result.data;
}

export const dataset: Dataset = await load();
