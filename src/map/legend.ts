/**
 * The map legend's entries (bins, then the treatments that are not bins) as data, so the page's
 * HTML legend and the exported image draw exactly the same swatches and words. The title names
 * the reference the colours are read against.
 */
import { OLD_AFTER_MONTHS, STALE_AFTER_MONTHS } from '../data/gaps.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { BINS, binFill, quietFill } from './classify.ts';
import type { MapModel } from './model.ts';
import { marker, noDataPattern, otherMethodPattern } from './render.ts';

export const SWATCH_WIDTH = 22;
export const SWATCH_HEIGHT = 16;

export interface MapLegendItem {
  kind: 'bin' | 'method' | 'old' | 'stale' | 'nodata';
  bin?: number;
  /** Inner SVG markup of a 22×16 swatch. */
  swatch: string;
  label: string;
}

const outline = `stroke="${quietFill('coast')}"`;
const rect = (fill: string) => `<rect x="0.5" y="0.5" width="21" height="15" fill="${fill}" ${outline}/>`;

/** `idPrefix` must be unique in the document the swatches land in. */
export function mapLegendItems(model: MapModel, idPrefix = 'map-legend'): MapLegendItem[] {
  const { lang } = model;
  const t = MAP_STRINGS[lang];
  const percent = lang === 'id' ? '\u00a0%' : '%';
  const items: MapLegendItem[] = BINS.map((bin, i) => ({
    kind: 'bin',
    bin: i,
    swatch: rect(binFill(i)),
    label: `${t.binLabel(formatNumber(bin.min, lang), formatNumber(bin.max, lang), i === BINS.length - 1)}${percent}`,
  }));
  const drawn = (test: (r: MapModel['regions'][number]) => boolean) => model.regions.some(test);
  if (drawn((r) => r.treatment === 'bin' && r.standing!.otherMethod)) {
    items.push({
      kind: 'method',
      swatch: `<defs>${otherMethodPattern(`${idPrefix}-method`, 2)}</defs>${rect(`url(#${idPrefix}-method)`)}${marker('method', 11, 8.5)}`,
      label: t.otherMethodLegend,
    });
  }
  if (drawn((r) => r.standing?.age === 'old')) items.push({ kind: 'old', swatch: marker('old', 11, 8), label: t.oldLegend(OLD_AFTER_MONTHS) });
  if (drawn((r) => r.treatment === 'stale')) items.push({ kind: 'stale', swatch: rect(quietFill('stale')), label: t.staleLegend(STALE_AFTER_MONTHS) });
  items.push({ kind: 'nodata', swatch: `<defs>${noDataPattern(`${idPrefix}-nodata`)}</defs>${rect(`url(#${idPrefix}-nodata)`)}`, label: t.noDataLegend });
  return items;
}

export function legendHeading(lang: Lang): { title: string; reference: string; note: string } {
  const t = MAP_STRINGS[lang];
  return { title: t.legendTitle, reference: t.legendReference, note: t.classification };
}

export function swatchSvg(item: MapLegendItem): string {
  return `<svg width="${SWATCH_WIDTH}" height="${SWATCH_HEIGHT}" viewBox="0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}" aria-hidden="true">${item.swatch}</svg>`;
}
