/**
 * The home page's map at phone, tablet and desktop widths in Chromium: the whole island, no
 * horizontal scrolling, readable labels that do not collide and stay within the room the layout
 * gave them, and on a 390 × 844 phone the province's figure and the map in the first screen.
 * One page per test; expectations come from the page itself or from the layout the site builds.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../../src/map/model.ts';
import { realData, realProjection } from '../helpers/projected.ts';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();
const WIDTHS = [320, 360, 390, 768, 1280] as const;

async function open(width: number, lang: 'id' | 'en' = 'id', scheme: 'light' | 'dark' = 'light', height = 844): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  await page.goto(`${site.origin}${lang === 'en' ? '/en/' : '/'}`);
  return page;
}

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Rendered boxes of the labels the page shows (the layout its container query picked). */
async function labelBoxes(page: Page): Promise<{ code: string; text: Rect; fontSize: number; scale: number }[]> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<SVGGElement>('svg.choropleth g.labels')].filter((g) => getComputedStyle(g).display !== 'none');
    return visible.flatMap((group) =>
      [...group.querySelectorAll<SVGSVGElement>('svg[data-code]')].map((label) => {
        const parts = [...label.querySelectorAll('text, .marker-old, .marker-method')].map((e) => e.getBoundingClientRect());
        const text = {
          left: Math.min(...parts.map((r) => r.left)),
          right: Math.max(...parts.map((r) => r.right)),
          top: Math.min(...parts.map((r) => r.top)),
          bottom: Math.max(...parts.map((r) => r.bottom)),
        };
        const first = label.querySelector('text')!;
        return { code: label.dataset['code']!, text, fontSize: parseFloat(getComputedStyle(first).fontSize), scale: first.getScreenCTM()!.a };
      }),
    );
  });
}

const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the map on every width', () => {
  it.each(WIDTHS)('shows the whole island at %i px: no horizontal scroll, every region inside the viewport', async (width) => {
    const page = await open(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const regions = await page.locator('a.map-region').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.left, r.right, r.width]));
    expect(regions).toHaveLength(9);
    for (const [left, right, w] of regions) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      expect(w).toBeGreaterThan(0);
    }
    // No pan hint and no scrolling frame: the map is as wide as its column.
    const frame = await page.locator('.map-svg').evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(frame[0]).toBeLessThanOrEqual(frame[1]!);
    await page.close();
  });

  it.each(WIDTHS)('labels at %i px are at least 11 px as rendered, unscaled, and never collide', async (width) => {
    const page = await open(width);
    const labels = await labelBoxes(page);
    expect(labels).toHaveLength(9);
    for (const label of labels) {
      expect(label.fontSize, label.code).toBeGreaterThanOrEqual(11);
      expect(label.scale, label.code).toBeCloseTo(1, 5);
      expect(label.text.left, label.code).toBeGreaterThanOrEqual(0);
      expect(label.text.right, label.code).toBeLessThanOrEqual(width);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.text, labels[j]!.text), `${labels[i]!.code} × ${labels[j]!.code}`).toBe(false);
    }
    await page.close();
  });

  it.each([320, 360] as const)('carries a value in every label of a region with a figure at %i px', async (width) => {
    const page = await open(width);
    const shown = await page.evaluate(() => {
      const group = [...document.querySelectorAll<SVGGElement>('svg.choropleth g.labels')].find((g) => getComputedStyle(g).display !== 'none')!;
      return [...document.querySelectorAll<SVGAElement>('a.map-region')].map((a) => ({
        treatment: a.dataset['treatment'],
        label: group.querySelector(`svg[data-code="${a.dataset['code']}"]`)!.textContent ?? '',
      }));
    });
    for (const { treatment, label } of shown) if (treatment !== 'none') expect(label, label).toMatch(/\d\u00a0%/);
    await page.close();
  });

  it.each([320, 1280] as const)('draws each label at %i px within the box its layout reserved (the width estimate holds for this browser\'s font)', async (width) => {
    const data = await realData();
    const model = buildMapModel(data, await realProjection(data), 'id');
    const page = await open(width);
    const { layout, svg } = await page.evaluate(() => {
      const group = [...document.querySelectorAll<SVGGElement>('svg.choropleth g.labels')].find((g) => getComputedStyle(g).display !== 'none')!;
      const r = document.querySelector('svg.choropleth')!.getBoundingClientRect();
      return { layout: Number(/layout-(\d)/.exec(group.getAttribute('class')!)![1]), svg: { left: r.left, top: r.top, width: r.width, height: r.height } };
    });
    const labels = await labelBoxes(page);
    for (const region of model.regions) {
      const placed = region.labels[layout]!;
      const cx = svg.left + (placed.x / model.width) * svg.width;
      const cy = svg.top + (placed.y / model.height) * svg.height;
      const box = { left: cx - placed.width / 2, right: cx + placed.width / 2, top: cy - placed.height / 2, bottom: cy + placed.height / 2 };
      const drawn = labels.find((l) => l.code === region.region.code)!.text;
      const where = `${region.region.short_name}: drawn ${JSON.stringify(drawn)} in ${JSON.stringify(box)}`;
      expect(drawn.left, where).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(drawn.right, where).toBeLessThanOrEqual(box.right + 0.5);
      expect(drawn.top, where).toBeGreaterThanOrEqual(box.top - 0.5);
      expect(drawn.bottom, where).toBeLessThanOrEqual(box.bottom + 0.5);
    }
    await page.close();
  });

  it('puts the province figure and the top of the map in the first screen of a 390 × 844 phone', async () => {
    const page = await open(390);
    const headline = await page.locator('[data-testid=province-headline] .value').boundingBox();
    const map = await page.locator('svg.choropleth').boundingBox();
    expect(headline!.y + headline!.height).toBeLessThanOrEqual(844);
    expect(map!.y).toBeLessThan(844);
    // The header is one row.
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(70);
    await page.close();
  });
});

describe('screenshots for a person to look at', () => {
  it.each([
    [360, 'id', 'light'],
    [360, 'en', 'dark'],
    [390, 'id', 'dark'],
    [1280, 'en', 'light'],
    [1280, 'id', 'dark'],
  ] as const)('home at %i px, %s, %s', async (width, lang, scheme) => {
    const page = await open(width, lang, scheme, 900);
    await page.screenshot({ path: path.join(SCREENSHOTS, `map-${lang}-${width}-${scheme}.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });
});
