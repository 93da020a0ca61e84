/**
 * The choropleth as data: for each regency its shape, fill (bin colour or no-data hatch),
 * label, comparability flags and accessible name. Pure; the SVG renderer and the tests read it.
 */
import { latestCoverageByRegion, type Citation } from '../data/derive.ts';
import { indexOf, type DatasetIndex } from '../data/index.ts';
import type { Dataset, Region } from '../data/schema/tables.ts';
import { figureValue } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { href, regionPath } from '../routes.ts';
import { STRINGS } from '../i18n/strings.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { BINS, binIndex } from './classify.ts';
import { assessComparability, referenceMethod, type Comparability } from './comparability.ts';
import type { ProjectedMap } from './geometry.ts';
import { placeLabels, type LabelBox } from './labels.ts';

export const NO_DATA_PATTERN_ID = 'cakupan-nodata';

export interface MapRegion {
  region: Region;
  d: string;
  href: string;
  /** Index into BINS, or undefined when the region has no figure. */
  bin?: number;
  fill: string;
  latest?: Citation;
  flags: Comparability;
  ariaLabel: string;
  label: LabelBox;
  /** Lines of the tooltip, already formatted: name, value, date, method, source. */
  tooltip: { name: string; value: string; date: string; method: string; source: string };
}

export interface MapModel {
  lang: Lang;
  /** The dataset's index, for values and notes of the figures shown. */
  index: DatasetIndex;
  regions: MapRegion[];
  outline: string;
  borders: string;
  /** Method most mapped figures use, named in the legend's "other method" entry. */
  referenceMethod?: string;
  province?: Citation;
}

export function buildMapModel(data: Dataset, projected: ProjectedMap, lang: Lang): MapModel {
  const t = MAP_STRINGS[lang];
  const methods = STRINGS[lang].methods;
  const headlines = latestCoverageByRegion(data);
  const regencyHeadlines = headlines.filter((h) => h.region.type !== 'provinsi');
  const mapped = regencyHeadlines.flatMap((h) => (h.latest ? [h.latest.figure] : []));
  const comparability = assessComparability(mapped);
  const reference = referenceMethod(mapped);
  const shapes = new Map(projected.regencies.map((r) => [r.code, r]));
  const index = indexOf(data);
  const value = (latest: Citation) => figureValue(latest.figure, lang, index);

  const flagsOf = (latest: Citation | undefined): Comparability => (latest ? comparability.get(latest.figure.id)! : { old: false, otherMethod: false });
  const labels = new Map(
    placeLabels(
      regencyHeadlines.map((h) => {
        const flags = flagsOf(h.latest);
        return { code: h.region.code, text: h.region.short_name, markers: Number(flags.old) + Number(flags.otherMethod), rings: shapes.get(h.region.code)?.largestPolygon ?? [] };
      }),
    ).map((box) => [box.code, box]),
  );

  const regions = regencyHeadlines.map(({ region, latest }): MapRegion => {
    const shape = shapes.get(region.code);
    if (!shape) throw new Error(`region ${region.code} has no shape in the topology`);
    const flags = flagsOf(latest);
    const bin = latest ? binIndex(latest.figure.value) : undefined;
    const flagWords = [...(flags.old ? [t.flagOld] : []), ...(flags.otherMethod ? [t.flagOtherMethod] : [])];
    const name = lang === 'id' ? region.name : region.name_en;
    return {
      region,
      d: shape.d,
      href: href(regionPath(region.slug), lang),
      ...(bin !== undefined ? { bin } : {}),
      fill: bin !== undefined ? BINS[bin]!.color : `url(#${NO_DATA_PATTERN_ID})`,
      ...(latest ? { latest } : {}),
      flags,
      ariaLabel: latest
        ? t.regionAria(name, value(latest), formatPartialDate(latest.figure.as_of, lang), methods[latest.figure.method], latest.source.outlet, flagWords)
        : t.regionAriaNoData(name),
      label: labels.get(region.code)!,
      tooltip: {
        name,
        value: latest ? value(latest) : t.noData,
        date: latest ? formatPartialDate(latest.figure.as_of, lang) : '',
        method: latest ? methods[latest.figure.method] + (flagWords.length ? ` (${flagWords.join(', ')})` : '') : '',
        source: latest ? latest.source.outlet : '',
      },
    };
  });

  const province = headlines.find((h) => h.region.type === 'provinsi')?.latest;
  return {
    lang,
    index,
    regions,
    outline: projected.outline,
    borders: projected.borders,
    ...(reference ? { referenceMethod: methods[reference] } : {}),
    ...(province ? { province } : {}),
  };
}

/** "Coverage ranges from … in … to … in …; N regencies have no published rate." */
export function summarySentences(model: MapModel): string[] {
  const t = MAP_STRINGS[model.lang];
  const withData = model.regions.filter((r) => r.latest);
  const name = (r: MapRegion) => r.region.short_name;
  const value = (r: MapRegion) => figureValue(r.latest!.figure, model.lang, model.index);
  const sentences: string[] = [];
  if (withData.length === 1) sentences.push(t.onlyOne(value(withData[0]!), name(withData[0]!)));
  if (withData.length > 1) {
    const sorted = [...withData].sort((a, b) => a.latest!.figure.value - b.latest!.figure.value);
    const low = sorted[0]!;
    const high = sorted.at(-1)!;
    sentences.push(t.range(value(low), name(low), value(high), name(high)));
  }
  sentences.push(t.missingCount(model.regions.length - withData.length));
  return sentences;
}
