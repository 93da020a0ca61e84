/** The bilingual shell in a real browser: both home pages, the language switch, no third-party requests. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();

/** Opens a page and records every request that leaves 127.0.0.1. */
async function open(url: string, width = 1280): Promise<{ page: Page; foreign: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(url);
  return { page, foreign };
}

describe('home pages', () => {
  it('serve Indonesian at / and English at /en/, each with its lang, canonical and hreflang', async () => {
    for (const [url, lang, canonicalPath] of [
      [`${site.origin}/`, 'id', '/'],
      [`${site.origin}/en/`, 'en', '/en/'],
    ] as const) {
      const { page, foreign } = await open(url);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(new URL((await page.getAttribute('link[rel=canonical]', 'href'))!).pathname).toBe(canonicalPath);
      const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
      expect(alternates.sort()).toEqual(['en /en/', 'id /', 'x-default /']);
      expect((await page.title()).length).toBeGreaterThan(10);
      expect(await page.getAttribute('meta[name=description]', 'content')).toBeTruthy();
      expect(foreign).toEqual([]);
      await page.close();
    }
  });

  it('list every region with its latest figure, or its segment rates, or an explicit "no data"', async () => {
    const { page } = await open(`${site.origin}/`);
    const rows = await page.$$eval('[data-testid=latest-figures] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-region')));
    expect(rows).toHaveLength(10);
    const gianyar = page.locator('tr[data-region="51.04"] .value-text');
    expect(await gianyar.first().textContent()).toMatch(/^\d+,\d+\u00a0%$/); // id-ID: comma decimal, spaced percent
    const noData = await page.locator('td.nodata').count();
    const summary = await page.locator('[data-testid=map-summary]').textContent();
    expect(summary).toContain(noData === 0 ? 'Setiap kabupaten/kota' : `${noData} dari 9 kabupaten/kota`);
    await page.close();

    const en = await open(`${site.origin}/en/`);
    expect(await en.page.locator('tr[data-region="51.04"] .value-text').first().textContent()).toMatch(/^\d+\.\d+%$/);
    await en.page.close();
  });

  it('switch language to the same page and back, and take screenshots at phone and desktop widths', async () => {
    const { page } = await open(`${site.origin}/`, 360);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-id-360.png'), fullPage: true });
    await page.click('[data-testid=language-switch]');
    await page.waitForURL(`${site.origin}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-en-1280.png'), fullPage: true });
    await page.click('[data-testid=language-switch]');
    await page.waitForURL(`${site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(1280);
    await page.close();
  });
});
