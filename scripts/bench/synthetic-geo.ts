/**
 * Synthetic boundaries for the scale benchmark: one GeoJSON file per regency, shaped like the
 * files the geo step reads (a FeatureCollection of one Polygon whose `WADMKK` property names the
 * region). The regencies tile an island as a jittered grid, about twice as wide as it is tall
 * like Bali, each cell with a bent midpoint on every side; neighbours share their vertices
 * exactly, so the topology finds shared borders as it does in the real files.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Random } from './random.ts';

/** Degrees per grid cell: any size works, since the map fits its projection to the island. */
const CELL = 0.12;
const ORIGIN: Position = [114.4, -8.0];
/** How far, in cells, a corner moves from the grid, and a side's midpoint from the straight line. */
const CORNER_JITTER = 0.25;
const SIDE_JITTER = 0.15;

export interface GridCell {
  column: number;
  row: number;
}

/** The island's grid for `count` regencies: columns about twice the rows, filled row by row. */
export function gridOf(count: number): { columns: number; rows: number } {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count * 2)));
  return { columns, rows: Math.ceil(count / columns) };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * One polygon per regency, in region order. Rings run clockwise in longitude/latitude, as in
 * the BIG files (d3-geo reads a counter-clockwise ring as the rest of the globe).
 */
export function syntheticPolygons(count: number, random: Random): Polygon[] {
  const { columns, rows } = gridOf(count);
  const jitter = (amount: number) => (random.next() * 2 - 1) * amount;
  // Corners and midpoints are drawn once and shared by every cell that touches them.
  const corners = Array.from({ length: rows + 1 }, () => Array.from({ length: columns + 1 }, () => [jitter(CORNER_JITTER), jitter(CORNER_JITTER)] as const));
  const corner = (c: number, r: number): Position => {
    const [dx, dy] = corners[r]![c]!;
    return [ORIGIN[0]! + (c + dx) * CELL, ORIGIN[1]! - (r + dy) * CELL];
  };
  const bend = (a: Position, b: Position, shift: number): Position => {
    // The midpoint moved across the side, so borders are not straight lines.
    const [mx, my] = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
    const length = Math.hypot(dx, dy) || 1;
    return [mx - (dy / length) * shift * CELL, my + (dx / length) * shift * CELL];
  };
  const horizontal = Array.from({ length: rows + 1 }, () => Array.from({ length: columns }, () => jitter(SIDE_JITTER)));
  const vertical = Array.from({ length: rows }, () => Array.from({ length: columns + 1 }, () => jitter(SIDE_JITTER)));
  const top = (c: number, r: number) => bend(corner(c, r), corner(c + 1, r), horizontal[r]![c]!);
  const side = (c: number, r: number) => bend(corner(c, r), corner(c, r + 1), vertical[r]![c]!);

  return Array.from({ length: count }, (_, i): Polygon => {
    const [c, r] = [i % columns, Math.floor(i / columns)];
    const ring = [corner(c, r), top(c, r), corner(c + 1, r), side(c + 1, r), corner(c + 1, r + 1), top(c, r + 1), corner(c, r + 1), side(c, r), corner(c, r)];
    return { type: 'Polygon', coordinates: [ring.map(([x, y]) => [round(x!), round(y!)])] };
  });
}

/** The bytes of one boundary file, as the geo step expects it. */
export function boundaryFile(name: string, polygon: Polygon): string {
  const feature: Feature<Polygon> = { type: 'Feature', properties: { WADMKK: name, WADMPR: 'Sintetis' }, geometry: polygon };
  const collection: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [feature] };
  return JSON.stringify(collection);
}
