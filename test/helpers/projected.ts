/**
 * The real boundaries, projected as the site draws them, for unit tests that need no build. The
 * topology is derived once per test process into a temporary folder from the shared boundary
 * files (test/helpers/topology.ts): nothing is written into the project's .cache/ and nothing is
 * downloaded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import type { BaliTopology } from '../../src/geo/topology.ts';
import { projectTopology, type ProjectedMap } from '../../src/map/geometry.ts';
import { deriveTopology } from './topology.ts';

export async function realData(): Promise<Dataset> {
  const loaded = await loadDataset(path.resolve('data'));
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.data;
}

let topology: Promise<BaliTopology> | undefined;

/** The derived topology, once per process, read into memory; its temporary folder goes at once. */
export function realTopology(data?: Dataset): Promise<BaliTopology> {
  topology ??= (async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'cakupan-topology-'));
    try {
      return await deriveTopology((data ?? (await realData())).boundaries, work);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  })();
  return topology;
}

export async function realProjection(data?: Dataset): Promise<ProjectedMap> {
  return projectTopology(await realTopology(data));
}
