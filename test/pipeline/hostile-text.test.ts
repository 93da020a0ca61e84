/**
 * Hostile text through the real build: every free-text cell of every table of a copy of data/
 * carries `< > & " '`, a CDATA terminator and markup (test/helpers/hostile.ts), and both stories
 * end with raw HTML and a javascript: link. `npm run check` and `npm run build` must pass, and
 * what they write must keep that text as text: no element comes from the data in any page, every
 * SVG parses as XML (resvg is strict), every PNG renders, CSV and JSON give the text back as
 * written, and the built-site checks (html-validate among them) pass on the result.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.ts';
import { pngSize } from '../embeds/png-header.ts';
import { builtPages, readPage } from '../helpers/built.ts';
import { checkBuildAndVerify, type PipelineRuns } from '../helpers/cli.ts';
import { HOSTILE, makeHostile } from '../helpers/hostile.ts';

/** Appended to each story: markdown-it (html: false) must print it, not run it or link it. */
const STORY_TAIL = `<script>alert(2)</script> [klik](javascript:alert(3)) <img src=x onerror=alert(4)>`;

let work: string;
let out: string;
let touched: string[];
let runs: PipelineRuns;

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return entries.filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-hostile-'));
  const data = path.join(work, 'data');
  await cp(path.resolve('data'), data, { recursive: true });
  touched = await makeHostile(data);
  for (const lang of LANGS) {
    const story = path.join(data, 'stories', lang, 'paritrana.md');
    await writeFile(story, `${await readFile(story, 'utf8')}\n${STORY_TAIL}\n`);
  }
  ({ out, ...runs } = await checkBuildAndVerify(data, work));
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('hostile text in every free-text cell', () => {
  it('reaches every kind of free text a maintainer types', () => {
    expect(touched).toEqual(expect.arrayContaining(['regions.short_name', 'segments.label_id', 'sources.title', 'figures.quote', 'figures.note_en', 'awards.entity', 'regulations.title']));
  });

  it('passes npm run check and npm run build without a stack trace', () => {
    expect(runs.check.status, runs.check.stderr).toBe(0);
    expect(runs.build.status, runs.build.stderr).toBe(0);
    expect(runs.build.stderr).not.toMatch(/\n\s+at /);
  });

  it('never turns data into elements, and shows it as text', async () => {
    const pages = builtPages(out);
    let shown = 0;
    for (const pathname of pages) {
      const { document } = parseHTML(await readPage(pathname, out));
      const scripts = [...document.querySelectorAll('script')].filter((s) => /alert/.test(s.textContent ?? ''));
      expect(scripts.map((s) => s.outerHTML), pathname).toEqual([]);
      expect(document.querySelectorAll('b, img[onerror], a[href^="javascript:"]').length, pathname).toBe(0);
      if ((document.body.textContent ?? '').includes(HOSTILE)) shown++;
    }
    // Region names, labels, titles and quotes appear on nearly every page.
    expect(shown).toBeGreaterThan(pages.length / 2);
  });

  it.each(LANGS)('keeps the story’s raw HTML and javascript: link as text (%s)', async (lang) => {
    const { document } = parseHTML(await readPage(lang === 'id' ? '/paritrana/' : '/en/paritrana/', out));
    expect(document.querySelector('main')?.textContent).toContain(STORY_TAIL);
  });

  it('writes every SVG as XML that resvg accepts, and every PNG', async () => {
    const svgs = await filesUnder(out, '.svg');
    expect(svgs.length).toBeGreaterThan(10);
    for (const file of svgs) {
      const svg = await readFile(file, 'utf8');
      expect(() => new Resvg(svg), file).not.toThrow();
    }
    const pngs = await filesUnder(out, '.png');
    expect(pngs.length).toBeGreaterThan(10);
    for (const file of pngs) expect(pngSize(await readFile(file)).width, file).toBeGreaterThan(0);
  });

  it('gives the text back exactly in CSV and JSON downloads', async () => {
    const regionsCsv = parse(await readFile(path.join(out, 'data', 'regions.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(regionsCsv.every((r) => r['short_name']!.endsWith(` ${HOSTILE}`))).toBe(true);
    const regionsJson = JSON.parse(await readFile(path.join(out, 'data', 'regions.json'), 'utf8')) as { short_name: string }[];
    expect(regionsJson.every((r) => r.short_name.endsWith(` ${HOSTILE}`))).toBe(true);
    for (const file of await filesUnder(out, '.csv')) {
      const csv = await readFile(file, 'utf8');
      expect(() => parse(csv, { bom: true }), file).not.toThrow();
    }
  });

  it('passes the built-site checks (html-validate, links, budgets) on what it built', () => {
    expect(runs.built.status, `${runs.built.stdout}\n${runs.built.stderr}`).toBe(0);
  });
});
