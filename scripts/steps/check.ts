import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { InputError } from '../lib/cli.ts';

export const DATA_DIR = path.resolve('data');

/** Step 1 of every build: load and validate data/; throws InputError listing every problem. */
export async function checkData(dataDir = DATA_DIR): Promise<Dataset> {
  const result = await loadDataset(dataDir);
  if (!result.ok) throw new InputError(result.issues);
  return result.data;
}
