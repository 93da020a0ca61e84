/**
 * The entry points as a maintainer runs them: bad data gives one line per problem, no stack
 * trace, exit code 1, and the previous build stays exactly as it was (a build made for the
 * test in a temporary folder, never the real dist/).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, SHARED_GEO_DIR } from '../../src/config/paths.ts';
import { COUNTS_END, COUNTS_START } from '../../src/data/docs.ts';
import { fingerprint, previousBuild, runScript as run } from '../helpers/cli.ts';
import { fixtureCopy, replace } from '../helpers/dataset.ts';

let work: string;
let brokenData: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-cli-'));
  // Two problems in two files.
  brokenData = await fixtureCopy([
    replace('figures.csv', 'f1,51.04,coverage_rate,all,exact,65.60,', 'f1,51.4,coverage_rate,all,exact,"65,60",'),
    replace('sources.csv', 'https://news.example.org/a', 'news.example.org/a'),
  ]);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(brokenData, { recursive: true, force: true });
});

describe('npm run check', () => {
  it('passes on the fixture and says so', async () => {
    const dir = await fixtureCopy();
    const { status, stdout } = run('scripts/check.ts', { CAKUPAN_DATA_DIR: dir });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^check: data\/ is valid \(3 regions, 2 indicators/m);
    await rm(dir, { recursive: true });
  });

  it('lists every problem as file:line:column, without a stack trace, and exits 1', async () => {
    const dir = await fixtureCopy([replace('figures.csv', '65.60,', '"65,60",'), replace('awards.csv', 'winner', 'won')]);
    const { status, stderr } = run('scripts/check.ts', { CAKUPAN_DATA_DIR: dir });
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.filter((l) => /\.csv:\d+/.test(l))).toEqual([
      expect.stringMatching(/awards\.csv:2:8: result: "won" is not allowed; use one of: winner, nominee, finalist, candidate$/),
      expect.stringMatching(/figures\.csv:2:6: value: "65,60" is not a number \(use a dot as decimal point: 65\.60\)$/),
    ]);
    expect(lines.at(-1)).toBe('check: 2 problems found; nothing was written.');
    expect(stderr).not.toMatch(/\n\s+at /);
    await rm(dir, { recursive: true });
  });

  it('says when the counts in the README are out of date, as an instruction, and still passes', async () => {
    const dir = await fixtureCopy();
    await writeFile(path.join(dir, 'README.md'), `${COUNTS_START}\n| stale |\n${COUNTS_END}\n`);
    const { status, stdout } = run('scripts/check.ts', { CAKUPAN_DATA_DIR: dir });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^check: the counts in \S*README\.md are out of date; `npm run build` rewrites them\.$/m);
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toContain('| stale |');
    await rm(dir, { recursive: true });
  });
});

describe('npm run build', () => {
  it('leaves the previous build untouched when the data is invalid', async () => {
    const out = await previousBuild(path.join(work, 'invalid'));
    const before = await fingerprint(out);
    const { status, stderr } = run('scripts/build.ts', { CAKUPAN_DATA_DIR: brokenData, CAKUPAN_OUT_DIR: out });
    expect(status).toBe(1);
    expect(stderr).toMatch(/figures\.csv:2:2: region: "51\.4" is not a known code in regions\.csv \(did you mean 51\.04\?\)/);
    expect(stderr).toMatch(/figures\.csv:2:6: value: "65,60" is not a number/);
    expect(stderr).toMatch(/sources\.csv:2:5: url: "news\.example\.org\/a" is not a well-formed http\(s\) URL/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await fingerprint(out)).toBe(before);
  });

  it('with no boundary file where it looks, prints one report of where it looked and the fix', async () => {
    const geoDir = path.join(work, 'empty-geo');
    await mkdir(geoDir);
    const out = await previousBuild(path.join(work, 'no-boundaries'));
    const before = await fingerprint(out);
    const { status, stderr } = run('scripts/build.ts', { CAKUPAN_CACHE_DIR: path.join(work, 'cache-none'), CAKUPAN_GEO_DIR: geoDir, CAKUPAN_OUT_DIR: out });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'data/boundaries.csv: none of the 9 pinned boundary files was found. Looked in, in order:',
      `  1. ${displayPath(geoDir)}/ (given by --geo-dir or CAKUPAN_GEO_DIR; when a folder is given, it is the only place looked): the files are not there`,
      expect.stringMatching(/^Fix: copy the files named in data\/boundaries\.csv into that folder/),
      '',
      'build: 1 problem found; nothing was written.',
    ]);
    expect(await fingerprint(out)).toBe(before);
  });

  it('leaves the previous build untouched when a boundary file is tampered with', async () => {
    const geoDir = path.join(work, 'geo');
    await cp(SHARED_GEO_DIR, geoDir, { recursive: true });
    const file = path.join(geoDir, 'Kota_Denpasar.geojson');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Kota Denpasar', 'Kota Denpasor'));
    const out = await previousBuild(path.join(work, 'tampered'));
    const before = await fingerprint(out);
    const { status, stderr } = run('scripts/build.ts', { CAKUPAN_CACHE_DIR: path.join(work, 'cache'), CAKUPAN_GEO_DIR: geoDir, CAKUPAN_OUT_DIR: out });
    expect(status).toBe(1);
    expect(stderr).toMatch(/Kota_Denpasar\.geojson: sha256 is [0-9a-f]{64}, but data\/boundaries\.csv pins 01679fd9/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await fingerprint(out)).toBe(before);
  });
});

describe('npm run bench', () => {
  it('on a clone without boundary files, stops with the boundary report instead of a stack trace', async () => {
    const geoDir = path.join(work, 'bench-geo');
    await mkdir(geoDir);
    const { status, stderr } = run('scripts/bench.ts', { CAKUPAN_GEO_DIR: geoDir }, ['--runs', '1']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^data\/boundaries\.csv: none of the 9 pinned boundary files was found\. Looked in, in order:$/m);
    expect(stderr.trim().split('\n').at(-1)).toBe('bench: 1 problem found; nothing was written.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a number of runs that is not a whole number', () => {
    const { status, stderr } = run('scripts/bench.ts', {}, ['--runs', 'many']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^--runs: "many" is not a whole number of runs \(1 or more\)$/m);
  });
});
