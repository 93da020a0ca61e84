/** Budget chart on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../src/charts/budgets.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, figureIdsByMark, loadFixture } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('budgets', () => {
  it('draws every budget row, province first, plans hollow', () => {
    const spec = budgets.build(data, { lang: 'id', width: 320 });
    const expected = ['p-budget-2026', 'a-budget-2024', 'a-budget-2025', 'd-budget-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([500000000, 1000000000, 1500000000, 2750000000]);
    for (const ids of figureIdsByMark(spec.plot!)) expect(ids).toEqual(expected);
    const svg = renderSvg(spec)!;
    expect(countMarks(svg, 'bar', 'rect')).toBe(4);
    expect(svg.match(/<rect[^>]*fill="none"/g)).toHaveLength(2);
    // The value label carries the date; the SVG serialises the no-break space as a character reference.
    expect(svg).toContain('>Rp2,75&#160;miliar · 2025<');
    expect(svg).toContain('>Alpha (rencana)<');
  });

  it('names the extremes in rupiah, in each language', () => {
    expect(budgets.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '4 angka. Tertinggi: Delta Rp2,75\u00a0miliar (2025); terendah: Provinsi Contoh Rp500\u00a0juta (2026, rencana).',
    );
    expect(budgets.build(data, { lang: 'en', width: 320 }).alt).toBe(
      '4 figures. Highest: Delta Rp2.75\u00a0billion (2025); lowest: Example Province Rp500\u00a0million (2026, plan).',
    );
  });
});
