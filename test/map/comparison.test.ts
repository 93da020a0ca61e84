/** A region against the province (src/map/comparison.ts); sentences checked by hand. */
import { describe, expect, it } from 'vitest';
import { regionComparisons } from '../../src/map/comparison.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

const data = syntheticDataset([
  rate('province', '51', 53.88, '2025-12', 'bpjs_ucj'),
  rate('province-pu', '51', 44, '2023-11', 'bpjs_ucj', { segment: 'pu' }),
  rate('badung', '51.03', 61, '2025-05', 'bpjs_ucj'),
  rate('tabanan', '51.02', 30, '2024-05', 'bpjs_ucj'),
  rate('gianyar', '51.04', 65.6, '2025-09', 'government', { base: 'local_estimate' }),
  rate('denpasar', '51.71', 38, '2016-05', 'unspecified', { base: 'unstated' }),
  rate('karangasem-pu', '51.07', 59.3, '2024-02', 'government', { segment: 'pu', base: 'unstated' }),
  rate('karangasem-bpu', '51.07', 9.32, '2024-02', 'government', { segment: 'bpu', base: 'unstated' }),
]);
const region = (code: string) => data.regions.find((r) => r.code === code)!;

describe('regionComparisons', () => {
  it('says two UCJ rates seven months apart compare', () => {
    const [c] = regionComparisons(data, region('51.03'), 'en');
    expect(c!.comparable).toBe(true);
    expect(c!.rows.map((r) => r.figure)).toEqual(['badung', 'province']);
    expect(c!.sentence).toBe('Comparable: both are measured as BPJS Ketenagakerjaan (UCJ, administrative) against employed persons, 7 months apart.');
  });

  it('says why they do not: months apart, method, base', () => {
    expect(regionComparisons(data, region('51.02'), 'en')[0]!.sentence).toBe('Not directly comparable: they are 19 months apart.');
    expect(regionComparisons(data, region('51.04'), 'en')[0]!.sentence).toBe(
      "Not directly comparable: Gianyar's figure comes from Regional government, the province's from BPJS Ketenagakerjaan (UCJ, administrative); they are shares of different things: the regional government's estimate, against the province's employed persons.",
    );
    expect(regionComparisons(data, region('51.71'), 'id')[0]!.sentence).toBe(
      'Tidak sebanding langsung: sumber angka Denpasar tidak menyebut cara mengukurnya, angka provinsi dari BPJS Ketenagakerjaan (UCJ, administratif); penyebutnya tidak disebutkan, sedangkan penyebut provinsi penduduk bekerja; tanggalnya berselang 115 bulan.',
    );
  });

  it('sets segment rates against the province\'s rate for the same segment, and leaves out a segment the province lacks', () => {
    const pairs = regionComparisons(data, region('51.07'), 'id');
    expect(pairs.map((p) => p.rows.map((r) => r.label))).toEqual([['Karangasem, PU', 'Bali, PU']]);
  });

  it('compares nothing for a region without a figure', () => {
    expect(regionComparisons(data, region('51.08'), 'id')).toEqual([]);
  });
});
