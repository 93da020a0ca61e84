/** Dates and periods: parsing, the days they cover, ordering and "after" (src/data/schema/dates.ts). */
import { describe, expect, it } from 'vitest';
import { compareDates, isAfter, machineReadable, monthsBetween, parsePeriod, parsePoint, type PartialDate } from '../../src/data/schema/dates.ts';

const d = (raw: string): PartialDate => {
  const parsed = parsePeriod(raw);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

describe('parsePeriod', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-10-14', 'day', '2025-10-14', '2025-10-14'],
    ['2025-Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2024-Q4', 'quarter', '2024-10-01', '2024-12-31'],
    ['2024-01/2024-06', 'range', '2024-01-01', '2024-06-30'],
    ['2021/2023', 'range', '2021-01-01', '2023-12-31'],
    ['2025-03-01/2025-03-15', 'range', '2025-03-01', '2025-03-15'],
  ])('%s is a %s from %s to %s', (raw, precision, first, last) => {
    expect(d(raw)).toMatchObject({ iso: raw, precision, first, last });
  });

  it.each([
    ['14/09/2025', '(write it as 2025-09-14)'],
    ['Q1 2025', '(write a quarter as 2025-Q1)'],
    ['2025-Q5', 'is not a date or period'],
    ['2025-13', 'has month 13, which does not exist'],
    ['2025-02-30', 'is not a day of the calendar'],
    ['2024-01/2024', 'mixes a month and a year'],
    ['2024-06/2024-01', 'does not run forward'],
    ['2024-01/2024-02/2024-03', 'is not a date or period'],
    ['2024-01/2024-13', 'the end of the range: "2024-13" has month 13'],
  ])('refuses %s: %s', (raw, message) => {
    expect(parsePeriod(raw)).toContain(message);
  });

  it('keeps points to points where a period makes no sense (publication dates)', () => {
    expect(parsePoint('2025-Q1')).toContain('is not a date');
  });
});

describe('ordering and comparison', () => {
  it('orders by the last day covered, then the first', () => {
    const sorted = ['2024-12-31', '2024-12', '2024', '2024-Q4', '2025-Q1', '2024-06'].map(d).sort(compareDates).map((x) => x.iso);
    expect(sorted).toEqual(['2024-06', '2024', '2024-Q4', '2024-12', '2024-12-31', '2025-Q1']);
  });

  it('treats the same days in two notations as equal', () => {
    expect(compareDates(d('2024-Q4'), d('2024-10/2024-12'))).toBe(0);
  });

  it.each([
    ['2025', '2025-03-01', false],
    ['2025-10-20', '2025-10', false],
    ['2025-11', '2025-10-20', true],
    ['2025-Q2', '2025-03-31', true],
    ['2025-Q1', '2025-03-15', false],
    ['2024-01/2024-06', '2024-05', false],
  ])('%s is after %s: %s', (a, b, expected) => {
    expect(isAfter(d(a), d(b))).toBe(expected);
  });

  it('counts months between the last days covered', () => {
    expect(monthsBetween(d('2023-04'), d('2023-11'))).toBe(7);
    expect(monthsBetween(d('2024'), d('2025-Q1'))).toBe(3);
  });

  it('gives HTML a datetime only for points', () => {
    expect(machineReadable(d('2025-09'))).toBe('2025-09');
    expect(machineReadable(d('2025-Q1'))).toBeUndefined();
    expect(machineReadable(d('2024-01/2024-06'))).toBeUndefined();
  });
});
