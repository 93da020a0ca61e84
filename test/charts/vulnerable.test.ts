/** Vulnerable-worker charts on the synthetic fixture; expectations worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAYER_COLORS } from '../../src/charts/payers.ts';
import { renderSvg } from '../../src/charts/render.ts';
import { vulnerableGroups } from '../../src/charts/vulnerable-groups.ts';
import { vulnerableRegions } from '../../src/charts/vulnerable-regions.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { drawnFigures, loadFixture, markAttribute } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadFixture();
});

describe('vulnerable-regions', () => {
  it('draws the latest actual and the latest target per region, largest actual first, the target as a marker', () => {
    const spec = vulnerableRegions.build(data, { lang: 'id' });
    // Delta 12.000, then Alpha 5.000 with its target of 8.000 on the next row, then Gamma 700.
    const expected = ['d-rentan-2025', 'a-rentan-2024', 'a-rentan-2026', 'g-rentan-2023'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([12000, 5000, 8000, 700]);
    const svg = renderSvg(spec)!;
    expect(drawnFigures(svg, 'rect')).toEqual(['d-rentan-2025', 'a-rentan-2024', 'g-rentan-2023']);
    expect(drawnFigures(svg, 'line')).toEqual(['a-rentan-2026']);
    expect(spec.legend.at(-1)).toMatchObject({ mark: 'tick' });
  });

  it('colours each bar by who pays, and says so in the legend, the notes and the takeaway', () => {
    const spec = vulnerableRegions.build(data, { lang: 'en' });
    const svg = renderSvg(spec, 320)!;
    // Alpha: APBD; Gamma: no payer in the fixture; Delta: CSR.
    expect(['a-rentan-2024', 'g-rentan-2023', 'd-rentan-2025'].map((id) => markAttribute(svg, id, 'fill'))).toEqual([PAYER_COLORS.apbd, PAYER_COLORS.unstated, PAYER_COLORS.csr]);
    expect(spec.legend.map((l) => l.label)).toEqual(['regional budget (APBD)', 'company CSR', 'Payer not stated', 'Target or plan']);
    expect(spec.title).not.toMatch(/budgets pay/);
    expect(spec.notes[0]).toBe('Not paid by a regional budget: Delta 12,000 (August 2025): company CSR. The source does not say who pays for Gamma 700 (2023).');
    expect(spec.takeaway).toBe("The largest figure reported: Delta 12,000 (August 2025), paid by a company's CSR.");
  });

  it('names the highest and lowest region in the alt text', () => {
    expect(vulnerableRegions.build(data, { lang: 'id' }).alt).toBe('4 angka. Tertinggi: Delta 12.000 (Agustus 2025); terendah: Gamma 700 (2023).');
  });
});

describe('vulnerable-groups', () => {
  it('draws each group figure, none of the rentan totals, and sums nothing', () => {
    const spec = vulnerableGroups.build(data, { lang: 'en' });
    const expected = ['b-adat-2024', 'd-nonasn-2025', 'd-petani-2025', 'd-nelayan-2025'];
    expect(spec.rows.map((r) => r.figure.id)).toEqual(expected);
    expect(spec.rows.map((r) => r.figure.value)).toEqual([2500, 3000, 4000, 1500]);
    expect(drawnFigures(renderSvg(spec)!, 'rect')).toEqual(expected);
    expect(spec.alt).toBe('4 figures. Highest: Delta · Farmers 4,000 (August 2025); lowest: Delta · Fishers 1,500 (August 2025).');
    expect(spec.takeaway).toBe('The largest group reported: Delta · Farmers 4,000 (August 2025).');
    // Non-civil-servant staff come from covered_workers (the fixture has them only there), and a note says so.
    expect(spec.rows.find((r) => r.figure.id === 'd-nonasn-2025')!.indicator.id).toBe('covered_workers');
    expect(spec.notes).toContain(
      'Non-civil-servant staff and village officials are counted as covered workers registered by their regional government, not as vulnerable workers.',
    );
  });
});
