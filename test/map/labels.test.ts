import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels } from '../../src/map/labels.ts';

const square = (x: number, y: number, size: number): [number, number][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('placeLabels', () => {
  it('puts a lone label at the centre of a square', () => {
    const [box] = placeLabels([{ code: 'a', text: 'Alpha', markers: 0, rings: square(0, 0, 100) }]);
    expect(box!.x).toBeCloseTo(50, 0);
    expect(box!.y).toBeCloseTo(50, 0);
  });

  it('separates labels whose shapes sit side by side, so no two boxes overlap', () => {
    const boxes = placeLabels([
      { code: 'a', text: 'Denpasar', markers: 2, rings: square(0, 0, 20) },
      { code: 'b', text: 'Badung', markers: 0, rings: square(20, 0, 20) },
      { code: 'c', text: 'Gianyar', markers: 0, rings: square(10, 10, 20) },
    ]);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    // The anchors stay where the shapes are, so leader lines can point back.
    expect(boxes[0]!.anchorX).toBeCloseTo(10, 0);
  });

  it('reserves room for comparability markers in the box', () => {
    const [plain] = placeLabels([{ code: 'a', text: 'Bangli', markers: 0, rings: square(0, 0, 100) }]);
    const [marked] = placeLabels([{ code: 'a', text: 'Bangli', markers: 2, rings: square(0, 0, 100) }]);
    expect(marked!.width - plain!.width).toBe(24);
  });
});
