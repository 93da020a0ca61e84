/**
 * The choropleth's encoding on the real topology with synthetic figures (values made up for
 * the test), checked by hand: bin colours, the stale and no-data treatments, segment rates
 * standing in, comparability against the declared reference, accessible names, the sentences,
 * label placement, and a normalised SVG snapshot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { binFill } from '../../src/map/classify.ts';
import type { ProjectedMap } from '../../src/map/geometry.ts';
import { LABEL_LAYOUTS } from '../../src/map/labels.ts';
import { buildMapModel, creditBox, summarySentences, type MapModel, type MapRegion } from '../../src/map/model.ts';
import { boxesOverlap, edgesOf, edgesTouchBox, polygonContains, type Box } from '../../src/map/plane.ts';
import { fillOf, layoutFor, renderMapSvg } from '../../src/map/render.ts';
import { realProjection } from '../helpers/projected.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

let projected: ProjectedMap;
beforeAll(async () => {
  projected = await realProjection();
});

const local = { base: 'local_estimate' } as const;
const data = syntheticDataset([
  rate('gianyar', '51.04', 65.6, '2025-09', 'bpjs_ucj'),
  rate('jembrana', '51.01', 80, '2025-03', 'government', local), // a regency's own count: another method
  rate('bangli', '51.06', 36.8, '2024', 'bps_sakernas'), // survey; 2024 ends 9 months before September 2025
  rate('tabanan', '51.02', 30, '2024-05', 'bpjs_ucj'), // 16 months older than the newest: old, still coloured
  rate('denpasar-2016', '51.71', 38, '2016-05', 'unspecified', { base: 'unstated', qualifier: 'about' }), // stale
  rate('karangasem-pu', '51.07', 59.3, '2024-02', 'government', { segment: 'pu', base: 'unstated' }),
  rate('karangasem-bpu', '51.07', 9.32, '2024-02', 'government', { segment: 'bpu', base: 'unstated' }),
  rate('province', '51', 53.88, '2025-12', 'bpjs_ucj'),
  // A superseded report must not be mapped even though it is newer.
  rate('badung-newer-but-superseded', '51.03', 99, '2025-08', 'government', local),
  rate('badung-preferred', '51.03', 45, '2025-07', 'bpjs_ucj', { supersedes: 'badung-newer-but-superseded' }),
]);

const byCode = (model: MapModel, code: string) => model.regions.find((r) => r.region.code === code)!;
const text = (r: MapRegion, layout: number) => r.labels[layout]!.lines.map((l) => l.runs.map((run) => run.text).join('')).join(' / ');

describe('buildMapModel', () => {
  it('draws the nine regencies and not the province, west to east', () => {
    const model = buildMapModel(data, projected, 'id');
    expect(model.regions.map((r) => r.region.code).sort()).toEqual(['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71']);
    const xs = model.regions.map((r) => r.anchor.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(model.regions[0]!.region.code).toBe('51.01'); // Jembrana is the westernmost
  });

  it('fills current and old rates with their bin; another method with the bin dotted', () => {
    const model = buildMapModel(data, projected, 'id');
    expect(fillOf(byCode(model, '51.04'), 'map')).toBe(binFill(3)); // 65.6 → 60–80, UCJ
    expect(fillOf(byCode(model, '51.03'), 'map')).toBe(binFill(2)); // 45, preferred over the superseded 99
    expect(fillOf(byCode(model, '51.02'), 'map')).toBe(binFill(1)); // 30, old but within 24 months
    expect(fillOf(byCode(model, '51.01'), 'map')).toBe('url(#map-method-4)'); // 80 → 80–100, a regency's own count
    expect(fillOf(byCode(model, '51.06'), 'map')).toBe('url(#map-method-1)'); // 36.8 → 20–40, survey
  });

  it('gives a stale figure no bin colour at all, and writes its year on the label', () => {
    const denpasar = byCode(buildMapModel(data, projected, 'id'), '51.71');
    expect(denpasar.treatment).toBe('stale');
    expect(denpasar.bin).toBeUndefined();
    expect(fillOf(denpasar, 'map')).toBe('var(--map-stale, #d6d6d6)');
    for (let layout = 0; layout < LABEL_LAYOUTS.length; layout++) expect(text(denpasar, layout)).toMatch(/≈38\u00a0% \(2016\)$/);
  });

  it('shows the segment rates of a region that has no all-worker rate, and says so', () => {
    const id = byCode(buildMapModel(data, projected, 'id'), '51.07');
    expect(id.treatment).toBe('segments');
    expect(fillOf(id, 'map')).toBe('url(#map-nodata)');
    expect(id.card.value).toBe('PU 59,3\u00a0% · BPU 9,32\u00a0%');
    expect(id.card.flag).toBe('belum ada angka untuk semua pekerja, hanya per kelompok pekerja');
    expect(id.ariaLabel).toBe('Kabupaten Karangasem: belum ada angka untuk semua pekerja; per kelompok pekerja: PU 59,3\u00a0%, Februari 2024; BPU 9,32\u00a0%, Februari 2024');
    // On a map at least 320 px wide the label carries both rates.
    for (let layout = 1; layout < LABEL_LAYOUTS.length; layout++) expect(text(id, layout)).toMatch(/PU 59,3\u00a0%.*BPU 9,32\u00a0%/);
  });

  it('never flags the reference method; flags every other one and every old figure', () => {
    const model = buildMapModel(data, projected, 'id');
    for (const r of model.regions) {
      if (r.latest?.figure.method === 'bpjs_ucj') expect(r.standing!.otherMethod, r.region.short_name).toBe(false);
    }
    expect(byCode(model, '51.04').standing).toEqual({ age: 'current', otherMethod: false });
    expect(byCode(model, '51.02').standing).toEqual({ age: 'old', otherMethod: false });
    expect(byCode(model, '51.06').standing).toEqual({ age: 'current', otherMethod: true });
    expect(byCode(model, '51.71').standing).toEqual({ age: 'stale', otherMethod: true });
  });

  it('names each region with its value, date, method, source and flags, in the page language', () => {
    expect(byCode(buildMapModel(data, projected, 'id'), '51.04').ariaLabel).toBe(
      'Kabupaten Gianyar: 65,6\u00a0%, per September 2025; metode: BPJS Ketenagakerjaan (UCJ, administratif); sumber: Outlet A',
    );
    expect(byCode(buildMapModel(data, projected, 'en'), '51.06').ariaLabel).toBe(
      'Bangli Regency: 36.8%, as of 2024; method: BPS (Sakernas survey); source: Outlet A; another method, not directly comparable with the BPJS UCJ rate',
    );
    expect(byCode(buildMapModel(data, projected, 'en'), '51.71').ariaLabel).toMatch(/^Denpasar City: about 38%, as of May 2016; .*; out-of-date figure \(May 2016\), more than 24 months older/);
    expect(byCode(buildMapModel(data, projected, 'en'), '51.08').ariaLabel).toBe('Buleleng Regency: no published coverage rate');
  });

  it('compares like with like in its sentences', () => {
    expect(summarySentences(buildMapModel(data, projected, 'en'))).toEqual([
      // Only the two UCJ rates that are drawn as current or old enter the range; 80 % (a local count) does not.
      'Among the BPJS UCJ rates on the map, coverage ranges from 30% in Tabanan to 65.6% in Gianyar.',
      'The figures for Jembrana and Bangli use another method or base, so they are not compared directly with the UCJ rates.',
      'Denpasar (about 38%, May 2016): more than 24 months older than the newest figure on the map, so not coloured.',
      'There are only rates by group of workers for Karangasem (PU 59.3%, BPU 9.32%).',
      '2 of 9 regencies and cities have no published coverage rate: Buleleng and Klungkung.',
    ]);
    expect(summarySentences(buildMapModel(syntheticDataset([rate('g', '51.04', 65.6, '2025-09', 'government', local)]), projected, 'id'))).toEqual([
      'Belum ada kabupaten/kota dengan angka UCJ BPJS di peta.',
      'Angka Gianyar memakai metode atau penyebut lain, sehingga tidak dibandingkan langsung dengan angka UCJ.',
      // West to east, as the map lists its regions.
      '8 dari 9 kabupaten/kota belum memiliki angka cakupan yang dipublikasikan: Jembrana, Tabanan, Buleleng, Badung, Denpasar, Bangli, Karangasem dan Klungkung.',
    ]);
  });

  it('keeps the province out of the map, for the headline', () => {
    expect(buildMapModel(data, projected, 'id').province?.figure.value).toBe(53.88);
  });
});

describe('labels on the real shapes', () => {
  const boxOf = (r: MapRegion, layout: number, scale: number): Box => {
    const l = r.labels[layout]!;
    return { x: l.x, y: l.y, width: l.width / scale, height: l.height / scale };
  };

  it.each(['id', 'en'] as const)('never cross a border, never overlap, stay in the frame, clear of the credit (%s)', (lang) => {
    const model = buildMapModel(data, projected, lang);
    const shapes = new Map(projected.regencies.map((r) => [r.code, r]));
    LABEL_LAYOUTS.forEach(({ mapWidth }, layout) => {
      const scale = mapWidth / model.width;
      const credit = creditBox(projected, lang, scale);
      for (const r of model.regions) {
        const box = boxOf(r, layout, scale);
        const where = `${r.region.short_name} at ${mapWidth} px`;
        expect(box.x - box.width / 2, where).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width / 2, where).toBeLessThanOrEqual(model.width);
        expect(box.y - box.height / 2, where).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height / 2, where).toBeLessThanOrEqual(model.height);
        expect(boxesOverlap(box, credit), where).toBe(false);
        for (const other of model.regions) {
          if (other === r) continue;
          expect(boxesOverlap(box, boxOf(other, layout, scale)), `${where} × ${other.region.short_name}`).toBe(false);
          // No label touches another region's shape.
          expect(edgesTouchBox(edgesOf(shapes.get(other.region.code)!.polygons), box), `${where} on ${other.region.short_name}`).toBe(false);
        }
        const own = shapes.get(r.region.code)!.polygons;
        const centreInside = own.some((p) => polygonContains(p, [box.x, box.y]));
        // Inside its own region, or out at sea with a leader line.
        expect(r.labels[layout]!.callout ? !centreInside && !edgesTouchBox(edgesOf(own), box) : centreInside, where).toBe(true);
      }
    });
  });

  it('carries every value on a map 320 px wide or more', () => {
    const model = buildMapModel(data, projected, 'id');
    for (let layout = 1; layout < LABEL_LAYOUTS.length; layout++) {
      for (const r of model.regions) if (r.latest) expect(text(r, layout), r.region.short_name).toContain(r.card.value.replace('sekitar ', '≈'));
    }
  });
});

describe('labels when every region has a figure', () => {
  it('still carry every value on a map 320 px wide or more (a maintainer adding rows does not lose values)', () => {
    const codes = ['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71'];
    // Long values on purpose: two decimals, a qualifier, and both markers on some.
    const full = syntheticDataset(
      codes.map((code, i) =>
        rate(`r${i}`, code, 10.55 + i * 9.13, i % 3 === 0 ? '2024-05' : '2025-09', i % 2 ? 'government' : 'bpjs_ucj', {
          qualifier: i % 4 === 0 ? 'about' : 'exact',
          base: i % 2 ? 'local_estimate' : 'employed',
        }),
      ),
    );
    for (const lang of ['id', 'en'] as const) {
      const model = buildMapModel(full, projected, lang);
      for (let layout = 1; layout < LABEL_LAYOUTS.length; layout++) {
        for (const r of model.regions) expect(text(r, layout), `${lang} ${r.region.short_name}`).toMatch(/\d%|\d\u00a0%/);
      }
    }
  });
});

describe('labels that cannot fit', () => {
  it('leave a region unlabelled rather than fail the build or cover another label', () => {
    const long = syntheticDataset([rate('g', '51.04', 65.6, '2025-09', 'bpjs_ucj')]);
    long.regions = long.regions.map((r) => (r.code === '51.08' ? { ...r, name: `Kabupaten Buleleng ${'sangat panjang '.repeat(12)}`, short_name: `Buleleng ${'sangat panjang '.repeat(12)}` } : r));
    const model = buildMapModel(long, projected, 'id');
    const buleleng = model.regions.find((r) => r.region.code === '51.08')!;
    expect(buleleng.labels[0]!.lines).toEqual([]);
    expect(buleleng.ariaLabel).toContain('Buleleng sangat panjang');
    expect(renderMapSvg(model, { idPrefix: 'x' })).not.toMatch(/<svg [^>]*data-code="51\.08"/);
  });
});

/** Rounds coordinates to whole pixels, so the snapshot survives harmless float noise; ids and codes are left alone. */
function normalise(svg: string): string {
  const round = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));
  return svg
    .replace(/ (x|y|x1|y1|x2|y2|cx|cy|data-x|data-y|width|height)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${round(value)}"`)
    .replace(/></g, '>\n<');
}

