/** Which figures a line may join, and which jumps need a note (src/data/series.ts). */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/data/schema/tables.ts';
import { comparable, seriesKey, seriesOf, unexplainedJumps } from '../../src/data/series.ts';
import { rate } from '../helpers/synthetic.ts';

const count = (id: string, value: number, asOf: string, extra: Partial<Figure> = {}): Figure =>
  rate(id, '51', value, asOf, 'bpjs_admin', { indicator: 'covered_workers', base: undefined, ...extra });
const unitOf = (f: Figure) => (f.indicator === 'coverage_rate' ? 'percent' : 'workers');

describe('comparable', () => {
  const a = rate('a', '51', 40, '2024-08', 'bpjs_ucj');
  it.each([
    ['the same region, indicator, segment, method and base', rate('b', '51', 45, '2025-08', 'bpjs_ucj'), true],
    ['another region', rate('b', '51.04', 45, '2025-08', 'bpjs_ucj'), false],
    ['another segment', rate('b', '51', 45, '2025-08', 'bpjs_ucj', { segment: 'pu' }), false],
    ['another method', rate('b', '51', 45, '2025-08', 'government'), false],
    ['another base', rate('b', '51', 45, '2025-08', 'bpjs_ucj', { base: 'potential' }), false],
    ['a base that is not stated', rate('b', '51', 45, '2025-08', 'bpjs_ucj', { base: 'unstated' }), false],
    ['a target', rate('b', '51', 45, '2025-08', 'bpjs_ucj', { kind: 'target' }), false],
    ['another payer', rate('b', '51', 45, '2025-08', 'bpjs_ucj', { payer: 'csr' }), false],
  ])('%s: %s', (_name, b, expected) => {
    expect(comparable(a, b, 'percent')).toBe(expected);
  });

  it('never joins a figure whose method is not stated, even to its twin', () => {
    const x = rate('x', '51', 40, '2024', 'unspecified');
    expect(seriesKey(x, 'percent')).toBeUndefined();
    expect(comparable(x, { ...x, id: 'y' }, 'percent')).toBe(false);
  });

  it('joins counts without a base when everything else agrees', () => {
    expect(comparable(count('p', 100, '2024'), count('q', 110, '2025'), 'workers')).toBe(true);
  });
});

describe('seriesOf', () => {
  it('groups comparable figures oldest first and leaves the rest out', () => {
    const figures = [rate('b', '51', 45, '2025-08', 'bpjs_ucj'), rate('a', '51', 40, '2024-08', 'bpjs_ucj'), rate('c', '51', 30, '2024', 'unspecified')];
    expect([...seriesOf(figures, unitOf).values()].map((s) => s.map((f) => f.id))).toEqual([['a', 'b']]);
  });
});

describe('unexplainedJumps', () => {
  it.each([
    ['87.224 → 298.595 in seven months', [count('a', 87224, '2023-04'), count('b', 298595, '2023-11')], ['b']],
    ['a fall to two thirds in a year', [count('a', 300, '2023-01'), count('b', 200, '2024-01')], ['b']],
    ['growth under half in a year', [count('a', 100, '2023-01'), count('b', 149, '2023-12')], []],
    ['a big change over more than a year', [count('a', 100, '2020-01'), count('b', 300, '2023-01')], []],
    ['a jump the later figure explains', [count('a', 100, '2023-01'), count('b', 300, '2023-06', { note_id: 'Definisi baru.', note_en: 'New definition.' })], []],
    ['a jump between figures of different methods', [count('a', 100, '2023-01'), count('b', 300, '2023-06', { method: 'government' })], []],
  ])('%s', (_name, figures, expected) => {
    expect(unexplainedJumps(figures, unitOf).map((j) => j.figure.id)).toEqual(expected);
  });
});
