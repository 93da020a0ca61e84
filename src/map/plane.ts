/**
 * The little plane geometry label placement needs: boxes, segments and polygons in drawing
 * units. Polygons are arrays of rings, outer ring first; holes follow.
 */
import type { Point, Ring } from './path.ts';

/** An axis-aligned box by its centre and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box by its corners, as spatial indexes take it. */
export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The extent of a box, grown by `gap` on every side. */
export function extentOf(box: Box, gap = 0): Extent {
  return { minX: box.x - box.width / 2 - gap, minY: box.y - box.height / 2 - gap, maxX: box.x + box.width / 2 + gap, maxY: box.y + box.height / 2 + gap };
}

/** The extent of a segment. */
export function segmentExtent(a: Point, b: Point): Extent {
  return { minX: Math.min(a[0], b[0]), minY: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxY: Math.max(a[1], b[1]) };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;
}

export function boxContains(box: Box, [x, y]: Point): boolean {
  return Math.abs(x - box.x) * 2 <= box.width && Math.abs(y - box.y) * 2 <= box.height;
}

function ringContains(ring: readonly Point[], [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd: inside the outer ring and outside every hole. */
export function polygonContains(polygon: readonly Ring[], point: Point): boolean {
  return polygon.reduce((inside, ring) => (ringContains(ring, point) ? !inside : inside), false);
}

function orientation([ax, ay]: Point, [bx, by]: Point, [cx, cy]: Point): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

/** True when the segment crosses the side from (x0, y0) to (x1, y1) of a box. */
function crossesSide(a: Point, b: Point, x0: number, y0: number, x1: number, y1: number): boolean {
  return segmentsCross(a, b, [x0, y0], [x1, y1]);
}

/** True when the segment touches the box: an end inside it, or crossing one of its sides. */
export function segmentTouchesBox(a: Point, b: Point, box: Box): boolean {
  const [x0, x1, y0, y1] = [box.x - box.width / 2, box.x + box.width / 2, box.y - box.height / 2, box.y + box.height / 2];
  if (Math.max(a[0], b[0]) < x0 || Math.min(a[0], b[0]) > x1 || Math.max(a[1], b[1]) < y0 || Math.min(a[1], b[1]) > y1) return false;
  if (boxContains(box, a) || boxContains(box, b)) return true;
  return crossesSide(a, b, x0, y0, x1, y0) || crossesSide(a, b, x1, y0, x1, y1) || crossesSide(a, b, x1, y1, x0, y1) || crossesSide(a, b, x0, y1, x0, y0);
}

/**
 * Every edge of some polygons, packed as ax, ay, bx, by per edge: the placement search tests
 * thousands of boxes against them, so the common case (far away) must cost a few comparisons.
 */
export interface Edges {
  coordinates: Float64Array;
}

export function edgesOf(polygons: readonly (readonly Ring[])[]): Edges {
  const values: number[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[(i + 1) % ring.length]!;
        values.push(a[0], a[1], b[0], b[1]);
      }
    }
  }
  return { coordinates: Float64Array.from(values) };
}

export function edgesTouchBox(edges: Edges, box: Box): boolean {
  const c = edges.coordinates;
  const [x0, x1, y0, y1] = [box.x - box.width / 2, box.x + box.width / 2, box.y - box.height / 2, box.y + box.height / 2];
  for (let i = 0; i < c.length; i += 4) {
    const ax = c[i]!;
    const ay = c[i + 1]!;
    const bx = c[i + 2]!;
    const by = c[i + 3]!;
    if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
    if (segmentTouchesBox([ax, ay], [bx, by], box)) return true;
  }
  return false;
}

export function edgesCrossSegment(edges: Edges, a: Point, b: Point): number {
  const c = edges.coordinates;
  let count = 0;
  for (let i = 0; i < c.length; i += 4) if (segmentsCross(a, b, [c[i]!, c[i + 1]!], [c[i + 2]!, c[i + 3]!])) count++;
  return count;
}

/** The point of a box's outline nearest to a point outside it (where a leader line meets the box). */
export function nearestOnBox(box: Box, [x, y]: Point): Point {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(x, box.x - box.width / 2, box.x + box.width / 2), clamp(y, box.y - box.height / 2, box.y + box.height / 2)];
}
