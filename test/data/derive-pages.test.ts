/**
 * The derivations that keep pages bounded as the data grows: a region's figures by indicator and
 * by year, the newest figure of each measure, the regions a region page links to, and the
 * contradictions and notes the methodology page lists.
 */
import { describe, expect, it } from 'vitest';
import { contradictions, LISTED, notedFigures } from '../../src/data/contradictions.ts';
import { INDICATOR_PAGE_ROWS, indicatorYears, latestPerMeasure, NEARBY_REGIONS, nearbyRegions, regionIndicators } from '../../src/data/derive.ts';
import { indexOf } from '../../src/data/index.ts';
import type { Figure, Region } from '../../src/data/schema/tables.ts';
import { date, rate, syntheticDataset, syntheticRegions } from '../helpers/synthetic.ts';

/** `counts[i]` figures in year 2025 − i, newest first. */
function byYears(counts: number[]): Figure[] {
  return counts.flatMap((count, i) => Array.from({ length: count }, (_, k) => rate(`y${i}-${k}`, '51.04', 50, `${2025 - i}-06`, 'bpjs_ucj')));
}
const years = (figures: readonly Figure[]) => [...new Set(figures.map((f) => f.as_of.year))];

describe('indicatorYears', () => {
  it.each([
    ['all years when they fit', [10, 5, 3], [2025, 2024, 2023], []],
    ['the newest whole years up to the limit, older years apart', [30, 25, 20, 10], [2025, 2024], [2023, 2022]],
    ['the newest year alone when it holds more than the limit', [INDICATOR_PAGE_ROWS + 5, 2], [2025], [2024]],
  ])('%s', (_, counts, recent, older) => {
    const split = indicatorYears(byYears(counts));
    expect(years(split.recent)).toEqual(recent);
    expect(split.older.map((y) => y.year)).toEqual(older);
    expect(split.recent.length + split.older.reduce((n, y) => n + y.figures.length, 0)).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it('never brings a year back onto the page as newer rows are added, so a year page, once built, stays', () => {
    // Each step adds a newer year in front; a year is named by its distance from the oldest (year + count).
    let counts = [4, 20, 15, 12];
    let older = new Set(indicatorYears(byYears(counts)).older.map((y) => y.year + counts.length));
    for (let step = 0; step < 8; step++) {
      counts = [6 + step, ...counts];
      const now = new Set(indicatorYears(byYears(counts)).older.map((y) => y.year + counts.length));
      for (const year of older) expect(now).toContain(year);
      older = now;
    }
    expect(older.size).toBeGreaterThan(0);
  });
});

describe('regionIndicators', () => {
  it("lists a region's indicators in indicators.csv order, each newest first", () => {
    const data = syntheticDataset([rate('a', '51.04', 40, '2023-01', 'bpjs_ucj'), rate('b', '51.04', 45, '2024-01', 'bpjs_ucj'), rate('c', '51.01', 30, '2024-01', 'bpjs_ucj')]);
    expect(regionIndicators(data, '51.04').map((i) => [i.indicator.id, i.figures.map((f) => f.id)])).toEqual([['coverage_rate', ['b', 'a']]]);
    expect(regionIndicators(data, '51.05')).toEqual([]);
  });
});

describe('latestPerMeasure', () => {
  it('keeps the newest figure of each indicator, segment, payer and kind, and no superseded one', () => {
    const figures = [
      rate('old', '51.04', 40, '2023-01', 'bpjs_ucj'),
      rate('new', '51.04', 45, '2024-01', 'bpjs_ucj'),
      rate('newer-but-superseded', '51.04', 46, '2024-06', 'bpjs_ucj'),
      rate('replacing', '51.04', 44, '2024-03', 'bpjs_ucj', { supersedes: 'newer-but-superseded' }),
      rate('pu', '51.04', 70, '2022-01', 'bpjs_ucj', { segment: 'pu' }),
      rate('target', '51.04', 80, '2026', 'government', { kind: 'target' }),
    ];
    const data = syntheticDataset(figures);
    expect(latestPerMeasure(data, figures).map((f) => f.id)).toEqual(['target', 'replacing', 'pu']);
  });
});

describe('nearbyRegions', () => {
  const many = (count: number): Region[] =>
    Array.from({ length: count }, (_, i) => ({ ...syntheticRegions()[1]!, code: `51.${String(i + 1).padStart(2, '0')}`, slug: `r${i}`, line: i + 3 }));

  it('links every other regency of a province as small as Bali, in file order', () => {
    const data = syntheticDataset([]);
    const gianyar = data.regions.find((r) => r.code === '51.04')!;
    expect(nearbyRegions(data, gianyar).map((r) => r.code)).toEqual(data.regions.filter((r) => r.type !== 'provinsi' && r.code !== '51.04').map((r) => r.code));
  });

  it('links a bounded few neighbours in file order, around the ends too, when there are hundreds', () => {
    const data = { ...syntheticDataset([]), regions: [syntheticRegions()[0]!, ...many(500)] };
    const first = nearbyRegions(data, data.regions[1]!);
    expect(first).toHaveLength(NEARBY_REGIONS);
    expect(first.map((r) => r.slug)).toEqual(['r496', 'r497', 'r498', 'r499', 'r1', 'r2', 'r3', 'r4']);
    const middle = nearbyRegions(data, data.regions[251]!).map((r) => r.slug);
    expect(middle).toEqual(['r246', 'r247', 'r248', 'r249', 'r251', 'r252', 'r253', 'r254']);
  });
});

describe('contradictions and notes for the methodology page', () => {
  it('pairs each superseding figure with the one it sets aside, newest first; other noted figures apart', () => {
    const noted = { note_id: 'Catatan.', note_en: 'A note.' };
    const data = syntheticDataset([
      rate('a-old', '51.04', 40, '2022-01', 'bpjs_ucj'),
      rate('a-new', '51.04', 41, '2022-06', 'bpjs_ucj', { supersedes: 'a-old', ...noted }),
      rate('b-old', '51.01', 30, '2024-01', 'bpjs_ucj'),
      rate('b-new', '51.01', 31, '2024-02', 'bpjs_ucj', { supersedes: 'b-old', ...noted }),
      rate('c', '51.02', 33, '2023-01', 'bpjs_ucj', noted),
      rate('d', '51.02', 34, '2025-01', 'bpjs_ucj', noted),
      rate('e', '51.02', 35, '2025-02', 'bpjs_ucj'),
    ]);
    expect(contradictions(data).map((p) => [p.used.id, p.setAside.id])).toEqual([
      ['b-new', 'b-old'],
      ['a-new', 'a-old'],
    ]);
    expect(notedFigures(data).map((f) => f.id)).toEqual(['d', 'c']);
    expect(LISTED).toBeGreaterThanOrEqual(5);
  });
});

describe('the dataset index', () => {
  it('groups sources by year, newest year first, each year newest first', () => {
    const data = syntheticDataset([]);
    const source = data.sources[0]!;
    data.sources.push(
      { ...source, id: 'src-b', published: date('2024-03-01') },
      { ...source, id: 'src-c', published: date('2025-12-20') },
    );
    const byYear = indexOf(data).sourcesByYear;
    expect([...byYear].map(([year, sources]) => [year, sources.map((s) => s.id)])).toEqual([
      [2025, ['src-c', 'src-a']],
      [2024, ['src-b']],
    ]);
  });
});
