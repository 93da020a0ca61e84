/** Label placement (src/map/labels.ts) on made-up squares, in drawing units of 1 px (scale 1). */
import { describe, expect, it } from 'vitest';
import { lineWidth, placeLabels, type LabelLine, type LabelRequest } from '../../src/map/labels.ts';
import type { Ring } from '../../src/map/path.ts';
import { boxesOverlap } from '../../src/map/plane.ts';

const square = (x: number, y: number, size: number): Ring[][] => [
  [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
    ],
  ],
];
const line = (text: string, strong = false): LabelLine => ({ runs: [{ text, ...(strong ? { strong } : {}) }], markers: [] });
const request = (code: string, polygons: Ring[][], variants: LabelLine[][], fallbacks: LabelLine[][] = []): LabelRequest => ({ code, polygons, variants, fallbacks });
const frame = { width: 400, height: 300, obstacles: [] };

describe('placeLabels', () => {
  it('puts a label that fits at the middle of its region', () => {
    const [label] = placeLabels([request('a', square(100, 100, 120), [[line('Alpha')]])], frame, 1, 12);
    expect(label!.callout).toBe(false);
    expect(label!.x).toBeCloseTo(160, -1);
    expect(label!.y).toBeCloseTo(160, -1);
  });

  it('prefers the first way of writing that fits: one line, then two', () => {
    const oneLine = [line('Gianyar 65,6 %')];
    const twoLines = [line('Gianyar'), line('65,6 %', true)];
    expect(lineWidth(oneLine[0]!, 12)).toBeGreaterThan(60);
    // 70 units wide: the one-line label (> 60 px plus padding, and it may not spill into the neighbours) does not fit; two lines do.
    const polygons = square(150, 100, 70);
    const neighbours = [request('w', square(80, 100, 70), [[line('W')]]), request('e', square(220, 100, 70), [[line('E')]])];
    const [label] = placeLabels([request('g', polygons, [oneLine, twoLines]), ...neighbours], frame, 1, 12);
    expect(label!.lines).toEqual(twoLines);
    expect(label!.callout).toBe(false);
  });

  it('moves a label that cannot fit out to sea, clear of land, its leader anchored in the region', () => {
    // A 12-unit region in a hole of a large one: no room inside without crossing into the neighbour.
    const hole: Ring = [
      [190, 140],
      [190, 152],
      [202, 152],
      [202, 140],
    ];
    const land = request('l', [[square(100, 100, 160)[0]![0]!, hole]], [[line('Land')]]);
    const tiny = request('t', square(190, 140, 12), [[line('Denpasar ≈38 % (2016)')]]);
    const [label] = placeLabels([tiny, land], frame, 1, 12);
    expect(label!.callout).toBe(true);
    expect([label!.anchorX, label!.anchorY]).toEqual([196, 146]);
    const box = { x: label!.x, y: label!.y, width: label!.width, height: label!.height };
    expect(boxesOverlap(box, { x: 180, y: 180, width: 160, height: 160 })).toBe(false);
  });

  it('falls back to the shorter form where the whole label finds no room', () => {
    const crowded = { width: 60, height: 40, obstacles: [] };
    const [label] = placeLabels([request('k', square(5, 5, 50), [[line('Karangasem PU 59,3 % · BPU 9,32 %')]], [[line('K')]])], crowded, 1, 12);
    expect(label!.lines).toEqual([line('K')]);
  });

  it('keeps clear of obstacles (the credit line)', () => {
    const credit = { x: 200, y: 290, width: 400, height: 20 };
    const labels = placeLabels([request('a', square(150, 150, 20), [[line('Somewhere long')]])], { ...frame, obstacles: [credit] }, 1, 12);
    for (const l of labels) expect(boxesOverlap({ x: l.x, y: l.y, width: l.width, height: l.height }, credit)).toBe(false);
  });
});
