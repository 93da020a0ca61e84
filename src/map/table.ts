/**
 * The table beside the map, as data: the province first, then the regencies as the map draws
 * them, sorted by value: coloured rates highest first, then rates too old to colour, then
 * regions with only segment rates, then regions with none. Each value carries its bar's fill,
 * so the table reads like the map.
 */
import type { Citation } from '../data/derive.ts';
import { figureValue } from '../i18n/figure-text.ts';
import { formatShortDate } from '../i18n/format.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { binFill, binIndex, quietFill } from './classify.ts';
import { segmentShort, type MapModel, type MapRegion, type Treatment } from './model.ts';

export interface TableValue {
  /** "PU" before a segment's rate; empty for an all-worker rate. */
  segment: string;
  text: string;
  /** 0–100, the bar's length. */
  percent: number;
  fill: string;
  figure: string;
}

export interface TableRow {
  code: string;
  name: string;
  /** Address of the region page; absent for the province (the page it is on). */
  href?: string;
  treatment: Treatment | 'province';
  values: TableValue[];
  /** Words for why a value is not a current reference rate ("metode lain"), if it is not. */
  flags: string[];
  method: string;
  when: string;
  source: string;
}

const ORDER: Record<Treatment, number> = { bin: 0, stale: 1, segments: 2, none: 3 };

export function tableRows(model: MapModel): { province?: TableRow; regions: TableRow[] } {
  const { lang, index } = model;
  const t = MAP_STRINGS[lang];
  const cited = (c: Citation, fill: string, segment = ''): TableValue => ({
    segment,
    text: figureValue(c.figure, lang, index),
    percent: c.figure.value,
    fill,
    figure: c.figure.id,
  });
  const when = (citations: Citation[]) => [...new Set(citations.map((c) => formatShortDate(c.figure.as_of, lang)))].join(' · ');
  const source = (citations: Citation[]) => [...new Set(citations.map((c) => c.source.outlet))].join(' · ');
  const method = (citations: Citation[]) => [...new Set(citations.map((c) => t.methodShort[c.figure.method]))].join(' · ');

  function row(r: MapRegion): TableRow {
    const shown = r.latest ? [r.latest] : r.segments;
    const values = r.latest
      ? [cited(r.latest, r.treatment === 'stale' ? quietFill('stale') : binFill(r.bin!))]
      : r.segments.map((c) => cited(c, 'var(--muted, #595959)', segmentShort(index, c.figure.segment, lang)));
    const flags = [
      ...(r.standing?.otherMethod ? [t.tableFlags.method] : []),
      ...(r.standing?.age === 'old' ? [t.tableFlags.old] : []),
      ...(r.treatment === 'stale' ? [t.tableFlags.stale] : []),
    ];
    return { code: r.region.code, name: r.region.short_name, href: r.href, treatment: r.treatment, values, flags, method: method(shown), when: when(shown), source: source(shown) };
  }

  const regions = model.regions
    .map(row)
    .sort((a, b) => ORDER[a.treatment as Treatment] - ORDER[b.treatment as Treatment] || (b.values[0]?.percent ?? 0) - (a.values[0]?.percent ?? 0) || a.name.localeCompare(b.name));
  const p = model.province;
  const province: TableRow | undefined = p && {
    code: p.figure.region,
    name: t.tableProvince(index.regions.get(p.figure.region)!.short_name),
    treatment: 'province',
    values: [cited(p, binFill(binIndex(p.figure.value)))],
    flags: [],
    method: t.methodShort[p.figure.method],
    when: when([p]),
    source: source([p]),
  };
  return { ...(province ? { province } : {}), regions };
}
