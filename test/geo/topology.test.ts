import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { feature, neighbors } from 'topojson-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../scripts/lib/cli.ts';
import { buildTopology, topologyKey } from '../../scripts/steps/geo.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema/tables.ts';
import type { BaliTopology } from '../../src/geo/topology.ts';
import { deriveTopology, offlineGeoOptions } from '../helpers/topology.ts';

let data: Dataset;
let work: string;
let topo: BaliTopology;
const logs: string[] = [];

beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  data = result.data;
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-topo-'));
  topo = await deriveTopology(data.boundaries, work, (l) => logs.push(l));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('derived topology', () => {
  it('has exactly one shape per regency/city in regions.csv, and no other', () => {
    const shapeIds = topo.objects.regencies.geometries.map((g) => String(g.id)).sort();
    const regionCodes = data.regions.filter((r) => r.type !== 'provinsi').map((r) => r.code).sort();
    expect(shapeIds).toEqual(regionCodes);
  });

  it('keeps neighbours: Kota Denpasar borders only Badung and Gianyar', () => {
    const geometries = topo.objects.regencies.geometries;
    const adjacency = neighbors(geometries);
    const idOf = (i: number) => String(geometries[i]!.id);
    const denpasar = geometries.findIndex((g) => g.id === '51.71');
    expect(adjacency[denpasar]!.map(idOf).sort()).toEqual(['51.03', '51.04']);
    const klungkung = geometries.findIndex((g) => g.id === '51.05');
    expect(adjacency[klungkung]!.map(idOf).sort()).toEqual(['51.04', '51.06', '51.07']);
  });

  it('is quantized and simplified to a map-sized file with the outline and inner borders', () => {
    expect(topo.transform).toBeDefined();
    const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(points).toBeGreaterThan(1000); // still recognisably Bali
    expect(points).toBeLessThan(10000); // from about 110,000 source vertices
    expect(topo.objects.province.geometries).toHaveLength(1);
    expect(topo.objects.borders.geometries[0]!.type).toBe('MultiLineString');
    const outline = feature(topo, topo.objects.province);
    expect(outline.features[0]!.geometry.type).toBe('MultiPolygon');
  });

  it('skips the derivation when the inputs are unchanged, and says so', async () => {
    const again = await buildTopology(data.boundaries, offlineGeoOptions(work, (l) => logs.push(l)));
    expect(again.skipped).toBe(true);
    expect(logs.at(-1)).toMatch(/^geo: boundary topology is up to date \(inputs unchanged, key [0-9a-f]{12}\); derivation skipped$/);
  });

  it('does not reuse the cached topology when a pinned hash changes: it checks the files against the new pin', async () => {
    const changed = data.boundaries.map((b) => (b.region === '51.04' ? { ...b, sha256: '0'.repeat(64) } : b));
    const error: unknown = await buildTopology(changed, offlineGeoOptions(work)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map(formatIssue)).toEqual([expect.stringMatching(/Gianyar\.geojson: sha256 is [0-9a-f]{64}, but data\/boundaries\.csv pins 0{64} for Gianyar\.geojson/)]);
  });

  it('derives again when the cached topology was made by another derivation or from other inputs', async () => {
    const { outFile } = offlineGeoOptions(work);
    await writeFile(`${outFile}.key`, 'a key from an older derivation');
    const lines: string[] = [];
    const again = await buildTopology(data.boundaries, offlineGeoOptions(work, (l) => lines.push(l)));
    expect(again.skipped).toBe(false);
    expect(lines.at(-1)).toMatch(/^geo: wrote .*bali\.topo\.json \(key [0-9a-f]{12}\)$/);
    expect(await readFile(`${outFile}.key`, 'utf8')).toBe(topologyKey(data.boundaries));
  });
});
