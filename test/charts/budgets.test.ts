/** Budget chart on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../src/charts/budgets.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, drawnFigures, loadFixture, markAttribute, texts } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('budgets', () => {
  it('draws every budget row as a bar, province first, plans dashed', () => {
    const spec = budgets.build(data, { lang: 'id' });
    const expected = ['p-budget-2026', 'a-budget-2024', 'a-budget-2025', 'd-budget-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([500000000, 1000000000, 1500000000, 2750000000]);
    const svg = renderSvg(spec)!;
    expect(drawnFigures(svg, 'rect')).toEqual(expected);
    expect(drawnFigures(svg, 'rect[stroke-dasharray]')).toEqual(['p-budget-2026', 'a-budget-2025']);
    // The value label carries the kind and the date; the no-break space is a real character here.
    expect(texts(svg)).toContain('rencana Rp1,5\u00a0miliar · 2025');
    expect(texts(svg)).toContain('Rp2,75\u00a0miliar · 2025');
    expect(texts(svg).slice(0, 1)).toEqual(['Provinsi Contoh']);
  });

  it('draws bar lengths in proportion to the values, at any width', () => {
    const spec = budgets.build(data, { lang: 'en' });
    for (const width of [320, 960]) {
      const svg = renderSvg(spec, width)!;
      const w = (id: string) => Number(markAttribute(svg, id, 'width'));
      // Rp2.75 billion is 5.5 times Rp500 million and 2.75 times Rp1 billion.
      expect(w('d-budget-2025') / w('p-budget-2026')).toBeCloseTo(5.5, 1);
      expect(w('d-budget-2025') / w('a-budget-2024')).toBeCloseTo(2.75, 1);
    }
    // Fluid: the same proportions as percentages of the column.
    const fluid = renderSvg(spec)!;
    expect(markAttribute(fluid, 'd-budget-2025', 'width')).toMatch(/%$/);
  });

  it('says what is largest, and names the extremes in rupiah, in each language', () => {
    expect(budgets.build(data, { lang: 'id' }).takeaway).toBe('Anggaran terbesar yang dilaporkan: Delta Rp2,75\u00a0miliar (2025).');
    expect(budgets.build(data, { lang: 'id' }).alt).toBe(
      '4 angka. Tertinggi: Delta Rp2,75\u00a0miliar (2025); terendah: Provinsi Contoh Rp500\u00a0juta (2026, rencana).',
    );
    expect(budgets.build(data, { lang: 'en' }).alt).toBe(
      '4 figures. Highest: Delta Rp2.75\u00a0billion (2025); lowest: Example Province Rp500\u00a0million (2026, plan).',
    );
  });

  it('explains the dashed bar in its legend, not with a note about hollow marks', () => {
    const spec = budgets.build(data, { lang: 'en' });
    expect(spec.legend).toEqual([{ label: 'Target or plan', color: 'currentColor', mark: 'planned' }]);
    expect(countMarks(renderSvg(spec)!, 'rect')).toBe(4);
  });
});
