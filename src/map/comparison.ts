/**
 * A region's figure against the province's, as the region page draws it: two bars and a
 * sentence that says whether they compare at face value and, if not, why (method, base, date).
 * Where the region has only segment rates, each is set against the province's rate for the
 * same segment: like with like.
 */
import { comparableAtFaceValue, differenceBetween, mappedStandings } from '../data/comparability.ts';
import { coverageOf, latestRate, provinceOf, type Citation } from '../data/derive.ts';
import { OLD_AFTER_MONTHS } from '../data/gaps.ts';
import { indexOf } from '../data/index.ts';
import type { Dataset, Region } from '../data/schema/tables.ts';
import { ENUM_LABELS } from '../i18n/enums.ts';
import { figureValue } from '../i18n/figure-text.ts';
import { formatShortDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { REGION_STRINGS } from '../i18n/strings-region.ts';
import { binFill, binIndex, quietFill } from './classify.ts';
import { segmentShort } from './model.ts';

export interface ComparisonRow {
  label: string;
  text: string;
  /** 0–100: the bar's length. */
  percent: number;
  fill: string;
  when: string;
  figure: string;
}

export interface Comparison {
  rows: [ComparisonRow, ComparisonRow];
  comparable: boolean;
  sentence: string;
}

export function regionComparisons(data: Dataset, region: Region, lang: Lang): Comparison[] {
  const t = REGION_STRINGS[lang];
  const enums = ENUM_LABELS[lang];
  const index = indexOf(data);
  const coverage = coverageOf(data, region.code);
  const provinceCode = provinceOf(data)?.code;
  if (!coverage || !provinceCode) return [];
  const stale = (c: Citation) => mappedStandings(data).get(c.figure.id)?.age === 'stale';
  const row = (c: Citation, name: string, fill: string): ComparisonRow => ({
    label: c.figure.segment === 'all' ? name : `${name}, ${segmentShort(index, c.figure.segment, lang)}`,
    text: figureValue(c.figure, lang, index),
    percent: c.figure.value,
    fill,
    when: formatShortDate(c.figure.as_of, lang),
    figure: c.figure.id,
  });
  const provinceName = index.regions.get(provinceCode)!.short_name;

  function pair(own: Citation, province: Citation): Comparison {
    const comparable = comparableAtFaceValue(own.figure, province.figure);
    const difference = differenceBetween(own.figure, province.figure);
    const base = (c: Citation) => enums.bases[c.figure.base ?? 'unstated'];
    const stated = <T extends string>(value: T | undefined, unstated: T, label: (v: T) => string) => (value === undefined || value === unstated ? undefined : label(value));
    const reasons = [
      ...(difference.method ? [t.differsMethod(region.short_name, stated(own.figure.method, 'unspecified', (m) => enums.methods[m]), enums.methods[province.figure.method])] : []),
      ...(difference.base || own.figure.base === 'unstated' ? [t.differsBase(stated(own.figure.base, 'unstated', (b) => enums.bases[b]), base(province))] : []),
      ...(difference.months > OLD_AFTER_MONTHS ? [t.differsDate(difference.months)] : []),
    ];
    return {
      rows: [
        row(own, region.short_name, own.figure.segment !== 'all' ? 'var(--muted, #595959)' : stale(own) ? quietFill('stale') : binFill(binIndex(own.figure.value))),
        row(province, provinceName, province.figure.segment !== 'all' ? 'var(--muted, #595959)' : binFill(binIndex(province.figure.value))),
      ],
      comparable,
      sentence: comparable
        ? t.comparable(enums.methods[own.figure.method], base(own), difference.months)
        : t.notComparable(reasons.length ? reasons : [t.differsUnstated]),
    };
  }

  if (coverage.latest) {
    const province = latestRate(data, provinceCode, 'all');
    return province ? [pair(coverage.latest, province)] : [];
  }
  return coverage.segments.flatMap((own) => {
    const province = latestRate(data, provinceCode, own.figure.segment);
    return province ? [pair(own, province)] : [];
  });
}
