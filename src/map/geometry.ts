/**
 * Turns the derived topology into projected shapes at a fixed drawn scale: lean path data for
 * drawing, and the unrounded polygons for placing labels. The projection is fitted to the
 * province, so the map is framed by Bali whatever the data says; a strip below the island is
 * kept free for the boundary credit.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { BaliTopology, RegencyProperties } from '../geo/topology.ts';
import { pathData, ringArea, type Point, type Ring } from './path.ts';

/** Width of the drawing in its own units: coordinates are whole units, about a pixel on a desktop. */
export const MAP_WIDTH = 600;
const PADDING = 4;
/** Room below the island for the credit line, in drawing units. */
const CREDIT_STRIP = 30;
/** Sea above the island, where labels of the north-eastern regions find room on a phone. */
const NORTH_SEA = 50;

export interface ProjectedRegency {
  code: string;
  /** SVG path data in whole drawing units, relative commands. */
  d: string;
  /** Every polygon (outer ring first), projected and unrounded, largest first. */
  polygons: Ring[][];
}

export interface ProjectedMap {
  width: number;
  height: number;
  /** Top and bottom of the island (the sea above it is kept for labels; the credit strip is below). */
  landTop: number;
  landBottom: number;
  regencies: ProjectedRegency[];
}

function projectPolygons(geometry: Polygon | MultiPolygon, projection: GeoProjection): Ring[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) => rings.map((ring) => ring.map((p) => projection([p[0]!, p[1]!]) as Point)))
    .sort((a, b) => Math.abs(ringArea(b[0]!)) - Math.abs(ringArea(a[0]!)));
}

export interface ProjectOptions {
  width?: number;
  padding?: number;
  /** Keep a strip below the island (for the credit line). */
  creditStrip?: number;
  /** Keep a strip of sea above the island (for labels). */
  northSea?: number;
}

export function projectTopology(topology: BaliTopology, options: ProjectOptions = {}): ProjectedMap {
  const { width = MAP_WIDTH, padding = PADDING, creditStrip = CREDIT_STRIP, northSea = NORTH_SEA } = options;
  const regencies = feature(topology, topology.objects.regencies);
  const province = feature(topology, topology.objects.province);
  const projection = geoMercator().fitWidth(width - 2 * padding, province);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding + northSea]);
  const projected = regencies.features.map((f: Feature) => ({
    code: (f.properties as RegencyProperties).code,
    polygons: projectPolygons(f.geometry as Polygon | MultiPolygon, projection),
  }));
  const ys = projected.flatMap((r) => r.polygons.flatMap((p) => p[0]!.map(([, y]) => y)));
  const landBottom = Math.ceil(Math.max(...ys));
  return {
    width,
    height: landBottom + padding + creditStrip,
    landTop: Math.floor(Math.min(...ys)),
    landBottom,
    regencies: projected.map((r) => ({ ...r, d: pathData(r.polygons.flat()) })),
  };
}
