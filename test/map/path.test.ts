/** Lean path data (src/map/path.ts): whole units, relative commands, no repeats, no empty rings. */
import { describe, expect, it } from 'vitest';
import { pathData, roundRing } from '../../src/map/path.ts';

describe('pathData', () => {
  it('writes the first point absolute and the rest relative, with minus signs as separators', () => {
    expect(pathData([[[10.2, 20.6], [15, 20.4], [15, 30], [9.8, 30]]])).toBe('M10 21l5-1 0 10-5 0z');
  });

  it('drops points that round onto the previous one, and the closing duplicate', () => {
    expect(pathData([[[0, 0], [0.3, 0.2], [10, 0], [10, 10], [0, 10], [0, 0]]])).toBe('M0 0l10 0 0 10-10 0z');
  });

  it('drops rings that round away to nothing: a point, a line, a speck', () => {
    expect(roundRing([[1, 1], [1.2, 1.3], [0.9, 1.1]])).toEqual([]);
    expect(roundRing([[0, 0], [5, 0], [10, 0]])).toEqual([]);
    expect(pathData([[[0, 0], [5, 0], [10, 0]], [[0, 0], [4, 0], [4, 4]]])).toBe('M0 0l4 0 0 4z');
  });

  it('keeps holes and islands as separate subpaths', () => {
    expect(pathData([[[0, 0], [9, 0], [9, 9]], [[20, 20], [29, 20], [29, 29]]]).match(/M/g)).toHaveLength(2);
  });
});

describe('straight runs', () => {
  it('keeps only the corners of a straight run', () => {
    expect(roundRing([[0, 0], [1, 0], [2, 0], [3, 0], [3, 3], [0, 3]])).toEqual([[0, 0], [3, 0], [3, 3], [0, 3]]);
  });

  it('keeps a point where the line turns back on itself', () => {
    expect(roundRing([[0, 0], [4, 0], [2, 0], [2, 2]])).toHaveLength(4);
  });
});
