/**
 * The land grid answers only when it is sure: a box it calls clear touches no shape, a box it
 * says holds a vertex touches a border, and a point it calls deep inside lies inside a shape,
 * whatever the exact geometry says. Checked on shapes with
 * slanted borders, a hole and a point on a cell boundary, against many seeded random boxes.
 */
import { describe, expect, it } from 'vitest';
import { LandGrid } from '../../src/map/land.ts';
import type { Ring } from '../../src/map/path.ts';
import { edgesOf, edgesTouchBox, polygonContains, type Box } from '../../src/map/plane.ts';

const SHAPES: Ring[][] = [
  // A slanted quadrilateral.
  [[[10, 10], [42.5, 14], [38, 40.25], [12, 33]]],
  // A square with a square hole, touching integer cell boundaries.
  [
    [[60, 10], [90, 10], [90, 40], [60, 40]],
    [[70, 20], [80, 20], [80, 30], [70, 30]],
  ],
  // A thin sliver, thinner than a cell.
  [[[20, 60], [80, 61.2], [80, 61.6], [20, 60.3]]],
];
const WIDTH = 100;
const HEIGHT = 80;

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const touchesLand = (box: Box) => {
  const edges = edgesOf(SHAPES);
  return edgesTouchBox(edges, box) || SHAPES.some((polygon) => polygonContains(polygon, [box.x, box.y]));
};

describe('LandGrid', () => {
  const grid = new LandGrid(SHAPES, WIDTH, HEIGHT);

  it('calls a box clear only when it touches no shape, and settles most boxes far from any', () => {
    const next = random(11);
    let clear = 0;
    for (let i = 0; i < 20_000; i++) {
      const box = { x: next() * WIDTH, y: next() * HEIGHT, width: 0.2 + next() * 12, height: 0.2 + next() * 6 };
      if (!grid.clearOf(box)) continue;
      clear++;
      expect(touchesLand(box), JSON.stringify(box)).toBe(false);
    }
    expect(clear).toBeGreaterThan(2_000);
  });

  it('says a box holds a vertex only when it touches a border, and finds many that do', () => {
    const next = random(23);
    const edges = edgesOf(SHAPES);
    let holding = 0;
    for (let i = 0; i < 20_000; i++) {
      const box = { x: next() * WIDTH, y: next() * HEIGHT, width: 0.2 + next() * 12, height: 0.2 + next() * 6 };
      if (!grid.holdsVertex(box)) continue;
      holding++;
      expect(edgesTouchBox(edges, box), JSON.stringify(box)).toBe(true);
    }
    expect(holding).toBeGreaterThan(200);
  });

  it('calls a point deep inside only when a shape holds it (never in the hole)', () => {
    const next = random(5);
    let inside = 0;
    for (let i = 0; i < 20_000; i++) {
      const [x, y] = [next() * WIDTH, next() * HEIGHT];
      if (!grid.deepInside(x, y)) continue;
      inside++;
      expect(SHAPES.some((polygon) => polygonContains(polygon, [x, y])), `${x},${y}`).toBe(true);
    }
    expect(inside).toBeGreaterThan(2_000);
    expect(grid.deepInside(75, 25)).toBe(false);
  });

  it('never calls a box clear that only grazes a border lying on a cell boundary', () => {
    // The square's west border is x = 60: a box reaching exactly 60 is left to the exact test.
    expect(grid.clearOf({ x: 59, y: 25, width: 2, height: 2 })).toBe(false);
    expect(grid.clearOf({ x: 55, y: 25, width: 2, height: 2 })).toBe(true);
  });
});
