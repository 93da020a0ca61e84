/**
 * Synthetic data for the scale benchmark: a data folder that passes `npm run check` under the
 * same rules as data/ (quotes that state their values with their qualifier words, notes in both
 * languages whose numbers are references, a base on every rate, sources published after what
 * they report, no unexplained jump in a series), `factor` times the rows of a template folder,
 * over `regions` regencies with synthetic boundaries.
 *
 * The template (data/ for the benchmark, a fixture in the tests) gives the vocabulary
 * (indicators.csv and segments.csv, copied as they are) and the shape of the rows: figure i
 * takes the indicator, segment, kind, method, base, payer, qualifier and date precision of
 * template figure i mod n, so the synthetic mix follows the real one as it grows. Values,
 * dates, names and text are made up here; none of it is ever shown on the site.
 *
 * Growth is both in time and in density: the sources spread over 10·√factor years ending in
 * 2025, so ×100 has ten times today's reports per year over ten times as many years.
 *
 * Deterministic: the same template, sizes and seed give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { Polygon } from 'geojson';
import { sha256Hex } from '../../src/geo/resolve.ts';
import { unexplainedJumps } from '../../src/data/series.ts';
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';
import { TABLES, type Award, type Dataset, type Figure, type Qualifier, type Regulation, type Unit } from '../../src/data/schema/tables.ts';
import { seeded, type Random } from './random.ts';
import { boundaryFile, syntheticPolygons } from './synthetic-geo.ts';

export interface SyntheticOptions {
  /** Multiplies every table's row count (sources, figures, awards, regulations). */
  factor: number;
  /** Regencies/cities (the province comes on top). */
  regions: number;
  seed?: number;
}

/** What the generator copies or imitates from a template folder. */
export interface Template {
  data: Dataset;
  /** indicators.csv and segments.csv as they are: the vocabulary the site's charts expect. */
  indicatorsCsv: string;
  segmentsCsv: string;
}

export interface SyntheticSet {
  /** Files of the data folder by relative path (CSVs, stories/{id,en}/NAME.md). */
  data: Map<string, string>;
  /** Boundary files by name, for CAKUPAN_GEO_DIR. */
  geo: Map<string, string>;
  counts: { regions: number; sources: number; figures: number; awards: number; regulations: number };
}

export const SYNTHETIC_PROVINCE = '51';
/** The last day any synthetic source is published: fixed, so the output never depends on the clock. */
const END_YEAR = 2025;
const ADDED = '2026-01-15';
const FIRST_AWARD_YEAR = 2017;
const FIRST_REGULATION_YEAR = 1945;
export const SYNTHETIC_STORY = 'cerita-sintetis';

const SYLLABLES = ['ba', 'ra', 'ma', 'ka', 'lu', 'se', 'ti', 'no', 'da', 'gi', 'wa', 'pu', 'ne', 'so', 'ja', 'ri', 'ta', 'bu', 'la', 'ke'];

/** Distinct made-up words ("Lumaraka"): names without digits, so a quote's only number is its value. */
function names(count: number, random: Random, taken = new Set<string>()): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const length = 2 + random.int(3);
    const word = Array.from({ length }, () => random.pick(SYLLABLES)).join('');
    const name = word[0]!.toUpperCase() + word.slice(1);
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A number as an Indonesian article writes it: 130.300, 65,43, 1.000.000.000. */
export function indonesianNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** The words before a number that carry each qualifier (see src/data/quote.ts). */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: 'mencapai',
  about: 'sekitar',
  over: 'lebih dari',
  at_least: 'sedikitnya',
  under: 'kurang dari',
  at_most: 'paling banyak',
  almost: 'hampir',
};

function quoteFor(unit: Unit, value: number, qualifier: Qualifier, place: string): string {
  const words = QUALIFIER_WORDS[qualifier];
  const number = indonesianNumber(value);
  switch (unit) {
    case 'percent':
      return `Menurut laporan itu, capaian di ${place} ${words} ${number} persen pada periode tersebut.`;
    case 'workers':
      return `Jumlahnya ${words} ${number} pekerja di ${place}, kata pejabat setempat.`;
    case 'idr':
      return `Pemerintah ${place} menyiapkan anggaran ${words} Rp${number} untuk program itu.`;
    case 'count':
      return `Tercatat ${words} ${number} kali di ${place} sepanjang periode itu.`;
  }
}

