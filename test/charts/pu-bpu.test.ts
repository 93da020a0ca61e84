/**
 * PU/BPU charts on the synthetic fixture (test/fixtures/data-segments). Expected rows, lines,
 * labels and positions were worked out by hand from the fixture's figures.csv.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEGMENT_COLORS, puBpuProvince } from '../../src/charts/pu-bpu-province.ts';
import { puBpuRates, puBpuRegions } from '../../src/charts/pu-bpu-regions.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { countMarks, drawnFigures, loadFixture, markAttribute, texts } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('pu-bpu-province', () => {
  it('draws exactly the province PU and BPU covered-worker rows, oldest first, one line per segment', () => {
    const spec = puBpuProvince.build(data, { lang: 'id' });
    // Ordered by the last day each date covers: June 2024 comes before the year 2024.
    const expected = ['p-pu-2023', 'p-bpu-2023', 'p-bpu-2024-06', 'p-pu-2024'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([500000, 120000, 150000, 540000]);
    const svg = renderSvg(spec)!;
    expect(drawnFigures(svg, 'circle')).toEqual(expected);
    // PU 2023 → 2024 and BPU 2023 → June 2024: same method, at most 24 months apart.
    expect(countMarks(svg, 'line.series-line')).toBe(2);
    expect(countMarks(svg, `line.series-line[stroke="${SEGMENT_COLORS.pu}"]`)).toBe(1);
    // Every figure is BPJS's administrative count, the reference: no hollow dot, no legend.
    expect(countMarks(svg, 'circle[fill="var(--bg, #ffffff)"]')).toBe(0);
    expect(spec.legend).toEqual([]);
  });

  it('labels the latest figure of each segment directly and says them in its takeaway', () => {
    const spec = puBpuProvince.build(data, { lang: 'id' });
    expect(texts(renderSvg(spec)!).filter((t) => /^B?PU /.test(t))).toEqual(['PU 540.000', 'BPU 150.000']);
    expect(spec.takeaway).toBe('Angka terbaru: BPU 150.000 (Juni 2024); PU 540.000 (2024).');
  });

  it('places figures by date and value (hand-computed at 320 and 960 px)', () => {
    // One cluster from mid-2023 − 3 months to mid-2024 + 3 months (548.625 days), inside 4 %
    // insets: mid-2023 sits at 0.04 + 0.92 × 91.3125 / 548.625 = 0.1931 of the width, mid-2024
    // at 0.8069. Values: 0 to 600,000 over 120 px, the baseline at y = 138.
    const spec = puBpuProvince.build(data, { lang: 'en' });
    for (const [width, pu2023, pu2024] of [
      [320, 61.8, 258.2],
      [960, 185.4, 774.6],
    ] as const) {
      const svg = renderSvg(spec, width)!;
      expect(Number(markAttribute(svg, 'p-pu-2023', 'cx'))).toBeCloseTo(pu2023, 0);
      expect(Number(markAttribute(svg, 'p-pu-2024', 'cx'))).toBeCloseTo(pu2024, 0);
      expect(Number(markAttribute(svg, 'p-pu-2024', 'cy'))).toBeCloseTo(138 - 108, 1);
      expect(Number(markAttribute(svg, 'p-bpu-2023', 'cy'))).toBeCloseTo(138 - 24, 1);
    }
    expect(markAttribute(renderSvg(spec)!, 'p-pu-2023', 'cx')).toBe('19.31%');
  });

  it('writes value ticks in short forms', () => {
    expect(texts(renderSvg(puBpuProvince.build(data, { lang: 'id' }))!).slice(0, 3)).toEqual(['200\u00a0rb', '400\u00a0rb', '600\u00a0rb']);
    expect(texts(renderSvg(puBpuProvince.build(data, { lang: 'en' }))!).slice(0, 3)).toEqual(['200k', '400k', '600k']);
  });

  it('names each segment’s highest and lowest value in the alt text', () => {
    expect(puBpuProvince.build(data, { lang: 'id' }).alt).toBe(
      '4 angka. Penerima upah (PU): Tertinggi: 540.000 (2024); terendah: 500.000 (2023). Bukan penerima upah (BPU): Tertinggi: 150.000 (Juni 2024); terendah: 120.000 (2023).',
    );
  });
});

describe('pu-bpu-regions', () => {
  it('draws the latest PU and BPU figure per regency as labelled bars, never the province', () => {
    const spec = puBpuRegions.build(data, { lang: 'id' });
    expect(spec.rows.map((r) => r.figure.id)).toEqual(['a-pu-2025', 'a-bpu-2025', 'b-bpu-2024']);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([90000, 30000, 12000]);
    const svg = renderSvg(spec, 320)!;
    expect(drawnFigures(svg, 'rect')).toEqual(['a-pu-2025', 'a-bpu-2025', 'b-bpu-2024']);
    expect(Number(markAttribute(svg, 'a-pu-2025', 'width')) / Number(markAttribute(svg, 'a-bpu-2025', 'width'))).toBeCloseTo(3, 1);
    expect(texts(svg)).toEqual(['Alpha', 'PU 90.000 · Mar 2025', 'BPU 30.000 · Mar 2025', 'Beta', 'BPU ≈12.000 · 2024']);
    // a-pu-2024 is older than a-pu-2025: left out, and the notes say so; the dates differ.
    expect(spec.notes).toContain('Hanya angka terbaru per kelompok yang digambar; 1 angka lebih lama ada di halaman wilayah dan di data lengkap (figures.csv), bukan di CSV grafik ini.');
    expect(spec.notes.some((n) => n.startsWith('Angka-angka ini berasal dari tanggal yang berbeda'))).toBe(true);
  });

  it('compares PU and BPU only where a region reports both on one date', () => {
    expect(puBpuRegions.build(data, { lang: 'en' }).takeaway).toBe('In the one region reporting both on the same date, fewer BPU than PU workers are covered.');
  });

  it('names the extremes per segment', () => {
    expect(puBpuRegions.build(data, { lang: 'en' }).alt).toBe(
      '3 figures. Wage earners (PU): One figure: Alpha 90,000 (March 2025). Non-wage earners (BPU): Highest: Alpha 30,000 (March 2025); lowest: Beta about 12,000 (2024).',
    );
  });
});

describe('pu-bpu-rates', () => {
  it('draws the latest PU and BPU coverage rate of the province and each regency, and notes the differing methods', () => {
    const spec = puBpuRates.build(data, { lang: 'en' });
    const expected = ['p-rate-pu-2023', 'p-rate-bpu-2023', 'b-rate-pu-2023', 'b-rate-bpu-2023'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([44, 21.44, 64, 27]);
    expect(drawnFigures(renderSvg(spec)!, 'rect')).toEqual(expected);
    expect(spec.takeaway).toBe('In both regions reporting both on the same date, BPU coverage is lower than PU coverage.');
    expect(spec.notes).toContain('These figures were measured in different ways; check the "Method" column in the table before comparing.');
    expect(spec.alt).toBe(
      '4 figures. Wage earners (PU): Highest: Beta 64% (May 2023); lowest: Example Province 44% (November 2023). Non-wage earners (BPU): Highest: Beta 27% (May 2023); lowest: Example Province 21.44% (November 2023).',
    );
  });
});
