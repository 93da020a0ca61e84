/** The derived boundary topology for pages (written by the build's geo step). */
import { readFile } from 'node:fs/promises';
import { topologyFile } from '../config/paths.ts';
import type { BaliTopology } from '../geo/topology.ts';
import { projectTopology, type ProjectedMap } from '../map/geometry.ts';

async function load(): Promise<ProjectedMap> {
  const text = await readFile(topologyFile(), 'utf8').catch(() => {
    throw new Error(`${topologyFile()} is missing; run \`npm run build\` (or \`npm run geo\`) first`);
  });
  let topology: BaliTopology;
  try {
    topology = JSON.parse(text) as BaliTopology;
  } catch (error) {
    throw new Error(`${topologyFile()} is not a valid topology (${(error as Error).message}); delete it and run \`npm run build\` again`);
  }
  return projectTopology(topology);
}

export const projectedMap: ProjectedMap = await load();
