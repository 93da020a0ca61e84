/**
 * The outline every chart module shares: select the matching figure rows (superseded ones left
 * out and named in a note), pick the rows to draw, say plainly what is missing when nothing is
 * left, otherwise let the module draw. A module supplies only what is its own.
 */
import type { Dataset, Figure, Unit } from '../data/schema/tables.ts';
import type { Lang } from '../i18n/lang.ts';
import { CHART_STRINGS, type ChartStrings } from '../i18n/strings-charts.ts';
import { supersededNote } from './notes.ts';
import type { Scene } from './scene.ts';
import { boundRows, selectRows, type Selection } from './select.ts';
import type { ChartDefinition, ChartRow, ChartSpec, LegendItem } from './types.ts';

export interface DrawContext {
  lang: Lang;
  data: Dataset;
  selection: Selection;
}

export interface Drawing {
  /** A subtitle that depends on what is drawn (else the module's own). */
  subtitle?: string;
  takeaway: string;
  notes: string[];
  alt: string;
  legend?: LegendItem[];
  draw: (width?: number) => Scene;
}

export interface ChartModule {
  id: string;
  unit: Unit;
  text: (t: ChartStrings) => { title: string; subtitle: string };
  /** The figures the chart considers. */
  match: (figure: Figure) => boolean;
  /** The rows drawn, out of the selection (all by default). */
  pick?: (selection: Selection) => ChartRow[];
  /**
   * What one line or bar stands for (a series, a government's budget), for when the rows are
   * too many to draw: each keeps its latest figure per year (see boundRows). By default region,
   * indicator, segment, method, base, payer and kind: a series in src/data/series.ts's sense.
   */
  thinKey?: (row: ChartRow) => string;
  /** What is missing, for "not enough data: our data has no … yet". */
  missing: (data: Dataset, lang: Lang) => string;
  /** Notes that hold whether or not anything is drawn (e.g. regions left out). */
  frameNotes?: (ctx: DrawContext, rows: readonly ChartRow[]) => string[];
  draw: (rows: ChartRow[], ctx: DrawContext) => Drawing;
}

const seriesOfRow = (r: ChartRow) => [r.region.code, r.indicator.id, r.segment.id, r.figure.method, r.figure.base ?? '', r.figure.payer ?? '', r.figure.kind].join('|');

export function defineChart(m: ChartModule): ChartDefinition {
  return {
    id: m.id,
    build(data, { lang }): ChartSpec {
      const t = CHART_STRINGS[lang];
      const selection = selectRows(data, m.match);
      const bounded = boundRows(m.pick ? m.pick(selection) : selection.rows, m.thinKey ?? seriesOfRow);
      const rows = bounded.rows;
      const ctx = { lang, data, selection };
      const frame = [
        ...(m.frameNotes?.(ctx, rows) ?? []),
        ...(bounded.leftOut > 0 ? [t.thinned(rows.length, rows.length + bounded.leftOut, bounded.since)] : []),
        // Once thinned, only the superseded figures whose replacement is drawn are named.
        ...supersededNote(selection, lang, bounded.leftOut > 0 ? new Set(rows.map((r) => r.figure.id)) : undefined),
      ];
      const base = { id: m.id, ...m.text(t), unit: m.unit };
      if (rows.length === 0) {
        const thin = t.thinNone(m.missing(data, lang));
        return { ...base, takeaway: '', rows: [], notes: frame, alt: thin, legend: [], draw: null, thin };
      }
      const drawing = m.draw(rows, ctx);
      return { ...base, ...(drawing.subtitle ? { subtitle: drawing.subtitle } : {}), rows, takeaway: drawing.takeaway, notes: [...drawing.notes, ...frame], alt: drawing.alt, legend: drawing.legend ?? [], draw: drawing.draw };
    },
  };
}