/** Day arithmetic on the calendar (UTC), for dates derived from a source's publication day. */
function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function monthBefore(year: number, month: number, back: number): [number, number] {
  const index = year * 12 + (month - 1) - back;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** An as_of of the template's precision that ends before the day its source was published. */
function asOfBefore(published: string, precision: PartialDate['precision'], random: Random): string {
  const [year, month] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  switch (precision) {
    case 'year':
      return String(year - 1);
    case 'month': {
      const [y, m] = monthBefore(year, month, 1 + random.int(3));
      return `${y}-${pad(m)}`;
    }
    case 'day':
      return shiftDays(published, -(1 + random.int(20)));
    case 'quarter': {
      const [y, m] = monthBefore(year, month, 3);
      return `${y}-Q${Math.ceil(m / 3)}`;
    }
    case 'range': {
      const [y1, m1] = monthBefore(year, month, 6);
      const [y2, m2] = monthBefore(year, month, 1);
      return `${y1}-${pad(m1)}/${y2}-${pad(m2)}`;
    }
  }
}

function csv(table: string, rows: Record<string, string | number | boolean | undefined>[]): string {
  const schema = TABLES.find((t) => t.name === table)!;
  const columns = Object.keys(schema.columns);
  return stringify(
    rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c])))),
    { header: true, columns },
  );
}

interface RegionRow {
  code: string;
  slug: string;
  name: string;
  name_en: string;
  short_name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  parent?: string;
}

/**
 * Regency codes follow the contract's pattern (`NN.NN`): 51.01–51.99, then 52.01… A province
 * code holds at most 99 regencies, so 514 regencies take six prefixes; every one has the
 * synthetic province 51 as its parent (the site shows one province).
 */
export function regencyCode(i: number): string {
  return `${Number(SYNTHETIC_PROVINCE) + Math.floor(i / 99)}.${pad((i % 99) + 1)}`;
}

function syntheticRegions(count: number, random: Random): RegionRow[] {
  const words = names(count, random);
  return [
    { code: SYNTHETIC_PROVINCE, slug: 'sintetis', name: 'Provinsi Sintetis', name_en: 'Sintetis Province', short_name: 'Sintetis', type: 'provinsi' },
    ...words.map((word, i): RegionRow => {
      const city = i % 8 === 7;
      return {
        code: regencyCode(i),
        slug: slugOf(word),
        name: `${city ? 'Kota' : 'Kabupaten'} ${word}`,
        name_en: `${word} ${city ? 'City' : 'Regency'}`,
        short_name: word,
        type: city ? 'kota' : 'kabupaten',
        parent: SYNTHETIC_PROVINCE,
      };
    }),
  ];
}

/** Template rows cycled: row i takes the shape of template row i mod n. */
const shapeOf = <T>(rows: readonly T[], i: number): T => rows[i % rows.length]!;

