import { dataDir } from '../../src/config/paths.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { InputError } from '../lib/cli.ts';

/** Step 1 of every build: load and validate data/; throws InputError listing every problem. */
export async function checkData(folder = dataDir()): Promise<Dataset> {
  const result = await loadDataset(folder);
  if (!result.ok) throw new InputError(result.issues);
  return result.data;
}
