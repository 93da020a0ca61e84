/**
 * On the minimal fixture (no PU/BPU, vulnerable, budget or province rows, no region with two
 * rates) every chart says plainly that the data is too thin, and draws nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS, buildChart, chartById } from '../../src/charts/registry.ts';
import { renderSvg } from '../../src/charts/render.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import { loadMinimal } from '../helpers/charts.ts';

let data: Dataset;
beforeAll(async () => {
  data = await loadMinimal();
});

describe('charts on thin data', () => {
  for (const id of CHART_IDS) {
    it(`${id} reports "not enough data" and draws nothing`, () => {
      for (const lang of ['id', 'en'] as const) {
        const spec = buildChart(id, data, { lang });
        expect(spec.draw).toBeNull();
        expect(renderSvg(spec)).toBeNull();
        expect(spec.rows).toEqual([]);
        expect(spec.thin).toContain(lang === 'id' ? 'Data belum cukup' : 'Not enough data');
        expect(spec.alt).toBe(spec.thin);
        expect(spec.takeaway).toBe('');
      }
    });
  }

  it('coverage-trends names the regions it could not draw', () => {
    expect(buildChart('coverage-trends', data, { lang: 'en' }).notes).toContain(
      'Regions with fewer than two figures are not drawn: Example Province, Alpha, Beta.',
    );
  });
});

describe('registry', () => {
  it('has unique ids and refuses an unknown one', () => {
    expect(new Set(CHART_IDS).size).toBe(CHART_IDS.length);
    expect(() => chartById('nope')).toThrow(/unknown chart id "nope"/);
  });
});
