/**
 * The shape every chart module shares. A chart is a pure function of the validated dataset and
 * a rendering context; it returns Plot options plus everything a page, an embed, a PNG export
 * or a test needs to show the chart honestly (title, source rows, notes, text alternative).
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Dataset, Figure, Indicator, Region, Segment, Source, Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * `auto` draws text and neutral marks in currentColor, so one SVG follows the page's light or
 * dark scheme; `light`/`dark` bake the ink colour in, for exports that leave the page.
 */
export type Theme = 'auto' | 'light' | 'dark';

export interface ChartContext {
  lang: Lang;
  /** Width of the SVG in CSS pixels. */
  width: number;
  theme?: Theme;
}

/** One figure row as a chart shows it, joined with the rows it references. */
export interface ChartRow {
  figure: Figure;
  source: Source;
  region: Region;
  segment: Segment;
  indicator: Indicator;
}

/** A legend entry, drawn in HTML beside the SVG (so it reflows on a phone). */
export interface LegendItem {
  label: string;
  color: string;
  /** A Plot symbol name; absent for a line or swatch entry. */
  symbol?: string;
  /** Outline only (e.g. a target or a plan rather than an actual value). */
  hollow?: boolean;
  /** Drawn as a line segment, optionally dashed. */
  line?: 'solid' | 'dashed';
}

export interface ChartSpec {
  id: string;
  title: string;
  subtitle: string;
  /** Unit of the values on the value axis. */
  unit: Unit;
  /** Exactly the figure rows drawn as marks, in display order. */
  rows: ChartRow[];
  /** Caveats a reader needs: differing dates, methods, definitions, rows left out and why. */
  notes: string[];
  /** Text alternative generated from the rows (names the extremes). */
  alt: string;
  legend: LegendItem[];
  /** Plot options without `document`; null when the data is too thin to draw honestly. */
  plot: PlotOptions | null;
  /** Why nothing is drawn, in plain words; set exactly when `plot` is null. */
  thin?: string;
}

export interface ChartDefinition {
  id: string;
  build(data: Dataset, context: ChartContext): ChartSpec;
}
