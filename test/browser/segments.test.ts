/**
 * The Segmen page in Chromium, both languages, at phone and desktop widths: every chart is an
 * SVG with an accessible name or an explicit "not enough data" note, each has its data table,
 * nothing scrolls sideways, no request leaves the site; in the dark scheme the ink stays legible. Screenshots go to test-results/screenshots/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/registry.ts';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();

/** WCAG contrast ratio of two computed colours (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const pages = [
  { lang: 'id', url: '/segmen/' },
  { lang: 'en', url: '/en/segmen/' },
] as const;

describe('Segmen page', () => {
  for (const { lang, url } of pages) {
    for (const width of [360, 1280]) {
      it(`${url} at ${width} px: charts, tables, no horizontal scroll`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        const foreign: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
        });
        await page.goto(`${site.origin}${url}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('nav a[aria-current=page]').textContent()).toBe(lang === 'id' ? 'Segmen' : 'Segments');

        const charts = await page.$$eval('[data-testid=chart]', (figures) => figures.map((f) => f.getAttribute('data-chart')));
        expect(charts).toEqual(CHART_IDS);
        for (const id of CHART_IDS) {
          const figure = page.locator(`[data-chart="${id}"][data-testid=chart]`);
          // One rendering, filling the column at every width.
          const visibleSvgs = figure.locator('svg.chart-plot:visible');
          const thin = await figure.locator('[data-testid=chart-thin]').count();
          if (thin === 0) {
            expect(await visibleSvgs.count()).toBe(1);
            const svg = visibleSvgs.first();
            expect(await svg.getAttribute('role')).toBe('img');
            expect((await svg.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
            expect(await svg.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBeLessThanOrEqual(width);
            expect(await figure.locator('[data-testid=chart-table] tbody tr').count()).toBeGreaterThan(0);
          } else {
            expect(await visibleSvgs.count()).toBe(0);
            expect(await figure.locator('[data-testid=chart-thin]').textContent()).toMatch(lang === 'id' ? /Data belum cukup/ : /Not enough data/);
          }
        }
        expect(await page.locator('[data-testid=segment-definitions] dt').count()).toBeGreaterThan(3);

        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
        expect(foreign).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, `segmen-${lang}-${width}.png`), fullPage: true });
        await page.close();
      });
    }
  }

  it('renders the same charts in the dark scheme, in light ink, with no request the light scheme does not make', async () => {
    const load = async (colorScheme: 'light' | 'dark') => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 900 }, colorScheme });
      const requests: string[] = [];
      // The icon is fetched whenever the browser gets to it, which may be after the test looked.
      page.on('request', (r) => {
        if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
      });
      await page.goto(`${site.origin}/segmen/`);
      return { page, requests };
    };
    const light = await load('light');
    await light.page.close();
    const { page, requests } = await load('dark');
    expect(await page.$$eval('[data-testid=chart]', (figures) => figures.map((f) => f.getAttribute('data-chart')))).toEqual(CHART_IDS);
    // Plot draws text and axes in currentColor: each visible chart's ink must stand out on the dark page.
    const inks = await page.$$eval('svg.chart-plot', (svgs) =>
      svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => [getComputedStyle(svg).color, getComputedStyle(document.documentElement).backgroundColor]),
    );
    expect(inks.length).toBeGreaterThan(0);
    for (const [ink, background] of inks) expect(contrast(ink!, background!), `${ink} on ${background}`).toBeGreaterThanOrEqual(4.5);
    expect([...new Set(requests)].sort()).toEqual([...new Set(light.requests)].sort());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'segmen-id-360-dark.png'), fullPage: true });
    await page.close();
  });
});
