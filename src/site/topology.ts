/** The derived boundary topology for pages (written by the build's geo step), projected for the map and for the locators. */
import { readFile } from 'node:fs/promises';
import { topologyFile } from '../config/paths.ts';
import type { BaliTopology } from '../geo/topology.ts';
import { projectTopology, type ProjectedMap } from '../map/geometry.ts';
import { LOCATOR_WIDTH } from '../map/locator.ts';

async function load(): Promise<BaliTopology> {
  const text = await readFile(topologyFile(), 'utf8').catch(() => {
    throw new Error(`${topologyFile()} is missing; run \`npm run build\` (or \`npm run geo\`) first`);
  });
  try {
    return JSON.parse(text) as BaliTopology;
  } catch (error) {
    throw new Error(`${topologyFile()} is not a valid topology (${(error as Error).message}); delete it and run \`npm run build\` again`);
  }
}

const topology = await load();
export const projectedMap: ProjectedMap = projectTopology(topology);
/** Small and plain: no sea for labels, no strip for the credit. */
export const locatorMap: ProjectedMap = projectTopology(topology, { width: LOCATOR_WIDTH, padding: 1, creditStrip: 0, northSea: 0 });
