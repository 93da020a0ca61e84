/**
 * Every chart by its id, in the order the Segmen page walks through them. Pages, embeds, exports
 * and tests all look charts up here. An id never changes meaning once published.
 */
import type { Dataset } from '../data/schema/tables.ts';
import { budgets } from './budgets.ts';
import { coverageTrends } from './coverage-trends.ts';
import { coveredEmployed } from './covered-employed.ts';
import { puBpuProvince } from './pu-bpu-province.ts';
import { puBpuRates, puBpuRegions } from './pu-bpu-regions.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';
import { vulnerableGroups } from './vulnerable-groups.ts';
import { vulnerableRegions } from './vulnerable-regions.ts';

export const CHARTS: readonly ChartDefinition[] = [
  puBpuProvince,
  puBpuRegions,
  puBpuRates,
  vulnerableRegions,
  vulnerableGroups,
  budgets,
  coverageTrends,
  coveredEmployed,
];

export const CHART_IDS = CHARTS.map((c) => c.id);

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart id "${id}"; known: ${CHART_IDS.join(', ')}`);
  return chart;
}

export function buildChart(id: string, data: Dataset, context: ChartContext): ChartSpec {
  return chartById(id).build(data, context);
}
