/**
 * Derives the site's own topology from the nine boundary files: one object per regency (id =
 * region code), simplified and quantized so the map ships a few dozen kilobytes, plus the
 * province outline (merge) and the inner borders (mesh) so the map can stroke each once.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mergeArcs, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { DataIssue } from '../data/issues.ts';
import type { ResolvedBoundary } from './resolve.ts';

/** Bump when the derivation changes, so cached topologies are rebuilt. */
export const DERIVATION_VERSION = 3;

export const DERIVATION = {
  /** Grid used while finding shared arcs: fine enough that neighbours' shared vertices stay shared. */
  buildQuantization: 1e6,
  /**
   * Keep this share of vertices (by Visvalingam weight): about 1,300 of 110,000, roughly one
   * every 3 px along the coast at the drawn scale (src/map/geometry.ts MAP_WIDTH), which is as
   * much detail as whole-unit coordinates can carry.
   */
  keepShare: 0.012,
  /** Grid of the shipped topology. */
  outputQuantization: 1e4,
} as const;

export interface RegencyProperties {
  code: string;
  name: string;
}

type RegencyFeature = Feature<Polygon | MultiPolygon, RegencyProperties>;

function dropZ(coordinates: unknown): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return (coordinates as Position).slice(0, 2);
  return (coordinates as unknown[]).map(dropZ);
}

/** Parses and checks one boundary file; problems name the file. */
export function readBoundaryFeature(resolved: ResolvedBoundary): { feature?: RegencyFeature; issues: DataIssue[] } {
  const { boundary, bytes, origin } = resolved;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { issues: [{ file: origin, message: `is not valid JSON (${(error as Error).message}); restore the pinned file` }] };
  }
  const collection = json as Partial<FeatureCollection>;
  const features = collection?.type === 'FeatureCollection' && Array.isArray(collection.features) ? collection.features : undefined;
  if (!features || features.length !== 1) {
    return { issues: [{ file: origin, message: 'is not a GeoJSON FeatureCollection with exactly one feature' }] };
  }
  const feature = features[0]!;
  const geometry = feature.geometry;
  if (!geometry || (geometry.type !== 'MultiPolygon' && geometry.type !== 'Polygon')) {
    return { issues: [{ file: origin, message: `holds a ${geometry?.type ?? 'missing'} geometry; a Polygon or MultiPolygon is expected` }] };
  }
  const name = (feature.properties as Record<string, unknown> | null)?.['WADMKK'];
  if (name !== boundary.feature_name) {
    return { issues: [{ file: origin, message: `names its region "${String(name)}" (WADMKK), but data/boundaries.csv expects "${boundary.feature_name}"` }] };
  }
  return {
    feature: {
      type: 'Feature',
      id: boundary.region,
      properties: { code: boundary.region, name: boundary.feature_name },
      geometry: { type: geometry.type, coordinates: dropZ(geometry.coordinates) } as Polygon | MultiPolygon,
    },
    issues: [],
  };
}

export type BaliTopology = Topology<{
  regencies: GeometryCollection<RegencyProperties>;
  province: GeometryCollection;
  borders: GeometryCollection;
}>;

export function deriveTopology(features: RegencyFeature[]): BaliTopology {
  const sorted = [...features].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const collection: FeatureCollection<Polygon | MultiPolygon, RegencyProperties> = { type: 'FeatureCollection', features: sorted };
  let topo = topology({ regencies: collection }, DERIVATION.buildQuantization) as unknown as Topology<Objects<{}>>;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, DERIVATION.keepShare));
  topo = quantize(topo, DERIVATION.outputQuantization);

  const regencies = topo.objects['regencies'] as GeometryCollection<RegencyProperties>;
  const outline = mergeArcs(topo, regencies.geometries as never);
  const inner = meshArcs(topo, regencies, (a, b) => a !== b);
  topo.objects['province'] = { type: 'GeometryCollection', geometries: [{ ...outline, id: '51' } as never] };
  topo.objects['borders'] = { type: 'GeometryCollection', geometries: [inner as never] };
  return topo as BaliTopology;
}
