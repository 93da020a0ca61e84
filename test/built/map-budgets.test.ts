/**
 * The map's byte budgets (issue 12), measured on the built dist/ as gzip sizes (deterministic;
 * speed is the benchmark's job). A budget that fails names the largest parts of what it
 * measured, so the fix starts at the right place.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedPath, localizedPath, PAGES } from '../../src/routes.ts';
import { MAP_ID } from '../../src/embeds/registry.ts';

const DIST = path.resolve('dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** The budgets, in bytes gzip. */
const BUDGET = { mapSvg: 12_000, homeFirstView: 40_000, mapEmbed: 25_000 };

/** A page as the browser fetches it for its first view: the HTML and every stylesheet and script it loads. */
async function firstView(neutralPath: string): Promise<{ parts: [string, string][]; html: string }> {
  const file = path.join(DIST, neutralPath.replace(/^\//, ''), 'index.html');
  const html = await readFile(file, 'utf8');
  const parts: [string, string][] = [['html', html]];
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)) parts.push([href!, await readFile(path.join(DIST, href!), 'utf8')]);
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) parts.push([src!, await readFile(path.join(DIST, src!), 'utf8')]);
  return { parts, html };
}

/** The pieces of a page worth naming: its map, charts, tables, inline scripts, and the rest. */
function pieces(html: string): [string, string][] {
  const named: [string, string][] = [];
  let rest = html;
  const take = (name: string, pattern: RegExp) => {
    for (const match of html.matchAll(pattern)) {
      named.push([`${name} ${match.index}`, match[0]]);
      rest = rest.replace(match[0], '');
    }
  };
  take('map svg', /<svg[^>]*class="choropleth"[\s\S]*?<\/svg><\/div>/g);
  take('chart svg', /<svg[^>]*data-chart=[\s\S]*?<\/svg>/g);
  take('table', /<table[\s\S]*?<\/table>/g);
  take('details', /<details[\s\S]*?<\/details>/g);
  take('script', /<script[\s\S]*?<\/script>/g);
  take('style', /<style[\s\S]*?<\/style>/g);
  named.push(['rest of the html', rest]);
  return named;
}

function largest(parts: [string, string][], count = 5): string {
  return parts
    .map(([name, text]) => [name, gz(text)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, size]) => `${name}: ${size} B`)
    .join('; ');
}

async function withinBudget(neutralPath: string, budget: number): Promise<void> {
  const { parts, html } = await firstView(neutralPath);
  const total = parts.reduce((sum, [, text]) => sum + gz(text), 0);
  const breakdown = `${neutralPath}: ${total} B gzip > ${budget}; largest parts: ${largest([...parts.filter(([n]) => n !== 'html'), ...pieces(html)])}`;
  expect(total, breakdown).toBeLessThanOrEqual(budget);
}

describe('map byte budgets', () => {
  it.each(['id', 'en'] as const)('keeps the map SVG on the home page within 12 KB gzip (%s)', async (lang) => {
    const html = await readFile(path.join(DIST, localizedPath(PAGES.home, lang).replace(/^\//, ''), 'index.html'), 'utf8');
    const svg = /<svg[^>]*class="choropleth"[\s\S]*?<\/svg><\/div>/.exec(html)?.[0];
    expect(svg, 'the home page has no map').toBeDefined();
    const parts = pieces(svg!.replace(/<\/div>$/, ''));
    // Within the map: its shapes, its labels per layout, the rest.
    const inner: [string, string][] = [
      ['shapes', /<svg viewBox[\s\S]*?<\/svg>/.exec(svg!)?.[0] ?? ''],
      ...[...svg!.matchAll(/<g class="labels layout-\d"[\s\S]*?<\/g><\/g>/g)].map((m, i): [string, string] => [`labels layout ${i}`, m[0]]),
    ];
    expect(gz(svg!), `map svg: ${gz(svg!)} B gzip > ${BUDGET.mapSvg}; ${largest(inner.length ? inner : parts)}`).toBeLessThanOrEqual(BUDGET.mapSvg);
  });

  it.each(['id', 'en'] as const)('keeps the home page first view within 40 KB gzip (%s)', async (lang) => {
    await withinBudget(localizedPath(PAGES.home, lang), BUDGET.homeFirstView);
  });

  it.each(['id', 'en'] as const)('keeps the map embed within 25 KB gzip (%s)', async (lang) => {
    await withinBudget(embedPath(MAP_ID, lang), BUDGET.mapEmbed);
  });
});
