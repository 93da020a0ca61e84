/**
 * A chart draws at most MAX_ROWS figures: past that, each series' latest figure of each year,
 * the newest first, and a note says how many are drawn. Every row drawn is a row of the data.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { boundRows, MAX_ROWS, selectRows } from '../../src/charts/select.ts';
import type { Figure } from '../../src/data/schema/tables.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

/** Two reports a year (June and December) of one series in Gianyar, from 1990 on. */
function reports(count: number): Figure[] {
  return Array.from({ length: count }, (_, i) => rate(`g-${i}`, '51.04', 50 + (i % 3), `${1990 + Math.floor(i / 2)}-${i % 2 === 0 ? '06' : '12'}`, 'bpjs_ucj'));
}
const bySeries = (r: { figure: Figure }) => `${r.figure.region}|${r.figure.method}`;

describe('boundRows', () => {
  it('keeps every row while they fit', () => {
    const rows = selectRows(syntheticDataset(reports(MAX_ROWS)), () => true).rows;
    expect(boundRows(rows, bySeries)).toEqual({ rows, leftOut: 0 });
  });

  it('past the limit, keeps the latest row of each series per year, the newest years first, in the chart\'s order', () => {
    const rows = selectRows(syntheticDataset(reports(60)), () => true).rows;
    const bounded = boundRows(rows, bySeries);
    expect(bounded.rows).toHaveLength(MAX_ROWS);
    expect(bounded.leftOut).toBe(60 - MAX_ROWS);
    // 30 years of two reports: December's of each year, the newest 24 years (1996–2019).
    expect(bounded.rows.every((r) => r.figure.as_of.month === 12)).toBe(true);
    expect(bounded.rows.map((r) => r.figure.as_of.year)).toEqual(Array.from({ length: MAX_ROWS }, (_, i) => 1996 + i));
    expect(bounded.since).toBe(1996);
    // Rows of the data, unchanged.
    for (const row of bounded.rows) expect(rows).toContain(row);
  });

  it('cuts to the newest rows when one year alone holds more than the limit', () => {
    // Thirty series (each row its own) reporting in the same year.
    const many = Array.from({ length: 30 }, (_, i) => rate(`m-${i}`, '51.04', 40, `2024-${String(1 + (i % 12)).padStart(2, '0')}`, 'bpjs_ucj'));
    const rows = selectRows(syntheticDataset(many), () => true).rows;
    const bounded = boundRows(rows, (r) => r.figure.id);
    expect(bounded.rows).toHaveLength(MAX_ROWS);
    const newest = [...rows].sort((a, b) => b.figure.as_of.last.localeCompare(a.figure.as_of.last)).slice(0, MAX_ROWS);
    expect(new Set(bounded.rows)).toEqual(new Set(newest));
  });
});

describe('a chart with more figures than it draws', () => {
  it('draws the bounded rows, lists exactly those in its table, and says how many of how many', () => {
    const data = syntheticDataset(reports(60));
    for (const lang of ['id', 'en'] as const) {
      const spec = buildChart('coverage-trends', data, { lang });
      expect(spec.rows).toHaveLength(MAX_ROWS);
      const note = spec.notes.find((n) => n.includes(lang === 'id' ? `Digambar ${MAX_ROWS} dari 60 angka` : `${MAX_ROWS} of 60 figures are drawn`));
      expect(note).toContain('1996');
    }
  });

  it('says nothing of the kind when everything is drawn', () => {
    const spec = buildChart('coverage-trends', syntheticDataset(reports(10)), { lang: 'en' });
    expect(spec.rows).toHaveLength(10);
    expect(spec.notes.join(' ')).not.toMatch(/figures are drawn/);
  });
});
