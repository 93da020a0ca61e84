/**
 * Byte budgets for what readers download, measured on the built dist/ (deterministic, unlike
 * timings; speed is measured by `npm run bench`). Budgets are gzip sizes, as served.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { topologyFile } from '../../src/config/paths.ts';
import { DIST } from '../helpers/built.ts';
import { pngSize } from '../embeds/png-header.ts';

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Per page: HTML (with its inline SVG map and charts) and the scripts and styles it loads. */
const BUDGET = { html: 80_000, scripts: 12_000, styles: 12_000, topology: 60_000 };
/**
 * Each image a journalist downloads or a share card, as served (PNG is already compressed):
 * at most 150 KB for an image up to 1280 × 2000 px (every image today's data draws: the largest,
 * the map, is about 130 KB); a taller one, drawn from more rows or longer notes, at most 0.07
 * bytes per pixel (today's images take 0.03 to 0.06), so more data never turns this red but
 * worse compression does.
 */
const PNG_BUDGET = 150_000;
const PNG_BUDGET_PIXELS = 1280 * 2000;
const PNG_BYTES_PER_PIXEL = 0.07;

async function pages(): Promise<string[]> {
  return (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('index.html'));
}

describe('byte budgets', () => {
  it('keeps every page, with what it loads, within budget', async () => {
    const over: string[] = [];
    for (const page of await pages()) {
      const html = await readFile(path.join(DIST, page), 'utf8');
      const inlineScripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
      const externals = async (pattern: RegExp) => {
        let total = 0;
        for (const [, href] of html.matchAll(pattern)) total += gz(await readFile(path.join(DIST, href!)));
        return total;
      };
      const sizes = {
        html: gz(html),
        scripts: gz(inlineScripts) + (await externals(/<script[^>]+src="(\/[^"]+)"/g)),
        styles: await externals(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g),
      };
      for (const [kind, size] of Object.entries(sizes)) {
        if (size > BUDGET[kind as keyof typeof sizes]) over.push(`${page}: ${kind} ${size} B gzip > ${BUDGET[kind as keyof typeof sizes]}`);
      }
    }
    expect(over).toEqual([]);
  });

  it('ships no JavaScript framework runtime: the map and charts are plain SVG in the HTML', async () => {
    const home = await readFile(path.join(DIST, 'index.html'), 'utf8');
    expect(home).toMatch(/<svg[^>]+class="choropleth"/);
    expect(home).not.toMatch(/astro-island|client:load/);
  });

  it(`keeps every PNG (downloads and share cards) within ${PNG_BUDGET / 1000} KB, or ${PNG_BYTES_PER_PIXEL} B a pixel past 1280 × 2000`, async () => {
    const pngs = (await readdir(DIST, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const png of pngs) {
      const { size } = await stat(path.join(DIST, png));
      const { width, height } = pngSize(await readFile(path.join(DIST, png)));
      const budget = width * height <= PNG_BUDGET_PIXELS ? PNG_BUDGET : Math.round(PNG_BYTES_PER_PIXEL * width * height);
      if (size > budget) over.push(`${png} (${width} × ${height}): ${size} B > ${budget}`);
    }
    expect(over).toEqual([]);
  });

  it('keeps the derived topology small', async () => {
    expect(gz(await readFile(topologyFile()))).toBeLessThan(BUDGET.topology);
  });
});
