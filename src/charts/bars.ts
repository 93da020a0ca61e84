/**
 * Labelled horizontal bars in groups: each group has a heading line (who, when), then one bar
 * per figure row with its value written right after the bar's end. Values are labelled
 * directly, so there is no value axis to crowd a phone. A target or plan is a dashed outline
 * with a faint fill, or a marker at its value, never a solid bar.
 *
 * The scale is chosen so the longest label still fits after its bar at the narrowest width;
 * on a wider chart the bars grow and the labels keep their size.
 */
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS } from '../i18n/strings-charts.ts';
import { compactValue, shortDate } from './describe.ts';
import { BACKGROUND, NARROWEST, type Mark, type Scene, type Span } from './scene.ts';
import { groupBy } from './select.ts';
import { fitSpans, measureSpans } from './text.ts';
import type { ChartRow } from './types.ts';

export interface Bar {
  row: ChartRow;
  color: string;
  /** Written after the bar: the value, with a short name or date where the chart needs one. */
  label: Span[];
  /** A target or plan rather than an actual value. */
  planned: boolean;
  /**
   * Draw a target or plan as a marker at its value (a tick on the row) instead of a dashed bar:
   * for counts of people, where nothing below a target has been reached yet.
   */
  asMarker?: boolean;
  /** Tooltip: the value in words. */
  title: string;
}

export interface BarGroup {
  heading: Span[];
  bars: Bar[];
}

const HEADING = 20;
const BAR = 14;
const BAR_GAP = 6;
const GROUP_GAP = 12;
const LABEL_GAP = 6;
/** A bar never shrinks below this share of the width to make room for its label. */
const MIN_SHARE = 0.25;

/** The value at the chart's right edge: every label fits after its bar at the narrowest width. */
export function barDomain(groups: readonly BarGroup[]): number {
  let max = 0;
  for (const bar of groups.flatMap((g) => g.bars)) {
    const share = Math.max(MIN_SHARE, (NARROWEST - LABEL_GAP - measureSpans(bar.label)) / NARROWEST);
    max = Math.max(max, bar.row.figure.value / share);
  }
  return max || 1;
}

export function barScene(groups: readonly BarGroup[]): Scene {
  const domain = barDomain(groups);
  const marks: Mark[] = [];
  let y = 0;
  for (const group of groups) {
    marks.push({ type: 'text', x: 0, y: y + 14, spans: fitSpans(group.heading, NARROWEST) });
    y += HEADING;
    for (const bar of group.bars) {
      const end = bar.row.figure.value / domain;
      if (bar.planned && bar.asMarker) {
        marks.push({ type: 'rule', x1: end, x2: end, y1: y - 2, y2: y + BAR + 2, stroke: bar.color, width: 3, figure: bar.row.figure.id, title: bar.title });
        marks.push({ type: 'dot', x: end, y: y + BAR / 2, r: 3.5, fill: BACKGROUND, stroke: bar.color });
        marks.push({ type: 'text', x: end, dx: LABEL_GAP + 2, y: y + BAR / 2 + 4.5, spans: bar.label });
        y += BAR + BAR_GAP;
        continue;
      }
      marks.push({
        type: 'rect',
        x: 0,
        x2: end,
        y,
        height: BAR,
        fill: bar.color,
        ...(bar.planned ? { fillOpacity: 0.2, stroke: bar.color, dashed: true } : {}),
        figure: bar.row.figure.id,
        title: bar.title,
      });
      marks.push({ type: 'text', x: end, dx: LABEL_GAP, y: y + BAR / 2 + 4.5, spans: bar.label });
      y += BAR + BAR_GAP;
    }
    y += GROUP_GAP - BAR_GAP;
  }
  return { height: Math.ceil(y), marks };
}

/** The label after a bar: "≈12.000 · Agu 2025", "target 13.200 · 2025", with an optional bold name first ("PU 90.000 · 2025"). */
export function valueSpans(row: ChartRow, lang: Lang, name?: string): Span[] {
  const kind = row.figure.kind === 'actual' ? '' : `${CHART_STRINGS[lang].kinds[row.figure.kind]} `;
  return [
    ...(name ? [{ text: `${name} `, bold: true }] : []),
    { text: `${kind}${compactValue(row, lang)}` },
    { text: ` · ${shortDate(row.figure.as_of, lang)}`, muted: true },
  ];
}

/** One bar per row, in groups by `groupOf` (first-seen order), with the heading each group's first row gives. */
export function groupBars(rows: readonly ChartRow[], groupOf: (row: ChartRow) => string, heading: (row: ChartRow) => Span[], bar: (row: ChartRow) => Omit<Bar, 'row' | 'planned'>): BarGroup[] {
  return [...groupBy(rows, groupOf).values()].map((members) => ({
    heading: heading(members[0]!),
    bars: members.map((row) => ({ row, planned: row.figure.kind !== 'actual', ...bar(row) })),
  }));
}
