/**
 * The built pages (every kind; a sample of kinds with many pages, see pageSample) in Chromium
 * at 320, 360 and 1280 px (one page per test): nothing is wider
 * than its container unless it sits in a scroll container, the document never scrolls
 * sideways, every chart fills at least 90 % of its column, every chart text is drawn inside
 * its chart at 12 px or more; and the story's chart carries its legend and every note.
 * Screenshots of the phone widths go to test-results/screenshots/ to be looked at.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { pageSample } from '../helpers/built.ts';
import { DIST, SCREENSHOTS, withSite } from './harness.ts';

const site = withSite();

/** A sample of each family of pages, without the embeds' theme variants (test/helpers/built.ts). */
const PAGES = existsSync(path.join(DIST, 'index.html')) ? pageSample() : [];
const WIDTHS = [320, 360, 1280] as const;

interface Layout {
  scrollWidth: number;
  overflowing: string[];
  charts: { id: string; share: number; smallestText: number; textsOutside: string[] }[];
}

/** Runs in the page: what sticks out where it should not, and how each chart sits in its column. */
function measureLayout(): Layout {
  const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${String(e.getAttribute('class') ?? '').split(' ')[0]} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
  // Inside a scroll container (a wide table, the map on a phone) content may be wider than the
  // frame: that is what the frame is for. SVG clips its own content; chart texts are checked below.
  const framed = (e: Element): boolean => {
    for (let p = e.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
    return false;
  };
  const viewport = document.documentElement.clientWidth;
  const overflowing: string[] = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    // Empty boxes, and boxes moved off the left edge on purpose (the skip link), take no room.
    if (r.width === 0 || r.height === 0 || r.right <= 0) continue;
    if (framed(e)) continue;
    // Wider than the viewport, or than the block it sits in (unless it is marked to run past
    // the page margins, as the map does on a phone: then only the viewport bounds it).
    const parent = e.parentElement!;
    const blockParent = !['inline', 'contents'].includes(getComputedStyle(parent).display) && !e.hasAttribute('data-bleed');
    if (r.right > viewport + 1 || r.left < -1 || (blockParent && r.right > parent.getBoundingClientRect().right + 1)) overflowing.push(describe(e));
  }
  const charts = [...document.querySelectorAll('figure.chart')].flatMap((figure) => {
    const svg = figure.querySelector('svg.chart-plot');
    if (!svg) return [];
    let column = figure.parentElement!;
    while (column.matches('.chart-block, .story-chart')) column = column.parentElement!;
    const style = getComputedStyle(column);
    const inner = column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0);
    return [
      {
        id: figure.getAttribute('data-chart')!,
        share: box.width / inner,
        smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
        textsOutside: texts.filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        }).map((t) => t.textContent ?? ''),
      },
    ];
  });
  return { scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 10), charts };
}

describe('every page at phone and desktop widths', () => {
  it('finds the built pages', () => {
    expect(PAGES.length, 'dist/ is built (npm test builds it first)').toBeGreaterThan(20);
  });

  for (const pathname of PAGES) {
    for (const width of WIDTHS) {
      it(`${pathname} at ${width} px: fits, charts fill their column, chart text ≥ 12 px inside the chart`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${site.origin}${pathname}`);
        const layout = await page.evaluate(measureLayout);
        expect(layout.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(width);
        expect(layout.overflowing, 'elements wider than their container').toEqual([]);
        for (const chart of layout.charts) {
          expect(chart.share, `${chart.id} fills its column`).toBeGreaterThanOrEqual(0.9);
          expect(chart.smallestText, `${chart.id} text size`).toBeGreaterThanOrEqual(12);
          expect(chart.textsOutside, `${chart.id} text drawn outside the chart`).toEqual([]);
        }
        if (width < 400 && /^\/(en\/)?(segmen|paritrana)\/$/.test(pathname)) {
          await page.screenshot({ path: path.join(SCREENSHOTS, `phone${pathname.replace(/\//g, '-')}${width}.png`), fullPage: true });
        }
        await page.close();
      });
    }
  }
});

describe('the story chart', () => {
  let data: Dataset;
  beforeAll(async () => {
    const result = await loadDataset(path.resolve('data'));
    if (!result.ok) throw new Error('data/ should be valid');
    data = result.data;
  });

  for (const lang of LANGS) {
    it(`carries its legend and every note, as the Segmen page does (${lang})`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${site.origin}${lang === 'en' ? '/en' : ''}/paritrana/`);
      const ids = await page.$$eval('.story-chart figure.chart', (figures) => figures.map((f) => f.getAttribute('data-chart')!));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const spec = buildChart(id, data, { lang });
        const figure = page.locator(`.story-chart figure[data-chart="${id}"]`).first();
        expect(await figure.locator('.chart-legend li').allTextContents()).toEqual(spec.legend.map((l) => l.label));
        expect(await figure.locator('.chart-notes li').allTextContents()).toEqual(spec.notes);
        expect(await figure.locator('.chart-takeaway').textContent()).toBe(spec.takeaway);
      }
      await page.close();
    });
  }
});
