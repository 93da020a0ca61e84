/**
 * The choropleth as data: for each regency its shape, how it is drawn (a bin colour, the stale
 * grey, the no-data hatch), its label, its card and its accessible name, following the
 * comparability rules of src/data/comparability.ts. Pure; the SVG renderer, the table, the
 * embeds and the tests read it.
 */
import { isReference, mappedStandings, type Standing } from '../data/comparability.ts';
import { coverageByRegion, type Citation } from '../data/derive.ts';
import { STALE_AFTER_MONTHS } from '../data/gaps.ts';
import { indexOf, type DatasetIndex } from '../data/index.ts';
import type { Dataset, Region } from '../data/schema/tables.ts';
import { ENUM_LABELS } from '../i18n/enums.ts';
import { figureValue, noteText } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from '../i18n/strings-map.ts';
import { href, regionPath } from '../routes.ts';
import { binIndex } from './classify.ts';
import type { ProjectedMap } from './geometry.ts';
import { CREDIT_FONT_SIZE, LABEL_LAYOUTS, measure, placeLabels, type LabelLine, type MarkerKind, type PlacedLabel } from './labels.ts';
import type { Box } from './plane.ts';

/**
 * How a region is drawn: `bin`, a current (or merely old) all-worker rate in its bin colour;
 * `stale`, a rate too old to colour; `segments`, only rates by group of workers; `none`.
 */
export type Treatment = 'bin' | 'stale' | 'segments' | 'none';

/** What the card (touch) and tooltip (hover, focus) say, already formatted. */
export interface Card {
  name: string;
  value: string;
  date: string;
  method: string;
  source: string;
  /** Why the figure is not drawn as a current reference rate, if it is not. */
  flag: string;
  note: string;
}

export interface MapRegion {
  region: Region;
  name: string;
  d: string;
  href: string;
  treatment: Treatment;
  /** Index into BINS, for `bin` regions. */
  bin?: number;
  standing?: Standing;
  latest?: Citation;
  /** Segment rates, for `segments` regions. */
  segments: Citation[];
  ariaLabel: string;
  /** One label per layout of LABEL_LAYOUTS (narrowest first). */
  labels: PlacedLabel[];
  /** The region's label point, in drawing units (the same in every layout). */
  anchor: { x: number; y: number };
  card: Card;
}

export interface MapModel {
  lang: Lang;
  index: DatasetIndex;
  width: number;
  height: number;
  /** Top of the island, in drawing units (the sea above it is room for labels). */
  landTop: number;
  /** West to east (by label point): the order of the keyboard walk. */
  regions: MapRegion[];
  province?: Citation;
}

/** "PU" from "Penerima upah (PU)"; the whole label when it has no abbreviation. */
export function segmentShort(index: DatasetIndex, id: string, lang: Lang): string {
  const segment = index.segments.get(id)!;
  const label = lang === 'id' ? segment.label_id : segment.label_en;
  return /\(([^)]+)\)$/.exec(label)?.[1] ?? label;
}

const unique = (items: string[]) => [...new Set(items)];

/** Where the credit line sits on a map `scale` px per unit: bottom right, in the strip below the island. */
export function creditBox(projected: ProjectedMap, lang: Lang, scale: number): Box {
  // Right-aligned 4 px from the edge, as render.ts draws it.
  const width = (measure(MAP_STRINGS[lang].credit, CREDIT_FONT_SIZE) + 8) / scale;
  const height = (CREDIT_FONT_SIZE + 6) / scale;
  return { x: projected.width - width / 2, y: projected.height - height / 2, width, height };
}

const memo = new WeakMap<Dataset, WeakMap<ProjectedMap, Partial<Record<Lang, MapModel>>>>();

/** The map model for a dataset, shapes and language; built once per build (label layout is a search). */
export function buildMapModel(data: Dataset, projected: ProjectedMap, lang: Lang): MapModel {
  let byShapes = memo.get(data);
  if (!byShapes) memo.set(data, (byShapes = new WeakMap()));
  let byLang = byShapes.get(projected);
  if (!byLang) byShapes.set(projected, (byLang = {}));
  return (byLang[lang] ??= createMapModel(data, projected, lang));
}

