/**
 * Step 3 of the build: Astro renders into a staging folder; only a complete build replaces
 * the output folder (dist/, or CAKUPAN_OUT_DIR). A failure anywhere leaves the previous output
 * exactly as it was, and no staging folder behind.
 */
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { outDir as defaultOutDir, stagingDir } from '../../src/config/paths.ts';

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export interface SiteOptions {
  /** Checks the staged site before it replaces the output; a problem keeps the previous output. */
  verify?: (staging: string) => Promise<void>;
}

export async function buildSite(outDir = defaultOutDir(), options: SiteOptions = {}): Promise<void> {
  const staging = stagingDir(outDir);
  const previous = path.join(path.dirname(staging), `${path.basename(outDir)}-previous`);
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });

  // Loaded here, not at the top: a build stopped by bad data never pays for loading Astro.
  const { build } = await import('astro');
  try {
    await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
    await options.verify?.(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  // Swap: two renames on one filesystem; the old copy goes only after the new one is in place.
  if (await exists(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}
