/**
 * Where the build reads and writes. Environment variables let tests point a real build at
 * fixture data or an empty cache without copying the project.
 */
import path from 'node:path';

/** The maintainers' data folder (CAKUPAN_DATA_DIR overrides). */
export function dataDir(): string {
  return path.resolve(process.env['CAKUPAN_DATA_DIR'] ?? 'data');
}

/** Gitignored working folder: downloads, derived topology, staging build (CAKUPAN_CACHE_DIR overrides). */
export function cacheDir(): string {
  return path.resolve(process.env['CAKUPAN_CACHE_DIR'] ?? '.cache');
}

/** The derived boundary topology that the map reads. */
export function topologyFile(): string {
  return path.join(cacheDir(), 'geo', 'bali.topo.json');
}

/** The shared boundary folder beside the project, as CI and developers have it. */
export const SHARED_GEO_DIR = path.resolve('../shared/geo/big-rbi50k-2023');
