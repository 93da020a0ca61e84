/**
 * The map under a finger and a mouse: a tap opens a card (value, date, method, source, a link
 * to the region page) and never navigates; Esc, the close button or a tap outside closes it;
 * the keyboard hint is not shown on a touch screen. A mouse gets the tooltip on hover.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function phone(lang: 'id' | 'en' = 'id'): Promise<Page> {
  context = await site.browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.origin}${lang === 'en' ? '/en/' : '/'}`);
  return page;
}

/** A region with a figure (its card has a value line other than "no data"). */
async function withFigure(page: Page): Promise<string> {
  return page.locator('a.map-region[data-treatment="bin"]').first().getAttribute('data-code') as Promise<string>;
}

describe('the map on a touch screen', () => {
  it('opens a card on tap and stays on the page; the card carries value, date, method, source and a link', async () => {
    const page = await phone();
    const code = await withFigure(page);
    const region = page.locator(`a.map-region[data-code="${code}"]`);
    const expected: Record<string, string | null | undefined> = await region.evaluate((a) => ({ ...Object.fromEntries(Object.entries((a as SVGAElement).dataset)), href: a.getAttribute('href') }));
    await region.tap();
    expect(page.url()).toBe(`${site.origin}/`);
    const card = page.locator('.map-card');
    expect(await card.isVisible()).toBe(true);
    const text = (await card.textContent()) ?? '';
    for (const key of ['cardName', 'cardValue', 'cardDate', 'cardMethod', 'cardSource']) expect(text).toContain(expected[key]);
    expect(await card.locator('a.card-open').getAttribute('href')).toBe(expected.href);
    // A second tap on the same region still does not navigate.
    await region.tap();
    expect(page.url()).toBe(`${site.origin}/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-card-id-360.png') });
  });

  it('closes the card with a tap outside', async () => {
    const page = await phone();
    await page.locator(`a.map-region[data-code="${await withFigure(page)}"]`).tap();
    await page.locator('h1').tap();
    expect(await page.locator('.map-card').isHidden()).toBe(true);
  });

  it('closes the card with its close button and with Esc', async () => {
    const page = await phone('en');
    const region = page.locator(`a.map-region[data-code="${await withFigure(page)}"]`);
    await region.tap();
    await page.locator('.map-card .card-close').tap();
    expect(await page.locator('.map-card').isHidden()).toBe(true);
    await region.tap();
    await page.keyboard.press('Escape');
    expect(await page.locator('.map-card').isHidden()).toBe(true);
  });

  it('follows the card\'s link to the region page', async () => {
    const page = await phone();
    const region = page.locator(`a.map-region[data-code="${await withFigure(page)}"]`);
    const href = await region.getAttribute('href');
    await region.tap();
    await page.locator('.map-card a.card-open').tap();
    await page.waitForURL(`${site.origin}${href}`);
  });

  it('does not show the keyboard hint', async () => {
    const page = await phone();
    expect(await page.locator('.map-keyboard-hint').isHidden()).toBe(true);
  });
});

describe('the map under a mouse', () => {
  it('shows the tooltip on hover and hides it when the pointer leaves', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    const code = await withFigure(page);
    const region = page.locator(`a.map-region[data-code="${code}"]`);
    await region.hover();
    expect(await page.locator('.map-card').isVisible()).toBe(true);
    expect(await page.locator('.map-card .card-name').textContent()).toBe(await region.getAttribute('data-card-name'));
    expect(await page.locator('.map-keyboard-hint').isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await page.locator('.map-card').isHidden()).toBe(true);
    await page.close();
  });
});
