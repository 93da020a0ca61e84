/**
 * `npm run geo [-- --geo-dir DIR]`: resolve, verify and derive the boundary topology.
 * Normally run by `npm run build`; on its own it is handy after changing data/boundaries.csv.
 */
import { parseArgs } from 'node:util';
import { runEntry } from './lib/cli.ts';
import { checkData } from './steps/check.ts';
import { buildTopology } from './steps/geo.ts';

const { values } = parseArgs({ options: { 'geo-dir': { type: 'string' } } });

await runEntry('geo', async () => {
  const data = await checkData();
  await buildTopology(data.boundaries, values['geo-dir'] ? { explicitDir: values['geo-dir'] } : {});
});
