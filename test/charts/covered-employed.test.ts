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
  it('draws the province’s covered-worker and employed-person rows and derives nothing', () => {
    const spec = coveredEmployed.build(data, { lang: 'en', width: 640 });
    expect(spec.rows.map((r) => r.figure.id)).toEqual(['p-covered-2024', 'p-employed-2024', 'p-covered-2025']);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([700000, 2500000, 760000]);
    expect(figureIdsByMark(spec.plot!)).toEqual([
      ['p-covered-2024', 'p-employed-2024', 'p-covered-2025'],
      ['p-covered-2024', 'p-employed-2024', 'p-covered-2025'],
    ]);
    expect(countMarks(renderSvg(spec)!, 'dot', 'path')).toBe(3);
    expect(spec.notes[0]).toBe('Covered workers: Covered-workers definition. Employed persons: Employed-persons definition.');
    expect(spec.notes).toContain('This site does not compute a ratio of the two: their dates, sources and definitions differ.');
  });

  it('names each series’ extremes', () => {
    expect(coveredEmployed.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '3 angka. Pekerja terlindungi: Tertinggi: 760.000 (Juni 2025); terendah: 700.000 (2024). Penduduk bekerja: Satu angka: 2.500.000 (Agustus 2024).',
    );
  });
});
