/**
 * Chart-test helpers: the synthetic chart fixture (test/fixtures/data-segments), the marks a
 * chart SVG draws (found by their data-figure attribute), and SVG normalisation for snapshots.
 */
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { FIXTURE, TODAY } from './dataset.ts';

export const SEGMENTS_FIXTURE = path.resolve('test/fixtures/data-segments');

export async function loadFixture(dir = SEGMENTS_FIXTURE): Promise<Dataset> {
  const result = await loadDataset(dir, { today: TODAY });
  if (!result.ok) throw new Error(`fixture ${dir} is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.data;
}

export const loadMinimal = () => loadFixture(FIXTURE);

function svgDocument(svg: string): Document {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document as unknown as Document;
}

/** The `data-figure` of every element matching `selector` in a chart SVG, in document order. */
export function drawnFigures(svg: string, selector: string): string[] {
  return [...svgDocument(svg).querySelectorAll(`${selector}[data-figure]`)].map((e) => e.getAttribute('data-figure')!);
}

/** Number of elements matching `selector` in a chart SVG. */
export function countMarks(svg: string, selector: string): number {
  return svgDocument(svg).querySelectorAll(selector).length;
}

/** Text of every <text> element, in document order. */
export function texts(svg: string): string[] {
  return [...svgDocument(svg).querySelectorAll('text')].map((t) => t.textContent ?? '');
}

/** An attribute of the mark drawing a figure (e.g. a dot's cx at a fixed width). */
export function markAttribute(svg: string, figure: string, attribute: string): string | null {
  return svgDocument(svg).querySelector(`[data-figure="${figure}"]`)?.getAttribute(attribute) ?? null;
}

const GEOMETRY = /\b(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|viewBox|r|cx|cy|points)="([^"]*)"/g;

function round(n: string): string {
  const rounded = Math.round(Number(n) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A stable form of an SVG for snapshots: generated ids replaced by sequence numbers, numbers
 * rounded to one decimal (so a float's last digit cannot churn the file), one tag per line.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => ids.get(id) ?? (ids.set(id, `id${ids.size}`), ids.get(id)!);
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${idOf(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idOf(id)})`)
    // Only geometry is rounded: text and labels ("500.000", "65,6 %") must stay exact.
    .replace(GEOMETRY, (_, name: string, value: string) => `${name}="${value.replace(/-?\d+\.\d+(?:e-?\d+)?/g, round)}"`)
    .replace(/></g, '>\n<')
    .concat('\n');
}
