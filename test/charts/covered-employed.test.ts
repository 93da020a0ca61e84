/** Covered workers against employed persons, on the synthetic fixture; worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coveredEmployed } from '../../src/charts/covered-employed.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, figureIdsByMark, loadFixture } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('covered-employed', () => {
  it('draws the province’s covered-worker and employed-person rows (all workers and PU) and derives nothing', () => {
    const spec = coveredEmployed.build(data, { lang: 'en', width: 640 });
    // Ordered by the last day each date covers: August 2024 comes before the year 2024.
    const expected = ['p-employed-pu-2022', 'p-pu-2023', 'p-employed-2024', 'p-pu-2024', 'p-covered-2024', 'p-covered-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([1214028, 500000, 2500000, 540000, 700000, 760000]);
    expect(figureIdsByMark(spec.plot!)).toEqual([expected, expected]);
    expect(countMarks(renderSvg(spec)!, 'dot', 'path')).toBe(6);
    expect(spec.notes).toContain('One panel per segment; figures of different segments are not compared directly.');
    expect(spec.notes[0]).toBe('Covered workers: Covered-workers definition. Employed persons: Employed-persons definition.');
    expect(spec.notes).toContain('This site does not compute a ratio of the two: their dates, sources and definitions differ.');
  });

  it('names each series’ extremes', () => {
    expect(coveredEmployed.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '6 angka. Penduduk bekerja · Penerima upah (PU): Satu angka: 1.214.028 (2022). Pekerja terlindungi · Penerima upah (PU): Tertinggi: 540.000 (2024); terendah: 500.000 (2023). Penduduk bekerja · Semua pekerja: Satu angka: 2.500.000 (Agustus 2024). Pekerja terlindungi · Semua pekerja: Tertinggi: 760.000 (Juni 2025); terendah: 700.000 (2024).',
    );
  });
});
