/**
 * Embeds as a journalist uses them: a host article on another origin pastes the code the site
 * hands out (the oEmbed `html`), in three forms: with the loader; without it (a CMS stripped the
 * script); and as WordPress cleans it (no script, style, data-cakupan-chart or loading; a
 * `sandbox="allow-scripts"` frame with a secret in its address). At 320, 360, 768 and 1280 px:
 * nothing is cut (the content fits its frame, the credit line is inside it), with the loader
 * the frame fits the content exactly, without it the frame keeps the code's height and the
 * chart takes up the room. Clicking or tapping a region never navigates the frame. Theme
 * variants and the embed box's choice of theme work without JavaScript. Runs against the built
 * dist/ (test/built/embeds.test.ts checks the downloads).
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HEIGHT, RESIZE_TYPE } from '../../src/embeds/protocol.ts';
import { canonicalPages } from '../helpers/built.ts';
import { DIST, SCREENSHOTS, serveHost, withSite } from './harness.ts';

const site = withSite();
let host: { server: Server; origin: string };
let context: BrowserContext | undefined;

const EMBEDDED = ['peta', 'budgets'] as const;
const FIXTURE = path.resolve('test/fixtures/embed-host/article.html');
const WIDTHS = [320, 360, 768, 1280] as const;
type Form = 'loader' | 'plain' | 'wordpress' | 'wordpress-host';

/**
 * What WordPress's host script (wp-includes/js/wp-embed.js) does with an embed's messages,
 * written here from its documented behaviour: a message naming an iframe's data-secret, from
 * that iframe's window, may set its height (clamped to 200–1000 px) or, while the iframe has
 * focus, send the host page to an address on the iframe's own host.
 */