function createMapModel(data: Dataset, projected: ProjectedMap, lang: Lang): MapModel {
  const t = MAP_STRINGS[lang];
  const methods = ENUM_LABELS[lang].methods;
  const bases = ENUM_LABELS[lang].bases;
  const index = indexOf(data);
  const coverage = coverageByRegion(data);
  const regencies = coverage.filter((c) => c.region.type !== 'provinsi');
  const standingOf = mappedStandings(data);
  const shapes = new Map(projected.regencies.map((r) => [r.code, r]));
  const date = (c: Citation) => formatPartialDate(c.figure.as_of, lang);
  const value = (c: Citation, style: 'text' | 'compact' = 'text') => figureValue(c.figure, lang, index, style);
  const methodOf = (c: Citation) => `${methods[c.figure.method]}${c.figure.base ? `; ${bases[c.figure.base]}` : ''}`;
  const segmentText = (c: Citation, style: 'text' | 'compact') => t.segmentValue(segmentShort(index, c.figure.segment, lang), value(c, style));

  const drafts = regencies.map(({ region, latest, segments }) => {
    const shape = shapes.get(region.code);
    if (!shape) throw new Error(`region ${region.code} has no shape in the topology`);
    const name = lang === 'id' ? region.name : region.name_en;
    const standing = latest ? standingOf.get(latest.figure.id)! : undefined;
    const treatment: Treatment = latest ? (standing!.age === 'stale' ? 'stale' : 'bin') : segments.length ? 'segments' : 'none';
    const markers: MarkerKind[] = [...(standing?.age === 'old' ? (['old'] as const) : []), ...(standing?.otherMethod ? (['method'] as const) : [])];
    const short = region.short_name;
    let variants: LabelLine[][];
    const nameOnly: LabelLine[][] = [[{ runs: [{ text: short }], markers }]];
    if (latest) {
      const shown = treatment === 'stale' ? `${value(latest, 'compact')} (${latest.figure.as_of.year})` : value(latest, 'compact');
      variants = [
        [{ runs: [{ text: `${short} ` }, { text: shown, strong: true }], markers }],
        [{ runs: [{ text: short }], markers: [] }, { runs: [{ text: shown, strong: true }], markers }],
      ];
    } else if (segments.length) {
      const runs = (c: Citation) => [{ text: `${segmentShort(index, c.figure.segment, lang)} ` }, { text: value(c, 'compact'), strong: true }];
      variants = [
        [{ runs: [{ text: short }], markers: [] }, { runs: segments.flatMap((c, i) => [...(i ? [{ text: ' · ' }] : []), ...runs(c)]), markers: [] }],
        [{ runs: [{ text: short }], markers: [] }, ...segments.map((c) => ({ runs: runs(c), markers: [] }))],
      ];
    } else {
      variants = [[{ runs: [{ text: short }], markers: [] }]];
    }
    const flags = [
      ...(standing?.age === 'old' ? [t.flagOld(date(latest!))] : []),
      ...(standing?.age === 'stale' ? [t.flagStale(date(latest!), STALE_AFTER_MONTHS)] : []),
      ...(standing?.otherMethod ? [t.flagOtherMethod] : []),
      ...(treatment === 'segments' ? [t.flagSegments] : []),
    ];
    const shown = latest ? [latest] : segments;
    const card: Card = {
      name,
      value: latest ? value(latest) : segments.length ? segments.map((c) => segmentText(c, 'text')).join(' · ') : t.noData,
      date: unique(shown.map(date)).join(' · '),
      method: unique(shown.map(methodOf)).join(' · '),
      source: unique(shown.map((c) => c.source.outlet)).join(' · '),
      flag: flags.join('; '),
      note: unique(shown.flatMap((c) => noteText(c.figure, lang, index) ?? [])).join(' '),
    };
    const ariaLabel = latest
      ? t.regionAria(name, value(latest), date(latest), methods[latest.figure.method], latest.source.outlet, flags)
      : segments.length
        ? t.regionAriaSegments(name, segments.map((c) => `${segmentText(c, 'text')}, ${date(c)}`).join('; '))
        : t.regionAriaNoData(name);
    return {
      region,
      name,
      d: shape.d,
      href: href(regionPath(region.slug), lang),
      treatment,
      ...(treatment === 'bin' ? { bin: binIndex(latest!.figure.value) } : {}),
      ...(standing ? { standing } : {}),
      ...(latest ? { latest } : {}),
      segments,
      ariaLabel,
      card,
      request: { code: region.code, variants, fallbacks: latest || segments.length ? nameOnly : [], polygons: shape.polygons },
    };
  });

  const requests = drafts.map((d) => d.request);
  const layouts = LABEL_LAYOUTS.map(({ mapWidth, fontSize }) => {
    const scale = mapWidth / projected.width;
    const frame = { width: projected.width, height: projected.height, obstacles: [creditBox(projected, lang, scale)] };
    return new Map(placeLabels(requests, frame, scale, fontSize).map((l) => [l.code, l]));
  });
  const regions = drafts
    .map(({ request, ...draft }): MapRegion => {
      const labels = layouts.map((layout) => layout.get(request.code)!);
      return { ...draft, labels, anchor: { x: labels[0]!.anchorX, y: labels[0]!.anchorY } };
    })
    .sort((a, b) => a.anchor.x - b.anchor.x);

  const province = coverage.find((c) => c.region.type === 'provinsi')?.latest;
  return { lang, index, width: projected.width, height: projected.height, landTop: projected.landTop, regions, ...(province ? { province } : {}) };
}

