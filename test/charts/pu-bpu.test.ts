/**
 * PU/BPU charts on the synthetic fixture (test/fixtures/data-segments). Expected rows and
 * extremes were worked out by hand from the fixture's figures.csv.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { puBpuProvince } from '../../src/charts/pu-bpu-province.ts';
import { puBpuRates, puBpuRegions } from '../../src/charts/pu-bpu-regions.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, figureIdsByMark, loadFixture } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('pu-bpu-province', () => {
  it('draws exactly the province PU and BPU covered-worker rows, oldest first', () => {
    const spec = puBpuProvince.build(data, { lang: 'id', width: 640 });
    // Ordered by the last day each date covers: June 2024 comes before the year 2024.
    const expected = ['p-pu-2023', 'p-bpu-2023', 'p-bpu-2024-06', 'p-pu-2024'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([500000, 120000, 150000, 540000]);
    for (const ids of figureIdsByMark(spec.plot!)) expect(ids).toEqual(expected);
    const svg = renderSvg(spec)!;
    expect(countMarks(svg, 'dot', 'path')).toBe(4);
    expect(countMarks(svg, 'line', 'path')).toBe(2); // one line per segment (one method each)
  });

  it('names each segment’s highest and lowest value in the alt text', () => {
    expect(puBpuProvince.build(data, { lang: 'id', width: 320 }).alt).toBe(
      '4 angka. Penerima upah (PU): Tertinggi: 540.000 (2024); terendah: 500.000 (2023). Bukan penerima upah (BPU): Tertinggi: 150.000 (Juni 2024); terendah: 120.000 (2023).',
    );
    expect(puBpuProvince.build(data, { lang: 'en', width: 320 }).alt).toContain(
      'Non-wage earners (BPU): Highest: 150,000 (June 2024); lowest: 120,000 (2023).',
    );
  });
});

describe('pu-bpu-regions', () => {
  it('draws the latest PU and BPU figure per regency, never the province', () => {
    const spec = puBpuRegions.build(data, { lang: 'id', width: 640 });
    expect(spec.rows.map((r) => r.figure.id)).toEqual(['a-pu-2025', 'a-bpu-2025', 'b-bpu-2024']);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([90000, 30000, 12000]);
    expect(figureIdsByMark(spec.plot!)).toEqual([['a-pu-2025', 'a-bpu-2025', 'b-bpu-2024']]);
    expect(countMarks(renderSvg(spec)!, 'dot', 'path')).toBe(3);
    // a-pu-2024 is older than a-pu-2025: left out, and the notes say so; the dates differ.
    expect(spec.notes).toContain('Hanya angka terbaru per kelompok yang digambar; 1 angka lebih lama ada di data.');
    expect(spec.notes.some((n) => n.startsWith('Angka-angka ini berasal dari tanggal yang berbeda'))).toBe(true);
  });

  it('names the extremes per segment', () => {
    const alt = puBpuRegions.build(data, { lang: 'en', width: 320 }).alt;
    expect(alt).toBe(
      '3 figures. Wage earners (PU): One figure: Alpha 90,000 (March 2025). Non-wage earners (BPU): Highest: Alpha 30,000 (March 2025); lowest: Beta about 12,000 (2024).',
    );
  });
});

describe('pu-bpu-rates', () => {
  it('draws the latest PU and BPU coverage rate of the province and each regency', () => {
    const spec = puBpuRates.build(data, { lang: 'en', width: 640 });
    const expected = ['p-rate-pu-2023', 'p-rate-bpu-2023', 'b-rate-pu-2023', 'b-rate-bpu-2023'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([44, 21.44, 64, 27]);
    expect(figureIdsByMark(spec.plot!)).toEqual([expected]);
    expect(countMarks(renderSvg(spec)!, 'dot', 'path')).toBe(4);
    expect(spec.alt).toBe(
      '4 figures. Wage earners (PU): Highest: Beta 64% (May 2023); lowest: Example Province 44% (November 2023). Non-wage earners (BPU): Highest: Beta 27% (May 2023); lowest: Example Province 21.44% (November 2023).',
    );
  });
});
