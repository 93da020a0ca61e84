/** Labels, dates and scales in charts, in both languages. */
import { describe, expect, it } from 'vitest';
import { shortDate, shortSegmentLabel } from '../../src/charts/describe.ts';
import { datePosition, MAX_GAP_MONTHS, tickFormat, timeScale, tooFarApart, WIDE } from '../../src/charts/scales.ts';
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';
import type { Segment } from '../../src/data/schema/tables.ts';

const d = (iso: string) => parsePeriod(iso) as PartialDate;

describe('shortDate', () => {
  it.each([
    ['2025', 'id', '2025'],
    ['2021-05', 'id', 'Mei 2021'],
    ['2022-12-31', 'id', '31 Des 2022'],
    ['2021-05', 'en', 'May 2021'],
  ] as const)('%s in %s is %s', (iso, lang, expected) => {
    expect(shortDate(d(iso), lang)).toBe(expected);
  });
});

describe('shortSegmentLabel', () => {
  it.each([
    ['Penerima upah (PU)', 'PU'],
    ['Bukan penerima upah (BPU)', 'BPU'],
    ['Pekerja rentan', 'Pekerja rentan'],
  ])('%s → %s', (label, short) => {
    expect(shortSegmentLabel({ label_id: label, label_en: label } as Segment, 'id')).toBe(short);
  });
});

describe('datePosition', () => {
  it('puts a year at its middle, a month at the 15th, a day on itself, a quarter and a range at their middle', () => {
    expect(datePosition(d('2024')).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(datePosition(d('2024-09')).toISOString()).toBe('2024-09-15T00:00:00.000Z');
    expect(datePosition(d('2024-09-03')).toISOString()).toBe('2024-09-03T00:00:00.000Z');
    // 2025-Q1 covers 90 days from 1 January: its middle is 45 days in, 15 February.
    expect(datePosition(d('2025-Q1')).toISOString()).toBe('2025-02-15T00:00:00.000Z');
    // 2024-01/2024-06 covers 182 days (a leap year): 91 days in is 1 April.
    expect(datePosition(d('2024-01/2024-06')).toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });
});

describe('tickFormat', () => {
  it.each([
    ['workers', 'id', 20000, '20\u00a0rb'],
    ['workers', 'id', 1200000, '1,2\u00a0jt'],
    ['workers', 'en', 20000, '20k'],
    ['workers', 'en', 1200000, '1.2m'],
    ['percent', 'id', 40, '40\u00a0%'],
    ['percent', 'en', 40, '40%'],
  ] as const)('%s in %s: %d → %s', (unit, lang, value, expected) => {
    expect(tickFormat(unit, lang)(value)).toBe(expected);
  });
});

describe('tooFarApart', () => {
  it(`joins figures at most ${MAX_GAP_MONTHS} months apart (read at their last day), not further`, () => {
    expect(tooFarApart(d('2022-12'), d('2024-12'))).toBe(false);
    expect(tooFarApart(d('2022-12'), d('2025-01'))).toBe(true);
    // A year reads at 31 December: 2017 to 2019-12 is 24 months.
    expect(tooFarApart(d('2017'), d('2019-12'))).toBe(false);
    expect(tooFarApart(d('2016-05'), d('2023-11'))).toBe(true);
  });
});

describe('timeScale', () => {
  it('crops the axis to the data and breaks it over a gap of more than 24 months', () => {
    const scale = timeScale([d('2013'), d('2023'), d('2025-12')]);
    expect(scale.breaks).toHaveLength(1);
    expect(scale.segments).toHaveLength(2);
    // 2013 is in the first stretch, 2023 and 2025 in the second; the break lies between them.
    expect(scale.at(d('2013'))).toBeLessThan(scale.breaks[0]!);
    expect(scale.at(d('2023'))).toBeGreaterThan(scale.breaks[0]!);
    // No year between 2014 and 2022 gets a tick: the empty years take no room.
    expect(scale.ticks.map((t) => t.label)).toEqual(['2013', '2023', '2024', '2025']);
    expect(scale.at(d('2013'))).toBeGreaterThan(0);
    expect(scale.at(d('2025-12'))).toBeLessThan(1);
  });

  it('keeps one stretch when no gap exceeds 24 months', () => {
    const scale = timeScale([d('2022-08'), d('2023-08'), d('2024-08'), d('2025-08')]);
    expect(scale.breaks).toEqual([]);
    expect(scale.at(d('2023-08'))).toBeLessThan(scale.at(d('2024-08')));
  });

  it(`labels every year where there is room, and every other year as minor ticks (shown from ${WIDE} px) where there is not`, () => {
    const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'].map(d);
    const fluid = timeScale(years);
    const majors = fluid.ticks.filter((t) => !t.minor).map((t) => t.label);
    expect(majors).toContain('2025');
    expect(majors.length).toBeLessThan(years.length);
    expect(fluid.ticks).toHaveLength(years.length);
    // At a fixed 960 px every year has room; at 320 px only the majors are written.
    expect(timeScale(years, 960).ticks.map((t) => t.label)).toHaveLength(years.length);
    expect(timeScale(years, 320).ticks.every((t) => !t.minor)).toBe(true);
  });
});
