/** Covered workers against employed persons, on the synthetic fixture; worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coveredEmployed, SERIES_COLORS } from '../../src/charts/covered-employed.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, drawnFigures, loadFixture, texts } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('covered-employed', () => {
  it('draws the province’s covered-worker and employed-person rows (all workers and PU) and derives nothing', () => {
    const spec = coveredEmployed.build(data, { lang: 'en' });
    // Ordered by the last day each date covers: August 2024 comes before the year 2024.
    const expected = ['p-employed-pu-2022', 'p-pu-2023', 'p-employed-2024', 'p-pu-2024', 'p-covered-2024', 'p-covered-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([1214028, 500000, 2500000, 540000, 700000, 760000]);
    const svg = renderSvg(spec)!;
    // The all-workers panel first, then wage earners.
    expect(drawnFigures(svg, 'circle')).toEqual(['p-employed-2024', 'p-covered-2024', 'p-covered-2025', 'p-employed-pu-2022', 'p-pu-2023', 'p-pu-2024']);
    expect(texts(svg)).toContain('All workers');
    expect(texts(svg)).toContain('Wage earners (PU)');
    // Covered workers 2024 → June 2025 and PU 2023 → 2024 are lines; employed persons have one figure per panel.
    expect(countMarks(svg, `line.series-line[stroke="${SERIES_COLORS.covered_workers}"]`)).toBe(2);
    expect(countMarks(svg, 'line.series-line')).toBe(2);
    expect(spec.notes).toContain('One panel per segment; figures of different segments are not compared directly.');
    expect(spec.notes).toContain('Covered workers: Covered-workers definition. Employed persons: Employed-persons definition.');
    expect(spec.notes).toContain('This site does not compute a ratio of the two: their dates, sources and definitions differ.');
  });

  it('never shows cumulative registrations, which have their own indicators', () => {
    const registrations = {
      ...data,
      figures: [...data.figures, { ...data.figures.find((f) => f.id === 'p-covered-2025')!, id: 'p-cumulative-2025', indicator: 'registered_cumulative', value: 2600000 }],
      indicators: [...data.indicators, { ...data.indicators.find((i) => i.id === 'covered_workers')!, id: 'registered_cumulative' }],
    };
    expect(coveredEmployed.build(registrations, { lang: 'en' }).rows.map((r) => r.figure.id)).not.toContain('p-cumulative-2025');
  });

  it('labels the latest figure of each series and says them in its takeaway', () => {
    const spec = coveredEmployed.build(data, { lang: 'id' });
    expect(texts(renderSvg(spec)!).filter((t) => /^(Bekerja|Terlindungi) /.test(t)).sort()).toEqual(
      ['Bekerja 1.214.028', 'Bekerja 2.500.000', 'Terlindungi 540.000', 'Terlindungi 760.000'].sort(),
    );
    expect(spec.takeaway).toBe(
      'Angka terbaru: penduduk bekerja 2.500.000 (Agustus 2024); pekerja terlindungi 760.000 (Juni 2025). Keduanya tidak dibagi: definisi dan tanggalnya berbeda.',
    );
  });

  it('names each series’ extremes', () => {
    expect(coveredEmployed.build(data, { lang: 'id' }).alt).toBe(
      '6 angka. Penduduk bekerja · Penerima upah (PU): Satu angka: 1.214.028 (2022). Pekerja terlindungi · Penerima upah (PU): Tertinggi: 540.000 (2024); terendah: 500.000 (2023). Penduduk bekerja · Semua pekerja: Satu angka: 2.500.000 (Agustus 2024). Pekerja terlindungi · Semua pekerja: Tertinggi: 760.000 (Juni 2025); terendah: 700.000 (2024).',
    );
  });
});
