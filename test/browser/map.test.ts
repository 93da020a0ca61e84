/**
 * The map and the region pages as readers use them: keyboard, hover, tap, no JavaScript,
 * phone and desktop widths, both languages. Runs against the built dist/ with the real data.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.ts';
import { latestCoverageByRegion } from '../../src/data/derive.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { formatPercent } from '../../src/i18n/format.ts';
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
/** Each regency's mapped coverage rate, or undefined where the data has none. */
const mapped = () => latestCoverageByRegion(data).filter((h) => h.region.type !== 'provinsi');

describe('the map', () => {
  it('is reachable by Tab, region by region, each with a name carrying value, date, method and source', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/en/`);
    await page.locator('a.map-region').first().focus();
    const visited = new Map<string, string>();
    for (let i = 0; i < regencies().length; i++) {
      const [code, name] = await page.evaluate(() => [document.activeElement?.getAttribute('data-code') ?? '', document.activeElement?.getAttribute('aria-label') ?? '']);
      visited.set(code, name);
      await page.keyboard.press('Tab');
    }
    // Every regency once, each named with its own figure from the data, or with its lack of one.
    expect([...visited.keys()].sort()).toEqual(regencies().map((r) => r.code).sort());
    for (const { region, latest } of mapped()) {
      const name = visited.get(region.code)!;
      if (latest) {
        expect(name.startsWith(`${region.name_en}: ${formatPercent(latest.figure.value, 'en')}, as of `), name).toBe(true);
        expect(name).toMatch(/; method: .+; source: /);
        expect(name).toContain(`; source: ${latest.source.outlet}`);
      } else expect(name).toBe(`${region.name_en}: no published coverage rate`);
    }
    // Arrow keys move to a neighbouring region instead of scrolling.
    await page.locator('a.map-region[data-code="51.71"]').focus();
    await page.keyboard.press('ArrowUp');
    const afterUp = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(['51.03', '51.04', '51.06']).toContain(afterUp);
    await page.close();
  });

  it('shows a tooltip on hover and focus that Esc dismisses', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    const tooltip = page.locator('.map-tooltip');
    expect(await tooltip.isHidden()).toBe(true);
    const gianyar = page.locator('a.map-region[data-code="51.04"]');
    await gianyar.hover();
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('Kabupaten Gianyar');
    await page.keyboard.press('Escape');
    expect(await tooltip.isHidden()).toBe(true);
    await gianyar.focus();
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.isHidden()).toBe(true);
    await page.close();
  });

  it('on touch, a tap shows the tooltip instead of leaving, and a tap outside dismisses it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const region = page.locator('a.map-region[data-code="51.08"]');
    await region.tap();
    expect(page.url()).toBe(`${origin}/`);
    const tooltip = page.locator('.map-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('Buleleng');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-tooltip-id-360.png') });
    await page.locator('h1').tap();
    expect(await tooltip.isHidden()).toBe(true);
    await context.close();
  });

  it('has a legend entry for every bin, for no data, and for each comparability marker in use', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('[data-legend="bin"]').count()).toBe(5);
    expect(await page.locator('[data-legend="nodata"]').count()).toBe(1);
    const flaggedOld = await page.locator('.labels .marker-old').count();
    const flaggedMethod = await page.locator('.labels .marker-method').count();
    expect(await page.locator('[data-legend="old"]').count()).toBe(flaggedOld > 0 ? 1 : 0);
    expect(await page.locator('[data-legend="method"]').count()).toBe(flaggedMethod > 0 ? 1 : 0);
    // The hatch on exactly the regencies the data gives no rate, and a "no data" cell for each in the table.
    const hatched = await page.locator('a.map-region').evaluateAll((links) =>
      links.filter((a) => a.querySelector('path')?.getAttribute('fill') === 'url(#cakupan-nodata)').map((a) => a.getAttribute('data-code')),
    );
    const withoutRate = mapped().filter((h) => !h.latest).map((h) => h.region.code);
    expect(hatched.sort()).toEqual(withoutRate.sort());
    expect(await page.locator('a.map-region[data-nodata]').evaluateAll((links) => links.map((a) => a.getAttribute('data-code')).sort())).toEqual(withoutRate.sort());
    expect(await page.locator('td.nodata').count()).toBeGreaterThanOrEqual(withoutRate.length);
    await page.close();
  });

  it('shows, and links, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('svg.choropleth a.map-region').count()).toBe(9);
    const box = await page.locator('svg.choropleth').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
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
        const headline = await page.locator('[data-testid=region-headline] .headline').textContent();
        expect(headline).toMatch(lang === 'id' ? /(pekerja terlindungi per|Belum ada angka)/ : /(of workers protected as of|No coverage rate)/);
        // A timeline chart exactly where the data has two or more actual coverage rates.
        const points = data.figures.filter((f) => f.region === region.code && f.indicator === 'coverage_rate' && f.segment === 'all' && f.kind === 'actual').length;
        expect(await page.locator('[data-testid=coverage-timeline] svg[data-chart="coverage-trends"]').count()).toBe(points >= 2 ? 1 : 0); // one fluid rendering
        const csv = await page.request.get(`${origin}/data/wilayah/${region.slug}.csv`);
        expect(csv.status()).toBe(200);
        const rows = (await csv.text()).trim().split('\n');
        expect(rows[0]).toMatch(/^id,region,region_name,indicator,unit,segment,qualifier,value,as_of/);
        expect(rows.length - 1).toBe(data.figures.filter((f) => f.region === region.code).length);
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