describe('renderMapSvg', () => {
  it.each(['id', 'en'] as const)('matches the reviewed snapshot (%s)', async (lang) => {
    const svg = renderMapSvg(buildMapModel(data, projected, lang));
    await expect(normalise(svg)).toMatchFileSnapshot(`./__snapshots__/map-${lang}.svg`);
  });

  it('draws each border once: one path per region, no outline or border paths on top', () => {
    const svg = renderMapSvg(buildMapModel(data, projected, 'id'));
    expect(svg.match(/<path id="map-[a-z]+" d="/g)).toHaveLength(9);
    expect(svg).not.toMatch(/class="(outline|inner-borders)"/);
    // The coast is the regions drawn again by reference, not by copying coordinates.
    expect(svg).toMatch(/<use href="#map-land" class="coast"/);
    const d = [...svg.matchAll(/<path id="map-[a-z]+" d="([^"]*)"/g)].map((m) => m[1]!).join('');
    expect(d).not.toMatch(/\d\.\d/); // whole units
    expect(d).toMatch(/^M\d+ \d+l/);
    expect(d).not.toMatch(/[LHVCQ]/); // relative commands only
  });

  it('draws one label layout for a picture of fixed width, cropped to what it uses', () => {
    const model = buildMapModel(data, projected, 'id');
    const svg = renderMapSvg(model, { idPrefix: 'x', width: 592, layout: layoutFor(592) });
    expect(layoutFor(592)).toBe(2);
    expect(svg.match(/class="labels layout-\d"/g)).toEqual(['class="labels layout-2"']);
    const height = Number(/ height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeLessThan((592 * model.height) / model.width);
  });

  it('links every region to its page and escapes text', () => {
    const evil = syntheticDataset([rate('g', '51.04', 65.6, '2025-09', 'bpjs_ucj')]);
    evil.sources[0]!.outlet = '<script>alert(1)</script> & "Co"';
    const svg = renderMapSvg(buildMapModel(evil, projected, 'id'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(svg.match(/<a class="map-region" href="\/wilayah\/[a-z]+\/"/g)).toHaveLength(9);
    expect(svg.match(/fill="url\(#map-nodata\)"/g)).toHaveLength(8);
  });
});
