/**
 * Values over time, in one or more stacked panels sharing a time axis. One dot per figure row;
 * a line joins two consecutive dots only when they are comparable (one series of
 * src/data/series.ts: same region, indicator, segment, method and base) and at most
 * MAX_GAP_MONTHS apart, so a change of method or a long silence is never drawn as a trend.
 *
 * One encoding per chart: colour is the series. A figure measured another way than the chart's
 * reference is the one quiet marker (a hollow dot); a stated target is a short dash. The latest
 * figure of each series is labelled directly, so the chart needs no legend for its series.
 */
import { seriesKey } from '../data/series.ts';
import type { Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { timeScale, tickFormat, tooFarApart, valueScale } from './scales.ts';
import { BACKGROUND, band, INK, MUTED, NARROWEST, RULE, type Mark, type Scene, type Span } from './scene.ts';
import { measure, measureSpans } from './text.ts';
import type { ChartRow } from './types.ts';

export interface TimelinePoint {
  row: ChartRow;
  color: string;
  /** Measured another way than the chart's reference method: drawn hollow. */
  otherMethod: boolean;
  /** A stated target or plan: a dash, never joined by a line. */
  target: boolean;
  /** Tooltip: the value in words. */
  title: string;
  /** A direct label, for the points the chart names (the latest of a series, a target). */
  label?: Span[];
}

export interface TimelinePanel {
  title?: string;
  points: TimelinePoint[];
}

export interface TimelineOptions {
  unit: Unit;
  lang: Lang;
  /** A fixed top of the value axis (100 for rates); otherwise a round number above the data. */
  fixedMax?: number;
}

const TITLE = 22;
const HEADROOM = 18;
const PLOT = 120;
const AXIS = 24;
const PANEL_GAP = 18;
const DOT = 4.5;
const LABEL_LINE = 15;

/** The line segments of one panel: consecutive comparable points close enough in time. */
export function segmentsOf(points: readonly TimelinePoint[]): [TimelinePoint, TimelinePoint][] {
  const series = new Map<string, TimelinePoint[]>();
  for (const p of points) {
    if (p.target) continue;
    const key = seriesKey(p.row.figure, p.row.indicator.unit);
    if (key === undefined) continue;
    series.set(key, [...(series.get(key) ?? []), p]);
  }
  const pairs: [TimelinePoint, TimelinePoint][] = [];
  for (const members of series.values()) {
    for (let i = 1; i < members.length; i++) {
      const a = members[i - 1]!;
      const b = members[i]!;
      if (!tooFarApart(a.row.figure.as_of, b.row.figure.as_of)) pairs.push([a, b]);
    }
  }
  return pairs;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** True when the segment from a to b passes through the box (sampled finely enough for labels). */
function crosses(box: Box, [x1, y1, x2, y2]: readonly [number, number, number, number]): boolean {
  for (let i = 0; i <= 24; i++) {
    const x = x1 + ((x2 - x1) * i) / 24;
    const y = y1 + ((y2 - y1) * i) / 24;
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/**
 * Direct labels, placed at the narrowest width (where marks are closest: a wider chart only
 * spreads them apart). Each label tries above its dot, then below, ending at the dot or
 * starting from it; the first spot free of other labels, other marks and lines wins. A label
 * too long for either side of its dot sits against the nearer edge.
 */
function labelMarks(
  points: readonly TimelinePoint[],
  at: (p: TimelinePoint) => number,
  yOf: (p: TimelinePoint) => number,
  top: number,
  bottom: number,
  fixed: readonly Box[],
): Mark[] {
  const lines = segmentsOf(points).map(([a, b]) => [at(a) * NARROWEST, yOf(a), at(b) * NARROWEST, yOf(b)] as const);
  const obstacles: (Box & { point: TimelinePoint })[] = points.map((p) => {
    const px = at(p) * NARROWEST;
    const reach = p.target ? 9 : DOT + 2;
    return { point: p, left: px - reach, right: px + reach, top: yOf(p) - DOT - 1, bottom: yOf(p) + DOT + 1 };
  });
  const placed: Box[] = [...fixed];
  const marks: Mark[] = [];
  for (const p of points.filter((q) => q.label).sort((a, b) => yOf(a) - yOf(b))) {
    const x = at(p);
    const px = x * NARROWEST;
    const width = measureSpans(p.label!);
    const anchors: { anchor: 'start' | 'end'; left: number; x: number; dx: number }[] = [];
    const preferEnd = px > NARROWEST / 2;
    for (const end of preferEnd ? [true, false] : [false, true]) {
      const left = end ? px + 4 - width : px - 4;
      if (left >= 0 && left + width <= NARROWEST) anchors.push({ anchor: end ? 'end' : 'start', left, x, dx: end ? 4 : -4 });
    }
    if (anchors.length === 0) anchors.push(preferEnd ? { anchor: 'end', left: NARROWEST - width, x: 1, dx: 0 } : { anchor: 'start', left: 0, x: 0, dx: 0 });
    const baselines = [yOf(p) - DOT - 5, yOf(p) + DOT + 15, yOf(p) - DOT - 5 - LABEL_LINE, yOf(p) + DOT + 15 + LABEL_LINE].filter((b) => b - 11 >= top - HEADROOM + 4 && b <= bottom + AXIS - 8);
    let chosen: { box: Box; a: (typeof anchors)[number]; y: number } | undefined;
    search: for (const y of baselines) {
      for (const a of anchors) {
        const box = { left: a.left, right: a.left + width, top: y - 11, bottom: y + 3 };
        if (placed.some((b) => overlaps(b, box)) || obstacles.some((o) => o.point !== p && overlaps(o, box)) || lines.some((l) => crosses(box, l))) continue;
        chosen = { box, a, y };
        break search;
      }
    }
    chosen ??= { box: { left: anchors[0]!.left, right: anchors[0]!.left + width, top: baselines[0]! - 11, bottom: baselines[0]! + 3 }, a: anchors[0]!, y: baselines[0]! };
    placed.push(chosen.box);
    marks.push({ type: 'text', x: chosen.a.x, dx: chosen.a.dx, y: chosen.y, anchor: chosen.a.anchor, spans: p.label!, halo: true });
  }
  return marks;
}

function targetMark(x: number, y: number, p: TimelinePoint): Mark {
  return {
    type: 'anchored',
    x,
    y,
    children: `<line x1="-8" x2="8" y1="0" y2="0" stroke="${p.color}" stroke-width="3"/>`,
    figure: p.row.figure.id,
    title: p.title,
  };
}

export function timelineScene(panels: readonly TimelinePanel[], o: TimelineOptions, width?: number): Scene {
  const all = panels.flatMap((p) => p.points);
  const scale = timeScale(
    all.map((p) => p.row.figure.as_of),
    width,
  );
  const values = valueScale(Math.max(...all.map((p) => p.row.figure.value)), 3, o.fixedMax);
  const format = tickFormat(o.unit, o.lang);
  const bands: Mark[] = [];
  let y = 0;
  for (const panel of panels) {
    // Each panel is a band: a chart drawn taller than its scene spreads the panels apart.
    const panelTop = y;
    const marks: Mark[] = [];
    if (panel.title) {
      marks.push({ type: 'text', x: 0, y: y + 15, spans: [{ text: panel.title, bold: true }] });
      y += TITLE;
    }
    const top = y + HEADROOM;
    const bottom = top + PLOT;
    const yOf = (p: TimelinePoint) => bottom - values.at(p.row.figure.value) * PLOT;
    // Grid and baseline run along each unbroken stretch of the axis; the first reaches the left
    // edge, where the value labels sit above their lines.
    const stretches = scale.segments.map((s, i) => ({ left: i === 0 ? 0 : s.left - 0.01, right: i === scale.segments.length - 1 ? 1 : s.right + 0.01 }));
    const valueLabels: Box[] = [];
    for (const tick of values.ticks) {
      const ty = bottom - values.at(tick) * PLOT;
      for (const s of stretches) marks.push({ type: 'rule', x1: s.left, x2: s.right, y1: ty, y2: ty, stroke: tick === 0 ? INK : RULE });
      if (tick === 0) continue;
      marks.push({ type: 'text', x: 0, y: ty - 4, spans: [{ text: format(tick) }], size: 12, fill: MUTED, halo: true });
      valueLabels.push({ left: 0, right: measure(format(tick), 12) + 2, top: ty - 15, bottom: ty - 1 });
    }
    for (const at of scale.yearStarts) marks.push({ type: 'rule', x1: at, x2: at, y1: top, y2: bottom, stroke: RULE, dashed: true });
    for (const at of scale.breaks) {
      marks.push({ type: 'anchored', x: at, y: bottom, children: `<path d="M-7,5L-3,-5M3,5L7,-5" stroke="${INK}" stroke-width="1.5" fill="none"/>`, className: 'axis-break' });
    }
    for (const tick of scale.ticks) {
      const half = measure(tick.label, 12) / 2;
      const anchor = tick.at * NARROWEST < half ? 'start' : (1 - tick.at) * NARROWEST < half ? 'end' : 'middle';
      marks.push({ type: 'text', x: tick.at, y: bottom + 17, anchor, spans: [{ text: tick.label }], size: 12, fill: MUTED, ...(tick.minor ? { className: 'tick-minor' } : {}) });
    }
    for (const [a, b] of segmentsOf(panel.points)) {
      marks.push({ type: 'rule', x1: scale.at(a.row.figure.as_of), x2: scale.at(b.row.figure.as_of), y1: yOf(a), y2: yOf(b), stroke: a.color, width: 2.5, className: 'series-line' });
    }
    for (const p of panel.points) {
      const x = scale.at(p.row.figure.as_of);
      if (p.target) marks.push(targetMark(x, yOf(p), p));
      else marks.push({ type: 'dot', x, y: yOf(p), r: DOT, fill: p.otherMethod ? BACKGROUND : p.color, stroke: p.color, figure: p.row.figure.id, title: p.title });
    }
    marks.push(...labelMarks(panel.points, (p) => scale.at(p.row.figure.as_of), yOf, top, bottom, valueLabels));
    // A taller chart draws each panel taller (its value axis grows), not just further apart.
    bands.push(band(panelTop, marks, bottom + AXIS - panelTop));
    y = bottom + AXIS + PANEL_GAP;
  }
  return { height: Math.ceil(y - PANEL_GAP), marks: bands };
}
