/** Vulnerable-worker charts on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/render.ts';
import { vulnerableGroups } from '../../src/charts/vulnerable-groups.ts';
import { vulnerableRegions } from '../../src/charts/vulnerable-regions.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, figureIdsByMark, loadFixture } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('vulnerable-regions', () => {
  it('draws the latest actual and the latest target per region, in region order', () => {
    const spec = vulnerableRegions.build(data, { lang: 'id', width: 320 });
    const expected = ['a-rentan-2024', 'a-rentan-2026', 'g-rentan-2023', 'd-rentan-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([5000, 8000, 700, 12000]);
    for (const ids of figureIdsByMark(spec.plot!)) expect(ids).toEqual(expected);
    const svg = renderSvg(spec)!;
    expect(countMarks(svg, 'bar', 'rect')).toBe(4);
    // Only the target (a-rentan-2026) is hollow.
    expect(svg.match(/<rect[^>]*fill="none"/g)).toHaveLength(1);
  });

  it('names the highest and lowest region in the alt text', () => {
    expect(vulnerableRegions.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '4 angka. Tertinggi: Delta 12.000 (Agustus 2025); terendah: Gamma 700 (2023).',
    );
  });
});

describe('vulnerable-groups', () => {
  it('draws each group figure, none of the rentan totals, and sums nothing', () => {
    const spec = vulnerableGroups.build(data, { lang: 'en', width: 640 });
    const expected = ['b-adat-2024', 'd-nonasn-2025', 'd-petani-2025', 'd-nelayan-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([2500, 3000, 4000, 1500]);
    for (const ids of figureIdsByMark(spec.plot!)) expect(ids).toEqual(expected);
    expect(countMarks(renderSvg(spec)!, 'bar', 'rect')).toBe(4);
    expect(spec.alt).toBe('4 figures. Highest: Delta · Farmers 4,000 (August 2025); lowest: Delta · Fishers 1,500 (August 2025).');
    // Non-civil-servant staff come from covered_workers (the fixture has them only there), and a note says so.
    expect(spec.rows.find((r) => r.figure.id === 'd-nonasn-2025')!.indicator.id).toBe('covered_workers');
    expect(spec.notes).toContain(
      'Non-civil-servant staff and village officials are counted as covered workers registered by their regional government, not as vulnerable workers.',
    );
  });
});
