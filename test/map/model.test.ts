/**
 * The choropleth's encoding on the real topology with synthetic figures (values made up for
 * the test), checked by hand: bin colours, the no-data pattern, comparability flags,
 * accessible names, the generated sentences, and a normalised SVG snapshot.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectTopology, type ProjectedMap } from '../../src/map/geometry.ts';
import { overlaps } from '../../src/map/labels.ts';
import { buildMapModel, summarySentences, type MapModel } from '../../src/map/model.ts';
import { renderMapSvg } from '../../src/map/render.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';
import { deriveTopology } from '../helpers/topology.ts';

let projected: ProjectedMap;
let work: string;
beforeAll(async () => {
  // The real boundaries (the test needs no build, writes nothing into .cache/, never downloads).
  const real = await loadDataset(path.resolve('data'));
  if (!real.ok) throw new Error('data/ is invalid; run npm run check');
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-map-'));
  projected = projectTopology(await deriveTopology(real.data.boundaries, work));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const data = syntheticDataset([
  rate('gianyar', '51.04', 65.6, '2025-09', 'bpjs_ucj'),
  rate('badung', '51.03', 41, '2025-06', 'bpjs_ucj'),
  rate('jembrana', '51.01', 80, '2025-03', 'bpjs_ucj'),
  rate('bangli', '51.06', 36.8, '2024', 'bps_sakernas'), // survey, and 20 months older than the newest
  rate('denpasar-old', '51.71', 38, '2016-05', 'unspecified'),
  rate('province', '51', 53.88, '2025-12', 'bpjs_ucj'),
  // A superseded report must not be mapped even though it is newer.
  rate('badung-newer-but-superseded', '51.03', 99, '2025-08', 'government'),
  rate('badung-preferred', '51.03', 45, '2025-07', 'bpjs_ucj', { supersedes: 'badung-newer-but-superseded' }),
]);

const byCode = (model: MapModel, code: string) => model.regions.find((r) => r.region.code === code)!;

describe('buildMapModel', () => {
  it('draws the nine regencies and not the province', () => {
    const model = buildMapModel(data, projected, 'id');
    expect(model.regions.map((r) => r.region.code).sort()).toEqual(['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71']);
  });

  it('fills each regency with the colour of its bin, and regions without a figure with the hatch', () => {
    const model = buildMapModel(data, projected, 'id');
    expect(byCode(model, '51.04').fill).toBe('#225ea8'); // 65.6 → 60–80
    expect(byCode(model, '51.03').fill).toBe('#41b6c4'); // 45 (preferred over the superseded 99) → 40–60
    expect(byCode(model, '51.01').fill).toBe('#081d58'); // 80 → 80–100
    expect(byCode(model, '51.06').fill).toBe('#a1dab4'); // 36.8 → 20–40
    for (const code of ['51.02', '51.05', '51.07', '51.08']) {
      expect(byCode(model, code).fill).toBe('url(#cakupan-nodata)');
      expect(byCode(model, code).bin).toBeUndefined();
    }
  });

  it('flags figures that are much older or of another method than most on the map', () => {
    const model = buildMapModel(data, projected, 'id');
    expect(byCode(model, '51.04').flags).toEqual({ old: false, otherMethod: false });
    expect(byCode(model, '51.06').flags).toEqual({ old: true, otherMethod: true });
    expect(byCode(model, '51.71').flags).toEqual({ old: true, otherMethod: true });
    expect(byCode(model, '51.01').flags).toEqual({ old: false, otherMethod: false }); // 6 months older: within 12
    expect(model.referenceMethod).toBe('BPJS Ketenagakerjaan (UCJ, administratif)');
  });

  it('names each region with its value, date, method and source, in the page language', () => {
    expect(byCode(buildMapModel(data, projected, 'id'), '51.04').ariaLabel).toBe(
      'Kabupaten Gianyar: 65,6\u00a0%, per September 2025; metode: BPJS Ketenagakerjaan (UCJ, administratif); sumber: Outlet A',
    );
    expect(byCode(buildMapModel(data, projected, 'en'), '51.06').ariaLabel).toBe(
      'Bangli Regency: 36.8%, as of 2024; method: BPS (Sakernas survey); source: Outlet A; older figure; different method',
    );
    expect(byCode(buildMapModel(data, projected, 'en'), '51.08').ariaLabel).toBe('Buleleng Regency: no published coverage rate');
  });

  it('writes the range and the count of regions without data', () => {
    expect(summarySentences(buildMapModel(data, projected, 'id'))).toEqual([
      'Cakupan berkisar dari 36,8\u00a0% di Bangli hingga 80\u00a0% di Jembrana.',
      '4 kabupaten/kota belum memiliki angka cakupan yang dipublikasikan.',
    ]);
    expect(summarySentences(buildMapModel(syntheticDataset([rate('g', '51.04', 65.6, '2025-09', 'bpjs_ucj')]), projected, 'en'))).toEqual([
      'Only Gianyar has a coverage rate: 65.6%.',
      '8 regencies and cities have no published coverage rate.',
    ]);
  });

  it('keeps the province headline separate from the map', () => {
    expect(buildMapModel(data, projected, 'id').province?.figure.value).toBe(53.88);
  });

  it('places labels without overlaps on the real shapes', () => {
    const boxes = buildMapModel(data, projected, 'id').regions.map((r) => r.label);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.code} × ${boxes[j]!.code}`).toBe(false);
  });
});

/** Rounds coordinates to whole pixels, so the snapshot survives harmless float noise; ids and codes are left alone. */
function normalise(svg: string): string {
  const round = (text: string) => text.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));
  return svg
    .replace(/ (d|x|y|x1|y1|x2|y2|cx|cy|points|data-cx|data-cy)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${round(value)}"`)
    .replace(/></g, '>\n<');
}

describe('renderMapSvg', () => {
  it.each(['id', 'en'] as const)('matches the reviewed snapshot (%s)', async (lang) => {
    const svg = renderMapSvg(buildMapModel(data, projected, lang));
    await expect(normalise(svg)).toMatchFileSnapshot(`./__snapshots__/map-${lang}.svg`);
  });

  it('links every region to its page and escapes text', () => {
    const evil = syntheticDataset([rate('g', '51.04', 65.6, '2025-09', 'bpjs_ucj')]);
    evil.sources[0]!.outlet = '<script>alert(1)</script> & "Co"';
    const svg = renderMapSvg(buildMapModel(evil, projected, 'id'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(svg.match(/<a class="map-region" href="\/wilayah\/[a-z]+\/"/g)).toHaveLength(9);
    expect(svg.match(/fill="url\(#cakupan-nodata\)"/g)).toHaveLength(8);
  });
});
