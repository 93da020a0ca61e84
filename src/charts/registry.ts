/**
 * Every chart by its id, in the order the Segmen page walks through them, and each regency's own
 * coverage timeline (`coverage-trends-<slug>`: the coverage-trends chart drawn on that region's
 * figures alone, as its page shows it). Pages, embeds, exports and tests all look charts up
 * here. An id never changes meaning once published.
 */
import { coverageTimeline } from '../data/derive.ts';
import type { Dataset, Region } from '../data/schema/tables.ts';
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

/** The chart a region's page draws over time, on that region's figures alone. */
export const REGION_TIMELINE = coverageTrends.id;
export const regionChartId = (slug: string) => `${REGION_TIMELINE}-${slug}`;

/** Regencies/cities whose page draws a timeline: at least two actual coverage rates for all workers. */
export function timelineRegions(data: Dataset): Region[] {
  return data.regions.filter((r) => r.type !== 'provinsi' && coverageTimeline(data, r.code).length >= 2);
}

/** Every chart id the site publishes: the site-wide charts, then the regions' timelines. */
export function chartIds(data: Dataset): string[] {
  return [...CHART_IDS, ...timelineRegions(data).map((r) => regionChartId(r.slug))];
}

/** What an id draws: a site-wide chart on all the data, or a region's timeline on its own figures. */
export interface ResolvedChart {
  chart: string;
  data: Dataset;
  region?: Region;
}

export function resolveChartId(id: string, data: Dataset): ResolvedChart | undefined {
  if (CHART_IDS.includes(id)) return { chart: id, data };
  const region = timelineRegions(data).find((r) => regionChartId(r.slug) === id);
  if (!region) return undefined;
  return { chart: REGION_TIMELINE, region, data: { ...data, regions: [region], figures: data.figures.filter((f) => f.region === region.code) } };
}
