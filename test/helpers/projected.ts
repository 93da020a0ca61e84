/**
 * The real boundaries, projected as the site draws them. The geo step derives the topology (or
 * finds it cached), so a test using this runs without a prior build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildTopology } from '../../scripts/steps/geo.ts';
import { topologyFile } from '../../src/config/paths.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import type { BaliTopology } from '../../src/geo/topology.ts';
import { projectTopology, type ProjectedMap } from '../../src/map/geometry.ts';

export async function realData(): Promise<Dataset> {
  const loaded = await loadDataset(path.resolve('data'));
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.data;
}

export async function realProjection(data?: Dataset): Promise<ProjectedMap> {
  await buildTopology((data ?? (await realData())).boundaries, { log: () => {} });
  return projectTopology(JSON.parse(await readFile(topologyFile(), 'utf8')) as BaliTopology);
}
