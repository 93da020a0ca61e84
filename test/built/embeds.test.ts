/**
 * The downloads and previews in the built dist/: each PNG is a PNG of the size its SVG and its
 * oEmbed state, each CSV is exactly the rows its chart draws, pages point at preview images and
 * oEmbed files that exist, and the loader stays within its byte budget as served.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChart, CHART_IDS } from '../../src/charts/registry.ts';
import { dataDir } from '../../src/config/paths.ts';
import { coverageByRegion } from '../../src/data/derive.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { pngSize } from '../embeds/png-header.ts';
import { DIST } from '../helpers/built.ts';

let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(dataDir());
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  data = result.data;
});

describe('downloads in dist/', () => {
  const file = (lang: string, id: string, name: string) => path.join(DIST, lang === 'en' ? 'en' : '', 'embed', id, name);

  it('each PNG is a PNG 1280 px wide, as tall as its SVG at twice the scale, as its oEmbed states', async () => {
    for (const lang of LANGS) {
      for (const id of ['peta', ...CHART_IDS]) {
        const size = pngSize(await readFile(file(lang, id, `cakupan-bali-${id}.png`)));
        const svg = await readFile(file(lang, id, `cakupan-bali-${id}.svg`), 'utf8');
        const svgHeight = Number(/^<svg [^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
        const oembed = JSON.parse(await readFile(file(lang, id, 'oembed.json'), 'utf8')) as { thumbnail_width: number; thumbnail_height: number };
        expect(size, `${lang} ${id}`).toEqual({ width: 1280, height: svgHeight * 2 });
        expect(size).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
      }
    }
  });

  it('each chart CSV holds exactly the rows the chart draws, in order, with source columns', async () => {
    for (const lang of LANGS) {
      for (const id of CHART_IDS) {
        const rows = parse(await readFile(file(lang, id, `cakupan-bali-${id}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
        const drawn = buildChart(id, data, { lang }).rows;
        expect(rows.map((r) => [r['id'], Number(r['value'])]), `${lang} ${id}`).toEqual(drawn.map((r) => [r.figure.id, r.figure.value]));
        for (const [i, r] of rows.entries()) expect(r['source_outlet']).toBe(drawn[i]!.source.outlet);
      }
    }
  });

  it('the map CSV holds each regency\'s mapped figure (or the segment rates shown instead), and nothing for a regency without any', async () => {
    const rows = parse(await readFile(file('id', 'peta', 'cakupan-bali-peta.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const mapped = coverageByRegion(data)
      .filter((c) => c.region.type !== 'provinsi')
      .flatMap((c) => (c.latest ? [c.latest] : c.segments));
    expect(rows.map((r) => [r['region'], r['id'], Number(r['value'])])).toEqual(mapped.map((c) => [c.figure.region, c.figure.id, c.figure.value]));
    expect(new Set(rows.map((r) => r['region'])).size).toBeLessThanOrEqual(data.regions.filter((r) => r.type !== 'provinsi').length);
  });

  it('serves the loader within its 2 KB gzip budget', async () => {
    expect(gzipSync(await readFile(path.join(DIST, 'embed/loader.js')), { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it('pages share a preview image and announce their embeds to oEmbed consumers', async () => {
    const head = async (p: string) => readFile(path.join(DIST, p, 'index.html'), 'utf8');
    const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
    const home = await head('en');
    expect(new URL(meta(home, 'og:image')!).pathname).toBe('/en/embed/peta/cakupan-bali-peta.png');
    expect(meta(home, 'twitter:card')).toBe('summary_large_image');
    expect(new URL(meta(home, 'og:url')!).pathname).toBe('/en/');
    const announcedBy = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    expect(announcedBy(home)).toEqual(['/en/embed/peta/oembed.json', '/en/embed/vulnerable-regions/oembed.json']);
    const segments = await head('segmen');
    expect(new URL(meta(segments, 'og:image')!).pathname).toBe(`/embed/${CHART_IDS[0]}/cakupan-bali-${CHART_IDS[0]}.png`);
    const announced = announcedBy(segments);
    expect(announced).toEqual(CHART_IDS.map((id) => `/embed/${id}/oembed.json`));
    for (const p of [meta(home, 'og:image')!, ...announced]) await readFile(path.join(DIST, new URL(p, 'http://x').pathname));
  });
});
