/**
 * A build whose Astro stage fails (here a page cannot read the cached topology, as after a
 * disk error) exits 1, leaves the previous build exactly as it was, and leaves no staging folder.
 * Runs the real `npm run build` with its own cache and output folder: never the project's.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topologyKey } from '../../scripts/steps/geo.ts';
import { stagingDir } from '../../src/config/paths.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import { fingerprint, previousBuild, runScriptAsync, type Run } from '../helpers/cli.ts';

let work: string;
let out: string;
let before: string;
let run: Run;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-failed-render-'));
  out = await previousBuild(work);
  before = await fingerprint(out);
  // A cached topology whose key matches the data, so the geo step keeps it, but whose content is cut off.
  const data = await loadDataset(path.resolve('data'));
  if (!data.ok) throw new Error(data.issues.map(formatIssue).join('\n'));
  const geo = path.join(work, 'cache', 'geo');
  await mkdir(geo, { recursive: true });
  await writeFile(path.join(geo, 'bali.topo.json'), '{"type":"Topology","objects":');
  await writeFile(path.join(geo, 'bali.topo.json.key'), topologyKey(data.data.boundaries));
  run = await runScriptAsync('scripts/build.ts', { CAKUPAN_CACHE_DIR: path.join(work, 'cache'), CAKUPAN_OUT_DIR: out });
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a build whose Astro stage fails', () => {
  it('gets past the data and boundary steps, then exits 1 naming the file it could not read', () => {
    expect(run.stdout).toMatch(/^geo: boundary topology is up to date/m);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bali\.topo\.json is not a valid topology/);
    expect(run.stdout).not.toMatch(/is ready/);
  });

  it('leaves the previous build exactly as it was, and no staging folder behind', async () => {
    expect(before).not.toBe('absent');
    expect(await fingerprint(out)).toBe(before);
    expect((await readdir(path.dirname(stagingDir(out)))).filter((f) => f.startsWith('dist-'))).toEqual([]);
  });
});
