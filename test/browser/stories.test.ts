/**
 * The built story, sources and methodology pages (dist/, which `npm test` builds first):
 * every figure in a story shows its data row's value, every citation and backlink resolves, and
 * in Chromium the pages (hostile text through a real build: test/pipeline/hostile-text.test.ts)
 * render at phone and desktop widths with no third-party requests (axe runs on every page in
 * site.test.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { contradictions, LISTED } from '../../src/data/contradictions.ts';
import { indexOf } from '../../src/data/index.ts';
import { figureValue } from '../../src/i18n/figure-text.ts';
import { LANGS, type Lang } from '../../src/i18n/lang.ts';
import { DIST, launch, SCREENSHOTS, serveDist } from './harness.ts';

const prefix = (lang: Lang) => (lang === 'id' ? '' : '/en');
const page = async (file: string) => parseHTML(await readFile(path.join(DIST, file), 'utf8')).document;
/** The built page at a site address such as /en/sumber/2025/ID/. */
const pageAt = (address: string) => page(path.join(address, 'index.html'));

let data: Dataset;
beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error('data/ should be valid');
  data = result.data;
});

describe.each(LANGS)('the built Paritrana story (%s)', (lang) => {
  it('shows every {{figure:…}} of its Markdown, in order, with the data row value formatted for the language', async () => {
    const markdown = await readFile(path.resolve(`data/stories/${lang}/paritrana.md`), 'utf8');
    const cited = [...markdown.matchAll(/\{\{figure:([^}]+)\}\}/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThan(10);
    const doc = await page(`${prefix(lang).slice(1)}/paritrana/index.html`.replace(/^\//, ''));
    const shown = [...doc.querySelectorAll('.story-body .story-figure')].map((el) => [el.getAttribute('data-figure'), el.textContent]);
    // The value as the site writes it, with its qualifier ("sekitar Rp2 miliar").
    const expected = cited.map((id) => [id, figureValue(indexOf(data).figures.get(id)!, lang, indexOf(data))]);
    expect(shown).toEqual(expected);
  });

  it("links every citation to a note, every note back to the text and to its source's page, and that page back to the note", async () => {
    const doc = await page(`${prefix(lang).slice(1)}/paritrana/index.html`.replace(/^\//, ''));
    const ids = new Set([...doc.querySelectorAll('[id]')].map((el) => el.id));
    const marks = [...doc.querySelectorAll('sup.cite a')];
    expect(marks.length).toBeGreaterThan(20);
    for (const a of marks) expect(ids).toContain(a.getAttribute('href')!.slice(1));
    const notes = [...doc.querySelectorAll('.story-notes li')];
    for (const li of notes) {
      expect(ids).toContain(li.querySelector('a.back')!.getAttribute('href')!.slice(1));
      const source = indexOf(data).sources.get(li.getAttribute('data-source')!)!;
      const entry = [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!).find((h) => h.includes('/sumber/'))!;
      expect(entry).toBe(`${prefix(lang)}/sumber/${source.published.year}/${source.id}/`);
      const sourcePage = await pageAt(entry);
      expect(sourcePage.querySelector('article.source-page')?.getAttribute('data-source')).toBe(source.id);
      // And back: the source's page links to this note of the story.
      const backlinks = [...sourcePage.querySelectorAll('.cited-in a')].map((a) => a.getAttribute('href')!);
      expect(backlinks).toContain(`${prefix(lang)}/paritrana/#${li.id}`);
    }
  });
});

describe.each(LANGS)('the built sources pages (%s)', (lang) => {
  it('list every source on the page of its year, linked to its own page', async () => {
    for (const [year, sources] of indexOf(data).sourcesByYear) {
      const doc = await pageAt(`${prefix(lang)}/sumber/${year}/`);
      for (const s of sources) {
        const entry = doc.getElementById(`source-${s.id}`);
        expect(entry?.querySelector('h3 a')?.getAttribute('href'), s.id).toBe(`${prefix(lang)}/sumber/${year}/${s.id}/`);
      }
    }
    const index = await pageAt(`${prefix(lang)}/sumber/`);
    expect([...index.querySelectorAll('[data-testid=source-years] a')].map((a) => a.textContent)).toEqual([...indexOf(data).sourcesByYear.keys()].map(String));
  });

  it("show every figure on its source's page, anchored, with its value and its quote verbatim", async () => {
    const index = indexOf(data);
    for (const s of data.sources) {
      const doc = await pageAt(`${prefix(lang)}/sumber/${s.published.year}/${s.id}/`);
      for (const f of index.figuresBySource.get(s.id) ?? []) {
        const row = doc.getElementById(`figure-${f.id}`);
        expect(row?.querySelector('td.num')?.textContent?.trim().startsWith(figureValue(f, lang, index)), f.id).toBe(true);
        expect(doc.querySelector(`[data-quote-for="${f.id}"] q`)?.textContent, f.id).toBe(f.quote);
      }
      for (const a of index.awardsBySource.get(s.id) ?? []) expect(doc.querySelector(`[data-award="${a.id}"] q`)?.textContent, a.id).toBe(a.quote);
      for (const r of index.regulationsBySource.get(s.id) ?? []) expect(doc.querySelector(`[data-regulation="${r.id}"] q`)?.textContent, r.id).toBe(r.quote);
    }
  });
});

describe('the built methodology page', () => {
  it("lists the newest superseded pairs from the data, with both values linked to their rows on their sources' pages", async () => {
    const doc = await page('metodologi/index.html');
    const rows = [...doc.querySelectorAll('[data-testid=contradictions] tbody tr')].map((tr) => [tr.getAttribute('data-used'), tr.getAttribute('data-set-aside')]);
    expect(rows).toEqual(contradictions(data).slice(0, LISTED).map((p) => [p.used.id, p.setAside.id]));
    const links = [...doc.querySelectorAll('a[href*="#figure-"]')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThanOrEqual(rows.length * 2);
    for (const href of links) {
      const [address, anchor] = href.split('#');
      expect((await pageAt(address!)).getElementById(anchor!), href).not.toBeNull();
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(url: string, width: number): Promise<{ page: Page; foreign: string[] }> {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    const foreign: string[] = [];
    p.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await p.goto(url);
    return { page: p, foreign };
  }

  const pages = LANGS.flatMap((lang) => ['paritrana', 'sumber', 'metodologi'].map((name) => ({ lang, name, url: `${prefix(lang)}/${name}/` })));

  it.each(pages)('$url fits phone and desktop widths and makes no third-party request', async ({ lang, name, url }) => {
    for (const width of [360, 1280]) {
      const { page: p, foreign } = await open(`${origin}${url}`, width);
      expect(await p.getAttribute('html', 'lang')).toBe(lang);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await p.locator('h1').count()).toBe(1);
      expect(await p.locator('nav a[aria-current=page]').getAttribute('href')).toBe(url);
      if (name === 'paritrana') await p.screenshot({ path: path.join(SCREENSHOTS, `story-${lang}-${width}.png`), fullPage: true });
      expect(foreign).toEqual([]);
      await p.close();
    }
  });

  it('moves keyboard focus through a citation to its note and back, with a visible focus ring', async () => {
    const { page: p } = await open(`${origin}/paritrana/`, 1280);
    const first = p.locator('sup.cite a').first();
    await first.focus();
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await p.keyboard.press('Enter');
    await p.waitForURL(/#note-1$/);
    expect(await p.locator('#note-1').isVisible()).toBe(true);
    await p.locator('#note-1 a.back').click();
    await p.waitForURL(/#cite-1-1$/);
    await p.close();
  });
});
