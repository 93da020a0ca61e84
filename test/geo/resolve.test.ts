/**
 * The boundary step against the real pinned files in ../shared/geo (never copied into the
 * repo): hash verification, the download path from a local HTTP server on 127.0.0.1 (and a
 * tampered one), missing and broken files.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Boundary } from '../../src/data/schema/tables.ts';
import { SHARED_GEO_DIR } from '../../src/config/paths.ts';
import { failureCause, resolveBoundaries, sha256Hex } from '../../src/geo/resolve.ts';
import { readBoundaryFeature } from '../../src/geo/topology.ts';

let boundaries: Boundary[];
let work: string;

beforeAll(async () => {
  const result = await loadDataset(path.resolve('data'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  boundaries = result.data.boundaries;
  work = await mkdtemp(path.join(tmpdir(), 'cakupan-geo-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Serves a folder on 127.0.0.1, optionally altering one file's bytes. */
async function serve(folder: string, tamper?: { file: string; bytes: Uint8Array }): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    hits.push(name);
    try {
      const bytes = tamper && tamper.file === name ? tamper.bytes : await readFile(path.join(folder, name));
      res.writeHead(200, { 'content-type': 'application/geo+json' }).end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/files/`, hits };
}

/** A port on 127.0.0.1 where nothing listens (a server's, just closed): connecting is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('resolveBoundaries', () => {
  it('finds all nine pinned files in the shared folder and verifies them', async () => {
    const { resolved, issues } = await resolveBoundaries(boundaries, { cacheDir: path.join(work, 'empty-cache'), sharedDir: SHARED_GEO_DIR, allowDownload: false });
    expect(issues).toEqual([]);
    expect(resolved.map((r) => r.boundary.region).sort()).toEqual(['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71']);
    for (const r of resolved) expect(sha256Hex(r.bytes)).toBe(r.boundary.sha256);
  });

  it('refuses a file whose hash differs, naming the file and what to do', async () => {
    const dir = path.join(work, 'tampered');
    await cp(SHARED_GEO_DIR, dir, { recursive: true });
    const badung = path.join(dir, 'Badung.geojson');
    const original = await readFile(badung, 'utf8');
    await writeFile(badung, original.replace('"Badung"', '"Badung "'));
    const { resolved, issues } = await resolveBoundaries(boundaries, { explicitDir: dir, cacheDir: path.join(work, 'c1'), display: (p) => path.relative(work, p) });
    expect(resolved).toHaveLength(8);
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toMatch(
      /^tampered\/Badung\.geojson: sha256 is [0-9a-f]{64}, but data\/boundaries\.csv pins 8f7d29e4[0-9a-f]+ for Badung\.geojson; the file is not the pinned release\. Replace it/,
    );
  });

  it('says which file is missing from an explicit folder instead of looking elsewhere', async () => {
    const dir = path.join(work, 'partial');
    await cp(SHARED_GEO_DIR, dir, { recursive: true });
    await rm(path.join(dir, 'Bangli.geojson'));
    const { issues } = await resolveBoundaries(boundaries, { explicitDir: dir, cacheDir: path.join(work, 'c2'), sharedDir: SHARED_GEO_DIR, display: (p) => path.relative(work, p) });
    expect(issues.map(formatIssue)).toEqual([
      [
        'data/boundaries.csv: 1 of the 9 pinned boundary files was not found (Bangli.geojson). Looked in, in order:',
        '  1. partial/ (given by --geo-dir or CAKUPAN_GEO_DIR; when a folder is given, it is the only place looked): the files are not there',
        'Fix: copy the files named in data/boundaries.csv into that folder, or leave the option out to use the cache, the shared folder or a download.',
      ].join('\n'),
    ]);
  });

  it('with no boundary file anywhere, gives one report: every place looked, what each said, the cause of the failed download, the fix', async () => {
    const port = await closedPort();
    const { resolved, issues } = await resolveBoundaries(boundaries, {
      cacheDir: path.join(work, 'no-cache'),
      sharedDir: path.join(work, 'no-shared'),
      downloadBase: `http://127.0.0.1:${port}/files/`,
      display: (p) => path.relative(work, p),
    });
    expect(resolved).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      [
        'data/boundaries.csv: none of the 9 pinned boundary files was found. Looked in, in order:',
        '  1. no-cache/ (the download cache): no such folder',
        '  2. no-shared/ (the shared folder beside the project): no such folder',
        `  3. download from http://127.0.0.1:${port}/files/ failed: connect ECONNREFUSED 127.0.0.1:${port}`,
        'Fix: put the files named in data/boundaries.csv (each row gives its download address and sha256) in a folder and run `npm run build -- --geo-dir DIR` (or set CAKUPAN_GEO_DIR=DIR), or restore the shared folder.',
      ].join('\n'),
    ]);
  });

  it('downloads the pinned files over HTTP when no local copy exists, and caches them', async () => {
    const { server, base, hits } = await serve(SHARED_GEO_DIR);
    try {
      const cacheDir = path.join(work, 'download-cache');
      const first = await resolveBoundaries(boundaries, { cacheDir, downloadBase: base });
      expect(first.issues).toEqual([]);
      expect(first.resolved.every((r) => r.origin.startsWith(base))).toBe(true);
      expect(hits).toHaveLength(9);
      expect((await readdir(cacheDir)).sort()).toEqual(boundaries.map((b) => b.file).sort());

      const second = await resolveBoundaries(boundaries, { cacheDir, downloadBase: base });
      expect(second.issues).toEqual([]);
      expect(hits).toHaveLength(9); // served from the cache, no new request
    } finally {
      server.close();
    }
  });

  it('refuses a tampered download and does not cache it', async () => {
    const { server, base } = await serve(SHARED_GEO_DIR, { file: 'Gianyar.geojson', bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}') });
    try {
      const cacheDir = path.join(work, 'tampered-download-cache');
      const { resolved, issues } = await resolveBoundaries(boundaries, { cacheDir, downloadBase: base });
      expect(resolved).toHaveLength(8);
      expect(issues.map(formatIssue)).toEqual([
        expect.stringMatching(new RegExp(`^${base}Gianyar\\.geojson: sha256 is [0-9a-f]{64}, but data/boundaries\\.csv pins 6edd435a[0-9a-f]+ for Gianyar\\.geojson; .*The download was not kept`)),
      ]);
      expect(await readdir(cacheDir)).not.toContain('Gianyar.geojson');
    } finally {
      server.close();
    }
  });

  it('reports a failed download with the address and the way out', async () => {
    const { server, base } = await serve(path.join(work, 'nowhere'));
    try {
      await mkdir(path.join(work, 'c3'));
      const { issues } = await resolveBoundaries(boundaries.slice(0, 2), { cacheDir: path.join(work, 'c3'), downloadBase: base, display: (p) => path.relative(work, p) });
      expect(issues).toHaveLength(1);
      expect(formatIssue(issues[0]!).split('\n')).toEqual([
        'data/boundaries.csv: none of the 2 pinned boundary files was found. Looked in, in order:',
        '  1. c3/ (the download cache): the files are not there',
        `  2. download from ${base} failed: HTTP 404`,
        expect.stringMatching(/^Fix: /),
      ]);
    } finally {
      server.close();
    }
  });
});