/**
 * The sentences under the map, comparing like with like: the range among reference (UCJ) rates
 * only, then which figures use another method, which are too old to colour, which regions have
 * only segment rates, and which have none.
 */
export function summarySentences(model: MapModel): string[] {
  const { lang, index } = model;
  const t = MAP_STRINGS[lang];
  const short = (r: MapRegion) => r.region.short_name;
  const value = (c: Citation) => figureValue(c.figure, lang, index);
  const date = (c: Citation) => formatPartialDate(c.figure.as_of, lang);
  const coloured = model.regions.filter((r) => r.treatment === 'bin');
  const reference = coloured.filter((r) => isReference(r.latest!.figure)).sort((a, b) => a.latest!.figure.value - b.latest!.figure.value);
  const sentences: string[] = [];
  if (reference.length === 0) sentences.push(t.noReference);
  else if (reference.length === 1) sentences.push(t.onlyReference(short(reference[0]!), value(reference[0]!.latest!), date(reference[0]!.latest!)));
  else {
    const [low, high] = [reference[0]!, reference.at(-1)!];
    sentences.push(t.rangeReference(value(low.latest!), short(low), value(high.latest!), short(high)));
  }
  const other = coloured.filter((r) => r.standing!.otherMethod);
  if (other.length) sentences.push(t.otherMethods(other.map(short)));
  const stale = model.regions.filter((r) => r.treatment === 'stale');
  if (stale.length) sentences.push(t.staleSentence(stale.map((r) => `${short(r)} (${value(r.latest!)}, ${date(r.latest!)})`), STALE_AFTER_MONTHS));
  const segments = model.regions.filter((r) => r.treatment === 'segments');
  if (segments.length) {
    const segmentText = (c: Citation) => t.segmentValue(segmentShort(index, c.figure.segment, lang), value(c));
    sentences.push(t.segmentsSentence(segments.map((r) => `${short(r)} (${r.segments.map(segmentText).join(', ')})`)));
  }
  sentences.push(t.missingSentence(model.regions.filter((r) => r.treatment === 'none').map(short), model.regions.length));
  return sentences;
}
