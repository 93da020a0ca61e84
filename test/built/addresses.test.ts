/**
 * Every absolute address in what leaves the built site (embed pages, oEmbed files, exported
 * SVGs, the feed, every page's head with its share tags) is the configured site's or a source's
 * own (src/hosting/addresses.ts). The production build runs the same check before the swap.
 */
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.ts';
import { siteUrl } from '../../src/config/site.ts';
import { loadDataset } from '../../src/data/load.ts';
import { foreignAddresses } from '../../src/hosting/addresses.ts';
import { DIST } from '../helpers/built.ts';

const loaded = await loadDataset(dataDir());
if (!loaded.ok) throw new Error('the data the site was built from should be valid');
const sources = new Set(loaded.data.sources.flatMap((s) => (s.url ? [s.url] : [])));

describe('absolute addresses', () => {
  it('are all on the configured site, or a source\'s article', async () => {
    expect(await foreignAddresses(DIST, siteUrl(), sources)).toEqual([]);
  });

  it('would be caught on another site: the check reads the files it claims to', async () => {
    const foreign = await foreignAddresses(DIST, 'https://another.example', sources);
    for (const kind of [/\/oembed\.json: /, /embed\/[^:]+\/index\.html: /, /angka-baru\.xml: /, /\.svg: its credit does not name another\.example/, /^index\.html: /]) expect(foreign.some((p) => kind.test(p)), String(kind)).toBe(true);
  });
});
