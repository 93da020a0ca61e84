/**
 * Production builds only: before the staged site replaces dist/, every absolute address in its
 * embeds, oEmbed files, pages' share tags and feed is the configured site's or a source's own
 * (src/hosting/addresses.ts). Otherwise the build stops and names each one.
 */
import type { Dataset } from '../../src/data/schema/tables.ts';
import { siteUrl } from '../../src/config/site.ts';
import { foreignAddresses } from '../../src/hosting/addresses.ts';

export function verifyAddresses(data: Dataset): (staging: string) => Promise<void> {
  return async (staging) => {
    const allowed = new Set(data.sources.flatMap((s) => (s.url ? [s.url] : [])));
    const problems = await foreignAddresses(staging, siteUrl(), allowed);
    if (problems.length > 0) throw new Error(`addresses not on ${siteUrl()}:\n${problems.slice(0, 20).join('\n')}`);
  };
}
