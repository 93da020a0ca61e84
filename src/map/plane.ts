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

/** True when the segment touches the box: an end inside it, or crossing one of its sides. */
export function segmentTouchesBox(a: Point, b: Point, box: Box): boolean {
  if (boxContains(box, a) || boxContains(box, b)) return true;
  const [x0, x1, y0, y1] = [box.x - box.width / 2, box.x + box.width / 2, box.y - box.height / 2, box.y + box.height / 2];
  if (Math.max(a[0], b[0]) < x0 || Math.min(a[0], b[0]) > x1 || Math.max(a[1], b[1]) < y0 || Math.min(a[1], b[1]) > y1) return false;
  const corners: Point[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  return corners.some((corner, i) => segmentsCross(a, b, corner, corners[(i + 1) % 4]!));
}

/** Every edge of some polygons, with its bounding box for quick rejection. */
export interface Edges {
  segments: [Point, Point][];
}

export function edgesOf(polygons: readonly (readonly Ring[])[]): Edges {
  const segments: [Point, Point][] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) segments.push([ring[i]!, ring[(i + 1) % ring.length]!]);
    }
  }
  return { segments };
}

export function edgesTouchBox(edges: Edges, box: Box): boolean {
  return edges.segments.some(([a, b]) => segmentTouchesBox(a, b, box));
}

export function edgesCrossSegment(edges: Edges, a: Point, b: Point): number {
  let count = 0;
  for (const [c, d] of edges.segments) if (segmentsCross(a, b, c, d)) count++;
  return count;
}

/** The point of a box's outline nearest to a point outside it (where a leader line meets the box). */
export function nearestOnBox(box: Box, [x, y]: Point): Point {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(x, box.x - box.width / 2, box.x + box.width / 2), clamp(y, box.y - box.height / 2, box.y + box.height / 2)];
}
