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

/** Where `npm run build` puts the finished site (CAKUPAN_OUT_DIR overrides: tests build elsewhere). */
export function outDir(): string {
  return path.resolve(process.env['CAKUPAN_OUT_DIR'] ?? 'dist');
}

/**
 * Where Astro renders before the swap: a `.cache` folder beside the output folder (for dist/,
 * the project's `.cache/dist-staging`), so the swap is a rename on one filesystem.
 */
export function stagingDir(out = outDir()): string {
  return path.join(path.dirname(out), '.cache', `${path.basename(out)}-staging`);
}

/** The derived boundary topology that the map reads. */
export function topologyFile(): string {
  return path.join(cacheDir(), 'geo', 'bali.topo.json');
}

/** The shared boundary folder beside the project, as CI and developers have it. */
export const SHARED_GEO_DIR = path.resolve('../shared/geo/big-rbi50k-2023');

/**
 * A path as a maintainer would type it from the project folder: relative or absolute, whichever
 * is shorter (`data/README.md`, `../shared/geo/…`, `/tmp/…`).
 */
export function displayPath(p: string): string {
  const absolute = path.resolve(p);
  const relative = path.relative(process.cwd(), absolute) || '.';
  return relative.length <= absolute.length ? relative : absolute;
}