describe('failureCause', () => {
  it.each([
    ['an HTTP status', new Error('HTTP 404'), 'HTTP 404'],
    ['fetch failed, caused by DNS', new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), { code: 'ENOTFOUND' }) }), 'getaddrinfo ENOTFOUND example.invalid'],
    ['fetch failed, caused by a refused connection to every address', new TypeError('fetch failed', { cause: new AggregateError([new Error('connect ECONNREFUSED ::1:80'), new Error('connect ECONNREFUSED 127.0.0.1:80')]) }), 'connect ECONNREFUSED ::1:80'],
    ['a cause with only a code', new TypeError('fetch failed', { cause: Object.assign(new Error(''), { code: 'ETIMEDOUT' }) }), 'ETIMEDOUT'],
    ['something thrown that is not an Error', 'offline', 'offline'],
  ])('%s', (_, error, expected) => {
    expect(failureCause(error)).toBe(expected);
  });
});

describe('readBoundaryFeature', () => {
  const gianyar = () => boundaries.find((b) => b.region === '51.04')!;

  it('reports broken JSON with the file name', () => {
    const { issues } = readBoundaryFeature({ boundary: gianyar(), bytes: new TextEncoder().encode('{"type": "FeatureCollection", '), origin: 'x/Gianyar.geojson' });
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toMatch(/^x\/Gianyar\.geojson: is not valid JSON \(.+\); restore the pinned file$/);
  });

  it('reports a feature that names another region', async () => {
    const bytes = await readFile(path.join(SHARED_GEO_DIR, 'Bangli.geojson'));
    const { issues } = readBoundaryFeature({ boundary: gianyar(), bytes, origin: 'Gianyar.geojson' });
    expect(issues.map(formatIssue)).toEqual(['Gianyar.geojson: names its region "Bangli" (WADMKK), but data/boundaries.csv expects "Gianyar"']);
  });
});

describe('data/boundaries.csv', () => {
  it('pins the same files and hashes as the shared SOURCE.md', async () => {
    const source = await readFile(path.join(SHARED_GEO_DIR, 'SOURCE.md'), 'utf8');
    const pinned = [...source.matchAll(/^\| (\S+\.geojson) \| [^|]+ \| (\d{2}\.\d{2}) \| ([0-9a-f]{64}) \|$/gm)].map(([, file, code, hash]) => `${code} ${file} ${hash}`);
    expect(pinned).toHaveLength(9);
    expect(boundaries.map((b) => `${b.region} ${b.file} ${b.sha256}`).sort()).toEqual(pinned.sort());
  });
});
