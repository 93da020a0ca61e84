/**
 * Chart-test helpers: the synthetic chart fixture (test/fixtures/data-segments), the figure rows
 * each Plot mark carries, and SVG normalisation for snapshots.
 */
import path from 'node:path';
import type { Markish, PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartRow } from '../../src/charts/types.ts';
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

function isRow(value: unknown): value is ChartRow {
  return typeof value === 'object' && value !== null && 'figure' in value && 'source' in value;
}

/** For every mark whose data are figure rows: the ids of the figures it draws, in order. */
export function figureIdsByMark(plot: PlotOptions): string[][] {
  const marks = (plot.marks ?? []).flat(Infinity as 1) as Markish[];
  return marks.flatMap((mark) => {
    const data = (mark as { data?: unknown }).data;
    return Array.isArray(data) && data.length > 0 && data.every(isRow) ? [data.map((r) => r.figure.id)] : [];
  });
}

/** Number of elements drawn by the mark group of this kind (Plot's label for the <g>, kept as data-mark). */
export function countMarks(svg: string, mark: string, element: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll(`g[data-mark="${mark}"]`)].reduce((n, g) => n + g.querySelectorAll(element).length, 0);
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