const WORDPRESS_HOST_SCRIPT = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !d.secret || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (e.source !== f.contentWindow) continue;
    if (d.message === 'height') f.height = Math.max(200, Math.min(1000, parseInt(d.value, 10)));
    if (d.message === 'link' && new URL(d.value).host === new URL(f.src).host && document.activeElement === f) window.top.location.href = d.value;
  }
});
</script>`;

/** The code as WordPress's oEmbed filter leaves it (wp_filter_oembed_result): an iframe only, sandboxed, with a secret. */
function wordpress(code: string): string {
  const iframe = /<iframe[^>]*><\/iframe>/.exec(code)![0];
  return iframe
    .replace(/ (style|loading|data-cakupan-chart)="[^"]*"/g, '')
    .replace(/ src="([^"]*)"/, ' src="$1#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef"')
    .replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

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
    const form = (url.searchParams.get('form') ?? 'loader') as Form;
    return template.replace(/\{\{EMBED:([\w-]+)\}\}/g, (_, id: string) => {
      const code = codes.get(id);
      if (!code) throw new Error(`the fixture embeds ${id}; add it to EMBEDDED`);
      return form === 'loader' ? code : form === 'plain' ? code.replace(/\n?<script[^>]*><\/script>/, '') : wordpress(code);
    }).replace('</body>', form === 'wordpress-host' ? `${WORDPRESS_HOST_SCRIPT}</body>` : '</body>');
  });
  expect(host.origin).not.toBe(site.origin);
});
afterAll(() => {
  host?.server.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const iframeOf = (page: Page, id: string) => page.locator(`iframe[src*="/embed/${id}/"]`);

function embedFrame(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

interface Fit {
  /** The iframe's height on the host page. */
  iframe: number;
  /** The frame's own viewport. */
  viewport: number;
  /** The content's height with nothing stretched (what the page reports to the loader). */
  natural: number;
  /** How far the document scrolls inside the frame. */
  scroll: number;
  /** The credit line's bottom edge, in the frame's viewport. */
  creditBottom: number;
  /** Room in the frame that neither the content nor the drawing's growth uses. */
  blank: number;
}

async function fit(page: Page, id: string): Promise<Fit> {
  const iframe = await iframeOf(page, id).evaluate((el) => el.getBoundingClientRect().height);
  const inside = await embedFrame(page, id).evaluate(() => {
    const root = document.documentElement;
    const drawing = () => document.querySelector('.map-area svg.choropleth, .chart-svg svg')!.getBoundingClientRect().height;
    const filled = drawing();
    root.dataset['measuring'] = '';
    const natural = document.querySelector('main')!.getBoundingClientRect().height;
    const drawn = drawing();
    delete root.dataset['measuring'];
    return {
      viewport: window.innerHeight,
      natural,
      scroll: root.scrollHeight - window.innerHeight,
      creditBottom: document.querySelector('[data-testid="embed-footer"] .credit')!.getBoundingClientRect().bottom,
      // The frame's height less the content and what the drawing grew by: room nothing uses.
      blank: window.innerHeight - natural - (filled - drawn),
    };
  });
  return { iframe, ...inside };
}

async function openArticle(width: number, form: Form, options: { touch?: boolean } = {}): Promise<Page> {
  context = await site.browser.newContext({ viewport: { width, height: 900 }, ...(options.touch ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  await page.goto(`${host.origin}/article.html?form=${form}`, { waitUntil: 'load' });
  // The iframes may load lazily: bring each into view so it loads.
  for (const id of EMBEDDED) await iframeOf(page, id).scrollIntoViewIfNeeded();
  for (const id of EMBEDDED) await expect.poll(() => page.frames().some((f) => f.url().includes(`/embed/${id}/`))).toBe(true);
  for (const id of EMBEDDED) {
    const frame = embedFrame(page, id);
    await frame.waitForLoadState('load');
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  return page;
}

/** Nothing cut: the content fits the frame, nothing scrolls inside it, the credit line shows. */
function expectWhole(h: Fit, label: string): void {
  expect(h.natural, `${label}: content ${h.natural} fits in ${h.viewport}`).toBeLessThanOrEqual(h.viewport + 1);
  expect(h.scroll, `${label}: no scrolling inside the frame`).toBeLessThanOrEqual(1);
  expect(h.creditBottom, `${label}: credit inside the frame`).toBeLessThanOrEqual(h.viewport);
}

describe('embedded with the loader, cross-origin', () => {
  for (const width of WIDTHS) {
    it(`fits each iframe to its content at ${width} px`, async () => {
      const page = await openArticle(width, 'loader');
      for (const id of EMBEDDED) {
        await expect.poll(async () => {
          const h = await fit(page, id);
          return Math.abs(h.iframe - h.natural) <= 2 && h.scroll <= 1;
        }, { timeout: 10_000, message: `${id} fits its content` }).toBe(true);
        expectWhole(await fit(page, id), `${id} at ${width}`);
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, `embed-host-loader-${width}.png`), fullPage: true });
    });
  }

  it('re-fits the iframes when the host window is resized', async () => {
    const page = await openArticle(1280, 'loader');
    const fitted = async () => {
      for (const id of EMBEDDED) await expect.poll(async () => Math.abs((await fit(page, id)).iframe - (await fit(page, id)).natural) <= 2, { timeout: 10_000 }).toBe(true);
    };
    await fitted();
    const wide = await fit(page, 'budgets');
    await page.setViewportSize({ width: 360, height: 900 });
    await fitted();
    const narrow = await fit(page, 'budgets');
    // A narrower column wraps the text: the frame must have grown.
    expect(narrow.iframe).toBeGreaterThan(wide.iframe + 50);
    await page.setViewportSize({ width: 1280, height: 900 });
    await fitted();
    expect(Math.abs((await fit(page, 'budgets')).iframe - wide.iframe)).toBeLessThanOrEqual(2);
  });

  it('ignores messages of another chart, of the wrong shape, or from the wrong window', async () => {
    const page = await openArticle(1280, 'loader');
    for (const id of EMBEDDED) await expect.poll(async () => Math.abs((await fit(page, id)).iframe - (await fit(page, id)).natural) <= 2, { timeout: 10_000 }).toBe(true);
    const before = await fit(page, 'peta');
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
    await expect.poll(async () => (await fit(page, 'budgets')).iframe).toBe(321);
    expect((await fit(page, 'peta')).iframe).toBe(before.iframe);
  });
});

for (const form of ['plain', 'wordpress'] as const) {
  describe(form === 'plain' ? 'embedded without the loader' : 'embedded in WordPress\'s cleaned form (sandbox="allow-scripts")', () => {
    for (const width of WIDTHS) {
      it(`keeps the code's height and shows the whole chart and its credit at ${width} px`, async () => {
        const page = await openArticle(width, form);
        for (const id of EMBEDDED) {
          const attribute = Number(await iframeOf(page, id).getAttribute('height'));
          const h = await fit(page, id);
          expect(h.iframe, `${id} keeps its height attribute`).toBe(attribute);
          expectWhole(h, `${id} at ${width}`);
          // The room the text does not take goes to the chart; what it cannot use stays small.
          expect(h.blank, `${id} at ${width}: ${h.blank} px left empty in a ${h.viewport} px frame`).toBeLessThanOrEqual(0.15 * h.viewport);
        }
        if (form === 'wordpress') {
          expect(await iframeOf(page, 'budgets').getAttribute('sandbox')).toBe('allow-scripts');
          // Links cannot open from a sandbox without allow-popups: the address is there to read.
          const credit = await embedFrame(page, 'budgets').locator('[data-testid="embed-footer"] .credit').textContent();
          expect(credit).toMatch(/\/grafik\/budgets\/$/);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, `embed-host-${form}-${width}.png`), fullPage: true });
      });
    }
  });
}

