/**
 * The shape every chart module shares. A chart is a pure function of the validated dataset and
 * the page's language; it returns a scene to draw (width-independent, see scene.ts) plus
 * everything a page, a story, an embed, an export or a test needs to show the chart honestly:
 * title, takeaway, source rows, notes, legend and a text alternative.
 */
import type { Dataset, Figure, Indicator, Region, Segment, Source, Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Scene } from './scene.ts';

export interface ChartContext {
  lang: Lang;
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
  /** How the entry is drawn: the mark it explains. */
  mark: 'dot' | 'hollow' | 'target' | 'tick' | 'bar' | 'planned';
}

export interface ChartSpec {
  id: string;
  title: string;
  subtitle: string;
  /** One sentence under the title saying what the chart shows, written from the rows drawn. */
  takeaway: string;
  /** Unit of the values drawn. */
  unit: Unit;
  /** Exactly the figure rows drawn as marks, in display order. */
  rows: ChartRow[];
  /** Caveats a reader needs: differing dates, methods, definitions, payers, rows left out and why. */
  notes: string[];
  /** Text alternative generated from the rows (names the extremes). */
  alt: string;
  /** Only what direct labels cannot say (e.g. the one quiet marker); often empty. */
  legend: LegendItem[];
  /**
   * The scene: fluid (fits any width) without `width`, or laid out for exactly `width` px (an
   * export). Null when the data is too thin to draw honestly.
   */
  draw: ((width?: number) => Scene) | null;
  /** Why nothing is drawn, in plain words; set exactly when `draw` is null. */
  thin?: string;
}

export interface ChartDefinition {
  id: string;
  build(data: Dataset, context: ChartContext): ChartSpec;
}

export type FigureMatch = (figure: Figure) => boolean;
