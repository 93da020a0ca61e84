/**
 * The region pages' locator: Bali in a few hundred bytes, one region picked out. The same
 * topology as the big map, projected small enough that whole-unit coordinates keep it to a
 * handful of vertices per region. Share cards project it larger (src/site/topology.ts), so
 * its outlines stay smooth there.
 */
import { escape } from 'html-escaper';
import type { ProjectedMap } from './geometry.ts';

/** Width of the locator drawing, in its own units (it is shown about 120 px wide). */
export const LOCATOR_WIDTH = 120;

export function locatorSvg(projected: ProjectedMap, code: string, label: string): string {
  // Half a unit at the page's 120 units, and as thick in proportion when projected larger (share cards).
  const stroke = +(projected.width / (2 * LOCATOR_WIDTH)).toFixed(2);
  const rest = projected.regencies.filter((r) => r.code !== code).map((r) => r.d).join('');
  const region = projected.regencies.find((r) => r.code === code);
  if (!region) throw new Error(`locator: region ${code} has no shape`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="locator" viewBox="0 0 ${projected.width} ${projected.height}" width="${projected.width}" height="${projected.height}" role="img" aria-label="${escape(label)}">` +
    `<path d="${rest}" fill="var(--map-nodata-bg, #f0f0f0)" stroke="var(--map-outline, #767676)" stroke-width="${stroke}" stroke-linejoin="round"/>` +
    `<path d="${region.d}" fill="var(--accent, #005a8c)" stroke="var(--accent, #005a8c)" stroke-width="${stroke}" stroke-linejoin="round"/>` +
    '</svg>'
  );
}
