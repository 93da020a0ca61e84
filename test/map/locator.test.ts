import { describe, expect, it } from 'vitest';
import { projectTopology } from '../../src/map/geometry.ts';
import { LOCATOR_WIDTH, locatorSvg } from '../../src/map/locator.ts';
import { realTopology } from '../helpers/projected.ts';

const OPTIONS = { padding: 1, creditStrip: 0, northSea: 0 } as const;
const strokes = (svg: string) => [...svg.matchAll(/stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('locatorSvg', () => {
  it('picks out one region over the rest, drawn at the projection’s size', async () => {
    const topology = await realTopology();
    const projected = projectTopology(topology, { width: LOCATOR_WIDTH, ...OPTIONS });
    const code = projected.regencies[0]!.code;
    const svg = locatorSvg(projected, code, 'Lokasi <wilayah> & sekitarnya');
    expect(svg).toContain(`viewBox="0 0 ${LOCATOR_WIDTH} ${projected.height}"`);
    expect(svg).toContain('aria-label="Lokasi &lt;wilayah&gt; &amp; sekitarnya"');
    // Two paths: the others together, then the region on top in the accent colour.
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="([^"]+)"/g)];
    expect(paths.map((p) => p[2])).toEqual(['var(--map-nodata-bg, #f0f0f0)', 'var(--accent, #005a8c)']);
    expect(paths[1]![1]).toBe(projected.regencies[0]!.d);
    expect(() => locatorSvg(projected, '99.99', 'x')).toThrow(/99\.99/);
  });

  it('keeps its outlines in proportion when projected larger (a share card is about four times as wide)', async () => {
    const topology = await realTopology();
    const small = projectTopology(topology, { width: LOCATOR_WIDTH, ...OPTIONS });
    const large = projectTopology(topology, { width: 4 * LOCATOR_WIDTH, ...OPTIONS });
    const code = small.regencies[0]!.code;
    expect(strokes(locatorSvg(small, code, 'x'))).toEqual([0.5, 0.5]);
    expect(strokes(locatorSvg(large, code, 'x'))).toEqual([2, 2]);
  });
});
