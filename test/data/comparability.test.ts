/** The declared reference and what compares with what (src/data/comparability.ts); expectations worked out by hand. */
import { describe, expect, it } from 'vitest';
import { comparableAtFaceValue, differenceBetween, isReference, mappedStandings, REFERENCE, standings } from '../../src/data/comparability.ts';
import type { Figure } from '../../src/data/schema/tables.ts';
import { rate, syntheticDataset } from '../helpers/synthetic.ts';

describe('the reference', () => {
  it('is declared: the BPJS UCJ rate against employed persons', () => {
    expect(REFERENCE).toEqual({ method: 'bpjs_ucj', base: 'employed' });
  });

  it.each([
    ['a UCJ rate against employed persons', rate('a', '51.04', 40, '2025', 'bpjs_ucj'), true],
    ['a UCJ rate against a base the source does not state', rate('a', '51.04', 40, '2025', 'bpjs_ucj', { base: 'unstated' }), false],
    ['a regency\'s own estimate', rate('a', '51.04', 40, '2025', 'government', { base: 'local_estimate' }), false],
    ['the BPS survey', rate('a', '51.04', 40, '2025', 'bps_sakernas'), false],
    ['a method not stated', rate('a', '51.04', 40, '2025', 'unspecified', { base: 'unstated' }), false],
  ] as const)('%s: %s', (_name, figure, expected) => {
    expect(isReference(figure)).toBe(expected);
  });
});

describe('standings', () => {
  const figures: Figure[] = [
    rate('ucj-new', '51.04', 60, '2025-09', 'bpjs_ucj'),
    rate('ucj-13-months', '51.03', 60, '2024-08', 'bpjs_ucj'),
    rate('ucj-25-months', '51.01', 60, '2023-08', 'bpjs_ucj'),
    rate('survey-9-months', '51.06', 36.8, '2024', 'bps_sakernas'),
    rate('unstated-2016', '51.71', 38, '2016-05', 'unspecified', { base: 'unstated' }),
  ];
  const standing = standings(figures);

  it('never flags the reference method, however many figures use another one', () => {
    // Four of five figures here are UCJ, but even were they the minority (as on the real map) they stay unflagged.
    for (const id of ['ucj-new', 'ucj-13-months', 'ucj-25-months']) expect(standing.get(id)!.otherMethod).toBe(false);
    const minority = standings([rate('only-ucj', '51.03', 61, '2024-05', 'bpjs_ucj'), ...['a', 'b', 'c'].map((id) => rate(id, '51.04', 60, '2025', 'government', { base: 'local_estimate' }))]);
    expect(minority.get('only-ucj')!.otherMethod).toBe(false);
    expect(minority.get('a')!.otherMethod).toBe(true);
  });

  it('flags every other method or base', () => {
    expect(standing.get('survey-9-months')!.otherMethod).toBe(true);
    expect(standing.get('unstated-2016')!.otherMethod).toBe(true);
  });

  it('ages each figure against the newest one shown with it: over 12 months old, over 24 stale', () => {
    expect(standing.get('ucj-new')!.age).toBe('current');
    expect(standing.get('survey-9-months')!.age).toBe('current'); // 2024 ends in December: 9 months before September 2025
    expect(standing.get('ucj-13-months')!.age).toBe('old');
    expect(standing.get('ucj-25-months')!.age).toBe('stale');
    expect(standing.get('unstated-2016')!.age).toBe('stale');
  });

  it('on the map: each regency\'s latest all-worker rate, without the province or segment rates', () => {
    const data = syntheticDataset([
      rate('p', '51', 53.88, '2027-12', 'bpjs_ucj'), // the province's date does not age the regencies
      rate('g', '51.04', 65.6, '2025-09', 'government', { base: 'local_estimate' }),
      rate('d', '51.71', 38, '2016-05', 'unspecified', { base: 'unstated' }),
      rate('k-pu', '51.07', 59.3, '2024-02', 'government', { segment: 'pu', base: 'unstated' }),
    ]);
    const mapped = mappedStandings(data);
    expect([...mapped.keys()].sort()).toEqual(['d', 'g']);
    expect(mapped.get('g')).toEqual({ age: 'current', otherMethod: true });
    expect(mapped.get('d')).toEqual({ age: 'stale', otherMethod: true });
  });
});

describe('comparableAtFaceValue', () => {
  const province = rate('p', '51', 53.88, '2025-12', 'bpjs_ucj');
  it.each([
    ['a UCJ rate 7 months earlier', rate('r', '51.03', 61, '2025-05', 'bpjs_ucj'), true],
    ['a UCJ rate 19 months earlier', rate('r', '51.03', 61, '2024-05', 'bpjs_ucj'), false],
    ['a regency\'s own estimate of the same month', rate('r', '51.04', 65.6, '2025-12', 'government', { base: 'local_estimate' }), false],
    ['a survey rate of the same base', rate('r', '51.06', 36.8, '2025', 'bps_sakernas'), false],
  ] as const)('the province against %s: %s', (_name, figure, expected) => {
    expect(comparableAtFaceValue(figure, province)).toBe(expected);
  });

  it('never compares two figures whose method is not stated, nor two local estimates', () => {
    const unstated = rate('a', '51.71', 38, '2025', 'unspecified', { base: 'unstated' });
    expect(comparableAtFaceValue(unstated, { ...unstated, id: 'b', region: '51.03' })).toBe(false);
    const local = rate('a', '51.04', 65.6, '2025', 'government', { base: 'local_estimate' });
    expect(comparableAtFaceValue(local, { ...local, id: 'b', region: '51.01' })).toBe(false);
  });

  it('compares two survey rates of the same year', () => {
    expect(comparableAtFaceValue(rate('a', '51.06', 36.8, '2024', 'bps_sakernas'), rate('b', '51.01', 40, '2024', 'bps_sakernas'))).toBe(true);
  });

  it('says what differs', () => {
    expect(differenceBetween(rate('a', '51.04', 65.6, '2025-09', 'government', { base: 'local_estimate' }), province)).toEqual({ method: true, base: true, months: 3 });
  });
});
