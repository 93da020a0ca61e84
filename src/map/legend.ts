/**
 * The map legend's entries (bins, the no-data hatch, the comparability markers) as data, so the
 * page's HTML legend and the exported image draw exactly the same swatches and words.
 */
import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { BINS } from './classify.ts';
import { OLD_AFTER_MONTHS } from './comparability.ts';
import type { MapModel } from './model.ts';
import { noDataPattern, oldMarker, otherMethodMarker } from './render.ts';

export const SWATCH_WIDTH = 22;
export const SWATCH_HEIGHT = 16;

export interface MapLegendItem {
  kind: 'bin' | 'nodata' | 'old' | 'method';
  bin?: number;
  /** Inner SVG markup of a 22×16 swatch. */
  swatch: string;
  label: string;
}

/** `patternId` must be unique in the document the swatches land in. */
export function mapLegendItems(model: MapModel, patternId = 'cakupan-nodata-legend'): MapLegendItem[] {
  const { lang } = model;
  const t = MAP_STRINGS[lang];
  const percent = lang === 'id' ? '\u00a0%' : '%';
  const outline = 'stroke="var(--map-outline, #4d4d4d)"';
  const items: MapLegendItem[] = BINS.map((bin, i) => ({
    kind: 'bin',
    bin: i,
    swatch: `<rect width="22" height="16" fill="${bin.color}" ${outline}/>`,
    label: `${t.binLabel(formatNumber(bin.min, lang), formatNumber(bin.max, lang), i === BINS.length - 1)}${percent}`,
  }));
  items.push({ kind: 'nodata', swatch: `<defs>${noDataPattern(patternId)}</defs><rect width="22" height="16" fill="url(#${patternId})" ${outline}/>`, label: t.noDataLegend });
  if (model.regions.some((r) => r.flags.old)) items.push({ kind: 'old', swatch: oldMarker(11, 8), label: t.oldLegend(OLD_AFTER_MONTHS) });
  if (model.referenceMethod && model.regions.some((r) => r.flags.otherMethod)) {
    items.push({ kind: 'method', swatch: otherMethodMarker(11, 8.5), label: t.otherMethodLegend(model.referenceMethod) });
  }
  return items;
}

export function legendHeading(lang: Lang): { title: string; note: string } {
  const t = MAP_STRINGS[lang];
  return { title: t.legendTitle, note: t.classification };
}

export function swatchSvg(item: MapLegendItem): string {
  return `<svg width="${SWATCH_WIDTH}" height="${SWATCH_HEIGHT}" viewBox="0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}" aria-hidden="true">${item.swatch}</svg>`;
}
