/**
 * Finds the bytes of each pinned boundary file and refuses any whose sha256 differs from the
 * pin in data/boundaries.csv. Candidates are tried in order: an explicit folder (when one is
 * given, it is the only local place looked at), the project's download cache, the shared
 * folder beside the project, and finally a download of the pinned URL (kept in the cache).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataIssue } from '../data/issues.ts';
import type { Boundary } from '../data/schema/tables.ts';
import { displayPath } from '../config/paths.ts';

export interface ResolveOptions {
  /** Folder given by the user (`--geo-dir` or CAKUPAN_GEO_DIR). */
  explicitDir?: string | undefined;
  /** Gitignored folder where downloads are kept. */
  cacheDir: string;
  /** `../shared/geo/big-rbi50k-2023`, or undefined to skip it. */
  sharedDir?: string | undefined;
  /** Replaces the folder part of each pinned URL (tests serve the files on 127.0.0.1). */
  downloadBase?: string | undefined;
  /** Set to false to forbid downloads. */
  allowDownload?: boolean;
  /** How paths appear in messages. */
  display?: (p: string) => string;
  fetch?: typeof globalThis.fetch;
}

export interface ResolvedBoundary {
  boundary: Boundary;
  bytes: Uint8Array;
  /** Where the bytes came from: a path or a URL. */
  origin: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readIfExists(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes next to the target, then renames, so a reader never sees half a file. */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

export function downloadUrl(boundary: Boundary, base: string | undefined): string {
  if (!base) return boundary.url;
  return new URL(boundary.file, base.endsWith('/') ? base : `${base}/`).href;
}

export async function resolveBoundaries(
  boundaries: readonly Boundary[],
  options: ResolveOptions,
): Promise<{ resolved: ResolvedBoundary[]; issues: DataIssue[] }> {
  const display = options.display ?? displayPath;
  const doFetch = options.fetch ?? globalThis.fetch;
  const resolved: ResolvedBoundary[] = [];
  const issues: DataIssue[] = [];
  const missing: Missing[] = [];

  const mismatch = (where: string, actual: string, boundary: Boundary, fix: string): DataIssue => ({
    file: where,
    message: `sha256 is ${actual}, but data/boundaries.csv pins ${boundary.sha256} for ${boundary.file}; the file is not the pinned release. ${fix}`,
  });

  for (const boundary of boundaries) {
    const local: { file: string; fix: string }[] = options.explicitDir
      ? [{ file: path.join(options.explicitDir, boundary.file), fix: 'Replace it with the pinned file, or point --geo-dir/CAKUPAN_GEO_DIR elsewhere.' }]
      : [
          { file: path.join(options.cacheDir, boundary.file), fix: 'Delete it from the cache; the next build downloads it again.' },
          ...(options.sharedDir ? [{ file: path.join(options.sharedDir, boundary.file), fix: 'Restore the shared copy (see SOURCE.md beside it).' }] : []),
        ];

    let found: ResolvedBoundary | undefined;
    let refused = false;
    for (const candidate of local) {
      const bytes = await readIfExists(candidate.file);
      if (!bytes) continue;
      const actual = sha256Hex(bytes);
      if (actual !== boundary.sha256) {
        issues.push(mismatch(display(candidate.file), actual, boundary, candidate.fix));
        refused = true;
        break;
      }
      found = { boundary, bytes, origin: display(candidate.file) };
      break;
    }
    if (found) {
      resolved.push(found);
      continue;
    }
    if (refused) continue;

    if (options.explicitDir || options.allowDownload === false) {
      missing.push({ boundary });
      continue;
    }
    const url = downloadUrl(boundary, options.downloadBase);
    let bytes: Uint8Array;
    try {
      const response = await doFetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      missing.push({ boundary, url, failure: failureCause(error) });
      continue;
    }
    const actual = sha256Hex(bytes);
    if (actual !== boundary.sha256) {
      issues.push(mismatch(url, actual, boundary, 'The download was not kept; check the pinned URL.'));
      continue;
    }
    await writeAtomic(path.join(options.cacheDir, boundary.file), bytes);
    resolved.push({ boundary, bytes, origin: url });
  }
  if (missing.length > 0) issues.push(await missingSummary(missing, boundaries.length, options, display));
  return { resolved, issues };
}

/** A pinned file found nowhere, and why its download failed if one was tried. */
interface Missing {
  boundary: Boundary;
  url?: string;
  failure?: string;
}

/**
 * Why a download failed, as the network layer says it: fetch() rejects with "fetch failed" and
 * keeps the reason (getaddrinfo ENOTFOUND host, connect ECONNREFUSED …) in `cause`.
 */
export function failureCause(error: unknown): string {
  let cause: unknown = error;
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  if (cause instanceof Error) return cause.message || (cause as NodeJS.ErrnoException).code || cause.name;
  return String(cause);
}

/** The folder part of a URL (`https://host/a/b/File.geojson` → `https://host/a/b/`). */
const folderOf = (url: string) => url.slice(0, url.lastIndexOf('/') + 1);

async function folderState(dir: string): Promise<string> {
  return stat(dir).then(
    (s) => (s.isDirectory() ? 'the files are not there' : 'not a folder'),
    () => 'no such folder',
  );
}

/**
 * One report for every pinned file found nowhere: which files, every place looked in the order
 * looked, what each said, and how to fix it. (Nine similar lines that never said where the
 * build had looked were the alternative.)
 */
async function missingSummary(missing: Missing[], total: number, options: ResolveOptions, display: (p: string) => string): Promise<DataIssue> {
  const names = missing.map((m) => m.boundary.file);
  const what = missing.length === total ? `none of the ${total} pinned boundary files was found` : `${missing.length} of the ${total} pinned boundary files ${missing.length === 1 ? 'was' : 'were'} not found (${names.join(', ')})`;
  const places: string[] = [];
  if (options.explicitDir) {
    places.push(`${display(options.explicitDir)}/ (given by --geo-dir or CAKUPAN_GEO_DIR; when a folder is given, it is the only place looked): ${await folderState(options.explicitDir)}`);
  } else {
    places.push(`${display(options.cacheDir)}/ (the download cache): ${await folderState(options.cacheDir)}`);
    if (options.sharedDir) places.push(`${display(options.sharedDir)}/ (the shared folder beside the project): ${await folderState(options.sharedDir)}`);
    if (options.allowDownload === false) places.push('downloads: turned off');
    else {
      // Usually one reason for all (no network); otherwise each reason with its files.
      const byFailure = new Map<string, string[]>();
      for (const m of missing) {
        const key = `${folderOf(m.url ?? '')} failed: ${m.failure}`;
        byFailure.set(key, [...(byFailure.get(key) ?? []), m.boundary.file]);
      }
      for (const [failure, files] of byFailure) places.push(`download from ${failure}${byFailure.size > 1 ? ` (${files.join(', ')})` : ''}`);
    }
  }
  const fix = options.explicitDir
    ? 'Fix: copy the files named in data/boundaries.csv into that folder, or leave the option out to use the cache, the shared folder or a download.'
    : 'Fix: put the files named in data/boundaries.csv (each row gives its download address and sha256) in a folder and run `npm run build -- --geo-dir DIR` (or set CAKUPAN_GEO_DIR=DIR), or restore the shared folder.';
  return { file: 'data/boundaries.csv', message: `${what}. Looked in, in order:\n${places.map((p, i) => `  ${i + 1}. ${p}`).join('\n')}\n${fix}` };
}
