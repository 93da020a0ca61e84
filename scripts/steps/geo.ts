/**
 * Step 2 of the build: resolve and verify the boundary files, then derive the topology, unless
 * the cached one was made from the same inputs by the same derivation (then it is skipped).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Boundary } from '../../src/data/schema/tables.ts';
import type { DataIssue } from '../../src/data/issues.ts';
import { resolveBoundaries, writeAtomic, type ResolveOptions } from '../../src/geo/resolve.ts';
import { DERIVATION, DERIVATION_VERSION, deriveTopology, readBoundaryFeature } from '../../src/geo/topology.ts';
import { cacheDir, displayPath, SHARED_GEO_DIR, topologyFile } from '../../src/config/paths.ts';
import { InputError } from '../lib/cli.ts';


export interface GeoStepOptions extends Partial<ResolveOptions> {
  /** Where the derived topology is written. */
  outFile?: string;
  log?: (line: string) => void;
}

/** The cache key: the pinned hashes (the inputs) and the derivation's version and parameters. */
export function topologyKey(boundaries: readonly Boundary[]): string {
  const inputs = [...boundaries].sort((a, b) => a.region.localeCompare(b.region)).map((b) => `${b.region}:${b.sha256}`);
  return createHash('sha256').update(JSON.stringify({ inputs, DERIVATION_VERSION, DERIVATION })).digest('hex');
}

export async function buildTopology(boundaries: readonly Boundary[], options: GeoStepOptions = {}): Promise<{ file: string; skipped: boolean }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outFile = options.outFile ?? topologyFile();
  const keyFile = `${outFile}.key`;
  const key = topologyKey(boundaries);

  const cachedKey = await readFile(keyFile, 'utf8').catch(() => '');
  const cachedTopology = await readFile(outFile, 'utf8').catch(() => '');
  if (cachedKey.trim() === key && cachedTopology !== '') {
    log(`geo: boundary topology is up to date (inputs unchanged, key ${key.slice(0, 12)}); derivation skipped`);
    return { file: outFile, skipped: true };
  }

  const { resolved, issues } = await resolveBoundaries(boundaries, {
    cacheDir: options.cacheDir ?? path.join(cacheDir(), 'geo', 'raw'),
    sharedDir: 'sharedDir' in options ? options.sharedDir : SHARED_GEO_DIR,
    explicitDir: options.explicitDir ?? process.env['CAKUPAN_GEO_DIR'],
    downloadBase: options.downloadBase ?? process.env['CAKUPAN_GEO_BASE_URL'],
    ...(options.allowDownload !== undefined ? { allowDownload: options.allowDownload } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const problems: DataIssue[] = [...issues];
  const features = [];
  for (const file of resolved) {
    const read = readBoundaryFeature(file);
    problems.push(...read.issues);
    if (read.feature) features.push(read.feature);
  }
  if (problems.length > 0) throw new InputError(problems);

  log(`geo: deriving topology from ${resolved.length} verified boundary files (first from ${resolved[0]?.origin ?? '?'})…`);
  const topo = deriveTopology(features);
  await writeAtomic(outFile, JSON.stringify(topo));
  await writeAtomic(keyFile, key);
  log(`geo: wrote ${displayPath(outFile)} (key ${key.slice(0, 12)})`);
  return { file: outFile, skipped: false };
}
