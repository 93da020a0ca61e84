/** The common frame of a chart spec, and the "not enough data" variant. */
import type { ChartRow, ChartSpec } from './types.ts';

export function thinSpec(base: Pick<ChartSpec, 'id' | 'title' | 'subtitle' | 'unit' | 'notes'>, thin: string, rows: ChartRow[] = []): ChartSpec {
  return { ...base, rows, alt: thin, legend: [], plot: null, thin };
}
