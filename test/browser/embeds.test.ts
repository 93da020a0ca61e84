/**
 * Embeds as a journalist uses them: a host article on another origin pastes the code the site
 * hands out; with the loader each iframe fits its content exactly and follows window resizes;
 * messages of the wrong shape, id or window change nothing; without the loader the fallback
 * height still shows the whole chart on a desktop. Then the built downloads: each PNG is the
 * stated size, each CSV is exactly the rows drawn. Runs against the built dist/.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChart, CHART_IDS } from '../../src/charts/registry.ts';
import { latestCoverageByRegion } from '../../src/data/derive.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { MAX_HEIGHT, RESIZE_TYPE } from '../../src/embeds/protocol.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { pngSize } from '../embeds/png-header.ts';
import { DIST, launch, SCREENSHOTS, serveDist, serveHost } from './harness.ts';

let browser: Browser;
let dist: { server: Server; origin: string };
let host: { server: Server; origin: string };
let data: Dataset;

const EMBEDDED = ['peta', 'budgets'] as const;
const FIXTURE = path.resolve('test/fixtures/embed-host/article.html');

beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  data = result.data;
  dist = await serveDist();
  const template = await readFile(FIXTURE, 'utf8');
  const codes = new Map<string, string>();
  for (const id of EMBEDDED) {
    const json = JSON.parse(await readFile(path.join(DIST, 'en/embed', id, 'oembed.json'), 'utf8')) as { html: string; provider_url: string };
    // The code names the public address; here the site runs on 127.0.0.1.
    codes.set(id, json.html.replaceAll(new URL(json.provider_url).origin, dist.origin));
  }
  host = await serveHost((url) => {
    if (url.pathname !== '/article.html') return undefined;
    const withLoader = url.searchParams.get('loader') !== '0';
    return template.replace(/\{\{EMBED:([\w-]+)\}\}/g, (_, id: string) => {
      const code = codes.get(id);
      if (!code) throw new Error(`the fixture embeds ${id}; add it to EMBEDDED`);
      return withLoader ? code : code.replace(/\n?<script[^>]*><\/script>/, '');
    });
  });
  expect(host.origin).not.toBe(dist.origin);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  dist?.server.close();
  host?.server.close();
});

function embedFrame(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

/** The iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, id: string): Promise<{ iframe: number; content: number; scroll: number }> {
  const iframe = await page.locator(`iframe[data-cakupan-chart="${id}"]`).evaluate((el) => el.getBoundingClientRect().height);
  const { content, scroll } = await embedFrame(page, id).evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight - window.innerHeight,
  }));
  return { iframe, content, scroll };
}

async function expectFitted(page: Page, id: string): Promise<void> {
  await expect.poll(async () => {
    const h = await heights(page, id);
    return Math.abs(h.iframe - h.content) <= 2 && h.scroll <= 1;
  }, { timeout: 10_000, message: `${id} fits its content` }).toBe(true);
}

async function openArticle(width: number, loader = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${host.origin}/article.html${loader ? '' : '?loader=0'}`, { waitUntil: 'load' });
  // The iframes load lazily: bring each into view so it loads.
  for (const id of EMBEDDED) await page.locator(`iframe[data-cakupan-chart="${id}"]`).scrollIntoViewIfNeeded();
  for (const id of EMBEDDED) await expect.poll(() => page.frames().some((f) => f.url().includes(`/embed/${id}/`))).toBe(true);
  for (const id of EMBEDDED) await embedFrame(page, id).waitForLoadState('load');
  return page;
}

describe('embedded with the loader, cross-origin', () => {
  for (const width of [360, 1280]) {
    it(`fits each iframe to its content at ${width} px`, async () => {
      const page = await openArticle(width);
      for (const id of EMBEDDED) await expectFitted(page, id);
      await page.screenshot({ path: path.join(SCREENSHOTS, `embed-host-${width}.png`), fullPage: true });
      await page.close();
    });
  }

  it('re-fits the iframes when the host window is resized', async () => {
    const page = await openArticle(1280);
    for (const id of EMBEDDED) await expectFitted(page, id);
    const wide = await heights(page, 'budgets');
    await page.setViewportSize({ width: 360, height: 900 });
    for (const id of EMBEDDED) await expectFitted(page, id);
    const narrow = await heights(page, 'budgets');
    // A narrower column wraps the text and draws the narrow chart: the frame must have grown.
    expect(narrow.iframe).toBeGreaterThan(wide.iframe + 50);
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const id of EMBEDDED) await expectFitted(page, id);
    expect(Math.abs((await heights(page, 'budgets')).iframe - wide.iframe)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('ignores messages of another chart, of the wrong shape, or from the wrong window', async () => {
    const page = await openArticle(1280);
    for (const id of EMBEDDED) await expectFitted(page, id);
    const before = await Promise.all(EMBEDDED.map((id) => heights(page, id)));
    const bad: unknown[] = [
      { type: RESIZE_TYPE, chart: 'budgets', height: 123 }, // the map's window naming another chart
      { type: 'cakupan:other', chart: 'peta', height: 123 },
      { type: RESIZE_TYPE, chart: 'peta', height: '123' },
      { type: RESIZE_TYPE, chart: 'peta', height: -123 },
      { type: RESIZE_TYPE, chart: 'peta', height: MAX_HEIGHT + 1 },
      { type: RESIZE_TYPE, chart: 'peta' },
      'cakupan:resize',
      null,
    ];
    await embedFrame(page, 'peta').evaluate((messages) => {
      for (const m of messages) window.parent.postMessage(m, '*');
    }, bad);
    // The right shape and id, from the wrong window: the budgets frame, then the host page itself.
    await embedFrame(page, 'budgets').evaluate((type) => window.parent.postMessage({ type, chart: 'peta', height: 123 }, '*'), RESIZE_TYPE);
    await page.evaluate((type) => window.postMessage({ type, chart: 'peta', height: 123 }, '*'), RESIZE_TYPE);
    // A well-formed message sent last proves the earlier ones had been delivered (in order) and ignored.
    await embedFrame(page, 'budgets').evaluate((type) => window.parent.postMessage({ type, chart: 'budgets', height: 321 }, '*'), RESIZE_TYPE);
    await expect.poll(async () => (await heights(page, 'budgets')).iframe).toBe(321);
    expect((await heights(page, 'peta')).iframe).toBe(before[0]!.iframe);
    await page.close();
  });
});

describe('embedded without the loader', () => {
  it('shows the whole chart within the fallback height at 1280 px', async () => {
    const page = await openArticle(1280, false);
    for (const id of EMBEDDED) {
      const attribute = Number(await page.locator(`iframe[data-cakupan-chart="${id}"]`).getAttribute('height'));
      const h = await heights(page, id);
      expect(h.iframe, `${id} keeps its height attribute`).toBe(attribute);
      expect(h.content, `${id} content fits in ${attribute} px`).toBeLessThanOrEqual(attribute);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-host-noloader-1280.png'), fullPage: true });
    await page.close();
  });
});

describe('embed pages', () => {
  it('follow ?theme= over the reader\'s colour scheme', async () => {
    const page = await browser.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${dist.origin}/embed/budgets/`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`${dist.origin}/embed/budgets/?theme=dark`);
    await expect.poll(background).toBe('rgb(18, 18, 18)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${dist.origin}/embed/budgets/`);
    expect(await background()).toBe('rgb(18, 18, 18)');
    await page.goto(`${dist.origin}/embed/budgets/?theme=light`);
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('show title, chart, source, credit and the way back without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const lang of LANGS) {
      for (const id of ['peta', ...CHART_IDS]) {
        const prefix = lang === 'en' ? '/en' : '';
        await page.goto(`${dist.origin}${prefix}/embed/${id}/`);
        expect(await page.locator('h1').count(), `${lang} ${id} has one title`).toBe(1);
        expect(await page.locator('svg[role]').first().isVisible(), `${lang} ${id} draws`).toBe(true);
        expect(await page.locator('.chart-source').first().textContent()).toMatch(/Sumber|Source/);
        expect(await page.locator('[data-testid="embed-footer"]').textContent()).toMatch(/Cakupan Bali/);
        expect(await page.locator('header, nav, .site-footer').count(), 'no site chrome').toBe(0);
        const oembed = await page.getAttribute('link[type="application/json+oembed"]', 'href');
        expect(new URL(oembed!).pathname).toBe(`${prefix}/embed/${id}/oembed.json`);
      }
    }
    for (const width of [360, 1280]) {
      for (const id of ['peta', 'coverage-trends']) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${dist.origin}/embed/${id}/`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `embed-${id}-${width}.png`), fullPage: true });
      }
    }
    await context.close();
  });
});

describe('downloads in dist/', () => {
  const file = (lang: string, id: string, name: string) => path.join(DIST, lang === 'en' ? 'en' : '', 'embed', id, name);

  it('each PNG is a PNG 1280 px wide, as tall as its SVG at twice the scale, as its oEmbed states', async () => {
    for (const lang of LANGS) {
      for (const id of ['peta', ...CHART_IDS]) {
        const size = pngSize(await readFile(file(lang, id, `cakupan-bali-${id}.png`)));
        const svg = await readFile(file(lang, id, `cakupan-bali-${id}.svg`), 'utf8');
        const svgHeight = Number(/^<svg [^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
        const oembed = JSON.parse(await readFile(file(lang, id, 'oembed.json'), 'utf8')) as { thumbnail_width: number; thumbnail_height: number };
        expect(size, `${lang} ${id}`).toEqual({ width: 1280, height: svgHeight * 2 });
        expect(size).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
      }
    }
  });

  it('each chart CSV holds exactly the rows the chart draws, in order, with source columns', async () => {
    for (const lang of LANGS) {
      for (const id of CHART_IDS) {
        const rows = parse(await readFile(file(lang, id, `cakupan-bali-${id}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
        const drawn = buildChart(id, data, { lang, width: 640 }).rows;
        expect(rows.map((r) => [r['id'], Number(r['value'])]), `${lang} ${id}`).toEqual(drawn.map((r) => [r.figure.id, r.figure.value]));
        for (const [i, r] of rows.entries()) expect(r['source_outlet']).toBe(drawn[i]!.source.outlet);
      }
    }
  });

  it('the map CSV holds each regency\'s mapped figure, and nothing for a regency without one', async () => {
    const rows = parse(await readFile(file('id', 'peta', 'cakupan-bali-peta.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const mapped = latestCoverageByRegion(data).filter((h) => h.region.type !== 'provinsi' && h.latest);
    expect(rows.map((r) => [r['region'], r['id'], Number(r['value'])])).toEqual(mapped.map((h) => [h.region.code, h.latest!.figure.id, h.latest!.figure.value]));
    expect(rows.length).toBeLessThan(data.regions.filter((r) => r.type !== 'provinsi').length);
  });

  it('pages share a preview image and announce their embeds to oEmbed consumers', async () => {
    const head = async (p: string) => readFile(path.join(DIST, p, 'index.html'), 'utf8');
    const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
    const home = await head('en');
    expect(new URL(meta(home, 'og:image')!).pathname).toBe('/en/embed/peta/cakupan-bali-peta.png');
    expect(meta(home, 'twitter:card')).toBe('summary_large_image');
    expect(new URL(meta(home, 'og:url')!).pathname).toBe('/en/');
    const segments = await head('segmen');
    expect(new URL(meta(segments, 'og:image')!).pathname).toBe(`/embed/${CHART_IDS[0]}/cakupan-bali-${CHART_IDS[0]}.png`);
    const announced = [...segments.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    expect(announced).toEqual(CHART_IDS.map((id) => `/embed/${id}/oembed.json`));
    for (const p of [meta(home, 'og:image')!, ...announced]) await readFile(path.join(DIST, new URL(p, 'http://x').pathname));
  });
});
