/** The derived boundary topology for pages (written by the build's geo step), projected for the map and for the locators. */
import { readFile } from 'node:fs/promises';
import { topologyFile } from '../config/paths.ts';
import type { BaliTopology } from '../geo/topology.ts';
import { projectTopology, type ProjectedMap } from '../map/geometry.ts';
import { LOCATOR_WIDTH } from '../map/locator.ts';
import { CARD_PICTURE_WIDTH } from '../embeds/card.ts';

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
const LOCATOR_OPTIONS = { padding: 1, creditStrip: 0, northSea: 0 } as const;
export const locatorMap: ProjectedMap = projectTopology(topology, { width: LOCATOR_WIDTH, ...LOCATOR_OPTIONS });
/** The locator on a share card, projected at the card's picture width: whole-unit coordinates at 120 units would show as steps there. */
export const cardLocatorMap: ProjectedMap = projectTopology(topology, { width: CARD_PICTURE_WIDTH, ...LOCATOR_OPTIONS });