export function syntheticDataset(template: Template, options: SyntheticOptions): SyntheticSet {
  const { factor, regions: regionCount } = options;
  if (!Number.isInteger(regionCount) || regionCount < 1) throw new Error(`regions must be a whole number ≥ 1, not ${regionCount}`);
  if (!(factor > 0)) throw new Error(`factor must be positive, not ${factor}`);
  const random = seeded((options.seed ?? 1) * 1_000_003 + regionCount * 7919 + Math.round(factor * 1000));
  const t = template.data;
  const units = new Map(t.indicators.map((i) => [i.id, i.unit]));
  const scaled = (n: number) => Math.max(n > 0 ? 1 : 0, Math.round(n * factor));

  const regions = syntheticRegions(regionCount, random);
  const province = regions[0]!;
  const regencies = regions.slice(1);
  /** A template row's region, placed in the synthetic map: the province stays the province. */
  const placeOf = (templateRegion: string | undefined) => {
    if (templateRegion === undefined) return undefined;
    const original = t.regions.find((r) => r.code === templateRegion);
    return original?.type === 'provinsi' ? province : random.pick(regencies);
  };

  // Sources: dates spread evenly over the years, a little jitter, oldest first.
  const sourceCount = scaled(t.sources.length);
  const years = Math.max(1, Math.round(10 * Math.sqrt(factor)));
  const firstDay = Date.UTC(END_YEAR - years + 1, 0, 15);
  const span = Date.UTC(END_YEAR, 11, 31) - firstDay;
  const outlets = names(Math.max(3, Math.round(new Set(t.sources.map((s) => s.outlet)).size * Math.sqrt(factor))), random).map((w) => `Warta ${w}`);
  const titleWords = names(Math.max(20, sourceCount), random);
  const sources = Array.from({ length: sourceCount }, (_, j) => {
    const shape = shapeOf(t.sources, j);
    const day = new Date(firstDay + Math.floor(((j + random.next()) / sourceCount) * span)).toISOString().slice(0, 10);
    const outlet = random.pick(outlets);
    const id = `s${pad(j + 1, 6)}-${slugOf(outlet)}`;
    const noted = shape.note_en !== undefined;
    return {
      id,
      outlet,
      title: `Laporan ${titleWords[j % titleWords.length]} tentang jaminan sosial pekerja`,
      title_is_description: shape.title_is_description,
      url: `https://synthetic.example/${slugOf(outlet)}/${id}`,
      published: day,
      published_is_inferred: shape.published_is_inferred,
      attribution_unconfirmed: shape.attribution_unconfirmed,
      language: shape.language,
      note_id: noted ? 'Catatan sintetis untuk uji beban; tanggalnya dibuat oleh pembangkit data.' : undefined,
      note_en: noted ? 'A synthetic note for the load test; the generator made up the date.' : undefined,
    };
  });
  const sourceFor = (i: number, total: number) => sources[Math.min(sourceCount - 1, Math.floor((i * sourceCount) / total))]!;

  // Figures: each series (region, indicator, segment, method, base, payer) keeps one level and
  // moves within ±10 % of it, so no two neighbours in a series jump (see src/data/series.ts).
  const figureCount = scaled(t.figures.length);
  const levels = new Map<string, number>();
  const lastOf = new Map<string, string>();
  const supersededIds = new Set<string>();
  const figures: (Record<string, string | number | undefined> & { id: string })[] = [];
  for (let i = 0; i < figureCount; i++) {
    const shape = shapeOf(t.figures, i);
    const unit = units.get(shape.indicator)!;
    const region = placeOf(shape.region)!;
    const source = sourceFor(i, figureCount);
    const key = [region.code, shape.indicator, shape.segment, shape.method, shape.base ?? '', shape.payer ?? ''].join('|');
    const level = levels.get(key) ?? (unit === 'percent' ? Math.min(shape.value, 80) : Math.max(shape.value, 20));
    levels.set(key, level);
    const raw = level * (0.9 + 0.2 * random.next());
    const value = unit === 'percent' ? Math.min(100, Math.round(raw * 100) / 100) : Math.max(1, Math.round(raw));
    const id = `f${pad(i + 1, 6)}-${region.slug}-${shape.indicator.replace(/_/g, '-')}`;
    const sameThing = [region.code, shape.indicator, shape.segment].join('|');
    const previous = lastOf.get(sameThing);
    lastOf.set(sameThing, id);
    // A superseding row says why, as the contract asks; other noted rows point at the previous report.
    const supersedes = shape.supersedes !== undefined && previous !== undefined && !supersededIds.has(previous) ? previous : undefined;
    if (supersedes) supersededIds.add(supersedes);
    const noted = shape.note_en !== undefined || supersedes !== undefined;
    const reference = previous ?? id;
    figures.push({
      id,
      region: region.code,
      indicator: shape.indicator,
      segment: shape.segment,
      qualifier: shape.qualifier,
      value,
      as_of: asOfBefore(source.published, shape.as_of.precision, random),
      kind: shape.kind,
      method: shape.method,
      base: shape.base,
      payer: shape.payer,
      source: source.id,
      quote: quoteFor(unit, value, shape.qualifier, region.short_name),
      supersedes,
      note_id: noted ? `Catatan sintetis: laporan sebelumnya mencatat {{figure:${reference}}} untuk hal yang sama.` : undefined,
      note_en: noted ? `Synthetic note: the previous report gave {{figure:${reference}}} for the same thing.` : undefined,
      added: ADDED,
    });
  }
  // The generator keeps series smooth, so this finds nothing; it keeps the output valid if the
  // template ever gives a shape that does jump (the contract then asks for a note).
  const parsed = figures.map((f) => ({ ...f, as_of: parsePeriod(String(f.as_of)) as PartialDate }) as unknown as Figure);
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const { figure, previous } of unexplainedJumps(parsed, (f) => units.get(f.indicator)!)) {
    const row = byId.get(figure.id)!;
    row['note_id'] = `Catatan sintetis: lonjakan dari {{figure:${previous.id}}}.`;
    row['note_en'] = `Synthetic note: a jump from {{figure:${previous.id}}}.`;
  }

  /** Row i of n, spread over the sources published since a year (the contract bounds some years). */
  const since = new Map<number, typeof sources>();
  const sourceSince = (year: number, i: number, total: number) => {
    let eligible = since.get(year);
    if (!eligible) since.set(year, (eligible = sources.filter((s) => Number(s.published.slice(0, 4)) >= year)));
    return eligible[Math.floor((i * eligible.length) / total)]!;
  };

  // The award began in 2017 (the contract's first award year): awards cite the sources since.
  const awardCount = scaled(t.awards.length);
  const entities = names(Math.max(10, awardCount), random);
  const awards = Array.from({ length: awardCount }, (_, i) => {
    const shape: Award = shapeOf(t.awards, i);
    const source = sourceSince(FIRST_AWARD_YEAR, i, awardCount);
    const region = placeOf(shape.region);
    const entity = region ? `Pemerintah ${region.name}` : `PT ${entities[i % entities.length]} Sintetis`;
    const noted = shape.note_en !== undefined;
    return {
      id: `a${pad(i + 1, 6)}-${shape.level}`,
      year: Number(source.published.slice(0, 4)),
      level: shape.level,
      entity_type: shape.entity_type,
      category: shape.category,
      entity,
      region: region?.code,
      result: shape.result,
      rank: shape.rank,
      ceremony: shape.ceremony ? source.published : undefined,
      source: source.id,
      quote: `Penghargaan itu diterima ${entity} dalam ajang tahun ini.`,
      note_id: noted ? 'Catatan sintetis tentang penghargaan ini.' : undefined,
      note_en: noted ? 'A synthetic note about this award.' : undefined,
    };
  });

  const regulationCount = scaled(t.regulations.length);
  const regulations = Array.from({ length: regulationCount }, (_, i) => {
    const shape: Regulation = shapeOf(t.regulations, i);
    const source = sourceSince(FIRST_REGULATION_YEAR, i, regulationCount);
    const region = placeOf(shape.region)!;
    const noted = shape.note_en !== undefined;
    const issued = shape.status === 'issued';
    return {
      id: `r${pad(i + 1, 6)}-${shape.kind}`,
      region: region.code,
      kind: shape.kind,
      number: issued || shape.number !== undefined ? String(1 + (i % 60)) : undefined,
      year: issued || shape.year !== undefined ? Number(source.published.slice(0, 4)) : undefined,
      title: `Perlindungan jaminan sosial pekerja di ${region.short_name}`,
      status: shape.status,
      source: source.id,
      quote: `Aturan itu mengatur perlindungan pekerja di ${region.short_name}.`,
      note_id: noted ? 'Catatan sintetis tentang aturan ini.' : undefined,
      note_en: noted ? 'A synthetic note about this regulation.' : undefined,
    };
  });

  const polygons: Polygon[] = syntheticPolygons(regencies.length, random);
  const geo = new Map(regencies.map((r, i) => [`${r.slug}.geojson`, boundaryFile(r.short_name, polygons[i]!)]));
  const boundaries = regencies.map((r) => ({
    region: r.code,
    file: `${r.slug}.geojson`,
    feature_name: r.short_name,
    sha256: sha256Hex(new TextEncoder().encode(geo.get(`${r.slug}.geojson`)!)),
    url: `https://synthetic.example/geo/${r.slug}.geojson`,
  }));

  const data = new Map<string, string>([
    ['regions.csv', csv('regions', regions as unknown as Record<string, string>[])],
    ['indicators.csv', template.indicatorsCsv],
    ['segments.csv', template.segmentsCsv],
    ['sources.csv', csv('sources', sources)],
    ['figures.csv', csv('figures', figures)],
    ['awards.csv', csv('awards', awards)],
    ['regulations.csv', csv('regulations', regulations)],
    ['boundaries.csv', csv('boundaries', boundaries)],
    ['README.md', 'Synthetic data made by scripts/bench/synthetic-data.ts for the scale benchmark. Every name, number and text is made up.\n'],
    ...syntheticStory(figures, awards, regulations, sources),
  ]);
  return { data, geo, counts: { regions: regions.length, sources: sources.length, figures: figures.length, awards: awards.length, regulations: regulations.length } };
}

/** One story in both languages that uses every kind of reference a real story does, and a chart. */
function syntheticStory(figures: { id: string }[], awards: { id: string }[], regulations: { id: string }[], sources: { id: string }[]): [string, string][] {
  const refs = [
    ...figures.slice(0, 3).map((f) => `{{figure:${f.id}}} (per {{asof:${f.id}}})`),
    ...(figures[0] ? [`{{quote:${figures[0].id}}}`] : []),
    ...awards.slice(0, 2).map((a) => `{{award:${a.id}}}`),
    ...regulations.slice(0, 1).map((r) => `{{regulation:${r.id}}}`),
    ...sources.slice(0, 1).map((s) => `{{source:${s.id}}}`),
  ];
  const story = (lang: 'id' | 'en', title: string, body: string) =>
    [`stories/${lang}/${SYNTHETIC_STORY}.md`, `---\ntitle: "${title}"\nsummary: ${body}\ndate: 2025-12\nauthor: Pembangkit data\n---\n\n${body}\n\n${refs.join(', ')}.\n\n{{chart:coverage-trends}}\n`] as [string, string];
  return [story('id', 'Cerita sintetis', 'Cerita buatan untuk uji beban.'), story('en', 'A synthetic story', 'A made-up story for the load test.')];
}
