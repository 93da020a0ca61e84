/**
 * The real boundary topology for unit tests, derived into a temporary folder from the shared
 * boundary files only: nothing is written into the project's .cache/ and nothing is downloaded.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildTopology } from '../../scripts/steps/geo.ts';
import { SHARED_GEO_DIR } from '../../src/config/paths.ts';
import type { Boundary } from '../../src/data/schema/tables.ts';
import type { BaliTopology } from '../../src/geo/topology.ts';

/** Options that keep the geo step inside `work`: its output, its download cache, no download. */
export function offlineGeoOptions(work: string, log: (line: string) => void = () => {}) {
  return { outFile: path.join(work, 'bali.topo.json'), cacheDir: path.join(work, 'raw'), sharedDir: SHARED_GEO_DIR, allowDownload: false, log };
}

export async function deriveTopology(boundaries: readonly Boundary[], work: string, log?: (line: string) => void): Promise<BaliTopology> {
  const { file } = await buildTopology(boundaries, offlineGeoOptions(work, log));
  return JSON.parse(await readFile(file, 'utf8')) as BaliTopology;
}
