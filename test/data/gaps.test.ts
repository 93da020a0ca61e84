/** The data-gaps grid (src/data/gaps.ts) on synthetic rows; expectations worked out by hand. */
import { describe, expect, it } from 'vitest';
import { ageOf, dataGaps, newestActual } from '../../src/data/gaps.ts';
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

const d = (raw: string) => parsePeriod(raw) as PartialDate;

describe('ageOf', () => {
  it.each([
    ['2025-09', '2025-12', 'current'],
    ['2024-12', '2025-12', 'current'],
    ['2024-11', '2025-12', 'old'],
    ['2023-12', '2025-12', 'old'],
    ['2023-11', '2025-12', 'stale'],
    ['2016-05', '2025-12', 'stale'],
  ] as const)('%s against %s is %s', (date, newest, age) => {
    expect(ageOf(d(date), d(newest))).toBe(age);
  });
});

describe('dataGaps', () => {
  const data = syntheticDataset([
    rate('den-2016', '51.71', 38, '2016-05', 'unspecified'),
    rate('gia-2024', '51.04', 43, '2024-06', 'unspecified'),
    rate('gia-2025', '51.04', 65.6, '2025-09', 'government'),
    rate('kar-pu', '51.07', 59.3, '2024-02', 'government', { segment: 'pu' }),
    rate('gia-target', '51.04', 100, '2027', 'government', { kind: 'target' }),
  ]);
  const gaps = dataGaps(data);
  const cell = (code: string, column: string) => gaps.rows.find((r) => r.region.code === code)!.cells.find((c) => c.column.id === column)!;

  it('measures ages against the newest actual figure, not a target', () => {
    expect(newestActual(data)?.iso).toBe('2025-09');
  });

  it('counts figures, spans their dates and ages the newest actual one', () => {
    expect(cell('51.04', 'rate_all')).toMatchObject({ count: 3, age: 'current' });
    expect(cell('51.04', 'rate_all').earliest?.iso).toBe('2024-06');
    expect(cell('51.04', 'rate_all').latest?.iso).toBe('2027');
    expect(cell('51.71', 'rate_all')).toMatchObject({ count: 1, age: 'stale' });
  });

  it('shows a segment rate where the all-worker rate is missing', () => {
    expect(cell('51.07', 'rate_all').count).toBe(0);
    expect(cell('51.07', 'rate_segments')).toMatchObject({ count: 1, age: 'old' });
  });

  it('has a row for every region and nothing for a region without figures', () => {
    expect(gaps.rows).toHaveLength(data.regions.length);
    expect(cell('51.02', 'covered').count).toBe(0);
    expect(cell('51.02', 'covered').age).toBeUndefined();
  });
});