describe('in WordPress, with its host script', () => {
  it('fits each frame that WordPress may size, and opens the link back in the host page', async () => {
    const page = await openArticle(1280, 'wordpress-host');
    for (const id of EMBEDDED) {
      const natural = (await fit(page, id)).natural;
      // WordPress clamps heights to 1000 px: a taller page keeps the code's height rather than be cut.
      if (natural <= 1000) await expect.poll(async () => Math.abs((await fit(page, id)).iframe - natural) <= 2, { timeout: 10_000, message: `${id} fitted` }).toBe(true);
      expectWhole(await fit(page, id), id);
    }
    const frame = embedFrame(page, 'budgets');
    const back = frame.locator('[data-testid="embed-footer"] a').first();
    const href = await back.getAttribute('href');
    await back.click();
    await page.waitForURL(`${site.origin}${href}`);
  });
});

describe('a region in an embedded map', () => {
  it('opens its page in a new tab when clicked, and the frame stays where it was', async () => {
    const page = await openArticle(1280, 'loader');
    const frame = embedFrame(page, 'peta');
    const address = frame.url();
    const region = frame.locator('a.map-region[data-treatment="bin"]').first();
    const href = await region.getAttribute('href');
    const [popup] = await Promise.all([context!.waitForEvent('page'), region.click()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(new URL(popup.url()).pathname).toBe(href);
    expect(frame.url()).toBe(address);
    expect(page.url()).toBe(`${host.origin}/article.html?form=loader`);
  });

  it('opens the card when tapped, and the card\'s link opens a new tab; the frame stays where it was', async () => {
    const page = await openArticle(360, 'loader', { touch: true });
    const frame = embedFrame(page, 'peta');
    const address = frame.url();
    const region = frame.locator('a.map-region[data-treatment="bin"]').first();
    await region.tap();
    expect(await frame.locator('.map-card').isVisible()).toBe(true);
    expect(frame.url()).toBe(address);
    expect(context!.pages()).toHaveLength(1);
    const link = frame.locator('.map-card a.card-open');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [popup] = await Promise.all([context!.waitForEvent('page'), link.tap()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(new URL(popup.url()).pathname).toBe(await region.getAttribute('href'));
    expect(frame.url()).toBe(address);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-map-card-360.png') });
  });

  it('does nothing in WordPress\'s sandbox, where no link may open, rather than load the site in the frame', async () => {
    const page = await openArticle(1280, 'wordpress');
    const frame = embedFrame(page, 'peta');
    const address = frame.url();
    await frame.locator('a.map-region[data-treatment="bin"]').first().click();
    await page.waitForTimeout(300);
    expect(frame.url()).toBe(address);
    expect(context!.pages()).toHaveLength(1);
  });
});

describe('theme variants, without JavaScript', () => {
  const colours = (page: Page) =>
    page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));

  it('are light, dark or transparent as chosen, whatever the reader\'s scheme; the automatic one follows the reader', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const cases: ['light' | 'dark', string, string, string][] = [
      ['light', '/embed/budgets/', 'rgb(255, 255, 255)', 'rgb(26, 26, 26)'],
      ['dark', '/embed/budgets/', 'rgb(18, 18, 18)', 'rgb(236, 236, 236)'],
      ['light', '/embed/budgets/dark/', 'rgb(18, 18, 18)', 'rgb(236, 236, 236)'],
      ['dark', '/embed/budgets/light/', 'rgb(255, 255, 255)', 'rgb(26, 26, 26)'],
      ['light', '/en/embed/peta/dark/transparent/', 'rgba(0, 0, 0, 0)', 'rgb(236, 236, 236)'],
      ['dark', '/en/embed/peta/light/transparent/', 'rgba(0, 0, 0, 0)', 'rgb(26, 26, 26)'],
      ['dark', '/embed/budgets/transparent/', 'rgba(0, 0, 0, 0)', 'rgb(236, 236, 236)'],
    ];
    for (const [scheme, address, background, text] of cases) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.origin}${address}`);
      expect(await colours(page), `${address} read in ${scheme}`).toEqual({ background, text });
    }
    await page.goto(`${site.origin}/en/embed/peta/dark/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-peta-dark-360.png'), fullPage: true });
  });

  it('follow ?theme= over the reader\'s colour scheme, with JavaScript', async () => {
    context = await site.browser.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.origin}/embed/budgets/?theme=dark`);
    await expect.poll(() => colours(page)).toEqual({ background: 'rgb(18, 18, 18)', text: 'rgb(236, 236, 236)' });
  });

  it('are offered by the embed box, whose code follows the choice by CSS alone', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/grafik/budgets/`);
    const box = page.locator('[data-testid="embed-box"]');
    const shownCode = async () => {
      const visible = box.locator('textarea[data-embed-code]:visible');
      expect(await visible.count()).toBe(1);
      return /src="([^"]+)"/.exec((await visible.inputValue()) ?? '')![1]!;
    };
    expect(new URL(await shownCode()).pathname).toBe('/embed/budgets/light/');
    await box.locator('input[value="dark"]').check();
    expect(new URL(await shownCode()).pathname).toBe('/embed/budgets/dark/');
    await box.locator('input[value="transparent"]').check();
    expect(new URL(await shownCode()).pathname).toBe('/embed/budgets/dark/transparent/');
    await box.locator('input[value="auto"]').check();
    expect(new URL(await shownCode()).pathname).toBe('/embed/budgets/transparent/');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-box-360.png'), fullPage: true });
  });
});

