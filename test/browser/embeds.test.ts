/**
 * Embeds as a journalist uses them: a host article on another origin pastes the code the site
 * hands out; with the loader each iframe fits its content exactly and follows window resizes;
 * messages of the wrong shape, id or window change nothing; without the loader the fallback
 * height still shows the whole chart on a desktop; embed pages follow ?theme= and show without
 * JavaScript. Runs against the built dist/ (test/built/embeds.test.ts checks the downloads).
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/registry.ts';
import { MAX_HEIGHT, RESIZE_TYPE } from '../../src/embeds/protocol.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { DIST, SCREENSHOTS, serveHost, withSite } from './harness.ts';

const site = withSite();
let host: { server: Server; origin: string };

const EMBEDDED = ['peta', 'budgets'] as const;
const FIXTURE = path.resolve('test/fixtures/embed-host/article.html');

beforeAll(async () => {
  const template = await readFile(FIXTURE, 'utf8');
  const codes = new Map<string, string>();
  for (const id of EMBEDDED) {
    const json = JSON.parse(await readFile(path.join(DIST, 'en/embed', id, 'oembed.json'), 'utf8')) as { html: string; provider_url: string };
    // The code names the public address; here the site runs on 127.0.0.1.
    codes.set(id, json.html.replaceAll(new URL(json.provider_url).origin, site.origin));
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
  expect(host.origin).not.toBe(site.origin);
});
afterAll(() => {
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
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
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
    const page = await site.browser.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.origin}/embed/budgets/`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`${site.origin}/embed/budgets/?theme=dark`);
    await expect.poll(background).toBe('rgb(18, 18, 18)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.origin}/embed/budgets/`);
    expect(await background()).toBe('rgb(18, 18, 18)');
    await page.goto(`${site.origin}/embed/budgets/?theme=light`);
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('show title, chart, source, credit and the way back without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const lang of LANGS) {
      for (const id of ['peta', ...CHART_IDS]) {
        const prefix = lang === 'en' ? '/en' : '';
        await page.goto(`${site.origin}${prefix}/embed/${id}/`);
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
        await page.goto(`${site.origin}/embed/${id}/`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `embed-${id}-${width}.png`), fullPage: true });
      }
    }
    await context.close();
  });
});
