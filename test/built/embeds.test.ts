/**
 * The downloads and previews in the built dist/: each PNG is a PNG of the size its SVG and its
 * oEmbed state, each CSV is exactly the rows its chart draws with labels in its language, pages
 * point at share cards (1200 × 630) and oEmbed files that exist, and the loader stays within its
 * byte budget as served.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartIds, regionChartId, timelineRegions } from '../../src/charts/registry.ts';
import { chartFigure } from '../../src/charts/figure.ts';
import { ENUM_LABELS } from '../../src/i18n/enums.ts';
import { dataDir } from '../../src/config/paths.ts';
import { coverageByRegion } from '../../src/data/derive.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { pngColorType, pngSize } from '../embeds/png-header.ts';
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
      for (const id of ['peta', ...chartIds(data)]) {
        const png = await readFile(file(lang, id, `cakupan-bali-${id}.png`));
        const size = pngSize(png);
        expect(pngColorType(png), `${lang} ${id} is a palette PNG`).toBe(3);
        const svg = await readFile(file(lang, id, `cakupan-bali-${id}.svg`), 'utf8');
        const svgHeight = Number(/^<svg [^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
        const oembed = JSON.parse(await readFile(file(lang, id, 'oembed.json'), 'utf8')) as { thumbnail_width: number; thumbnail_height: number };
        expect(size, `${lang} ${id}`).toEqual({ width: 1280, height: svgHeight * 2 });
        expect(size).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
      }
    }
  });

  it('each chart CSV starts with a byte-order mark and holds exactly the rows the chart draws, in order, with source columns and labels in its language', async () => {
    for (const id of chartIds(data)) {
      const texts: string[] = [];
      for (const lang of LANGS) {
        const text = await readFile(file(lang, id, `cakupan-bali-${id}.csv`), 'utf8');
        texts.push(text);
        expect(text.charCodeAt(0), `${lang} ${id} starts with a BOM`).toBe(0xfeff);
        const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
        const drawn = chartFigure(id, data, lang).rows;
        expect(rows.map((r) => [r['id'], Number(r['value'])]), `${lang} ${id}`).toEqual(drawn.map((r) => [r.figure.id, r.figure.value]));
        for (const [i, r] of rows.entries()) {
          const row = drawn[i]!;
          expect(r['source_outlet']).toBe(row.source.outlet);
          expect([r['method'], r['method_label']]).toEqual([row.figure.method, ENUM_LABELS[lang].methods[row.figure.method]]);
          expect(r['segment_label']).toBe(lang === 'id' ? row.segment.label_id : row.segment.label_en);
          // The note in the file's language, its references written out: no "{{figure:" left.
          expect(r['note'] === '', `${id} ${row.figure.id} has a note`).toBe(row.figure[lang === 'id' ? 'note_id' : 'note_en'] === undefined);
          expect(r['note']).not.toContain('{{');
        }
      }
      // Labels differ between the languages, so the two files do too.
      expect(texts[0], id).not.toBe(texts[1]);
    }
  });

  it('the map CSV holds each regency\'s mapped figure (or the segment rates shown instead), and nothing for a regency without any', async () => {
    const rows = parse(await readFile(file('id', 'peta', 'cakupan-bali-peta.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const mapped = coverageByRegion(data)
      .filter((c) => c.region.type !== 'provinsi')
      .flatMap((c) => (c.latest ? [c.latest] : c.segments));
    expect(rows.map((r) => [r['region'], r['id'], Number(r['value'])])).toEqual(mapped.map((c) => [c.figure.region, c.figure.id, c.figure.value]));
    expect(new Set(rows.map((r) => r['region'])).size).toBeLessThanOrEqual(data.regions.filter((r) => r.type !== 'provinsi').length);
  });

  it('serves the loader within its 2 KB gzip budget', async () => {
    expect(gzipSync(await readFile(path.join(DIST, 'embed/loader.js')), { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it('pages share a card of 1200 × 630 and announce only the one chart they are about to oEmbed consumers', async () => {
    const head = async (p: string) => readFile(path.join(DIST, p, 'index.html'), 'utf8');
    const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
    const announcedBy = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    const timeline = timelineRegions(data)[0];
    const noTimeline = data.regions.find((r) => r.type !== 'provinsi' && !timelineRegions(data).includes(r));
    const cases: [string, string, string[]][] = [
      ['en', '/en/kartu/cakupan-bali.png', ['/en/embed/peta/oembed.json']],
      ['', '/kartu/cakupan-bali.png', ['/embed/peta/oembed.json']],
      ['segmen', '/kartu/cakupan-bali.png', []],
      ['grafik/budgets', '/kartu/grafik-budgets.png', ['/embed/budgets/oembed.json']],
      ['en/grafik/budgets', '/en/kartu/grafik-budgets.png', ['/en/embed/budgets/oembed.json']],
      ...(timeline ? [[`wilayah/${timeline.slug}`, `/kartu/wilayah-${timeline.slug}.png`, [`/embed/${regionChartId(timeline.slug)}/oembed.json`]] as [string, string, string[]]] : []),
      ...(noTimeline ? [[`wilayah/${noTimeline.slug}`, `/kartu/wilayah-${noTimeline.slug}.png`, []] as [string, string, string[]]] : []),
    ];
    for (const [page, card, announced] of cases) {
      const html = await head(page);
      expect(new URL(meta(html, 'og:image')!).pathname, page).toBe(card);
      expect(meta(html, 'twitter:image'), page).toBe(meta(html, 'og:image'));
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      expect(pngSize(await readFile(path.join(DIST, card))), card).toEqual({ width: 1200, height: 630 });
      expect(announcedBy(html), page).toEqual(announced);
      for (const p of announced) await readFile(path.join(DIST, p));
    }
  });

  it('draws a card of 1200 × 630 for the site, every regency and every chart, in both languages', async () => {
    const names = ['cakupan-bali', ...data.regions.filter((r) => r.type !== 'provinsi').map((r) => `wilayah-${r.slug}`), ...chartIds(data).map((id) => `grafik-${id}`)];
    for (const lang of LANGS) {
      for (const name of names) expect(pngSize(await readFile(path.join(DIST, lang === 'en' ? 'en' : '', 'kartu', `${name}.png`))), `${lang} ${name}`).toEqual({ width: 1200, height: 630 });
    }
  });
});
