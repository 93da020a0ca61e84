/** The table beside the map (src/map/table.ts) on synthetic figures; order and flags worked out by hand. */
import { beforeAll, describe, expect, it } from 'vitest';
import { binFill } from '../../src/map/classify.ts';
import type { ProjectedMap } from '../../src/map/geometry.ts';
import { buildMapModel } from '../../src/map/model.ts';
import { tableRows } from '../../src/map/table.ts';
import { realProjection } from '../helpers/projected.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

let projected: ProjectedMap;
beforeAll(async () => {
  projected = await realProjection();
});

const data = syntheticDataset([
  rate('province', '51', 53.88, '2025-12', 'bpjs_ucj'),
  rate('gianyar', '51.04', 65.6, '2025-09', 'government', { base: 'local_estimate' }),
  rate('badung', '51.03', 61, '2024-05', 'bpjs_ucj'),
  rate('bangli', '51.06', 36.8, '2024', 'bps_sakernas'),
  rate('denpasar', '51.71', 90, '2016-05', 'unspecified', { base: 'unstated' }),
  rate('karangasem-pu', '51.07', 59.3, '2024-02', 'government', { segment: 'pu', base: 'unstated' }),
]);

describe('tableRows', () => {
  it('puts the province first, then coloured rates highest first, then stale, segment-only and empty regions', () => {
    const { province, regions } = tableRows(buildMapModel(data, projected, 'en'));
    expect(province?.name).toBe('Bali (province)');
    expect(province?.values[0]!.fill).toBe(binFill(2));
    // Denpasar's 90 % is the highest value but stale: it goes after every coloured rate.
    expect(regions.map((r) => r.name)).toEqual(['Gianyar', 'Badung', 'Bangli', 'Denpasar', 'Karangasem', 'Buleleng', 'Jembrana', 'Klungkung', 'Tabanan']);
    expect(regions.map((r) => r.treatment)).toEqual(['bin', 'bin', 'bin', 'stale', 'segments', 'none', 'none', 'none', 'none']);
  });

  it('flags what the map flags, and shows segment rates with their segment', () => {
    const { regions } = tableRows(buildMapModel(data, projected, 'en'));
    const row = (name: string) => regions.find((r) => r.name === name)!;
    expect(row('Gianyar').flags).toEqual(['△ another method']);
    expect(row('Badung').flags).toEqual(['○ older figure']);
    expect(row('Denpasar').flags).toEqual(['△ another method', 'out of date, not coloured']);
    expect(row('Denpasar').values[0]!.fill).toBe('var(--map-stale, #d6d6d6)');
    expect(row('Karangasem').values.map((v) => `${v.segment} ${v.text}`)).toEqual(['PU 59.3%']);
    expect(row('Tabanan').values).toEqual([]);
    expect(row('Badung').when).toBe('May 2024');
  });
});
