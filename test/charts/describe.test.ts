/** Labels and dates in charts, in both languages. */
import { describe, expect, it } from 'vitest';
import { shortDate } from '../../src/charts/describe.ts';
import { datePosition, yearAxis } from '../../src/charts/scales.ts';
import { parsePeriod, type PartialDate } from '../../src/data/schema/dates.ts';

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

describe('datePosition', () => {
  it('puts a year at its middle, a month at the 15th, a day on itself', () => {
    expect(datePosition(d('2024')).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(datePosition(d('2024-09')).toISOString()).toBe('2024-09-15T00:00:00.000Z');
    expect(datePosition(d('2024-09-03')).toISOString()).toBe('2024-09-03T00:00:00.000Z');
  });
});

describe('yearAxis', () => {
  it('spans whole years and labels mid-years, thinning labels on a narrow chart', () => {
    const wide = yearAxis([d('2017'), d('2023-11')], 640);
    expect((wide.domain as Date[]).map((x) => x.toISOString().slice(0, 10))).toEqual(['2017-01-01', '2024-01-01']);
    expect((wide.ticks as Date[]).map((x) => x.getUTCFullYear())).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    // 320 px fits (320 − 60) / 60 = 4 labels: every second year of seven.
    expect((yearAxis([d('2017'), d('2023-11')], 320).ticks as Date[]).map((x) => x.getUTCFullYear())).toEqual([2017, 2019, 2021, 2023]);
  });
});
