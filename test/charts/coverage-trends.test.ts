/** Coverage-trend chart on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageTrends } from '../../src/charts/coverage-trends.ts';
import { regionChartId, resolveChartId } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, drawnFigures, loadFixture, texts } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('coverage-trends', () => {
  it('draws regions with at least two actual rates, plus their targets; not the superseded figure', () => {
    const spec = coverageTrends.build(data, { lang: 'id' });
    const expected = ['p-cov-2023', 'p-cov-2024', 'p-cov-2024-sak', 'p-target-2026', 'a-cov-2024', 'a-cov-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([40.5, 45.2, 38, 60, 55, 65.6]);
    const svg = renderSvg(spec)!;
    // Actual rates are dots; the target is a dash, never on a line.
    expect(drawnFigures(svg, 'circle')).toEqual(['p-cov-2023', 'p-cov-2024', 'p-cov-2024-sak', 'a-cov-2024', 'a-cov-2025']);
    expect(drawnFigures(svg, 'svg > svg')).toEqual(['p-target-2026']);
    // Two lines: the province's UCJ rates (same base) and Alpha's government rates (same base);
    // the province's survey rate shares neither method nor base with them and stands alone.
    expect(countMarks(svg, 'line.series-line')).toBe(2);
    // Hollow: every rate not measured the UCJ way (the declared reference).
    expect(drawnFigures(svg, 'circle[fill="var(--bg, #ffffff)"]')).toEqual(['p-cov-2024-sak', 'a-cov-2024', 'a-cov-2025']);
  });

  it('labels each panel’s latest figure (the reference one on a tie) and the target', () => {
    const svg = renderSvg(coverageTrends.build(data, { lang: 'id' }))!;
    const labels = texts(svg).filter((t) => /\d/.test(t) && !/^(100|50)/.test(t) && !/^20\d\d$/.test(t));
    expect(labels.sort()).toEqual(['45,2\u00a0%', '65,6\u00a0%', 'target 60\u00a0%'].sort());
  });

  it('reads only comparable pairs in its takeaway', () => {
    expect(coverageTrends.build(data, { lang: 'id' }).takeaway).toBe(
      'Angka yang sebanding (metode dan penyebut sama): Provinsi Contoh dari 40,5\u00a0% (2023) ke 45,2\u00a0% (2024); Alpha dari 55\u00a0% (Juni 2024) ke 65,6\u00a0% (September 2025).',
    );
  });

  it('on one region’s own timeline, says that region’s figures do not compare', () => {
    // Alpha's two rates, one of them with an unstated base: nothing to join, so no trend.
    const unlike = { ...data, figures: data.figures.map((f) => (f.id === 'a-cov-2024' ? { ...f, base: 'unstated' as const } : f)) };
    const alpha = unlike.regions.find((r) => r.short_name === 'Alpha')!;
    const resolved = resolveChartId(regionChartId(alpha.slug), unlike)!;
    expect(coverageTrends.build(resolved.data, { lang: 'id' }).takeaway).toBe(
      'Angka-angka Alpha belum sebanding satu sama lain: metode atau penyebutnya berbeda, jadi belum ada tren yang dapat dibaca.',
    );
    const en = coverageTrends.build(resolved.data, { lang: 'en' });
    expect(en.takeaway).toBe('Alpha’s figures are not yet comparable with one another: their methods or bases differ, so no trend can be read.');
    // The takeaway says it, so the notes do not say it again.
    expect(en.notes).not.toContain('Each series has only one date so far, so no trend can be shown.');
    expect(en.notes).toContain('Lines join only comparable figures: the same region, measure, workers, method and base. A figure whose method or base is not stated stands alone.');
    // With several regions drawn, the sentence stays general.
    expect(coverageTrends.build({ ...unlike, figures: unlike.figures.filter((f) => f.id !== 'p-cov-2024') }, { lang: 'en' }).takeaway).toBe(
      'No region has two comparable figures yet: their methods or bases differ, so no trend can be read.',
    );
  });

  it('never draws a cumulative-registration rate, which has its own indicator', () => {
    const withCumulative = {
      ...data,
      figures: [...data.figures, { ...data.figures.find((f) => f.id === 'p-cov-2024')!, id: 'p-cumulative-rate-2025', indicator: 'registered_cumulative_rate', value: 41.61 }],
      indicators: [...data.indicators, { ...data.indicators.find((i) => i.id === 'coverage_rate')!, id: 'registered_cumulative_rate' }],
    };
    expect(coverageTrends.build(withCumulative, { lang: 'en' }).rows.map((r) => r.figure.id)).not.toContain('p-cumulative-rate-2025');
  });

  it('explains what it leaves out', () => {
    const spec = coverageTrends.build(data, { lang: 'en' });
    expect(spec.notes).toContain('Regions with fewer than two figures are not drawn: Beta, Gamma, Delta.');
    expect(spec.notes).toContain(
      "Not drawn because another figure supersedes it: Alpha 50% (September 2025), Outlet Satu (replaced by 65.6% (September 2025), Outlet Satu). The region pages and the Methodology page say why.",
    );
    expect(spec.notes).toContain(
      'Lines join only comparable figures: the same region, measure, workers, method and base. A figure whose method or base is not stated stands alone.',
    );
    expect(spec.legend.map((l) => l.mark)).toEqual(['hollow', 'target']);
  });

  it('names each panel’s extremes, ignoring targets', () => {
    expect(coverageTrends.build(data, { lang: 'id' }).alt).toBe(
      '5 angka. Provinsi Contoh: Tertinggi: 45,2\u00a0% (2024); terendah: 38\u00a0% (2024). Alpha: Tertinggi: 65,6\u00a0% (September 2025); terendah: 55\u00a0% (Juni 2024).',
    );
  });
});
