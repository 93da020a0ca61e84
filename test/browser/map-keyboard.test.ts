/**
 * The map as a composite widget (ARIA practices): one Tab stop with a roving focus, arrow keys
 * by direction, Home and End to the ends, the tooltip following focus, Esc closing it. Asserted
 * step by step; the expected regions come from the page's own label points (data-x, data-y),
 * so new data or a new layout cannot turn the test red.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSite } from './harness.ts';

const site = withSite();

interface Region {
  code: string;
  x: number;
  y: number;
  name: string;
}

async function open(): Promise<{ page: Page; regions: Region[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.origin}/en/`);
  const regions = await page.locator('a.map-region').evaluateAll((links) =>
    links.map((a) => ({ code: a.getAttribute('data-code')!, x: Number(a.getAttribute('data-x')), y: Number(a.getAttribute('data-y')), name: a.getAttribute('data-card-name')! })),
  );
  return { page, regions };
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? document.activeElement?.tagName ?? '');
const tooltip = (page: Page) => page.locator('.map-card');

describe('the map from the keyboard', () => {
  it('is one Tab stop: Tab enters at the westernmost region and the next Tab leaves the map', async () => {
    const { page, regions } = await open();
    // Focus whatever comes just before the map, then Tab into it.
    await page.locator('#map-heading').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    const west = regions.reduce((a, b) => (b.x < a.x ? b : a));
    expect(await focused(page)).toBe(west.code);
    expect(await page.locator('a.map-region[tabindex="0"]').count()).toBe(1);
    expect(await page.locator('a.map-region[tabindex="-1"]').count()).toBe(regions.length - 1);
    await page.keyboard.press('Tab');
    expect(regions.map((r) => r.code)).not.toContain(await focused(page));
    // Shift+Tab comes back to the same region.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(west.code);
    await page.close();
  });

  it('walks east with ArrowRight, region by region, the tooltip following each step', async () => {
    const { page, regions } = await open();
    const byCode = new Map(regions.map((r) => [r.code, r]));
    await page.locator(`a.map-region[data-code="${regions[0]!.code}"]`).focus();
    let current = byCode.get(await focused(page))!;
    const visited = [current.code];
    for (let step = 0; step < regions.length; step++) {
      await page.keyboard.press('ArrowRight');
      const next = byCode.get(await focused(page))!;
      if (next.code === current.code) break; // nothing further east
      expect(next.x, `${current.code} → ${next.code}`).toBeGreaterThan(current.x);
      expect(await tooltip(page).isVisible()).toBe(true);
      expect(await tooltip(page).locator('.card-name').textContent()).toBe(next.name);
      // The arrow moved focus; the page did not scroll sideways or down.
      expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
      visited.push(next.code);
      current = next;
    }
    expect(visited.length).toBeGreaterThan(2);
    // The region the walk stopped at has nothing to its east that ArrowRight would reach.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe(current.code);
    await page.close();
  });

  it('goes north with ArrowUp and south with ArrowDown', async () => {
    const { page, regions } = await open();
    const byCode = new Map(regions.map((r) => [r.code, r]));
    const southmost = regions.reduce((a, b) => (b.y > a.y ? b : a));
    await page.locator(`a.map-region[data-code="${southmost.code}"]`).focus();
    await page.keyboard.press('ArrowUp');
    const up = byCode.get(await focused(page))!;
    expect(up.y).toBeLessThan(southmost.y);
    await page.keyboard.press('ArrowDown');
    expect(byCode.get(await focused(page))!.y).toBeGreaterThan(up.y);
    await page.close();
  });

  it('goes to the ends with Home and End, without scrolling the page', async () => {
    const { page, regions } = await open();
    await page.locator(`a.map-region[data-code="${regions[3]!.code}"]`).focus();
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(regions.reduce((a, b) => (b.x > a.x ? b : a)).code);
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe(regions.reduce((a, b) => (b.x < a.x ? b : a)).code);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.close();
  });

  it('closes the tooltip with Esc, and Enter opens the focused region\'s page', async () => {
    const { page, regions } = await open();
    const region = regions[1]!;
    await page.locator(`a.map-region[data-code="${region.code}"]`).focus();
    expect(await tooltip(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip(page).isHidden()).toBe(true);
    const href = await page.locator(`a.map-region[data-code="${region.code}"]`).getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${href}`);
    await page.close();
  });
});
