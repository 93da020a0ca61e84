/**
 * Finds the bytes of each pinned boundary file and refuses any whose sha256 differs from the
 * pin in data/boundaries.csv. Candidates are tried in order: an explicit folder (when one is
 * given, it is the only local place looked at), the project's download cache, the shared
 * folder beside the project, and finally a download of the pinned URL (kept in the cache).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataIssue } from '../data/issues.ts';
import type { Boundary } from '../data/schema/tables.ts';

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
  const display = options.display ?? ((p: string) => path.relative(process.cwd(), p) || p);
  const doFetch = options.fetch ?? globalThis.fetch;
  const resolved: ResolvedBoundary[] = [];
  const issues: DataIssue[] = [];

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

    if (options.explicitDir) {
      issues.push({ file: display(path.join(options.explicitDir, boundary.file)), message: `is missing from the folder given by --geo-dir/CAKUPAN_GEO_DIR; copy ${boundary.file} there or leave the option out` });
      continue;
    }
    if (options.allowDownload === false) {
      issues.push({ file: boundary.file, message: `was not found in ${display(options.cacheDir)}${options.sharedDir ? ` or ${display(options.sharedDir)}` : ''}, and downloads are off; pass --geo-dir DIR with the pinned files` });
      continue;
    }
    const url = downloadUrl(boundary, options.downloadBase);
    let bytes: Uint8Array;
    try {
      const response = await doFetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      issues.push({ file: boundary.file, message: `was not found locally and the download from ${url} failed (${(error as Error).message}); pass --geo-dir DIR with the pinned files` });
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
  return { resolved, issues };
}
