/** Coverage-trend chart on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageTrends } from '../../src/charts/coverage-trends.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, figureIdsByMark, loadFixture } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('coverage-trends', () => {
  it('draws regions with at least two actual rates, plus their targets; not the superseded figure', () => {
    const spec = coverageTrends.build(data, { lang: 'id', width: 320 });
    const expected = ['p-cov-2023', 'p-cov-2024', 'p-cov-2024-sak', 'p-target-2026', 'a-cov-2024', 'a-cov-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([40.5, 45.2, 38, 60, 55, 65.6]);
    const [line, dot] = figureIdsByMark(spec.plot!);
    expect(line).toEqual(['p-cov-2023', 'p-cov-2024', 'p-cov-2024-sak', 'a-cov-2024', 'a-cov-2025']); // no target on a line
    expect(dot).toEqual(expected);
    const svg = renderSvg(spec)!;
    expect(countMarks(svg, 'dot', 'path')).toBe(6);
    expect(countMarks(svg, 'dot', 'path[fill="none"]')).toBe(1); // the target
    // Two lines: the province's UCJ rates (same base) and Alpha's government rates (same base);
    // the province's survey rate shares neither method nor base with them and stands alone.
    // (Plot still writes a lone point's path as "M x,y Z"; only paths with a segment are lines.)
    expect(countMarks(svg, 'line', 'path[d*="L"]')).toBe(2);
  });

  it('explains what it leaves out', () => {
    const spec = coverageTrends.build(data, { lang: 'en', width: 320 });
    expect(spec.notes).toContain('Regions with fewer than two figures are not drawn: Beta, Gamma, Delta.');
    expect(spec.notes).toContain(
      "Not drawn because another figure supersedes it: Alpha 50% (September 2025), Outlet Satu (replaced by 65.6% (September 2025), Outlet Satu: The regional government's figure is newer.).",
    );
    expect(spec.notes).toContain(
      'Lines join only comparable figures: the same region, measure, workers, method and base. A figure whose method or base is not stated stands alone.',
    );
  });

  it('names each panel’s extremes, ignoring targets', () => {
    expect(coverageTrends.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '5 angka. Provinsi Contoh: Tertinggi: 45,2\u00a0% (2024); terendah: 38\u00a0% (2024). Alpha: Tertinggi: 65,6\u00a0% (September 2025); terendah: 55\u00a0% (Juni 2024).',
    );
  });
});