describe('embed pages', () => {
  it('show title, chart, source, credit and the way back without JavaScript, each chart and the map in both languages', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const embeds = canonicalPages().filter((p) => /\/embed\/[^/]+\/$/.test(p));
    expect(embeds.length).toBeGreaterThan(0);
    for (const address of embeds) {
      await page.goto(`${site.origin}${address}`);
      expect(await page.locator('h1').count(), `${address} has one title`).toBe(1);
      expect(await page.locator('svg[role]').first().isVisible(), `${address} draws`).toBe(true);
      expect(await page.locator('.chart-source').first().textContent()).toMatch(/Sumber|Source/);
      expect(await page.locator('[data-testid="embed-footer"]').textContent()).toMatch(/Cakupan Bali/);
      expect(await page.locator('header, nav, .site-footer').count(), 'no site chrome').toBe(0);
      const oembed = await page.getAttribute('link[type="application/json+oembed"]', 'href');
      expect(new URL(oembed!).pathname).toBe(`${address}oembed.json`);
      // Every link opens outside the frame: the page's base target, and each SVG link's own.
      expect(await page.getAttribute('base', 'target')).toBe('_blank');
      for (const target of await page.locator('svg a').evaluateAll((links) => links.map((a) => a.getAttribute('target')))) expect(target).toBe('_blank');
    }
  });
});
