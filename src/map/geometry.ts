/**
 * Turns the derived topology into projected SVG path data at a fixed size. The projection is
 * fitted to the province outline, so the map is framed by Bali whatever the data says.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { BaliTopology, RegencyProperties } from '../geo/topology.ts';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 470;
const PADDING = 8;

export interface ProjectedRegency {
  code: string;
  /** SVG path data, coordinates rounded to 0.1 px so output is stable and small. */
  d: string;
  /** Projected rings of the largest polygon, for placing a label inside it. */
  largestPolygon: [number, number][][];
}

export interface ProjectedMap {
  regencies: ProjectedRegency[];
  outline: string;
  borders: string;
}

function largestPolygon(geometry: Polygon | MultiPolygon, projection: GeoProjection): [number, number][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const projected = polygons.map((rings) => rings.map((ring) => ring.map((p) => projection([p[0]!, p[1]!])!)));
  const area = (ring: [number, number][]) => Math.abs(ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0) / 2);
  return projected.reduce((best, rings) => (area(rings[0]!) > area(best[0]!) ? rings : best));
}

export function projectTopology(topology: BaliTopology): ProjectedMap {
  const regencies = feature(topology, topology.objects.regencies);
  const outline = feature(topology, topology.objects.province);
  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    outline,
  );
  const path = geoPath(projection).digits(1);
  const borders = feature(topology, topology.objects.borders).features[0] as Feature<MultiLineString>;
  return {
    regencies: regencies.features.map((f) => ({
      code: (f.properties as RegencyProperties).code,
      d: path(f) ?? '',
      largestPolygon: largestPolygon(f.geometry as Polygon | MultiPolygon, projection),
    })),
    outline: path(outline) ?? '',
    borders: path(borders) ?? '',
  };
}
