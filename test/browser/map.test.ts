/**
 * The map and the region pages as readers use them: keyboard, hover, tap, no JavaScript,
 * phone and desktop widths, both languages. Runs against the built dist/ with the real data.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.ts';
import { coverageByRegion } from '../../src/data/derive.ts';
import { indexOf } from '../../src/data/index.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { figureValue } from '../../src/i18n/figure-text.ts';
import { launch, SCREENSHOTS, serveDist } from './harness.ts';

let browser: Browser;
let server: Server;
let origin: string;
let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(dataDir());
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  data = result.data;
  ({ server, origin } = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const regencies = () => data.regions.filter((r) => r.type !== 'provinsi');

describe('the map', () => {
  it('names each region with value, date, method and source, or says it has none', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/en/`);
    const named = await page.locator('a.map-region').evaluateAll((links) => links.map((a) => [a.getAttribute('data-code') ?? '', a.getAttribute('aria-label') ?? ''] as const));
    const names = new Map(named);
    // Every regency of the data once, named with its own figure (with its qualifier), its segment
    // rates standing in, or its lack of one: expectations come from the data, not today's values.
    expect([...names.keys()].sort()).toEqual(regencies().map((r) => r.code).sort());
    expect(named).toHaveLength(regencies().length);
    const index = indexOf(data);
    for (const { region, latest, segments } of coverageByRegion(data).filter((c) => c.region.type !== 'provinsi')) {
      const name = names.get(region.code)!;
      if (latest) {
        expect(name.startsWith(`${region.name_en}: ${figureValue(latest.figure, 'en', index)}, as of `), name).toBe(true);
        expect(name, name).toContain(`; source: ${latest.source.outlet}`);
      } else if (segments.length > 0) {
        expect(name.startsWith(`${region.name_en}: no figure for all workers yet; by group of workers: `), name).toBe(true);
        for (const s of segments) expect(name).toContain(figureValue(s.figure, 'en', index));
      } else expect(name).toBe(`${region.name_en}: no published coverage rate`);
    }
    await page.close();
  });

  it('has a legend entry for every bin, for no data, and for each treatment in use', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('[data-legend="bin"]').count()).toBe(5);
    expect(await page.locator('[data-legend="nodata"]').count()).toBe(1);
    const used = async (selector: string) => ((await page.locator(selector).count()) > 0 ? 1 : 0);
    expect(await page.locator('[data-legend="old"]').count()).toBe(await used('.labels .marker-old'));
    expect(await page.locator('[data-legend="method"]').count()).toBe(await used('.labels .marker-method'));
    expect(await page.locator('[data-legend="stale"]').count()).toBe(await used('a.map-region[data-treatment="stale"]'));
    const noFigure = await page.locator('a.map-region[data-treatment="none"], a.map-region[data-treatment="segments"]').evaluateAll((links) => links.map((a) => a.getAttribute('fill')));
    expect(noFigure.every((fill) => fill === 'url(#map-nodata)')).toBe(true);
    expect(await page.locator('[data-testid=latest-figures] td.nodata').count()).toBe(await page.locator('a.map-region[data-treatment="none"]').count());
    await page.close();
  });

  it('shows, and links, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('svg.choropleth a.map-region').count()).toBe(9);
    const box = await page.locator('svg.choropleth').boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-nojs-id-1280.png') });
    await page.locator('a.map-region[data-code="51.04"]').click();
    await page.waitForURL(`${origin}/wilayah/gianyar/`);
    expect(await page.locator('h1').textContent()).toBe('Kabupaten Gianyar');
    await context.close();
  });

  it('fits phone and desktop widths without page-level horizontal scroll', async () => {
    for (const [width, lang] of [
      [360, 'id'],
      [1280, 'id'],
      [360, 'en'],
      [1280, 'en'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${origin}${lang === 'id' ? '/' : '/en/'}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `home-map-${lang}-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });
});

describe('region pages', () => {
  it('exist for all nine regencies/cities in both languages, each with its headline or an explicit "no data"', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const region of regencies()) {
      for (const lang of ['id', 'en'] as const) {
        const response = await page.goto(`${origin}${lang === 'en' ? '/en' : ''}/wilayah/${region.slug}/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(lang === 'id' ? region.name : region.name_en);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const headline = await page.locator('[data-testid=region-headline]').textContent();
        expect(headline).toMatch(lang === 'id' ? /(pekerja terlindungi per|Belum ada angka)/ : /(of workers protected as of|No coverage rate|no figure for all workers)/);
        // A timeline chart exactly where the data has two or more actual coverage rates.
        const points = data.figures.filter((f) => f.region === region.code && f.indicator === 'coverage_rate' && f.segment === 'all' && f.kind === 'actual').length;
        // The region's own chart id (coverage-trends-<slug>), with its embed box.
        expect(await page.locator(`[data-testid=coverage-timeline] svg[data-chart="coverage-trends-${region.slug}"]`).count()).toBe(points >= 2 ? 1 : 0); // one fluid rendering
        expect(await page.locator('[data-testid=coverage-timeline] [data-testid=embed-box]').count()).toBe(points >= 2 ? 1 : 0);
        // The CSV in the page's language: labels beside the codes.
        const href = await page.locator('a[href*="/data/wilayah/"][download]').getAttribute('href');
        expect(href).toBe(`${lang === 'en' ? '/en' : ''}/data/wilayah/${region.slug}.csv`);
        const csv = await page.request.get(`${origin}${href}`);
        expect(csv.status()).toBe(200);
        const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
        expect(rows.map((r) => r['id']).sort()).toEqual(data.figures.filter((f) => f.region === region.code).map((f) => f.id).sort());
        for (const row of rows) expect(row['region_name']).toBe(lang === 'id' ? region.name : region.name_en);
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'region-en-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${origin}/wilayah/gianyar/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'region-gianyar-id-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});
