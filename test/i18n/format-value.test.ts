/**
 * Values the way each language's readers write them, checked by hand on made-up numbers
 * (Indonesian: comma decimals, dot thousands, "65,6 %" with a no-break space, "miliar"; English:
 * "65.6%", "130,300", "billion"). Pages call formatValue, so the built-page tests compare
 * against it and these cases pin what it prints.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/i18n/format.ts';
import type { Unit } from '../../src/data/schema/tables.ts';

const NBSP = '\u00a0';

describe('formatValue', () => {
  it.each([
    [65.6, 'percent', `65,6${NBSP}%`, '65.6%'],
    [65.65, 'percent', `65,65${NBSP}%`, '65.65%'],
    [100, 'percent', `100${NBSP}%`, '100%'],
    [0.5, 'percent', `0,5${NBSP}%`, '0.5%'],
    [130300, 'workers', '130.300', '130,300'],
    [2048, 'count', '2.048', '2,048'],
    [1000000000, 'idr', `Rp1${NBSP}miliar`, `Rp1${NBSP}billion`],
    [2500000000000, 'idr', `Rp2,5${NBSP}triliun`, `Rp2.5${NBSP}trillion`],
    [7500000, 'idr', `Rp7,5${NBSP}juta`, `Rp7.5${NBSP}million`],
    // Kept exact when a scale word would round it away.
    [495129600, 'idr', 'Rp495.129.600', 'Rp495,129,600'],
    [950000, 'idr', 'Rp950.000', 'Rp950,000'],
  ] as [number, Unit, string, string][])('%d %s: %s / %s', (value, unit, id, en) => {
    expect(formatValue(value, unit, 'id')).toBe(id);
    expect(formatValue(value, unit, 'en')).toBe(en);
  });
});
