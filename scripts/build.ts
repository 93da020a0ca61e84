/**
 * `npm run build`: validate data → resolve and derive boundaries → render the site into a
 * staging folder → swap it into dist/ → bring the counts in data/README.md up to date.
 * Any failure exits 1 and leaves dist/ untouched. `--production` (or NODE_ENV=production) also
 * refuses the placeholder address and checks every address the embeds, oEmbed files, cards
 * and feed carry before the swap.
 */
import { parseArgs } from 'node:util';
import { displayPath, outDir } from '../src/config/paths.ts';
import { productionSiteProblem } from '../src/config/site.ts';
import { runEntry } from './lib/cli.ts';
import { verifyAddresses } from './steps/addresses.ts';
import { checkData } from './steps/check.ts';
import { updateCounts } from './steps/counts.ts';
import { buildTopology } from './steps/geo.ts';
import { buildSite } from './steps/site.ts';
import { checkStories } from './steps/stories.ts';

const { values } = parseArgs({ options: { 'geo-dir': { type: 'string' }, production: { type: 'boolean' } } });
const production = values.production === true || process.env['NODE_ENV'] === 'production';
// Astro would otherwise try to send usage statistics; the build makes no network request.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

await runEntry('build', async () => {
  if (production) {
    const problem = productionSiteProblem();
    if (problem) {
      console.error(`build: ${problem}\nbuild: a production build needs the public address; nothing was built.`);
      process.exitCode = 1;
      return;
    }
  }
  const data = await checkData();
  await checkStories(data);
  console.log('check: data/ and data/stories/ are valid');
  await buildTopology(data.boundaries, values['geo-dir'] ? { explicitDir: values['geo-dir'] } : {});
  await buildSite(undefined, production ? { verify: verifyAddresses(data) } : {});
  await updateCounts(data);
  console.log(`build: ${displayPath(outDir())}/ is ready`);
});
