/**
 * Printing, in Chromium's print emulation at the width of A4 less its margins (one page per
 * test): no navigation, language link, in-page contents or embed box in the output; every chart
 * (its caption and drawing) and the map kept whole: break-inside: avoid, the caption kept with
 * the drawing, and together no taller than a printed page, so Chromium never has to split
 * one (notes and sources may run on); headings kept with what follows; external links print their
 * address; the page's own address and the data's date close the page. A PDF is written to
 * test-results/screenshots/ to be looked at.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataUpdated } from '../../src/data/derive.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { formatPartialDate } from '../../src/i18n/format.ts';
import { SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();
// A4 is 210 × 297 mm; src/styles/print.css leaves 14 mm at each side, 16 mm above and 18 mm below.
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 2 * 14) * MM);
const PRINT_HEIGHT = Math.floor((297 - 16 - 18) * MM);

let data: Dataset;
beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error('data/ should be valid');
  data = result.data;
});

const pages = ['/', '/segmen/', '/en/segmen/', '/paritrana/', '/en/paritrana/', '/wilayah/jembrana/', '/sumber/'];

describe('print', () => {
  for (const pathname of pages) {
    it(`${pathname} prints its content only, with every figure whole`, async () => {
      const page = await site.browser.newPage({ viewport: { width: PRINT_WIDTH, height: PRINT_HEIGHT } });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${site.origin}${pathname}`);
      const printed = await page.evaluate(() => {
        const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').length;
        // What must stay whole: a chart's caption and drawing, and the map.
        const whole = (f: Element) => {
          const caption = f.querySelector('.chart-caption');
          const drawing = f.querySelector('.chart-svg, .chart-thin') ?? f;
          const top = (caption ?? drawing).getBoundingClientRect().top;
          return { caption: caption ? getComputedStyle(caption).breakAfter : 'avoid', breakInside: getComputedStyle(drawing).breakInside, height: drawing.getBoundingClientRect().bottom - top };
        };
        const figures = [...document.querySelectorAll('figure.chart, .map-figure')].filter((e) => (e as HTMLElement).offsetParent !== null);
        const external = document.querySelector('main a[href^="http"]');
        return {
          chrome: ['.site-nav', '.language-switch', '.skip-link', '.page-contents', '.embed-box', '.map-pan-hint', 'details.chart-data'].map((s) => [s, shown(s)]),
          figures: figures.map((f) => ({ id: f.getAttribute('data-chart') ?? f.className, ...whole(f) })),
          headingsBreak: [...document.querySelectorAll('main h2, main h3')].map((h) => getComputedStyle(h).breakAfter),
          linkAddress: external ? getComputedStyle(external, '::after').content : null,
          colophon: document.querySelector('[data-testid=print-colophon]') as HTMLElement | null ? (document.querySelector('[data-testid=print-colophon]') as HTMLElement).innerText : null,
          canonical: document.querySelector('link[rel=canonical]')!.getAttribute('href'),
        };
      });
      for (const [selector, count] of printed.chrome) expect(count, `${selector} is not printed`).toBe(0);
      for (const figure of printed.figures) {
        expect(figure.breakInside, `${figure.id} avoids a page break`).toBe('avoid');
        expect(figure.caption, `${figure.id} keeps its caption with its drawing`).toBe('avoid');
        expect(figure.height, `${figure.id} fits on one printed page`).toBeLessThanOrEqual(PRINT_HEIGHT);
      }
      expect(new Set(printed.headingsBreak)).toEqual(new Set(['avoid']));
      if (printed.linkAddress !== null) expect(printed.linkAddress).toMatch(/^" <" attr\(href\) ">"$|^" <http/);
      const lang = pathname.startsWith('/en/') ? 'en' : 'id';
      expect(printed.colophon).toContain(printed.canonical!);
      expect(printed.colophon).toContain(formatPartialDate(dataUpdated(data)!, lang));
      if (pathname === '/segmen/' || pathname === '/paritrana/') {
        await page.pdf({ path: path.join(SCREENSHOTS, `print${pathname.replace(/\//g, '-')}a4.pdf`), format: 'A4' });
      }
      await page.close();
    });
  }
});
