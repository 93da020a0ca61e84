/**
 * Region pages in Chromium: the card leads with the figure the map draws, or with the segment
 * rates where there is no all-worker rate, never "no figure" where there are numbers; a locator
 * picks the region out; the comparison with the province says whether it compares; no heading
 * repeats another; nothing scrolls sideways on a phone. Expectations come from the data.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparableAtFaceValue } from '../../src/data/comparability.ts';
import { coverageByRegion, latestRate, type RegionCoverage } from '../../src/data/derive.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { realData } from '../helpers/projected.ts';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();
let data: Dataset;
let coverage: RegionCoverage[];

beforeAll(async () => {
  data = await realData();
  coverage = coverageByRegion(data).filter((c) => c.region.type !== 'provinsi');
});

// The slugs are fixed by regions.csv (a page's address never changes); the figures are read from the data.
const SLUGS = ['jembrana', 'tabanan', 'badung', 'gianyar', 'klungkung', 'bangli', 'karangasem', 'buleleng', 'denpasar'];

describe('a region page', () => {
  it.each(SLUGS)('%s leads with what the data has for it, at 360 px, without sideways scrolling', async (slug) => {
    const { region, latest, segments } = coverage.find((c) => c.region.slug === slug)!;
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}/wilayah/${slug}/`);
    const card = page.locator('[data-testid=region-headline]');
    const figures = await card.locator('.big-number .value[data-figure]').evaluateAll((values) => values.map((v) => v.getAttribute('data-figure')));
    if (latest) {
      expect(figures).toEqual([latest.figure.id]);
      expect(await card.textContent()).toContain('pekerja terlindungi per');
    } else if (segments.length) {
      // Numbers exist: the page shows them and never opens with "no figure has been published".
      expect(figures).toEqual(segments.map((s) => s.figure.id));
      expect(await card.textContent()).not.toContain('Belum ada angka tingkat cakupan yang dipublikasikan');
      expect(await card.textContent()).toContain('Belum ada angka untuk semua pekerja');
    } else {
      expect(figures).toEqual([]);
      expect(await card.textContent()).toContain(`Belum ada angka tingkat cakupan yang dipublikasikan untuk ${region.name}`);
    }
    // The locator is there, named, and a kilobyte or two.
    const locator = card.locator('svg.locator');
    expect(await locator.getAttribute('aria-label')).toBe(`Letak ${region.name} di Bali`);
    expect(gzipSync(await locator.evaluate((svg) => svg.outerHTML)).length).toBeLessThan(2000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(SCREENSHOTS, `region-${slug}-id-360.png`) });
    await page.close();
  });

  it.each(SLUGS)('%s sets its figure against the province\'s, like with like, and says whether they compare', async (slug) => {
    const { latest, segments } = coverage.find((c) => c.region.slug === slug)!;
    const province = data.regions.find((r) => r.type === 'provinsi')!.code;
    const pairs = (latest ? [latest] : segments).flatMap((own) => {
      const theirs = latestRate(data, province, own.figure.segment);
      return theirs ? [[own, theirs] as const] : [];
    });
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/en/wilayah/${slug}/`);
    const shown = await page.locator('.comparison-pair').evaluateAll((pairs) =>
      pairs.map((p) => ({ comparable: p.getAttribute('data-comparable'), figures: [...p.querySelectorAll('[data-figure]')].map((f) => f.getAttribute('data-figure')), sentence: p.querySelector('.comparability')?.textContent ?? '' })),
    );
    expect(shown.map((s) => s.figures)).toEqual(pairs.map(([own, theirs]) => [own.figure.id, theirs.figure.id]));
    shown.forEach((s, i) => {
      const [own, theirs] = pairs[i]!;
      const comparable = comparableAtFaceValue(own.figure, theirs.figure);
      expect(s.comparable).toBe(String(comparable));
      expect(s.sentence).toMatch(comparable ? /^Comparable: / : /^Not directly comparable: /);
    });
    await page.close();
  });

  it.each(['badung', 'karangasem'])('%s repeats no heading, in its own text or as a table caption', async (slug) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/wilayah/${slug}/`);
    const texts = await page.locator('main h1, main h2, main h3, main caption').evaluateAll((all) => all.map((e) => (e.textContent ?? '').trim().toLowerCase()));
    expect(texts.length).toBeGreaterThan(3);
    expect(new Set(texts).size).toBe(texts.length);
    await page.close();
  });
});
