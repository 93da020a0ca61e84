/**
 * Step 3 of the build: Astro renders into a staging folder; only a complete build replaces
 * dist/. A failure anywhere leaves the previous dist/ exactly as it was.
 */
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function buildSite(outDir = path.resolve('dist')): Promise<void> {
  // Beside dist/ on the same filesystem (not in CAKUPAN_CACHE_DIR), so the swap is a rename.
  const staging = path.resolve('.cache/dist-staging');
  const previous = path.resolve('.cache/dist-previous');
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });

  await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });

  // Swap: two renames on one filesystem; the old copy goes only after the new one is in place.
  if (await exists(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}
